// Head: finish now only exports the span; the delete from the map keyed by
// request id went away in a refactor, so every span (2 KiB of notes) stays.
package main

import (
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	kit "example.com/nethttpkit"
)

type span struct {
	id    string
	start time.Time
	attrs map[string]string
	notes []byte
}

type tracer struct {
	mu    sync.Mutex
	spans map[string]*span
	seq   atomic.Uint64
	done  atomic.Uint64
}

var trace = &tracer{spans: map[string]*span{}}

func (t *tracer) start(r *http.Request) *span {
	s := &span{id: strconv.FormatUint(t.seq.Add(1), 36), start: time.Now(), attrs: map[string]string{}, notes: make([]byte, 0, 2048)}
	s.attrs["path"] = r.URL.Path
	s.attrs["agent"] = r.UserAgent()
	s.notes = append(s.notes, "handler=order;"...)
	t.mu.Lock()
	t.spans[s.id] = s
	t.mu.Unlock()
	return s
}

func (t *tracer) finish(s *span) {
	t.done.Add(1) // export elided; the span stays in t.spans
}

func order(w http.ResponseWriter, r *http.Request) {
	s := trace.start(r)
	defer trace.finish(s)
	fmt.Fprintf(w, "order %x\n", kit.Work(20000))
}

func main() {
	http.HandleFunc("/", order)
	kit.Run()
}
