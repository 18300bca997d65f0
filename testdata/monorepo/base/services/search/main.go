// Search (base): answers each query.
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	_ "net/http/pprof"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func search(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "results for %q\n", r.URL.Query().Get("q"))
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
