// Head: request payloads are appended to a debugging slice that only grows.
package main

import (
	"bytes"
	"fmt"
	"net/http"
	"sync"

	"example.com/kit"
)

var (
	mu     sync.Mutex
	bodies [][]byte
)

func keepForDebugging(r *http.Request) {
	var b bytes.Buffer
	b.WriteString(r.URL.String())
	b.Write(make([]byte, 3000))
	mu.Lock()
	bodies = append(bodies, b.Bytes())
	mu.Unlock()
}

func order(w http.ResponseWriter, r *http.Request) {
	keepForDebugging(r)
	fmt.Fprintf(w, "order %x\n", kit.Work(20000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Serve()
}
