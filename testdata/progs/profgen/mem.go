package main

import (
	"runtime"
	"strconv"
)

// With rate 1 every allocation is recorded and the profile's values are
// exact counts and bytes instead of estimates scaled from samples. It has
// to be set before the allocations it should see, hence an initializer.
var _ = func() int { runtime.MemProfileRate = 1; return 0 }()

// retained holds what the workload keeps alive until the profile is written.
var retained []any

// memWorkload allocates from several call sites, some retained, some garbage.
// head retains twice as many buffers from retainBuffers: the "leak".
func memWorkload(head bool) {
	buffers := 100
	if head {
		buffers = 200
	}
	retainBuffers(buffers)
	retainMap(500)
	c := &Cache{}
	for i := 0; i < 300; i++ {
		c.Put(i)
	}
	retained = append(retained, c)
	makeGarbage(1000)
	retained = append(retained, makeClosure())
}

// retainBuffers keeps n 4 KiB buffers: inuse_space grows with n.
func retainBuffers(n int) {
	for i := 0; i < n; i++ {
		retained = append(retained, make([]byte, 4096))
	}
}

// retainMap keeps a map whose buckets and strings come from runtime and
// strconv frames under main.retainMap.
func retainMap(n int) {
	m := make(map[int]string)
	for i := 0; i < n; i++ {
		m[i] = "value-" + strconv.Itoa(i)
	}
	retained = append(retained, m)
}

// Cache gives a method on a pointer receiver that allocates:
// main.(*Cache).Put.
type Cache struct{ head *node }

type node struct {
	v    int
	next *node
}

func (c *Cache) Put(v int) { c.head = &node{v: v, next: c.head} }

// makeGarbage allocates and drops: it counts in alloc_* but not inuse_*.
func makeGarbage(n int) {
	for i := 0; i < n; i++ {
		b := make([]byte, 256)
		b[0] = byte(i)
		sinkBytes = b
	}
	sinkBytes = nil
}

var sinkBytes []byte

// makeClosure returns a closure whose captured slice is heap-allocated and
// retained through the closure (allocation site: main.makeClosure).
func makeClosure() func() int {
	counter := make([]int, 64)
	return func() int { counter[0]++; return counter[0] }
}
