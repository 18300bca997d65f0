// Package gokitkit is the scaffolding shared by the go-kit cases: go-kit's
// HTTP transport is plain net/http, so the case's handler goes on a
// ServeMux next to net/http/pprof (http.DefaultServeMux at /debug/pprof/),
// served on 127.0.0.1:$PORT and stopped cleanly on SIGTERM.
package gokitkit

import (
	"context"
	"log"
	"net/http"
	_ "net/http/pprof" // registers /debug/pprof/* on http.DefaultServeMux
	"os"
	"os/signal"
	"syscall"
	"time"

	"encoding/json"
)

// Run serves h at / and pprof at /debug/pprof/.
func Run(h http.Handler) {
	mux := http.NewServeMux()
	mux.Handle("/debug/pprof/", http.DefaultServeMux)
	mux.Handle("/", h)
	Serve(mux)
}

// EncodeJSON is the usual go-kit response encoder.
func EncodeJSON(_ context.Context, w http.ResponseWriter, response interface{}) error {
	w.Header().Set("Content-Type", "application/json")
	return json.NewEncoder(w).Encode(response)
}

// Serve runs h on 127.0.0.1:$PORT until SIGTERM or SIGINT, then shuts down
// gracefully.
func Serve(h http.Handler) {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	srv := &http.Server{Addr: "127.0.0.1:" + port, Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Fatalf("listen: %v", err)
		}
	}()
	log.Printf("listening on 127.0.0.1:%s", port)
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	<-stop
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
}

// Work burns a predictable amount of CPU, so CPU per request means something.
func Work(rounds int) uint64 {
	var h uint64 = 1469598103934665603
	for i := 0; i < rounds; i++ {
		h ^= uint64(i)
		h *= 1099511628211
	}
	return h
}
