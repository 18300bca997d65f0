// Five routes that each do the same work: the hot-spot case of
// `npm run bench:gate` (head makes one of them 50% slower).
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
func search(w http.ResponseWriter, r *http.Request)   { fmt.Fprintf(w, "%x\n", kit.Work(rounds)) }

func main() {
	http.HandleFunc("/orders", orders)
	http.HandleFunc("/invoices", invoices)
	http.HandleFunc("/users", users)
	http.HandleFunc("/carts", carts)
	http.HandleFunc("/search", search)
	kit.Serve()
}
