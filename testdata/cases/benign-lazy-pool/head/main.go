// Head: a worker pool of 16 goroutines is started on the first request
// (sync.Once). The goroutines live on, but they are started during warm-up
// and their number does not grow with requests: not a leak.
package main

import (
	"fmt"
	"net/http"
	"sync"

	"example.com/kit"
)

var (
	once sync.Once
	jobs = make(chan uint64, 64)
)

func startPool() {
	for i := 0; i < 16; i++ {
		go func() {
			for j := range jobs {
				_ = kit.Work(int(j % 100))
			}
		}()
	}
}

func order(w http.ResponseWriter, r *http.Request) {
	once.Do(startPool)
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
