//go:build !unix

package main

import "time"

var started = time.Now()

// cpuTime falls back to wall time where getrusage does not exist (Windows):
// the slices then shrink in samples when the machine is busy.
func cpuTime() time.Duration { return time.Since(started) }
