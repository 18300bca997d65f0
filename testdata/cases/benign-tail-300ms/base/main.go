// Base: the handler as it was.
package main

import (
	"fmt"
	"net/http"

	"example.com/kit"
)

func order(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "order %x\n", kit.Work(100000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
