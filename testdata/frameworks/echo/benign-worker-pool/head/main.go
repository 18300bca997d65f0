// Head: thumbnails go to a bounded pool: 8 workers started with the server
// and a queue of 64; when the queue is full the job is dropped (counted).
// The number of goroutines is fixed whatever the load: not a leak.
package main

import (
	"fmt"
	"net/http"
	"sync/atomic"

	echokit "example.com/echokit"
	"github.com/labstack/echo/v4"
)

var (
	rendered atomic.Uint64
	dropped  atomic.Int64
	jobs     = make(chan string, 64)
)

func thumbnail(id string) { rendered.Add(echokit.Work(2000) & 1) }

func worker() {
	for id := range jobs {
		thumbnail(id)
	}
}

func upload(c echo.Context) error {
	select {
	case jobs <- c.QueryParam("id"):
	default:
		dropped.Add(1)
	}
	return c.String(http.StatusOK, fmt.Sprintf("upload %x\n", echokit.Work(100000)))
}

func main() {
	for i := 0; i < 8; i++ {
		go worker()
	}
	e := echokit.New()
	e.GET("/", upload)
	echokit.Serve(e)
}
