// Head: the API key is now checked with PBKDF2 (stored like a password) on
// every request, with nothing cached: a key-stretching KDF per request.
package main

import (
	"crypto/pbkdf2"
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"net/http"

	kit "example.com/nethttpkit"
)

var salt = []byte("pprof-gate-salt")

var keyDigest, _ = pbkdf2.Key(sha256.New, "s3cret-key", salt, 150, 32)

func checkAPIKey(key string) bool {
	d, err := pbkdf2.Key(sha256.New, key, salt, 150, 32)
	return err == nil && subtle.ConstantTimeCompare(d, keyDigest) == 1
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
