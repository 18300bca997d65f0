// The base service: an order endpoint that does a little work per request.
package main

import (
	"fmt"
	"net/http"

	"example.com/kit"
)

func order(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "order %x\n", kit.Work(20000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
