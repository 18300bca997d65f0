// The CPU dose-response service of `npm run bench:gate`: each request does
// `rounds` rounds of hashing (about a millisecond), so nearly all of its CPU
// is that work and +N% more rounds is close to +N% CPU per request. The
// benchmark copies this module and raises `extra` to make heads that spend
// +10%, +20% and +40% more CPU per request.
package main

import (
	"fmt"
	"net/http"

	"example.com/kit"
)

const (
	rounds = 1000000
	// extra rounds in thousandths of `rounds`; the benchmark rewrites this line
	extra = 0
)

func order(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "order %x\n", kit.Work(rounds+rounds*extra/1000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
