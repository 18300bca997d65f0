// Head: each request starts a watcher goroutine that aborts the (future)
// backend call when the client goes away. It waits on the request's
// context, which net/http cancels as soon as the handler returns, so the
// watcher ends with the request: many run under load, none stay.
package main

import (
	"context"
	"fmt"
	"net/http"
	"sync/atomic"

	kit "example.com/nethttpkit"
)

var aborted atomic.Int64

func watchClient(ctx context.Context, abort func()) {
	<-ctx.Done()
	if ctx.Err() != nil {
		aborted.Add(1)
	}
	abort()
}

func quote(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go watchClient(r.Context(), cancel)
	_ = ctx // the backend call would use ctx
	fmt.Fprintf(w, "quote %x\n", kit.Work(100000))
}

func main() {
	http.HandleFunc("/", quote)
	kit.Run()
}
