// Head: each order sends an analytics event from a background goroutine
// that finishes within a few milliseconds (or when the request context ends).
// Many run during the load; none are left once it is over.
package main

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"example.com/kit"
)

func sendEvent(ctx context.Context) {
	select {
	case <-time.After(5 * time.Millisecond):
	case <-ctx.Done():
	}
}

func order(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	go func() {
		defer cancel()
		sendEvent(ctx)
	}()
	fmt.Fprintf(w, "order %x\n", kit.Work(60000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
