// Base: the service preloads 256 price tables (32 KiB each, 8 MiB in all)
// and hands one back to the garbage collector with each of its first 256
// orders after the warm-up: base's heap shrinks during the load.
package main

import (
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"

	"example.com/kit"
)

var (
	served atomic.Int64
	mu     sync.Mutex
	tables = preload()
)

func preload() [][]byte {
	t := make([][]byte, 256)
	for i := range t {
		t[i] = make([]byte, 32<<10)
	}
	return t
}

func order(w http.ResponseWriter, r *http.Request) {
	if n := served.Add(1); n > 300 && n <= 556 {
		mu.Lock()
		tables[n-301] = nil
		mu.Unlock()
	}
	fmt.Fprintf(w, "order %x\n", kit.Work(20000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
