// Head: the search is cancelled "when the client disconnects" by a
// goroutine waiting on c.Context().Done(). In fiber that is fasthttp's
// *RequestCtx, whose Done() is closed only when the whole server shuts
// down, not when the request ends (and the ctx is recycled for the next
// request). Every request leaves one goroutine behind.
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

func cancelOnDisconnect(reqCtx context.Context, s *search) {
	<-reqCtx.Done() // fasthttp: closed at server shutdown only
	s.cancel()
}

func find(c *fiber.Ctx) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	s := &search{ctx: ctx, cancel: cancel}
	go cancelOnDisconnect(c.Context(), s)
	return c.SendString(fmt.Sprintf("results %x\n", run(s)))
}

func main() {
	app := fiberkit.New()
	app.Get("/search", find)
	fiberkit.Run(app)
}
