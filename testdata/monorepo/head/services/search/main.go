// Search (head): remembers the last 64 queries in a ring, whatever the
// number of requests: a benign change, bounded memory and no goroutine.
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	_ "net/http/pprof"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

var (
	mu     sync.Mutex
	recent [64]string
	next   int
)

func search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	mu.Lock()
	recent[next%len(recent)] = q
	next++
	mu.Unlock()
	fmt.Fprintf(w, "results for %q\n", q)
}

func main() {
	http.HandleFunc("/search", search)
	serve()
}

// serve listens on 127.0.0.1:$PORT, next to net/http/pprof, until SIGTERM.
func serve() {
	srv := &http.Server{Addr: "127.0.0.1:" + os.Getenv("PORT"), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Fatalf("listen: %v", err)
		}
	}()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	<-stop
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
}
