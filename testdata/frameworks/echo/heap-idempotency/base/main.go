// Base: payments get a request id (echo's RequestID middleware) and a
// rendered receipt (~2 KiB), returned to the client.
package main

import (
	"fmt"
	"net/http"
	"strings"

	echokit "example.com/echokit"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func renderReceipt(id string, sum uint64) []byte {
	buf := make([]byte, 0, 2048)
	buf = fmt.Appendf(buf, "receipt %s total %x\n", id, sum)
	buf = append(buf, strings.Repeat("line item ........................ 1.00\n", 48)...)
	return buf
}

func pay(c echo.Context) error {
	id := c.Response().Header().Get(echo.HeaderXRequestID)
	receipt := renderReceipt(id, echokit.Work(20000))
	return c.Blob(http.StatusOK, "text/plain", receipt)
}

func main() {
	e := echokit.New()
	e.Use(middleware.RequestID())
	e.POST("/pay", pay)
	echokit.Serve(e)
}
