// Base: the order controller works without a lease.
package main

import (
	"fmt"

	beegokit "example.com/beegokit"
	"github.com/beego/beego/v2/server/web"
)

type OrderController struct{ web.Controller }

func (c *OrderController) Get() {
	c.Ctx.WriteString(fmt.Sprintf("order %x\n", beegokit.Work(100000)))
}

func main() {
	web.Router("/orders", &OrderController{})
	beegokit.Run()
}
