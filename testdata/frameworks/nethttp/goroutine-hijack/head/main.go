// Head: /events keeps the hijacked connection to push later updates: the
// connection is subscribed to the hub and a pump goroutine waits for
// updates. Nothing ever unsubscribes it or closes the connection (no read
// loop notices that the client went away), so every request leaves a
// goroutine and an open connection behind.
package main

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"sync"

	kit "example.com/nethttpkit"
)

type hub struct {
	mu   sync.Mutex
	subs map[chan string]struct{}
}

var updates = &hub{subs: map[chan string]struct{}{}}

func (h *hub) subscribe() chan string {
	ch := make(chan string, 1)
	h.mu.Lock()
	h.subs[ch] = struct{}{}
	h.mu.Unlock()
	return ch
}

func writeEvent(conn net.Conn, buf *bufio.ReadWriter, msg string) error {
	fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s", len(msg), msg)
	return buf.Flush()
}

// pump forwards updates to the hijacked connection until the channel is
// closed, which never happens.
func pump(conn net.Conn, buf *bufio.ReadWriter, sub chan string) {
	for msg := range sub {
		if _, err := buf.WriteString(msg); err != nil {
			break
		}
		_ = buf.Flush()
	}
	conn.Close()
}

func events(w http.ResponseWriter, r *http.Request) {
	conn, buf, err := w.(http.Hijacker).Hijack()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_ = writeEvent(conn, buf, fmt.Sprintf("snapshot %x\n", kit.Work(20000)))
	go pump(conn, buf, updates.subscribe())
}

func main() {
	http.HandleFunc("/events", events)
	kit.Run()
}
