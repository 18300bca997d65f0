// Head: one order in a hundred starts a retry watcher that waits on a
// channel nobody ever closes: one goroutine leaked per 100 requests.
package main

import (
	"fmt"
	"net/http"
	"sync/atomic"

	"example.com/kit"
)

var served atomic.Int64

func watchRetry(done chan struct{}) {
	<-done
}

func order(w http.ResponseWriter, r *http.Request) {
	if served.Add(1)%100 == 0 {
		go watchRetry(make(chan struct{}))
	}
	fmt.Fprintf(w, "order %x\n", kit.Work(20000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
