// Head: every order starts a refresher goroutine with a ticker that is never
// stopped; it keeps running (and waking) after the request has returned.
package main

import (
	"fmt"
	"net/http"
	"time"

	"example.com/kit"
)

func refreshPrices(t *time.Ticker) {
	for range t.C {
		_ = kit.Work(10)
	}
}

func order(w http.ResponseWriter, r *http.Request) {
	go refreshPrices(time.NewTicker(time.Second))
	fmt.Fprintf(w, "order %x\n", kit.Work(20000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
