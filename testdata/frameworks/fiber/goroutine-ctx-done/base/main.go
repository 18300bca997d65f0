// Base: the search runs synchronously with a timeout context of its own.
package main

import (
	"context"
	"fmt"
	"time"

	fiberkit "example.com/fiberkit"
	"github.com/gofiber/fiber/v2"
)

type search struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func run(s *search) uint64 { return fiberkit.Work(20000) }

func find(c *fiber.Ctx) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	s := &search{ctx: ctx, cancel: cancel}
	return c.SendString(fmt.Sprintf("results %x\n", run(s)))
}

func main() {
	app := fiberkit.New()
	app.Get("/search", find)
	fiberkit.Run(app)
}
