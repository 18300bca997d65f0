// Base: thumbnails are rendered inline, before responding.
package main

import (
	"fmt"
	"net/http"
	"sync/atomic"

	echokit "example.com/echokit"
	"github.com/labstack/echo/v4"
)

var rendered atomic.Uint64

func thumbnail(id string) { rendered.Add(echokit.Work(2000) & 1) }

func upload(c echo.Context) error {
	thumbnail(c.QueryParam("id"))
	return c.String(http.StatusOK, fmt.Sprintf("upload %x\n", echokit.Work(100000)))
}

func main() {
	e := echokit.New()
	e.GET("/", upload)
	echokit.Serve(e)
}
