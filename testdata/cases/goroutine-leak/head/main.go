// Head: each order notifies an auditor on an unbuffered channel that nobody
// reads; the goroutine blocks forever, one per request.
package main

import (
	"fmt"
	"net/http"

	"example.com/kit"
)

func notifyAuditor(done chan<- string, id string) {
	done <- id // nobody receives: blocks forever
}

func order(w http.ResponseWriter, r *http.Request) {
	done := make(chan string)
	go notifyAuditor(done, r.URL.Path)
	fmt.Fprintf(w, "order %x\n", kit.Work(20000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
