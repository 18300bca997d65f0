// Head: receipts are remembered for idempotent retries, keyed by the
// request id. Entries never expire and every request has a fresh id, so the
// cache only grows: ~2 KiB per request.
package main

import (
	"fmt"
	"net/http"
	"strings"
	"sync"

	echokit "example.com/echokit"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

var (
	mu       sync.Mutex
	receipts = map[string][]byte{}
)

func renderReceipt(id string, sum uint64) []byte {
	buf := make([]byte, 0, 2048)
	buf = fmt.Appendf(buf, "receipt %s total %x\n", id, sum)
	buf = append(buf, strings.Repeat("line item ........................ 1.00\n", 48)...)
	return buf
}

func pay(c echo.Context) error {
	id := c.Response().Header().Get(echo.HeaderXRequestID)
	mu.Lock()
	receipt, seen := receipts[id]
	mu.Unlock()
	if !seen {
		receipt = renderReceipt(id, echokit.Work(20000))
		mu.Lock()
		receipts[id] = receipt // no expiry
		mu.Unlock()
	}
	return c.Blob(http.StatusOK, "text/plain", receipt)
}

func main() {
	e := echokit.New()
	e.Use(middleware.RequestID())
	e.POST("/pay", pay)
	echokit.Serve(e)
}
