// Package echokit is the scaffolding shared by the echo cases: an echo
// instance with net/http/pprof mounted at /debug/pprof/ (echo.WrapHandler of
// http.DefaultServeMux), served on 127.0.0.1:$PORT, stopped cleanly on SIGTERM.
package echokit

import (
	"context"
	"log"
	"net/http"
	_ "net/http/pprof" // registers /debug/pprof/* on http.DefaultServeMux
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/labstack/echo/v4"
)

// New returns an echo instance with pprof; the case adds its routes.
func New() *echo.Echo {
	e := echo.New()
	e.HideBanner = true
	e.HidePort = true
	e.Any("/debug/pprof/*", echo.WrapHandler(http.DefaultServeMux))
	return e
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
