// Head: recent orders are cached, but the cache holds at most 64 entries
// (oldest evicted): memory stays flat however many requests come.
package main

import (
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"

	"example.com/kit"
)

const capacity = 64

var (
	mu    sync.Mutex
	ring  [capacity][]byte
	count atomic.Int64
)

func cacheOrder(id int64) {
	mu.Lock()
	ring[id%capacity] = make([]byte, 4096)
	mu.Unlock()
}

func order(w http.ResponseWriter, r *http.Request) {
	cacheOrder(count.Add(1))
	fmt.Fprintf(w, "order %x\n", kit.Work(20000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
