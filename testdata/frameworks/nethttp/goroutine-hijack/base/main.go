// Base: /events takes over the connection (http.Hijacker), writes the
// current snapshot as a complete response, and closes the connection.
package main

import (
	"bufio"
	"fmt"
	"net"
	"net/http"

	kit "example.com/nethttpkit"
)

func writeEvent(conn net.Conn, buf *bufio.ReadWriter, msg string) error {
	fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s", len(msg), msg)
	return buf.Flush()
}

func events(w http.ResponseWriter, r *http.Request) {
	conn, buf, err := w.(http.Hijacker).Hijack()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer conn.Close()
	_ = writeEvent(conn, buf, fmt.Sprintf("snapshot %x\n", kit.Work(20000)))
}

func main() {
	http.HandleFunc("/events", events)
	kit.Run()
}
