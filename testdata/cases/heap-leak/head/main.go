// Head: every order is remembered in a map keyed by request number that is
// never pruned: retained heap grows with every request.
package main

import (
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"

	"example.com/kit"
)

var (
	mu      sync.Mutex
	history = map[int64][]byte{}
	next    atomic.Int64
)

func remember(id int64) {
	receipt := make([]byte, 4096)
	mu.Lock()
	history[id] = receipt
	mu.Unlock()
}

func order(w http.ResponseWriter, r *http.Request) {
	remember(next.Add(1))
	fmt.Fprintf(w, "order %x\n", kit.Work(20000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
