// Head: each webhook is kept in a "pending acknowledgements" map, keyed by
// its request id, until the sender confirms it with a second call. Most
// senders never do and nothing expires entries: the payload (~2 KiB) of
// every request stays in the map.
package main

import (
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"

	chikit "example.com/chikit"
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

var (
	processed atomic.Int64
	mu        sync.Mutex
	pending   = map[string][]byte{}
)

func remember(id string, payload []byte) {
	mu.Lock()
	pending[id] = payload
	mu.Unlock()
}

func accept(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	processed.Add(int64(len(payload)))
	id := middleware.GetReqID(r.Context())
	remember(id, payload)
	fmt.Fprintf(w, "accepted %s %x\n", id, chikit.Work(20000))
}

func ack(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	delete(pending, chi.URLParam(r, "id"))
	mu.Unlock()
}

func main() {
	r := chikit.New()
	r.Use(middleware.RequestID)
	r.Post("/webhooks", accept)
	r.Post("/webhooks/{id}/ack", ack)
	chikit.Run(r)
}
