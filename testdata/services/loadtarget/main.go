// loadtarget is the HTTP service that the load driver's tests and benchmark
// run against. It counts every request it receives, per path, so a test can
// check that the driver sent exactly the number of requests it reports.
//
//	GET  /count        {"/": 12, "/slow": 3, ...} (itself not counted)
//	POST /reset        zero the counts (itself not counted)
//	GET  /last-echo    the last /echo request as JSON (itself not counted)
//	     /             200 "ok"
//	     /slow         200 after 50 ms
//	     /status/{code} that status
//	     /echo         200 echoing the body, with X-Echo-Method and the
//	                   request's X-Test header as X-Echo-Test
//	     /close        closes the connection without a response
//
// It listens on 127.0.0.1:$PORT (-port overrides) and prints "listening ADDR"
// once it accepts connections.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// counter keeps one atomic counter per path. The map is only written when a
// new path shows up, so the hot path takes a read lock and an atomic add.
type counter struct {
	mu sync.RWMutex
	m  map[string]*atomic.Int64
}

func (c *counter) inc(path string) {
	c.mu.RLock()
	n := c.m[path]
	c.mu.RUnlock()
	if n == nil {
		c.mu.Lock()
		if n = c.m[path]; n == nil {
			n = new(atomic.Int64)
			c.m[path] = n
		}
		c.mu.Unlock()
	}
	n.Add(1)
}

func (c *counter) snapshot() map[string]int64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := make(map[string]int64, len(c.m))
	for k, v := range c.m {
		out[k] = v.Load()
	}
	return out
}

func (c *counter) reset() {
	c.mu.Lock()
	c.m = map[string]*atomic.Int64{}
	c.mu.Unlock()
}

type echoed struct {
	Method  string              `json:"method"`
	Headers map[string][]string `json:"headers"`
	Body    string              `json:"body"`
}

func main() {
	port := flag.String("port", os.Getenv("PORT"), "port to listen on (127.0.0.1)")
	flag.Parse()
	if *port == "" {
		log.Fatal("set PORT or -port")
	}

	counts := &counter{m: map[string]*atomic.Int64{}}
	var lastEcho atomic.Pointer[echoed]

	mux := http.NewServeMux()
	mux.HandleFunc("GET /count", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(counts.snapshot())
	})
	mux.HandleFunc("POST /reset", func(w http.ResponseWriter, r *http.Request) {
		counts.reset()
		lastEcho.Store(nil)
	})
	mux.HandleFunc("GET /last-echo", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(lastEcho.Load())
	})

	// Everything else is counted before it is served.
	work := http.NewServeMux()
	work.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok\n")
	})
	work.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(50 * time.Millisecond)
		io.WriteString(w, "slow\n")
	})
	work.HandleFunc("/status/{code}", func(w http.ResponseWriter, r *http.Request) {
		code, err := strconv.Atoi(r.PathValue("code"))
		if err != nil || code < 200 || code > 599 {
			http.Error(w, "bad code", http.StatusBadRequest)
			return
		}
		w.WriteHeader(code)
		fmt.Fprintf(w, "status %d\n", code)
	})
	work.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		lastEcho.Store(&echoed{Method: r.Method, Headers: r.Header, Body: string(body)})
		w.Header().Set("X-Echo-Method", r.Method)
		w.Header().Set("X-Echo-Test", r.Header.Get("X-Test"))
		w.Write(body)
	})
	work.HandleFunc("/close", func(w http.ResponseWriter, r *http.Request) {
		conn, _, err := http.NewResponseController(w).Hijack()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		conn.Close()
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		counts.inc(r.URL.Path)
		work.ServeHTTP(w, r)
	})

	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", *port))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("listening %s\n", ln.Addr())
	log.Fatal(http.Serve(ln, mux))
}
