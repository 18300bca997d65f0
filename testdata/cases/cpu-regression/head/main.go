// Head: the order is validated by a checksum loop that costs about as much
// as the order itself: CPU per request roughly doubles.
package main

import (
	"fmt"
	"net/http"

	"example.com/kit"
)

func validate() uint64 {
	return kit.Work(20000)
}

func order(w http.ResponseWriter, r *http.Request) {
	sum := validate()
	fmt.Fprintf(w, "order %x %x\n", kit.Work(20000), sum)
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
