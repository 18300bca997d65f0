// Head: a pool of 32 workers, each with a 64 KiB scratch buffer, is started
// once the service has served 1,000 orders: during the first measured
// round, after the warm-up. Its goroutines and buffers live on, but they do
// not grow with more requests: not a leak.
package main

import (
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"

	"example.com/kit"
)

var (
	served  atomic.Int64
	once    sync.Once
	jobs    = make(chan uint64, 64)
	scratch [][]byte
)

func startPool() {
	for i := 0; i < 32; i++ {
		buf := make([]byte, 64<<10)
		scratch = append(scratch, buf)
		go func() {
			for j := range jobs {
				buf[j%uint64(len(buf))]++
			}
		}()
	}
}

func order(w http.ResponseWriter, r *http.Request) {
	if served.Add(1) >= 1000 {
		once.Do(startPool)
	}
	h := kit.Work(20000)
	select {
	case jobs <- h:
	default:
	}
	fmt.Fprintf(w, "order %x\n", h)
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
