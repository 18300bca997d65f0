// Command tinyprof writes one small, real runtime/pprof profile for the
// bad-input and fuzz tests of pprof-gate's decoder.
//
//	tinyprof OUT [heap|goroutine|goroutine-debug1|goroutine-debug2|heap-debug1]
//
// The default, heap, is a protobuf heap profile (gzipped, as Go writes it)
// recorded with runtime.MemProfileRate = 1, so every allocation is in it.
// The other kinds give the text forms a user may fetch by mistake
// (/debug/pprof/goroutine?debug=1 and friends).
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"sync"
)

// Set before any allocation the profile should see, hence an initializer.
var _ = func() int { runtime.MemProfileRate = 1; return 0 }()

// retained keeps what the workload allocates alive until the profile is written.
var retained []any

type tree struct {
	left, right *tree
	v           int
}

func build(depth int) *tree {
	if depth == 0 {
		return &tree{v: 1}
	}
	return &tree{left: build(depth - 1), right: build(depth - 1), v: depth}
}

func buffers(n, size int) {
	for i := 0; i < n; i++ {
		retained = append(retained, make([]byte, size))
	}
}

func names(n int) {
	m := make(map[string]int, n)
	for i := 0; i < n; i++ {
		m["name-"+strconv.Itoa(i)] = i
	}
	retained = append(retained, m)
}

func garbage(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		b := make([]int, 16+i%7)
		s += len(b)
	}
	return s
}

func workload() {
	retained = append(retained, build(8))
	buffers(50, 1024)
	names(200)
	_ = garbage(500)
	f := func(k int) []string { return make([]string, k) }
	retained = append(retained, f(33))
}

// parked goroutines give the goroutine profile more than one stack.
func park(wg *sync.WaitGroup, ch chan struct{}) {
	wg.Done()
	<-ch
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: tinyprof OUT [heap|goroutine|goroutine-debug1|goroutine-debug2|heap-debug1]")
		os.Exit(2)
	}
	kind := "heap"
	if len(os.Args) > 2 {
		kind = os.Args[2]
	}
	f, err := os.Create(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	workload()
	ch := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go park(&wg, ch)
	}
	wg.Wait()
	runtime.GC()
	switch kind {
	case "heap":
		err = pprof.Lookup("heap").WriteTo(f, 0)
	case "heap-debug1":
		err = pprof.Lookup("heap").WriteTo(f, 1)
	case "goroutine":
		err = pprof.Lookup("goroutine").WriteTo(f, 0)
	case "goroutine-debug1":
		err = pprof.Lookup("goroutine").WriteTo(f, 1)
	case "goroutine-debug2":
		err = pprof.Lookup("goroutine").WriteTo(f, 2)
	default:
		err = fmt.Errorf("unknown kind %q", kind)
	}
	runtime.KeepAlive(retained)
	close(ch)
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
