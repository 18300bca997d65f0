// Package fiberkit is the scaffolding shared by the fiber cases. Fiber runs
// on fasthttp, not net/http, so pprof is mounted through fiber's adaptor:
// adaptor.HTTPHandler(http.DefaultServeMux) at /debug/pprof answers every
// net/http/pprof path (named profiles included, e.g. goroutineleak) on the
// same port. The app listens on 127.0.0.1:$PORT and stops cleanly on SIGTERM.
package fiberkit

import (
	"log"
	"net/http"
	_ "net/http/pprof" // registers /debug/pprof/* on http.DefaultServeMux
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/adaptor"
)

// New returns an app with pprof; the case adds its routes.
func New() *fiber.App {
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	app.Use("/debug/pprof", adaptor.HTTPHandler(http.DefaultServeMux))
	return app
}

// Run serves app until SIGTERM or SIGINT.
func Run(app *fiber.App) {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	go func() {
		if err := app.Listen("127.0.0.1:" + port); err != nil {
			log.Fatalf("listen: %v", err)
		}
	}()
	log.Printf("listening on 127.0.0.1:%s", port)
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	<-stop
	_ = app.ShutdownWithTimeout(2 * time.Second)
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
