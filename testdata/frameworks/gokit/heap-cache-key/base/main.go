// Base: quotes are memoized by product id (a handful of products).
package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	gokitkit "example.com/gokitkit"
	httptransport "github.com/go-kit/kit/transport/http"
)

type quoteRequest struct {
	Product    string
	ReceivedAt time.Time
}

var (
	mu    sync.Mutex
	cache = map[string]string{}
)

func renderQuote(product string) string {
	return fmt.Sprintf("quote %s %x\n", product, gokitkit.Work(20000)) + strings.Repeat("terms and conditions apply. ", 80)
}

func cacheKey(req quoteRequest) string { return req.Product }

func quote(_ context.Context, request interface{}) (interface{}, error) {
	req := request.(quoteRequest)
	key := cacheKey(req)
	mu.Lock()
	q, ok := cache[key]
	mu.Unlock()
	if !ok {
		q = renderQuote(req.Product)
		mu.Lock()
		cache[key] = q
		mu.Unlock()
	}
	return map[string]string{"quote": q[:40]}, nil
}

func decode(_ context.Context, r *http.Request) (interface{}, error) {
	return quoteRequest{Product: r.URL.Query().Get("product"), ReceivedAt: time.Now()}, nil
}

func main() {
	gokitkit.Run(httptransport.NewServer(quote, decode, gokitkit.EncodeJSON))
}
