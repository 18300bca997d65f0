// Base: an export reports its progress from a goroutine driven by a ticker;
// the handler closes `done` when the export is finished, which ends the
// reporter, and stops the ticker.
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

func reportProgress(tick <-chan time.Time, done <-chan struct{}, j *job) {
	for {
		select {
		case <-tick:
			reported.Add(j.rows.Load())
		case <-done:
			return
		}
	}
}

func export(c echo.Context) error {
	j := &job{}
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	done := make(chan struct{})
	defer close(done)
	go reportProgress(t.C, done, j)
	sum := echokit.Work(20000)
	j.rows.Add(100)
	return c.String(http.StatusOK, fmt.Sprintf("export %x\n", sum))
}

func main() {
	e := echokit.New()
	e.GET("/export", export)
	echokit.Serve(e)
}
