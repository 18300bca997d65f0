// Head: every order is validated by a checksum loop over the whole catalogue,
// four times the order's own work: CPU per request more than doubles.
package main

import (
	"fmt"
	"net/http"

	"example.com/kit"
)

func validate() uint64 {
	return kit.Work(80000)
}

func order(w http.ResponseWriter, r *http.Request) {
	sum := validate()
	fmt.Fprintf(w, "order %x %x\n", kit.Work(20000), sum)
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
