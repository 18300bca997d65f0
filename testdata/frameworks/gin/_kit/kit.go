// Package ginkit is the scaffolding shared by the gin cases: a gin engine in
// release mode with net/http/pprof mounted at /debug/pprof/ (gin.WrapH of
// http.DefaultServeMux), served on 127.0.0.1:$PORT, stopped cleanly on SIGTERM.
package ginkit

import (
	"context"
	"log"
	"net/http"
	_ "net/http/pprof" // registers /debug/pprof/* on http.DefaultServeMux
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/gin-gonic/gin"
)

// New returns an engine with recovery and pprof; the case adds its routes.
func New() *gin.Engine {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(gin.Recovery())
	r.Any("/debug/pprof/*any", gin.WrapH(http.DefaultServeMux))
	return r
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
