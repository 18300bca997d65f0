package main

import (
	"time"
)

// sink keeps results alive so the compiler cannot delete the busy work.
var sink uint64

// cpuWorkload spends fixed slices of CPU time in each function. Slices, not
// iteration counts, keep the run near 1.5 s of CPU on any machine, and every
// slice is long enough (>= 120 ms, ~12 samples at 100 Hz) to show up.
//
// head differs from base the way a real regression does: fib gets over
// twice the CPU, headOnly appears, baseOnly disappears.
func cpuWorkload(head bool) {
	fibSlice := 200 * time.Millisecond
	if head {
		fibSlice = 450 * time.Millisecond
	}
	spin(fibSlice, func() { sink += uint64(fib(22)) })
	spin(150*time.Millisecond, func() {
		if isEven(10001) {
			sink++
		}
	})
	m := newMatrix(24)
	spin(200*time.Millisecond, func() { m.Mul(m) })
	spin(150*time.Millisecond, hashLoop)
	// One slice per instantiation: summing ints is several times faster
	// than floats, and a shared slice left it with only a few samples.
	spin(120*time.Millisecond, sumInts)
	spin(120*time.Millisecond, sumFloats)
	closures()
	if head {
		spin(150*time.Millisecond, headOnly)
	} else {
		spin(200*time.Millisecond, baseOnly)
	}
}

// spin calls work until the process has used d more CPU time (see
// cpuTime). Each call of work should take well over a microsecond so the
// clock reads stay a small part of the profile. spin is not inlined so the
// func values passed to it stay real calls (closures appear as main.F.funcN).
//
//go:noinline
func spin(d time.Duration, work func()) {
	end := cpuTime() + d
	// Only a starved machine reaches the wall-clock cap; it bounds the run.
	deadline := time.Now().Add(10 * d)
	for cpuTime() < end && time.Now().Before(deadline) {
		work()
	}
}

// fib is plain recursion: main.fib appears many times in one stack, and
// pprof counts its cum once per sample.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// isEven and isOdd are mutual recursion: A -> B -> A -> B in one stack.
func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

// Matrix gives a method on a pointer receiver: main.(*Matrix).Mul.
type Matrix struct {
	n int
	a []float64
}

func newMatrix(n int) *Matrix {
	m := &Matrix{n: n, a: make([]float64, n*n)}
	for i := range m.a {
		m.a[i] = float64(i%7) / 7
	}
	return m
}

// Mul is kept out of line so the method itself, not the closure it would be
// inlined into, holds the samples.
//
//go:noinline
func (m *Matrix) Mul(o *Matrix) {
	var s float64
	for i := 0; i < m.n; i++ {
		for j := 0; j < m.n; j++ {
			for k := 0; k < m.n; k++ {
				s += m.a[i*m.n+k] * o.a[k*m.n+j]
			}
		}
	}
	sink += uint64(s)
}

// mix is small enough for the compiler to inline into hashLoop, so its
// samples come from inline frames (pprof prints it with "(inline)").
func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	return x
}

func hashLoop() {
	x := sink
	for i := 0; i < 10000; i++ {
		x = mix(x + uint64(i))
	}
	sink = x
}

// Sum is generic. Go 1.26 names each shape instantiation in profiles:
// main.Sum[go.shape.int] and main.Sum[go.shape.float64] (brackets and dots
// in a name a parser must keep whole).
func Sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

var (
	ints   = make([]int, 1<<16)
	floats = make([]float64, 1<<16)
)

func sumInts()   { sink += uint64(Sum(ints)) }
func sumFloats() { sink += uint64(Sum(floats)) }

// closures spins in two func literals: main.closures.func1 and func2.
func closures() {
	var acc uint64
	spin(150*time.Millisecond, func() {
		for i := 0; i < 100000; i++ {
			acc = acc*31 + uint64(i)
		}
	})
	spin(150*time.Millisecond, func() {
		for i := 0; i < 100000; i++ {
			acc ^= acc<<7 + uint64(i)
		}
	})
	sink += acc
}

// headOnly is the function the head variant adds.
func headOnly() {
	x := sink
	for i := 0; i < 100000; i++ {
		x = x*6364136223846793005 + 1442695040888963407
	}
	sink = x
}

// baseOnly is the function the head variant removes.
func baseOnly() {
	x := sink
	for i := 0; i < 100000; i++ {
		x = x*2862933555777941757 + 3037000493
	}
	sink = x
}
