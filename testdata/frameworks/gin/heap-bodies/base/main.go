// Base: orders are bound from the JSON body; a middleware logs body sizes.
package main

import (
	"bytes"
	"io"
	"net/http"
	"sync/atomic"

	ginkit "example.com/ginkit"
	"github.com/gin-gonic/gin"
)

type order struct {
	Customer string   `json:"customer"`
	Items    []string `json:"items"`
	Note     string   `json:"note"`
}

var bodyBytes atomic.Int64

func bodyStats(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	bodyBytes.Add(int64(len(body)))
	c.Request.Body = io.NopCloser(bytes.NewReader(body))
	c.Next()
}

func create(c *gin.Context) {
	var o order
	if err := c.ShouldBindJSON(&o); err != nil {
		c.String(http.StatusBadRequest, err.Error())
		return
	}
	c.JSON(http.StatusCreated, gin.H{"customer": o.Customer, "items": len(o.Items), "sum": ginkit.Work(20000)})
}

func main() {
	r := ginkit.New()
	r.POST("/orders", bodyStats, create)
	ginkit.Serve(r)
}
