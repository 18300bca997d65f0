// Command idleprof writes one real CPU profile of a program that is mostly
// idle in the way a lightly loaded service is: goroutines that wake each
// other through channels and short sleeps (so the scheduler's Ms spin in
// findRunnable, steal, sleep in futexes and poll the network), a little
// CPU-bound work in two known functions, and allocation over a live heap
// (so the GC runs). The CPU figures of pprof-gate's gate are checked
// against `go tool pprof -top` on the profile it writes.
//
//	idleprof OUT [DURATION]
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"
)

// live is a linked heap the GC must mark on every cycle.
type node struct {
	next *node
	pad  [6]*int
}

var live *node

var sink []byte

// burn spins for d of CPU time.
func burn(d time.Duration) int {
	x := 0
	for start := time.Now(); time.Since(start) < d; {
		for i := 0; i < 1000; i++ {
			x += i * i
		}
	}
	return x
}

// handle is the "request": a little work, then a little more in spin.
func handle() int { return burn(300*time.Microsecond) + spin() }

func spin() int { return burn(100 * time.Microsecond) }

// allocate makes garbage while the live heap stays.
func allocate(n int) {
	for i := 0; i < n; i++ {
		sink = make([]byte, 4096)
	}
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: idleprof OUT [DURATION]")
		os.Exit(2)
	}
	duration := 1500 * time.Millisecond
	if len(os.Args) > 2 {
		d, err := time.ParseDuration(os.Args[2])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		duration = d
	}
	runtime.GOMAXPROCS(4)
	for i := 0; i < 200_000; i++ {
		live = &node{next: live}
	}
	f, err := os.Create(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	deadline := time.Now().Add(duration)
	var wg sync.WaitGroup
	// Ping-pong pairs: each hop wakes a parked goroutine, often on another P.
	for g := 0; g < 8; g++ {
		ping, pong := make(chan int), make(chan int)
		wg.Add(2)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				ping <- 1
				<-pong
				time.Sleep(50 * time.Microsecond)
			}
			close(ping)
		}()
		go func() {
			defer wg.Done()
			for range ping {
				pong <- 1
			}
		}()
	}
	// Requests: short bursts of work with idle gaps between them.
	wg.Add(1)
	go func() {
		defer wg.Done()
		for time.Now().Before(deadline) {
			handle()
			allocate(64)
			time.Sleep(time.Millisecond)
		}
	}()
	wg.Wait()
	pprof.StopCPUProfile()
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
