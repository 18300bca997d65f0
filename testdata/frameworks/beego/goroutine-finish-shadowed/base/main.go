// Base: every controller embeds BaseController, whose Prepare starts a
// lease renewer (a goroutine on a ticker) and whose Finish, which beego
// calls after the action, stops it.
package main

import (
	"fmt"
	"sync/atomic"
	"time"

	beegokit "example.com/beegokit"
	"github.com/beego/beego/v2/server/web"
)

type lease struct{ renewals atomic.Int64 }

func renewLease(stop <-chan struct{}, l *lease) {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			l.renewals.Add(1)
		case <-stop:
			return
		}
	}
}

// BaseController holds a lease on the order while a request works on it.
type BaseController struct {
	web.Controller
	stop chan struct{}
}

func (c *BaseController) Prepare() {
	c.stop = make(chan struct{})
	go renewLease(c.stop, &lease{})
}

func (c *BaseController) Finish() { close(c.stop) }

type OrderController struct{ BaseController }

func (c *OrderController) Get() {
	c.Ctx.WriteString(fmt.Sprintf("order %x\n", beegokit.Work(20000)))
}

func main() {
	web.Router("/orders", &OrderController{})
	beegokit.Run()
}
