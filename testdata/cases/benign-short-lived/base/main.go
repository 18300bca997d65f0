// The base service: an order endpoint that does some work per request.
// More than the other cases' handlers (60k rounds, not 20k): head's goroutine
// and two timers per request cost a few microseconds of real CPU, which on a
// 20k-round handler came to +5% alone and up to +24% with a busy core beside
// it, close to the CPU check's +15%. This case is about goroutines, so its
// real CPU change is kept small, as the framework corpus's benign cases do
// (+5.6%, -8.1%, +11.4% with the busy core).
package main

import (
	"fmt"
	"net/http"

	"example.com/kit"
)

func order(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "order %x\n", kit.Work(60000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
