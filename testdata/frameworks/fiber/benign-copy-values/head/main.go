// Head: the page view is counted from a goroutine. fiber's values point
// into buffers that are reused after the handler returns, so they are
// copied first (utils.CopyString), and the goroutine ends within ~2 ms, or
// at its own 50 ms deadline: nothing outlives the request by much.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	fiberkit "example.com/fiberkit"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/utils"
)

var (
	mu    sync.Mutex
	views = map[string]int{}
)

func countView(ctx context.Context, product, ref string) {
	select {
	case <-time.After(2 * time.Millisecond): // the analytics round trip
	case <-ctx.Done():
		return
	}
	mu.Lock()
	views[product+"|"+ref]++
	mu.Unlock()
}

func product(c *fiber.Ctx) error {
	id, ref := utils.CopyString(c.Params("id")), utils.CopyString(c.Query("ref"))
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		countView(ctx, id, ref)
	}()
	return c.SendString(fmt.Sprintf("product %x\n", fiberkit.Work(100000)))
}

func main() {
	app := fiberkit.New()
	app.Get("/products/:id", product)
	fiberkit.Run(app)
}
