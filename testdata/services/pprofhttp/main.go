// Command pprofhttp is a service under test for pprof-gate's profile fetching
// (src/harness/fetch.ts). Each -mode reproduces one way /debug/pprof can
// answer, with the real net/http/pprof wherever the behaviour is Go's own:
//
//	-mode normal        net/http/pprof on http.DefaultServeMux
//	-mode nopprof       only "/" is served: /debug/pprof/* answers 404
//	-mode writetimeout  pprof behind http.Server{WriteTimeout: 2s}; with
//	                    -old-pprof, /debug/pprof/profile refuses seconds >=
//	                    WriteTimeout with 400, as net/http/pprof did before it
//	                    learned to extend the write deadline (Go 1.26 does)
//	-mode bigbody       /debug/pprof/heap streams -size bytes (chunked);
//	                    /debug/pprof/allocs sends them with a Content-Length
//	-mode stall         /debug/pprof/heap sends headers and 1 KiB, then waits
//	                    for the client to give up; /debug/pprof/allocs never
//	                    answers at all
//	-mode goroutines    pprof, plus -extra goroutines started after -delay
//	                    that end one every -stagger, so the goroutine count
//	                    rises and then falls back over a while (a plateau
//	                    would look settled to a quiesce loop)
//
// It listens on 127.0.0.1:$PORT (or -port) and prints "listening on ADDR".
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	_ "net/http/pprof"
	"os"
	"strconv"
	"time"
)

func main() {
	mode := flag.String("mode", "normal", "normal|nopprof|writetimeout|bigbody|stall|goroutines")
	port := flag.String("port", os.Getenv("PORT"), "port on 127.0.0.1 (default $PORT)")
	oldPprof := flag.Bool("old-pprof", false, "writetimeout: answer 400 when seconds >= WriteTimeout, like older Go")
	size := flag.Int64("size", 300<<20, "bigbody: bytes to send")
	extra := flag.Int("extra", 40, "goroutines: how many extra goroutines")
	delay := flag.Duration("delay", time.Second, "goroutines: wait before starting them")
	stagger := flag.Duration("stagger", 50*time.Millisecond, "goroutines: one ends every stagger")
	flag.Parse()
	if *port == "" {
		log.Fatal("set PORT or -port")
	}

	srv := &http.Server{Handler: http.DefaultServeMux, ReadHeaderTimeout: 10 * time.Second}
	switch *mode {
	case "normal":
	case "nopprof":
		mux := http.NewServeMux()
		mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "hello") })
		srv.Handler = mux
	case "writetimeout":
		srv.WriteTimeout = 2 * time.Second
		if *oldPprof {
			mux := http.NewServeMux()
			mux.Handle("/", http.DefaultServeMux)
			mux.HandleFunc("/debug/pprof/profile", oldProfile)
			srv.Handler = mux
		}
	case "bigbody":
		mux := http.NewServeMux()
		mux.HandleFunc("/debug/pprof/heap", func(w http.ResponseWriter, _ *http.Request) { stream(w, *size, false) })
		mux.HandleFunc("/debug/pprof/allocs", func(w http.ResponseWriter, _ *http.Request) { stream(w, *size, true) })
		mux.Handle("/", http.DefaultServeMux)
		srv.Handler = mux
	case "stall":
		mux := http.NewServeMux()
		mux.HandleFunc("/debug/pprof/heap", stallMidBody)
		mux.HandleFunc("/debug/pprof/allocs", func(_ http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
		mux.Handle("/", http.DefaultServeMux)
		srv.Handler = mux
	case "goroutines":
		go burst(*extra, *delay, *stagger)
	default:
		log.Fatalf("unknown -mode %q", *mode)
	}

	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", *port))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("listening on %s (mode %s)\n", ln.Addr(), *mode)
	log.Fatal(srv.Serve(ln))
}

// oldProfile is net/http/pprof.Profile with the check Go had before its
// handlers extended the write deadline: a CPU profile that would outlast the
// server's WriteTimeout is refused up front, in pprof's own error format.
func oldProfile(w http.ResponseWriter, r *http.Request) {
	sec, err := strconv.ParseInt(r.FormValue("seconds"), 10, 64)
	if sec <= 0 || err != nil {
		sec = 30
	}
	srv, ok := r.Context().Value(http.ServerContextKey).(*http.Server)
	if ok && srv.WriteTimeout > 0 && float64(sec) >= srv.WriteTimeout.Seconds() {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("X-Go-Pprof", "1")
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprintln(w, "profile duration exceeds server's WriteTimeout")
		return
	}
	http.DefaultServeMux.ServeHTTP(w, r)
}

// stream sends n bytes in 64 KiB writes; it stops when the client goes.
func stream(w http.ResponseWriter, n int64, withLength bool) {
	w.Header().Set("Content-Type", "application/octet-stream")
	if withLength {
		w.Header().Set("Content-Length", strconv.FormatInt(n, 10))
	}
	buf := make([]byte, 64<<10)
	for n > 0 {
		k := min(n, int64(len(buf)))
		if _, err := w.Write(buf[:k]); err != nil {
			return
		}
		n -= k
	}
}

// stallMidBody sends the start of a body and then nothing more, holding the
// connection open until the client closes it.
func stallMidBody(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/octet-stream")
	w.WriteHeader(http.StatusOK)
	w.Write(make([]byte, 1024))
	http.NewResponseController(w).Flush()
	<-r.Context().Done()
}

// burst starts n goroutines after delay; the i-th ends (i+1)*stagger later,
// so the count falls steadily rather than all at once.
func burst(n int, delay, stagger time.Duration) {
	time.Sleep(delay)
	for i := range n {
		go time.Sleep(time.Duration(i+1) * stagger)
	}
}
