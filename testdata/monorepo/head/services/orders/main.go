// Orders (head): each order notifies an auditor on a channel nobody reads;
// the goroutine blocks forever, one per request (the leak the gate must find).
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

func notifyAuditor(done chan<- string, id string) {
	done <- id // nobody receives: blocks forever
}

func order(w http.ResponseWriter, r *http.Request) {
	go notifyAuditor(make(chan string), r.URL.Path)
	fmt.Fprintf(w, "order %s\n", r.URL.Path)
}

func main() {
	http.HandleFunc("/orders/", order)
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
