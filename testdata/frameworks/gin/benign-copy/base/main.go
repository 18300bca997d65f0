// Base: the order event is published inline, before responding.
package main

import (
	"fmt"
	"net/http"
	"sync/atomic"

	ginkit "example.com/ginkit"
	"github.com/gin-gonic/gin"
)

var published atomic.Int64

func publish(route, ip, agent string) {
	published.Add(int64(len(route) + len(ip) + len(agent)))
}

func order(c *gin.Context) {
	publish(c.FullPath(), c.ClientIP(), c.Request.UserAgent())
	c.String(http.StatusOK, fmt.Sprintf("order %x\n", ginkit.Work(100000)))
}

func main() {
	r := ginkit.New()
	r.GET("/", order)
	ginkit.Serve(r)
}
