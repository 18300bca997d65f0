// Head: the price tables are kept for the life of the process (8 MiB that
// neither grows nor shrinks). Base frees its tables during the load, head
// does not: head retains nothing new, so this is not a leak.
package main

import (
	"fmt"
	"net/http"

	"example.com/kit"
)

var tables = preload()

func preload() [][]byte {
	t := make([][]byte, 256)
	for i := range t {
		t[i] = make([]byte, 32<<10)
	}
	return t
}

func order(w http.ResponseWriter, r *http.Request) {
	_ = len(tables)
	fmt.Fprintf(w, "order %x\n", kit.Work(20000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
