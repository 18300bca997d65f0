// Base: the page view is counted inline.
package main

import (
	"fmt"
	"sync"

	fiberkit "example.com/fiberkit"
	"github.com/gofiber/fiber/v2"
)

var (
	mu    sync.Mutex
	views = map[string]int{}
)

func countView(product, ref string) {
	mu.Lock()
	views[product+"|"+ref]++
	mu.Unlock()
}

func product(c *fiber.Ctx) error {
	countView(c.Params("id"), c.Query("ref"))
	return c.SendString(fmt.Sprintf("product %x\n", fiberkit.Work(100000)))
}

func main() {
	app := fiberkit.New()
	app.Get("/products/:id", product)
	fiberkit.Run(app)
}
