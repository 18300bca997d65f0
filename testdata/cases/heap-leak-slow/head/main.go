// Head: every order appends a 256-byte audit record to a slice that is
// never trimmed: a slow heap leak of a few hundred bytes per request.
package main

import (
	"fmt"
	"net/http"
	"sync"

	"example.com/kit"
)

var (
	mu    sync.Mutex
	audit [][]byte
)

func recordAudit(h uint64) {
	rec := make([]byte, 256)
	rec[0] = byte(h)
	mu.Lock()
	audit = append(audit, rec)
	mu.Unlock()
}

func order(w http.ResponseWriter, r *http.Request) {
	h := kit.Work(20000)
	recordAudit(h)
	fmt.Fprintf(w, "order %x\n", h)
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
