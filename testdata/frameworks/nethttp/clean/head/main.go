// Base and head are identical: a plain net/http order handler.
package main

import (
	"fmt"
	"net/http"

	kit "example.com/nethttpkit"
)

func order(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "order %x\n", kit.Work(20000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Run()
}
