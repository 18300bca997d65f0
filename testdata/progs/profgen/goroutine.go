package main

import (
	"sync"
	"time"
)

// never is never closed or sent on: goroutines waiting on it stay parked
// until the process exits.
var never = make(chan int)

// parkGoroutines starts goroutines blocked in different places and returns
// once they are all parked, so the goroutine profile sees each at its
// blocking point. head also starts leakyHandler goroutines: the "leak".
func parkGoroutines(head bool) {
	var started sync.WaitGroup
	var stuck sync.WaitGroup // never reaches zero
	stuck.Add(1)

	start := func(n int, f func()) {
		for i := 0; i < n; i++ {
			started.Add(1)
			go func() {
				started.Done()
				f()
			}()
		}
	}
	start(3, recvForever)
	start(2, selectForever)
	start(2, func() { waitGroupForever(&stuck) })
	start(1, sleepForever)
	start(2, chainA)
	leaks := 1
	if head {
		leaks = 6
	}
	start(leaks, leakyHandler)

	started.Wait()
	// Done() runs just before each goroutine blocks; give them time to get
	// there so no stack is caught half-way.
	time.Sleep(100 * time.Millisecond)
}

func recvForever() { <-never }

func selectForever() {
	other := make(chan struct{})
	select {
	case <-never:
	case <-other:
	}
}

func waitGroupForever(wg *sync.WaitGroup) { wg.Wait() }

func sleepForever() { time.Sleep(time.Hour) }

// chainA -> chainB -> chainC blocks three calls deep.
//
//go:noinline
func chainA() { chainB() }

//go:noinline
func chainB() { chainC() }

//go:noinline
func chainC() { <-never }

// leakyHandler is the classic leak: it sends a result nobody will receive.
func leakyHandler() {
	result := make(chan int)
	result <- 42
}
