// Base: the quote is computed inline.
package main

import (
	"fmt"
	"net/http"

	kit "example.com/nethttpkit"
)

func quote(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "quote %x\n", kit.Work(100000))
}

func main() {
	http.HandleFunc("/", quote)
	kit.Run()
}
