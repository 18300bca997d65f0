// Head: "simplified" progress reporting: the reporter ranges over the
// ticker's channel and the handler relies on `defer t.Stop()` to end it.
// Stop stops the ticks but never closes t.C, so the reporter blocks in
// `range` forever: one goroutine (and its job) per request.
package main

import (
	"fmt"
	"net/http"
	"sync/atomic"
	"time"

	echokit "example.com/echokit"
	"github.com/labstack/echo/v4"
)

type job struct{ rows atomic.Int64 }

var reported atomic.Int64

func reportProgress(tick <-chan time.Time, j *job) {
	for range tick { // ends only if tick is closed: Ticker.Stop does not close it
		reported.Add(j.rows.Load())
	}
}

func export(c echo.Context) error {
	j := &job{}
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	go reportProgress(t.C, j)
	sum := echokit.Work(20000)
	j.rows.Add(100)
	return c.String(http.StatusOK, fmt.Sprintf("export %x\n", sum))
}

func main() {
	e := echokit.New()
	e.GET("/export", export)
	echokit.Serve(e)
}
