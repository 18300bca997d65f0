// Base: the audit record is written after the response, in the handler.
package main

import (
	"fmt"
	"net/http"
	"sync/atomic"

	ginkit "example.com/ginkit"
	"github.com/gin-gonic/gin"
)

var audited atomic.Int64

func audit(route, ip string) { audited.Add(int64(len(route) + len(ip))) }

func order(c *gin.Context) {
	c.String(http.StatusOK, fmt.Sprintf("order %x\n", ginkit.Work(20000)))
	audit(c.FullPath(), c.ClientIP())
}

func main() {
	r := ginkit.New()
	r.GET("/", order)
	ginkit.Serve(r)
}
