// Base: a webhook is accepted, its id taken from chi's RequestID middleware,
// and processed synchronously.
package main

import (
	"fmt"
	"io"
	"net/http"
	"sync/atomic"

	chikit "example.com/chikit"
	"github.com/go-chi/chi/v5/middleware"
)

var processed atomic.Int64

func accept(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	processed.Add(int64(len(payload)))
	fmt.Fprintf(w, "accepted %s %x\n", middleware.GetReqID(r.Context()), chikit.Work(20000))
}

func main() {
	r := chikit.New()
	r.Use(middleware.RequestID)
	r.Post("/webhooks", accept)
	chikit.Run(r)
}
