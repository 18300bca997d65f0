// Head: the audit record moves to a goroutine meant to run "once the request
// is done": it waits on c.Done() of the handler's own *gin.Context (not a
// c.Copy()). gin recycles that context after the handler returns, and
// without engine.ContextWithFallback its Done() is nil: the goroutine blocks
// forever, one per request.
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

func auditWhenDone(c *gin.Context) {
	<-c.Done() // nil channel: gin.Context.Done() without ContextWithFallback
	audit(c.FullPath(), c.ClientIP())
}

func order(c *gin.Context) {
	go auditWhenDone(c)
	c.String(http.StatusOK, fmt.Sprintf("order %x\n", ginkit.Work(20000)))
}

func main() {
	r := ginkit.New()
	r.GET("/", order)
	ginkit.Serve(r)
}
