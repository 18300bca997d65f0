// Head: the endpoint warms related products in a goroutine that works
// until the request's context is done. go-kit's HTTP transport passes the
// request's context to the endpoint, and net/http cancels it once the
// response is written, so every warmer ends with its request.
package main

import (
	"context"
	"net/http"
	"sync/atomic"
	"time"

	gokitkit "example.com/gokitkit"
	httptransport "github.com/go-kit/kit/transport/http"
)

var warmed atomic.Int64

func warmRelated(ctx context.Context, id interface{}) {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			warmed.Add(1)
		}
	}
}

func product(ctx context.Context, request interface{}) (interface{}, error) {
	go warmRelated(ctx, request)
	return map[string]interface{}{"id": request, "sum": gokitkit.Work(100000)}, nil
}

func decode(_ context.Context, r *http.Request) (interface{}, error) {
	return r.URL.Query().Get("id"), nil
}

func main() {
	gokitkit.Run(httptransport.NewServer(product, decode, gokitkit.EncodeJSON))
}
