// Base: the price comes from the primary replica.
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

func getPrice(w http.ResponseWriter, r *http.Request) {
	p := queryReplica(0, chi.URLParam(r, "sku"))
	fmt.Fprintf(w, "%s: %d %x\n", p.sku, p.cents, chikit.Work(100000))
}

func main() {
	r := chikit.New()
	r.Get("/price/{sku}", getPrice)
	chikit.Run(r)
}
