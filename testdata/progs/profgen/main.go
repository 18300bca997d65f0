// Command profgen writes one real runtime/pprof profile from a small,
// deterministic-ish workload. pprof-gate's reference tests run it twice
// (-variant base and -variant head) and compare our numbers with
// `go tool pprof` on the same files, so the workloads exercise the shapes a
// profile decoder gets wrong: recursion, inlining, methods, closures,
// generics, functions that appear or vanish between base and head.
//
//	profgen -variant base|head -kind cpu|heap|allocs|goroutine -o FILE
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

func main() {
	variant := flag.String("variant", "base", "workload variant: base or head")
	kind := flag.String("kind", "cpu", "profile kind: cpu, heap, allocs or goroutine")
	out := flag.String("o", "", "file to write the profile to (required)")
	flag.Parse()

	if *variant != "base" && *variant != "head" {
		fail("-variant must be base or head, got %q", *variant)
	}
	if *out == "" {
		fail("-o FILE is required")
	}
	head := *variant == "head"

	f, err := os.Create(*out)
	if err != nil {
		fail("%v", err)
	}

	switch *kind {
	case "cpu":
		err = writeCPU(f, head)
	case "heap", "allocs":
		err = writeMem(f, *kind, head)
	case "goroutine":
		err = writeGoroutine(f, head)
	default:
		fail("-kind must be cpu, heap, allocs or goroutine, got %q", *kind)
	}
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		fail("writing %s profile: %v", *kind, err)
	}
}

// writeCPU profiles the CPU workload for its whole duration (about 1.5 s).
func writeCPU(f *os.File, head bool) error {
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	cpuWorkload(head)
	pprof.StopCPUProfile()
	return nil
}

// writeMem writes the heap or allocs profile after the allocation workload.
func writeMem(f *os.File, kind string, head bool) error {
	memWorkload(head)
	// The heap profile reports the state as of the last completed GC;
	// collecting now makes "inuse" mean "still retained".
	runtime.GC()
	err := pprof.Lookup(kind).WriteTo(f, 0)
	// The retained data must stay reachable until the profile is written.
	runtime.KeepAlive(retained)
	return err
}

// writeGoroutine writes the goroutine profile while the parked goroutines wait.
func writeGoroutine(f *os.File, head bool) error {
	parkGoroutines(head)
	return pprof.Lookup("goroutine").WriteTo(f, 0)
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "profgen: "+format+"\n", args...)
	os.Exit(2)
}
