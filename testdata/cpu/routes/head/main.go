// Head: /search now ranks its results with a second pass, 50% more work on
// that route alone; the other four are unchanged.
package main

import (
	"fmt"
	"net/http"

	"example.com/kit"
)

const rounds = 60000

func orders(w http.ResponseWriter, r *http.Request)   { fmt.Fprintf(w, "%x\n", kit.Work(rounds)) }
func invoices(w http.ResponseWriter, r *http.Request) { fmt.Fprintf(w, "%x\n", kit.Work(rounds)) }
func users(w http.ResponseWriter, r *http.Request)    { fmt.Fprintf(w, "%x\n", kit.Work(rounds)) }
func carts(w http.ResponseWriter, r *http.Request)    { fmt.Fprintf(w, "%x\n", kit.Work(rounds)) }
func search(w http.ResponseWriter, r *http.Request)   { fmt.Fprintf(w, "%x\n", kit.Work(rounds)+rank()) }

func rank() uint64 { return kit.Work(rounds / 2) }

func main() {
	http.HandleFunc("/orders", orders)
	http.HandleFunc("/invoices", invoices)
	http.HandleFunc("/users", users)
	http.HandleFunc("/carts", carts)
	http.HandleFunc("/search", search)
	kit.Serve()
}
