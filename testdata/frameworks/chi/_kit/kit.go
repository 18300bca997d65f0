// Package chikit is the scaffolding shared by the chi cases: a chi router
// with chi's own middleware.Profiler mounted at /debug (it serves
// net/http/pprof at /debug/pprof/), served on 127.0.0.1:$PORT, stopped
// cleanly on SIGTERM.
package chikit

import (
	"context"
	"log"
	"net/http"
	_ "net/http/pprof" // registers /debug/pprof/* on http.DefaultServeMux
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

// New returns a router with pprof; the case adds its middlewares and routes
// (chi wants middlewares before routes, so pprof is mounted by Serve).
func New() *chi.Mux { return chi.NewRouter() }

// Run mounts the profiler and serves r.
func Run(r *chi.Mux) {
	r.Mount("/debug", middleware.Profiler())
	Serve(r)
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
