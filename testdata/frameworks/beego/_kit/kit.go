// Package beegokit is the scaffolding shared by the beego cases: beego's own
// server (web.Run) on 127.0.0.1:$PORT, with net/http/pprof mounted on the
// same port as a beego handler route (web.Handler("/debug/pprof",
// http.DefaultServeMux, true) matches every path under it). Beego's admin
// module has pprof too, but on a second port; this keeps one port.
// SIGTERM ends the process (Go's default), which is all beego needs here.
package beegokit

import (
	"net/http"
	_ "net/http/pprof" // registers /debug/pprof/* on http.DefaultServeMux
	"os"

	"github.com/beego/beego/v2/core/logs"
	"github.com/beego/beego/v2/server/web"
)

// Run mounts pprof and runs beego; the case registered its routers before.
func Run() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	logs.SetLevel(logs.LevelWarning)
	web.BConfig.RunMode = web.PROD
	web.BConfig.CopyRequestBody = true
	web.BConfig.WebConfig.AutoRender = false
	web.Handler("/debug/pprof", http.DefaultServeMux, true)
	web.Run("127.0.0.1:" + port)
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
