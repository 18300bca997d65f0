// Base: the API key is checked against a digest computed once at start-up.
package main

import (
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"net/http"

	kit "example.com/nethttpkit"
)

var keyDigest = sha256.Sum256([]byte("s3cret-key"))

func checkAPIKey(key string) bool {
	d := sha256.Sum256([]byte(key))
	return subtle.ConstantTimeCompare(d[:], keyDigest[:]) == 1
}

func order(w http.ResponseWriter, r *http.Request) {
	if !checkAPIKey(r.Header.Get("X-Api-Key")) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	fmt.Fprintf(w, "order %x\n", kit.Work(20000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Run()
}
