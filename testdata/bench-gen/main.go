// Command bench-gen writes large synthetic, Go-like pprof profiles for the pprof-gate benchmark
// (scripts/bench.js). The output is deterministic for a given set of flags.
//
//	bench-gen -size-mb 10 -seed 1 -o base.pb.gz -pair-o head.pb.gz
//	bench-gen -size-mb 10 -seed 1 -role head -o head.pb.gz
//	bench-gen -size-mb 10 -seed 1 -samples-factor 10 -o base-x10.pb.gz
//
// Shape of a profile (the -size-mb budget is the DECOMPRESSED size with -samples-factor 1):
//   - a layered call graph of tens of thousands of functions with Go-like names
//     (github.com/acme/svc/internal/pkg12.(*Type3).Method7, closures .func1 / .func2.1, generics
//     (*Cache[...]).Get, a /v2/ module path, fixed runtime and standard-library frames);
//   - call-site locations, some with 1-3 inlined frames (several Line entries per location);
//   - stacks of 10-60 frames (plus a few short GC-worker stacks, as in real CPU profiles) drawn as
//     random walks from a handful of roots (net/http, gRPC, a worker pool), so stacks share prefixes;
//     middleware chains repeat the same location within one stack, and a few functions recurse;
//   - one Sample per distinct (stack, labels); hot paths get large counts, most stacks a count of 1;
//   - cpu: samples/count + cpu/nanoseconds, string labels (handler, tenant, job);
//     heap: alloc_objects, alloc_space, inuse_objects, inuse_space, numeric label "bytes".
//
// -role head (or -pair-o) writes the head side over the same location, function and mapping
// tables: most stacks get noisy weights, the stacks through ~1.5% of functions grow 1.5-4x, through
// ~1.5% shrink, ~3% of stacks are gone and ~5% new stacks appear.
//
// -samples-factor F writes every sample F times (round-robin, never adjacent), as a profile from an
// unmerged source would: F times the samples over exactly the same distinct stacks. By default each
// copy keeps the full values (totals scale by F, like a profile F times as long); -split-values splits
// the values over the copies instead so that totals and every aggregate equal the F=1 profile (some
// copies then carry 0).
//
// One JSON line of statistics per file written goes to stdout.
package main

import (
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/google/pprof/profile"
)

// ---------------------------------------------------------------------------------------------
// Random helpers

type rng struct{ *rand.Rand }

func newRNG(seed int64, stream uint64) rng {
	return rng{rand.New(rand.NewPCG(uint64(seed), stream))}
}

// zipf returns a cumulative table for weights 1/(i+1)^s, i < n.
func zipfTable(n int, s float64) []float64 {
	t := make([]float64, n)
	sum := 0.0
	for i := 0; i < n; i++ {
		sum += 1 / math.Pow(float64(i+1), s)
		t[i] = sum
	}
	return t
}

func (r rng) pick(cum []float64) int {
	x := r.Float64() * cum[len(cum)-1]
	return sort.SearchFloat64s(cum, x)
}

func (r rng) chance(p float64) bool { return r.Float64() < p }

// ---------------------------------------------------------------------------------------------
// Protobuf size estimation (mirrors github.com/google/pprof/profile's encoder)

func varintLen(x uint64) int {
	n := 1
	for x >= 0x80 {
		x >>= 7
		n++
	}
	return n
}

// fieldLen: a length-delimited field with a 1-byte tag.
func fieldLen(payload int) int { return 1 + varintLen(uint64(payload)) + payload }

func optLen(x uint64) int {
	if x == 0 {
		return 0
	}
	return 1 + varintLen(x)
}

func repeatedLen(xs []uint64) int {
	if len(xs) > 2 {
		n := 0
		for _, x := range xs {
			n += varintLen(x)
		}
		return fieldLen(n)
	}
	n := 0
	for _, x := range xs {
		n += 1 + varintLen(x)
	}
	return n
}

// ---------------------------------------------------------------------------------------------
// Model

type fnInfo struct {
	name, file string
	startLine  int64
	level      int
	calls      []int     // callee app-function indices
	callCum    []float64 // cumulative weights over calls
	callLocs   []*profile.Location
	leafLocs   []*profile.Location
	nLeaves    int
	tailLocs   map[int]*profile.Location
	nextLine   int64
	nLocs      int
	entry      uint64
	pf         *profile.Function
	inlineProb float64
}

type sampleRec struct {
	locs   []*profile.Location
	labels map[string][]string
	num    map[string][]int64
	count  int64 // cpu: samples; heap: allocated objects
	size   int64 // heap: object size
	inuse  float64
	fns    []int // app functions on the stack (for head perturbation)
	est    int   // estimated encoded size
}

type gen struct {
	r        rng
	kind     string
	app      []*fnInfo
	helpers  []*fnInfo
	fixed    map[string]*fnInfo
	fixLocs  map[string]*profile.Location
	specLocs map[*lineSpec]*profile.Location
	levels   [][]int
	nLevels  int

	mapping   *profile.Mapping
	vdso      *profile.Mapping
	functions []*profile.Function
	locations []*profile.Location
	nextEntry uint64
	strIdx    map[string]int
	estBytes  int

	samples  []*sampleRec
	index    map[string]*sampleRec
	headOnly []*sampleRec

	handlerCum, tenantCum, jobCum, tailCum, sizeCum []float64
	tails                                           [][]locSpec
	inlineStd                                       []*fnInfo
}

type lineSpec struct {
	fn, file string
	line     int64
}
type locSpec []lineSpec // leaf-first lines of one location; the last is the physical function

const (
	rt   = "/usr/local/go/src/runtime/"
	std  = "/usr/local/go/src/"
	mod  = "/root/go/pkg/mod/"
	self = "github.com/acme/svc/"
)

func ls(fn, file string, line int64) locSpec { return locSpec{{fn, file, line}} }

var (
	httpRoot = []locSpec{ // root-first
		ls("runtime.goexit", rt+"asm_amd64.s", 1700),
		ls("net/http.(*conn).serve", std+"net/http/server.go", 2102),
		ls("net/http.serverHandler.ServeHTTP", std+"net/http/server.go", 3301),
		ls("net/http.(*ServeMux).ServeHTTP", std+"net/http/server.go", 2822),
		ls("net/http.HandlerFunc.ServeHTTP", std+"net/http/server.go", 2294),
		ls(self+"internal/server.(*Server).withMetrics.func1", self+"internal/server/middleware.go", 48),
		ls("net/http.HandlerFunc.ServeHTTP", std+"net/http/server.go", 2294), // same location again
		{{self + "internal/server.requestID", self + "internal/server/middleware.go", 91},
			{self + "internal/server.(*Server).withAuth.func1", self + "internal/server/middleware.go", 77}},
		ls("net/http.HandlerFunc.ServeHTTP", std+"net/http/server.go", 2294), // and again
	}
	grpcRoot = []locSpec{
		ls("runtime.goexit", rt+"asm_amd64.s", 1700),
		ls("google.golang.org/grpc.(*Server).serveStreams.func2.1", mod+"google.golang.org/grpc@v1.75.0/server.go", 1070),
		ls("google.golang.org/grpc.(*Server).handleStream", mod+"google.golang.org/grpc@v1.75.0/server.go", 1813),
		ls("google.golang.org/grpc.(*Server).processUnaryRPC", mod+"google.golang.org/grpc@v1.75.0/server.go", 1392),
		ls("google.golang.org/grpc.chainUnaryInterceptors.func1", mod+"google.golang.org/grpc@v1.75.0/server.go", 1208),
		ls(self+"internal/server.unaryLogger", self+"internal/server/grpc.go", 33),
		ls("google.golang.org/grpc.getChainUnaryHandler.func1", mod+"google.golang.org/grpc@v1.75.0/server.go", 1216),
		ls(self+"internal/server.unaryRecover", self+"internal/server/grpc.go", 61),
	}
	workerRoot = []locSpec{
		ls("runtime.goexit", rt+"asm_amd64.s", 1700),
		ls(self+"internal/worker.(*Pool).start.func1", self+"internal/worker/pool.go", 58),
		ls(self+"internal/worker.(*Pool).runJob", self+"internal/worker/pool.go", 112),
		{{self + "internal/worker.(*Job).Run", self + "internal/worker/job.go", 40},
			{self + "internal/worker.(*Pool).safeRun", self + "internal/worker/pool.go", 131}},
	}
	gcRoot = []locSpec{
		ls("runtime.goexit", rt+"asm_amd64.s", 1700),
		ls("runtime.gcBgMarkWorker", rt+"mgc.go", 1463),
		ls("runtime.systemstack", rt+"asm_amd64.s", 514),
		ls("runtime.gcBgMarkWorker.func2", rt+"mgc.go", 1521),
		ls("runtime.gcDrainMarkWorkerDedicated", rt+"mgcmark.go", 1124),
		ls("runtime.gcDrain", rt+"mgcmark.go", 1229),
	}
	gcLeaves = [][]locSpec{ // leaf-first
		{ls("runtime.(*gcBits).bitp", rt+"mheap.go", 2403), ls("runtime.greyobject", rt+"mgcmark.go", 1583), ls("runtime.scanobject", rt+"mgcmark.go", 1446)},
		{ls("runtime.findObject", rt+"mbitmap.go", 1264), ls("runtime.scanobject", rt+"mgcmark.go", 1437)},
		{ls("runtime.(*gcWork).put", rt+"mgcwork.go", 119), ls("runtime.greyobject", rt+"mgcmark.go", 1619), ls("runtime.scanobject", rt+"mgcmark.go", 1446)},
		{ls("runtime.scanblock", rt+"mgcmark.go", 1350), ls("runtime.markrootBlock", rt+"mgcmark.go", 281), ls("runtime.markroot", rt+"mgcmark.go", 176)},
		{ls("runtime.scanframeworker", rt+"mgcmark.go", 1064), ls("runtime.scanstack", rt+"mgcmark.go", 893), ls("runtime.markroot.func1", rt+"mgcmark.go", 242), ls("runtime.markroot", rt+"mgcmark.go", 216)},
	}
	cpuTails = [][]locSpec{ // leaf-first; entered from an app call site
		{ls("runtime.memclrNoHeapPointers", rt+"memclr_amd64.s", 93), ls("runtime.mallocgcSmallNoscan", rt+"malloc.go", 1414), ls("runtime.mallocgc", rt+"malloc.go", 1079), ls("runtime.newobject", rt+"malloc.go", 1744)},
		{{{"runtime.nextFreeFast", rt + "malloc.go", 939}, {"runtime.mallocgcSmallScanNoHeader", rt + "malloc.go", 1456}}, ls("runtime.mallocgc", rt+"malloc.go", 1087), ls("runtime.makeslice", rt+"slice.go", 116)},
		{ls("runtime.memmove", rt+"memmove_amd64.s", 329), ls("runtime.growslice", rt+"slice.go", 267)},
		{ls("internal/runtime/maps.(*Map).getWithKeySmall", std+"internal/runtime/maps/map.go", 438), ls("internal/runtime/maps.runtime_mapaccess2_faststr", std+"internal/runtime/maps/runtime_faststr_swiss.go", 162)},
		{ls("internal/runtime/maps.(*table).uncheckedPutSlot", std+"internal/runtime/maps/table.go", 397), ls("internal/runtime/maps.runtime_mapassign_faststr", std+"internal/runtime/maps/runtime_faststr_swiss.go", 263)},
		{ls("encoding/json.appendString[...]", std+"encoding/json/encode.go", 1015), ls("encoding/json.stringEncoder", std+"encoding/json/encode.go", 583), ls("encoding/json.structEncoder.encode", std+"encoding/json/encode.go", 715), ls("encoding/json.ptrEncoder.encode", std+"encoding/json/encode.go", 887), ls("encoding/json.(*encodeState).reflectValue", std+"encoding/json/encode.go", 322), ls("encoding/json.(*encodeState).marshal", std+"encoding/json/encode.go", 298), ls("encoding/json.Marshal", std+"encoding/json/encode.go", 161)},
		{ls("internal/runtime/syscall.Syscall6", std+"internal/runtime/syscall/asm_linux_amd64.s", 36), ls("syscall.RawSyscall6", std+"syscall/syscall_linux.go", 64), ls("syscall.Syscall", std+"syscall/syscall_linux.go", 86), ls("syscall.write", std+"syscall/zsyscall_linux_amd64.go", 964), {{"syscall.Write", std + "syscall/syscall_unix.go", 209}, {"internal/poll.ignoringEINTRIO", std + "internal/poll/fd_unix.go", 745}}, ls("internal/poll.(*FD).Write", std+"internal/poll/fd_unix.go", 388), ls("net.(*netFD).Write", std+"net/fd_posix.go", 96), ls("net.(*conn).Write", std+"net/net.go", 206)},
		{ls("runtime.futex", rt+"sys_linux_amd64.s", 557), ls("runtime.futexsleep", rt+"os_linux.go", 75), ls("runtime.lock2", rt+"lock_spinbit.go", 253), ls("sync.(*Mutex).lockSlow", std+"sync/mutex.go", 81), {{"internal/sync.(*Mutex).Lock", std + "internal/sync/mutex.go", 62}, {"sync.(*Mutex).Lock", std + "sync/mutex.go", 46}}},
		{ls("crypto/internal/fips140/sha256.blockAMD64", std+"crypto/internal/fips140/sha256/sha256block_amd64.s", 1310), ls("crypto/internal/fips140/sha256.block", std+"crypto/internal/fips140/sha256/sha256block_amd64.go", 33), ls("crypto/internal/fips140/sha256.(*Digest).Write", std+"crypto/internal/fips140/sha256/sha256.go", 179), ls("crypto/sha256.(*Digest).Write", std+"crypto/sha256/sha256.go", 72)},
		{ls("strconv.formatBits", std+"strconv/itoa.go", 195), ls("strconv.FormatInt", std+"strconv/itoa.go", 29)},
		{ls("fmt.(*pp).printArg", std+"fmt/print.go", 742), ls("fmt.(*pp).doPrintf", std+"fmt/print.go", 1075), ls("fmt.Sprintf", std+"fmt/print.go", 239)},
		{ls("gopkg.in/yaml.v3.(*decoder).unmarshal", mod+"gopkg.in/yaml.v3@v3.0.1/decode.go", 487), ls("gopkg.in/yaml.v3.(*decoder).mapping", mod+"gopkg.in/yaml.v3@v3.0.1/decode.go", 823), ls("gopkg.in/yaml.v3.unmarshal", mod+"gopkg.in/yaml.v3@v3.0.1/yaml.go", 167)},
		{ls("runtime.selectgo", rt+"select.go", 351)},
	}
	heapTails = [][]locSpec{
		{ls("bytes.growSlice", std+"bytes/buffer.go", 250), ls("bytes.(*Buffer).grow", std+"bytes/buffer.go", 151), ls("bytes.(*Buffer).Write", std+"bytes/buffer.go", 183)},
		{ls("strings.(*Builder).grow", std+"strings/builder.go", 82), ls("strings.(*Builder).WriteString", std+"strings/builder.go", 118)},
		{ls("encoding/json.(*decodeState).literalStore", std+"encoding/json/decode.go", 1004), ls("encoding/json.(*decodeState).value", std+"encoding/json/decode.go", 385), ls("encoding/json.(*decodeState).unmarshal", std+"encoding/json/decode.go", 181), ls("encoding/json.Unmarshal", std+"encoding/json/decode.go", 110)},
		{ls("reflect.unsafe_New", rt+"malloc.go", 1757), ls("reflect.New", std+"reflect/value.go", 3332)},
		{ls("runtime.makemap_small", std+"internal/runtime/maps/runtime_swiss.go", 56)},
		{ls("google.golang.org/protobuf/internal/impl.consumeBytes", mod+"google.golang.org/protobuf@v1.36.6/internal/impl/codec_gen.go", 5080), ls("google.golang.org/protobuf/internal/impl.(*MessageInfo).unmarshalPointer", mod+"google.golang.org/protobuf@v1.36.6/internal/impl/decode.go", 176), ls("google.golang.org/protobuf/proto.UnmarshalOptions.unmarshal", mod+"google.golang.org/protobuf@v1.36.6/proto/decode.go", 105)},
	}
	inlineStdNames = []lineSpec{
		{"sync/atomic.(*Int64).Add", std + "sync/atomic/type.go", 159},
		{"strings.HasPrefix", std + "strings/strings.go", 523},
		{"bytes.(*Buffer).Len", std + "bytes/buffer.go", 75},
		{"errors.Is", std + "errors/wrap.go", 46},
		{"slices.Index[...]", std + "slices/slices.go", 97},
		{"time.Since", std + "time/time.go", 1100},
		{"context.(*valueCtx).Value", std + "context/context.go", 784},
		{"sync.(*RWMutex).RLock", std + "sync/rwmutex.go", 67},
	}
	sizeClasses = []int64{16, 32, 48, 64, 96, 128, 208, 256, 384, 512, 896, 1024, 2048, 4096, 8192, 32768}
)

func (g *gen) addString(s string) {
	if _, ok := g.strIdx[s]; ok {
		return
	}
	g.strIdx[s] = len(g.strIdx)
	g.estBytes += fieldLen(len(s))
}

func (g *gen) str(s string) uint64 { return uint64(g.strIdx[s]) }

// function materializes fn as a profile.Function on first use.
func (g *gen) function(f *fnInfo) *profile.Function {
	if f.pf != nil {
		return f.pf
	}
	f.entry = g.nextEntry
	g.nextEntry += 4096
	f.pf = &profile.Function{ID: uint64(len(g.functions) + 1), Name: f.name, SystemName: f.name, Filename: f.file, StartLine: f.startLine}
	g.functions = append(g.functions, f.pf)
	g.addString(f.name)
	g.addString(f.file)
	sz := optLen(f.pf.ID) + 2*optLen(g.str(f.name)) + optLen(g.str(f.file)) + optLen(uint64(f.startLine))
	g.estBytes += fieldLen(sz)
	return f.pf
}

func (g *gen) newLocation(owner *fnInfo, lines []profile.Line) *profile.Location {
	owner.nLocs++
	loc := &profile.Location{ID: uint64(len(g.locations) + 1), Mapping: g.mapping, Address: owner.entry + uint64(16+12*owner.nLocs), Line: lines}
	g.locations = append(g.locations, loc)
	sz := optLen(loc.ID) + optLen(g.mapping.ID) + optLen(loc.Address)
	for _, l := range lines {
		sz += fieldLen(optLen(l.Function.ID) + optLen(uint64(l.Line)))
	}
	g.estBytes += fieldLen(sz)
	return loc
}

func (g *gen) fixedFn(name, file string, line int64) *fnInfo {
	if f, ok := g.fixed[name]; ok {
		return f
	}
	f := &fnInfo{name: name, file: file, startLine: max(1, line-int64(5+len(name)%40))}
	g.fixed[name] = f
	return f
}

func (g *gen) fixedLoc(spec locSpec) *profile.Location {
	if l, ok := g.specLocs[&spec[0]]; ok { // specs are package-level values
		return l
	}
	key := fmt.Sprint(spec) // equal specs (e.g. a repeated middleware frame) are one location
	if l, ok := g.fixLocs[key]; ok {
		g.specLocs[&spec[0]] = l
		return l
	}
	var lines []profile.Line
	var owner *fnInfo
	for _, s := range spec {
		f := g.fixedFn(s.fn, s.file, s.line)
		lines = append(lines, profile.Line{Function: g.function(f), Line: s.line})
		owner = f
	}
	l := g.newLocation(owner, lines)
	g.fixLocs[key] = l
	g.specLocs[&spec[0]] = l
	return l
}

// siteLoc makes a new location in app function f, sometimes with inlined helper frames.
func (g *gen) siteLoc(f *fnInfo) *profile.Location {
	g.function(f)
	f.nextLine += 1 + int64(g.r.IntN(14))
	var lines []profile.Line
	if g.r.chance(f.inlineProb) {
		n := 1 + g.r.IntN(3)
		for i := 0; i < n; i++ {
			var h *fnInfo
			if g.r.chance(0.3) {
				h = g.inlineStd[g.r.IntN(len(g.inlineStd))]
			} else {
				h = g.helpers[g.r.IntN(len(g.helpers))]
			}
			g.function(h)
			lines = append(lines, profile.Line{Function: h.pf, Line: h.startLine + 1 + int64(g.r.IntN(12))})
		}
	}
	lines = append(lines, profile.Line{Function: f.pf, Line: f.nextLine})
	return g.newLocation(f, lines)
}

// ---------------------------------------------------------------------------------------------
// Structure

func newGen(seed int64, sizeMB float64, kind string) *gen {
	g := &gen{
		r:        newRNG(seed, 1),
		kind:     kind,
		fixed:    map[string]*fnInfo{},
		fixLocs:  map[string]*profile.Location{},
		specLocs: map[*lineSpec]*profile.Location{},
		strIdx:   map[string]int{},
		index:    map[string]*sampleRec{},
	}
	nApp := int(1500 + 1000*sizeMB)
	nHelpers := nApp/12 + 50
	g.nLevels = 64
	g.mapping = &profile.Mapping{ID: 1, Start: 0x400000, File: "/app/svc", BuildID: fmt.Sprintf("%040x", uint64(seed)*0x9e3779b97f4a7c15), HasFunctions: true, HasFilenames: true, HasLineNumbers: true, HasInlineFrames: true}
	g.vdso = &profile.Mapping{ID: 2, Start: 0x7ffd8a1f2000, Limit: 0x7ffd8a1f4000, File: "[vdso]"}
	g.nextEntry = g.mapping.Start + 0x1000

	// string table estimate: header strings first, as preEncode orders them
	g.addString("")
	for _, st := range g.sampleTypes() {
		g.addString(st.Type)
		g.addString(st.Unit)
	}
	for _, s := range g.labelVocab() {
		g.addString(s)
	}
	for _, m := range []*profile.Mapping{g.mapping, g.vdso} {
		g.addString(m.File)
		g.addString(m.BuildID)
	}
	g.estBytes += 200 // sample types, mappings, period, time

	names := genNames(g.r, nApp+nHelpers)
	for i := 0; i < nApp+nHelpers; i++ {
		f := &fnInfo{name: names[i].name, file: names[i].file, startLine: 10 + int64(g.r.IntN(900)), tailLocs: map[int]*profile.Location{}}
		f.nextLine = f.startLine
		f.inlineProb = []float64{0, 0.1, 0.3, 0.6}[g.r.IntN(4)]
		if i < nApp {
			g.app = append(g.app, f)
		} else {
			g.helpers = append(g.helpers, f)
		}
	}
	for _, s := range inlineStdNames {
		g.inlineStd = append(g.inlineStd, g.fixedFn(s.fn, s.file, s.line))
	}

	// layered call graph: level grows with the index, level 0 are the handlers
	g.levels = make([][]int, g.nLevels)
	for i, f := range g.app {
		f.level = i * g.nLevels / nApp
		g.levels[f.level] = append(g.levels[f.level], i)
	}
	for i, f := range g.app {
		nCalls := 1 + g.r.IntN(3) + g.r.IntN(3)
		if f.level == 0 {
			nCalls += 3
		}
		for c := 0; c < nCalls; c++ {
			jump := 1
			switch x := g.r.Float64(); {
			case x < 0.2:
				jump = 2 + g.r.IntN(2)
			case x < 0.3:
				jump = 4 + g.r.IntN(5)
			}
			tl := f.level + jump
			if tl >= g.nLevels {
				continue
			}
			cand := g.levels[tl]
			pos := float64(i-g.levels[f.level][0]) / float64(len(g.levels[f.level]))
			j := int(pos*float64(len(cand))+g.r.NormFloat64()*math.Max(3, 0.03*float64(len(cand)))) % len(cand)
			if j < 0 {
				j += len(cand)
			}
			f.calls = append(f.calls, cand[j])
		}
		if g.r.chance(0.02) { // recursion
			f.calls = append(f.calls, i)
		}
		g.r.Shuffle(len(f.calls), func(a, b int) { f.calls[a], f.calls[b] = f.calls[b], f.calls[a] })
		f.callCum = zipfTable(len(f.calls), 1.3)
		f.callLocs = make([]*profile.Location, len(f.calls))
		f.nLeaves = 1 + g.r.IntN(3)
	}

	g.handlerCum = zipfTable(len(g.levels[0]), 1.1)
	g.tenantCum = zipfTable(40, 1.0)
	g.jobCum = zipfTable(12, 1.0)
	if kind == "heap" {
		g.tails = heapTails
	} else {
		g.tails = cpuTails
	}
	g.tailCum = zipfTable(len(g.tails), 0.8)
	g.sizeCum = zipfTable(3, 1.0)
	return g
}

type nameFile struct{ name, file string }

// genNames makes n distinct Go-like function names, grouped by package and type.
func genNames(r rng, n int) []nameFile {
	var out []nameFile
	for pkg := 0; len(out) < n; pkg++ {
		path := fmt.Sprintf("github.com/acme/svc/internal/pkg%d", pkg)
		if pkg%7 == 3 {
			path = fmt.Sprintf("github.com/acme/kit/v2/pkg%d", pkg)
		}
		perPkg := 20 + r.IntN(60)
		var lastParent string
		funcN, closures := 0, map[string]int{}
		for t := 0; perPkg > 0 && len(out) < n; t++ {
			generic := r.chance(0.1)
			typ := fmt.Sprintf("Type%d", t)
			if generic {
				typ += "[...]"
			}
			file := fmt.Sprintf("%s/type%d.go", path, t)
			nMeth := 2 + r.IntN(10)
			for m := 0; m < nMeth && perPkg > 0 && len(out) < n; m++ {
				var name string
				switch x := r.Float64(); {
				case x < 0.55:
					name = fmt.Sprintf("%s.(*%s).Method%d", path, typ, m)
				case x < 0.65:
					name = fmt.Sprintf("%s.%s.Method%d", path, typ, m)
				case x < 0.75 && lastParent != "":
					closures[lastParent]++
					name = fmt.Sprintf("%s.func%d", lastParent, closures[lastParent])
					if r.chance(0.2) {
						name += ".1"
					}
					m-- // a closure does not use up a method number
				case x < 0.82:
					funcN++
					name = fmt.Sprintf("%s.Func%d[...]", path, funcN)
					file = fmt.Sprintf("%s/util.go", path)
				default:
					funcN++
					name = fmt.Sprintf("%s.Func%d", path, funcN)
					file = fmt.Sprintf("%s/%s.go", path, path[strings.LastIndexByte(path, '/')+1:])
				}
				if !strings.Contains(name, ".func") {
					lastParent = name
				}
				out = append(out, nameFile{name, file})
				perPkg--
			}
		}
	}
	return out
}

func (g *gen) sampleTypes() []*profile.ValueType {
	if g.kind == "heap" {
		return []*profile.ValueType{{Type: "alloc_objects", Unit: "count"}, {Type: "alloc_space", Unit: "bytes"}, {Type: "inuse_objects", Unit: "count"}, {Type: "inuse_space", Unit: "bytes"}}
	}
	return []*profile.ValueType{{Type: "samples", Unit: "count"}, {Type: "cpu", Unit: "nanoseconds"}}
}

func (g *gen) labelVocab() []string {
	if g.kind == "heap" {
		return []string{"bytes"}
	}
	v := []string{"handler", "tenant", "job"}
	for i := 0; i < 40; i++ {
		v = append(v, fmt.Sprintf("tenant-%02d", i))
	}
	for i := 0; i < 12; i++ {
		v = append(v, fmt.Sprintf("job-%d", i))
	}
	return v
}

func routeName(h int) string {
	verbs := []string{"GET", "POST", "PUT", "DELETE"}
	return fmt.Sprintf("%s /api/v%d/resource%d", verbs[h%4], 1+h%3, h)
}

// ---------------------------------------------------------------------------------------------
// Walks

// walk draws one stack (leaf-first), the app functions on it and its labels.
func (g *gen) walk() ([]*profile.Location, []int, map[string][]string) {
	var rootFirst []*profile.Location
	var fns []int
	labels := map[string][]string{}
	hazard := []float64{0.025, 0.06, 0.12}[g.r.IntN(3)]
	const minDepth, maxDepth = 10, 60

	x := g.r.Float64()
	if g.kind == "cpu" && x < 0.03 {
		for _, s := range gcRoot {
			rootFirst = append(rootFirst, g.fixedLoc(s))
		}
		leaf := gcLeaves[g.r.IntN(len(gcLeaves))]
		for i := len(leaf) - 1; i >= 0; i-- {
			rootFirst = append(rootFirst, g.fixedLoc(leaf[i]))
		}
		return reverse(rootFirst), nil, nil
	}
	var root []locSpec
	handlerOff := 0
	switch {
	case x < 0.5:
		root = httpRoot
	case x < 0.75:
		root = grpcRoot
		handlerOff = len(g.levels[0]) / 3
	default:
		root = workerRoot
		handlerOff = 2 * len(g.levels[0]) / 3
	}
	for _, s := range root {
		rootFirst = append(rootFirst, g.fixedLoc(s))
	}
	h := (g.r.pick(g.handlerCum) + handlerOff) % len(g.levels[0])
	if g.kind == "cpu" {
		if len(root) == len(workerRoot) {
			if g.r.chance(0.5) {
				labels["job"] = []string{fmt.Sprintf("job-%d", g.r.pick(g.jobCum))}
			}
		} else if g.r.chance(0.7) {
			labels["handler"] = []string{routeName(h)}
			if g.r.chance(0.5) {
				labels["tenant"] = []string{fmt.Sprintf("tenant-%02d", g.r.pick(g.tenantCum))}
			}
		}
		for _, v := range labels {
			g.addString(v[0])
		}
	}
	cur := g.levels[0][h]
	tailProb := 0.3
	if g.kind == "heap" {
		tailProb = 0.45
	}
	for {
		f := g.app[cur]
		g.function(f)
		fns = append(fns, cur)
		depth := len(rootFirst) + 1
		stop := len(f.calls) == 0 || depth+8 >= maxDepth || (depth >= minDepth-1 && g.r.chance(hazard))
		if !stop {
			c := g.r.pick(f.callCum)
			if f.callLocs[c] == nil {
				f.callLocs[c] = g.siteLoc(f)
			}
			rootFirst = append(rootFirst, f.callLocs[c])
			cur = f.calls[c]
			continue
		}
		if g.r.chance(tailProb) {
			t := g.r.pick(g.tailCum)
			if f.tailLocs[t] == nil {
				f.tailLocs[t] = g.siteLoc(f)
			}
			rootFirst = append(rootFirst, f.tailLocs[t])
			chain := g.tails[t]
			cut := 0
			if g.kind == "cpu" {
				cut = g.r.IntN(len(chain))
			}
			for i := len(chain) - 1; i >= cut; i-- {
				rootFirst = append(rootFirst, g.fixedLoc(chain[i]))
			}
		} else {
			k := g.r.IntN(f.nLeaves)
			for len(f.leafLocs) <= k {
				f.leafLocs = append(f.leafLocs, g.siteLoc(f))
			}
			rootFirst = append(rootFirst, f.leafLocs[k])
		}
		return reverse(rootFirst), fns, labels
	}
}

func reverse(l []*profile.Location) []*profile.Location {
	for i, j := 0, len(l)-1; i < j; i, j = i+1, j-1 {
		l[i], l[j] = l[j], l[i]
	}
	return l
}

func sampleKey(locs []*profile.Location, labels map[string][]string, size int64) string {
	b := make([]byte, 0, len(locs)*3+32)
	for _, l := range locs {
		b = binary.AppendUvarint(b, l.ID)
	}
	b = append(b, 0)
	for _, k := range []string{"handler", "tenant", "job"} {
		if v, ok := labels[k]; ok {
			b = append(b, k...)
			b = append(b, '=')
			b = append(b, v[0]...)
			b = append(b, ';')
		}
	}
	b = binary.AppendUvarint(b, uint64(size))
	return string(b)
}

// hit records one walk; it returns the new sample, or nil when the walk merged into an old one.
func (g *gen) hit() *sampleRec {
	locs, fns, labels := g.walk()
	var size int64
	if g.kind == "heap" {
		size = sizeClasses[(int(locs[0].ID)*7+g.r.pick(g.sizeCum))%len(sizeClasses)]
	}
	key := sampleKey(locs, labels, size)
	inc := int64(1)
	if g.kind == "heap" {
		inc = 1 + int64(g.r.ExpFloat64()*20)
	}
	if s, ok := g.index[key]; ok {
		s.count += inc
		return nil
	}
	s := &sampleRec{locs: locs, fns: fns, count: inc, size: size}
	if len(labels) > 0 {
		s.labels = labels
	}
	if g.kind == "heap" {
		s.num = map[string][]int64{"bytes": {size}}
		s.inuse = []float64{0, 0, 0.02, 0.1, 0.5, 1}[int(locs[0].ID*31+uint64(size))%6]
	}
	g.index[key] = s
	ids := make([]uint64, len(locs))
	for i, l := range locs {
		ids[i] = l.ID
	}
	sz := repeatedLen(ids)
	if g.kind == "heap" {
		sz += fieldLen(6) + fieldLen(2+1+varintLen(uint64(size))) // packed values, "bytes" label
	} else {
		sz += 2 + 1 + 4 // count + nanoseconds, unpacked
		sz += 6 * len(labels)
	}
	s.est = fieldLen(sz)
	g.estBytes += s.est
	return s
}

// ---------------------------------------------------------------------------------------------
// Output

func (s *sampleRec) values(kind string, count int64) []int64 {
	if kind == "heap" {
		inuse := int64(math.Round(float64(count) * s.inuse))
		return []int64{count, count * s.size, inuse, inuse * s.size}
	}
	return []int64{count, count * 10_000_000}
}

func (g *gen) baseProfile(seed int64) *profile.Profile {
	p := &profile.Profile{
		SampleType:    g.sampleTypes(),
		Mapping:       []*profile.Mapping{g.mapping, g.vdso},
		Location:      g.locations,
		Function:      g.functions,
		TimeNanos:     1_767_225_600_000_000_000 + seed*1_000_000_000,
		DurationNanos: 30_000_000_000,
	}
	g.mapping.Limit = (g.nextEntry + 0xfff) &^ 0xfff
	if g.kind == "heap" {
		p.PeriodType = &profile.ValueType{Type: "space", Unit: "bytes"}
		p.Period = 512 * 1024
	} else {
		p.PeriodType = &profile.ValueType{Type: "cpu", Unit: "nanoseconds"}
		p.Period = 10_000_000
	}
	return p
}

type stats struct {
	File           string  `json:"file"`
	Role           string  `json:"role"`
	Kind           string  `json:"kind"`
	Seed           int64   `json:"seed"`
	SizeMB         float64 `json:"sizeMB"`
	SamplesFactor  int     `json:"samplesFactor"`
	Compressed     int64   `json:"compressedBytes"`
	Decompressed   int64   `json:"decompressedBytes"`
	Estimated      int     `json:"estimatedBytes"`
	Samples        int     `json:"samples"`
	DistinctStacks int     `json:"distinctStacks"`
	Locations      int     `json:"locations"`
	InlinedLocs    int     `json:"inlinedLocations"`
	Functions      int     `json:"functions"`
	Labelled       int     `json:"samplesWithLabels"`
	DepthMin       int     `json:"depthMin"`
	DepthMean      float64 `json:"depthMean"`
	DepthMax       int     `json:"depthMax"`
	Totals         []int64 `json:"totals"`
}

func write(g *gen, p *profile.Profile, path string, st *stats) error {
	if err := p.CheckValid(); err != nil {
		return fmt.Errorf("generated profile is invalid: %v", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := p.Write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	st.File = path
	st.Compressed = int64(len(b))
	st.Decompressed = int64(binary.LittleEndian.Uint32(b[len(b)-4:])) // gzip ISIZE (< 4 GiB)
	st.Samples = len(p.Sample)
	st.Locations = len(p.Location)
	st.Functions = len(p.Function)
	for _, l := range p.Location {
		if len(l.Line) > 1 {
			st.InlinedLocs++
		}
	}
	keys := map[string]bool{}
	st.DepthMin = math.MaxInt
	st.Totals = make([]int64, len(p.SampleType))
	sum := 0
	for _, s := range p.Sample {
		keys[sampleKey(s.Location, nil, 0)] = true
		d := len(s.Location)
		sum += d
		st.DepthMin = min(st.DepthMin, d)
		st.DepthMax = max(st.DepthMax, d)
		if len(s.Label) > 0 {
			st.Labelled++
		}
		for i, v := range s.Value {
			st.Totals[i] += v
		}
	}
	st.DistinctStacks = len(keys)
	st.DepthMean = math.Round(float64(sum)/float64(max(1, len(p.Sample)))*10) / 10
	return json.NewEncoder(os.Stdout).Encode(st)
}

// replicate writes every record factor times, round-robin.
func replicate(kind string, recs []*sampleRec, counts []int64, factor int, split bool) []*profile.Sample {
	out := make([]*profile.Sample, 0, len(recs)*factor)
	for rep := 0; rep < factor; rep++ {
		for i, s := range recs {
			c := counts[i]
			if split {
				c = c / int64(factor)
				if int64(rep) < counts[i]%int64(factor) {
					c++
				}
			}
			out = append(out, &profile.Sample{Location: s.locs, Value: s.values(kind, c), Label: s.labels, NumLabel: s.num})
		}
	}
	return out
}

func main() {
	sizeMB := flag.Float64("size-mb", 10, "target decompressed size in MB (10^6 bytes) at -samples-factor 1")
	seed := flag.Int64("seed", 1, "random seed; the same seed gives the same functions, locations and stacks")
	factor := flag.Int("samples-factor", 1, "write every sample this many times (unmerged, same distinct stacks)")
	split := flag.Bool("split-values", false, "with -samples-factor: split values over the copies so totals stay the same")
	out := flag.String("o", "", "output file (.pb.gz)")
	role := flag.String("role", "base", "base or head")
	pairOut := flag.String("pair-o", "", "with -role base: also write the head profile to this file")
	kind := flag.String("kind", "cpu", "cpu or heap")
	flag.Parse()
	if *out == "" || *sizeMB <= 0 || *factor < 1 || (*role != "base" && *role != "head") || (*kind != "cpu" && *kind != "heap") || (*pairOut != "" && *role != "base") {
		flag.Usage()
		os.Exit(2)
	}

	debug.SetGCPercent(400) // a short-lived process that builds one big heap
	g := newGen(*seed, *sizeMB, *kind)
	target := int(*sizeMB * 1e6)
	for g.estBytes < target {
		if s := g.hit(); s != nil {
			g.samples = append(g.samples, s)
		}
	}
	// new stacks for the head side, drawn now so that both sides share one location table
	want := len(g.samples) / 20
	for len(g.headOnly) < want {
		if s := g.hit(); s != nil {
			g.headOnly = append(g.headOnly, s)
		}
	}
	baseCounts := make([]int64, len(g.samples))
	for i, s := range g.samples {
		baseCounts[i] = s.count
	}

	// head: perturb with its own random stream
	pr := newRNG(*seed, 2)
	factorOf := map[int]float64{}
	for i := range g.app {
		switch x := pr.Float64(); {
		case x < 0.004:
			factorOf[i] = 1.5 + 2.5*pr.Float64()
		case x < 0.008:
			factorOf[i] = 0.2 + 0.5*pr.Float64()
		}
	}
	var headRecs []*sampleRec
	var headCounts []int64
	for _, s := range g.samples {
		if pr.chance(0.03) {
			continue
		}
		f := math.Exp(pr.NormFloat64() * 0.15)
		seen := map[int]bool{}
		for _, fn := range s.fns {
			if m, ok := factorOf[fn]; ok && !seen[fn] {
				f *= m
				seen[fn] = true
			}
		}
		f = math.Min(f, 10)
		headRecs = append(headRecs, s)
		headCounts = append(headCounts, max(1, int64(math.Round(float64(s.count)*f))))
	}
	for _, s := range g.headOnly {
		headRecs = append(headRecs, s)
		headCounts = append(headCounts, s.count)
	}

	shuffle := func(stream uint64, recs []*sampleRec, counts []int64) {
		r := newRNG(*seed, stream)
		r.Shuffle(len(recs), func(a, b int) {
			recs[a], recs[b] = recs[b], recs[a]
			counts[a], counts[b] = counts[b], counts[a]
		})
	}
	emit := func(role, path string) error {
		var recs []*sampleRec
		var counts []int64
		if role == "base" {
			recs = append([]*sampleRec(nil), g.samples...)
			counts = append([]int64(nil), baseCounts...)
			shuffle(3, recs, counts)
		} else {
			recs, counts = headRecs, headCounts
			shuffle(4, recs, counts)
		}
		p := g.baseProfile(*seed)
		if role == "head" {
			p.TimeNanos += 3600_000_000_000
		}
		p.Sample = replicate(*kind, recs, counts, *factor, *split)
		st := &stats{Role: role, Kind: *kind, Seed: *seed, SizeMB: *sizeMB, SamplesFactor: *factor, Estimated: g.estBytes}
		return write(g, p, path, st)
	}
	if err := emit(*role, *out); err != nil {
		fmt.Fprintln(os.Stderr, "bench-gen:", err)
		os.Exit(1)
	}
	if *pairOut != "" {
		if err := emit("head", *pairOut); err != nil {
			fmt.Fprintln(os.Stderr, "bench-gen:", err)
			os.Exit(1)
		}
	}
}
