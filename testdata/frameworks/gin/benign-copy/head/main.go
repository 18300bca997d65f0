// Head: the event is published from a goroutine, as gin's documentation
// says to: with c.Copy(), a read-only copy that outlives the handler, and
// the goroutine ends as soon as the event is out (a few milliseconds).
package main

import (
	"fmt"
	"net/http"
	"sync/atomic"
	"time"

	ginkit "example.com/ginkit"
	"github.com/gin-gonic/gin"
)

var published atomic.Int64

func publish(route, ip, agent string) {
	time.Sleep(2 * time.Millisecond) // the broker round trip
	published.Add(int64(len(route) + len(ip) + len(agent)))
}

func order(c *gin.Context) {
	cp := c.Copy()
	go func() {
		publish(cp.FullPath(), cp.ClientIP(), cp.Request.UserAgent())
	}()
	c.String(http.StatusOK, fmt.Sprintf("order %x\n", ginkit.Work(100000)))
}

func main() {
	r := ginkit.New()
	r.GET("/", order)
	ginkit.Serve(r)
}
