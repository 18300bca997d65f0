// Head: a hedged read: both replicas are asked and the first answer wins.
// The answers go to an unbuffered channel and the handler reads one; the
// slower replica's goroutine blocks on its send forever. One leaked
// goroutine per request.
package main

import (
	"fmt"
	"net/http"
	"time"

	chikit "example.com/chikit"
	"github.com/go-chi/chi/v5"
)

type price struct {
	sku   string
	cents uint64
}

// queryReplica stands for a call to a price replica: mostly waiting on the
// network (replica 1 is the slower one).
func queryReplica(replica int, sku string) price {
	time.Sleep(time.Duration(200*(replica+1)) * time.Microsecond)
	return price{sku: sku, cents: uint64(len(sku)) * 100}
}

func askReplica(replica int, sku string, out chan<- price) {
	out <- queryReplica(replica, sku) // the loser blocks here: nobody reads a second answer
}

func getPrice(w http.ResponseWriter, r *http.Request) {
	sku := chi.URLParam(r, "sku")
	answers := make(chan price)
	go askReplica(0, sku, answers)
	go askReplica(1, sku, answers)
	p := <-answers
	fmt.Fprintf(w, "%s: %d %x\n", p.sku, p.cents, chikit.Work(20000))
}

func main() {
	r := chikit.New()
	r.Get("/price/{sku}", getPrice)
	chikit.Run(r)
}
