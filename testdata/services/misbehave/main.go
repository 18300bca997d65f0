// Command misbehave is a Go HTTP service that misbehaves on request, for the
// process tests of pprof-gate's harness (__tests__/harness-process.test.ts).
//
//	misbehave -mode MODE [-port P] [-delay D] [-spam-bytes N] [-marker FILE] [-no-pprof]
//
// It listens on 127.0.0.1:$PORT (or -port) and serves net/http/pprof, like
// the services pprof-gate measures. Modes:
//
//	ok              serve
//	never-listen    sleep, never listen
//	exit-now        print an error line and exit 3
//	ignore-sigterm  ignore SIGTERM, then serve (only SIGKILL stops it)
//	grandchild      start two sleepers in new sessions (Setsid) that ignore
//	                SIGTERM: one stays our child, the other is orphaned by a
//	                double fork (its parent exits), then serve
//	escape          like grandchild's double fork, but the sleeper also gets
//	                an empty environment (no marker variable), then serve:
//	                neither its parentage nor its environment ties it to us
//	slow-start      wait -delay before listening
//	spam-log        write -spam-bytes of log lines quickly, then serve
//	port-busy       the first time (no -marker file yet): create the marker
//	                file and exit 1 with "bind: address already in use"; later: serve
//
// Every mode first prints "misbehave pid N mode M" so tests can find the pid
// in the log. Only the standard library is used.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	_ "net/http/pprof"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

func main() {
	mode := flag.String("mode", "ok", "ok|never-listen|exit-now|ignore-sigterm|grandchild|escape|slow-start|spam-log|port-busy (internal: sleeper, daemonize, daemonize-clean)")
	port := flag.String("port", "", "port to listen on (default $PORT)")
	delay := flag.Duration("delay", 5*time.Second, "slow-start: wait this long before listening")
	spamBytes := flag.Int("spam-bytes", 24<<20, "spam-log: bytes of log output to write before serving")
	marker := flag.String("marker", "", "port-busy: file that records the first (failing) start")
	noPprof := flag.Bool("no-pprof", false, "serve only /healthz (no /debug/pprof), as a service with pprof mounted elsewhere")
	flag.Parse()
	if *port == "" {
		*port = os.Getenv("PORT")
	}
	fmt.Printf("misbehave pid %d mode %s\n", os.Getpid(), *mode)

	switch *mode {
	case "ok":
	case "never-listen":
		fmt.Println("misbehave: never listening")
		sleepForever()
	case "exit-now":
		fmt.Fprintln(os.Stderr, "misbehave: open /etc/misbehave/config.yaml: no such file or directory")
		os.Exit(3)
	case "ignore-sigterm":
		signal.Ignore(syscall.SIGTERM)
		fmt.Println("misbehave: ignoring SIGTERM")
	case "grandchild":
		// A direct child in its own session: still our descendant by ppid.
		startSelf(true, "-mode", "sleeper")
		// A double fork: the daemonizer starts a sleeper in a new session
		// and exits, so the sleeper is re-parented away from our tree.
		if err := startSelf(false, "-mode", "daemonize").Wait(); err != nil {
			fail("daemonize: %v", err)
		}
	case "escape":
		if err := startSelfEnv(false, []string{}, "-mode", "daemonize-clean").Wait(); err != nil {
			fail("daemonize: %v", err)
		}
	case "daemonize-clean":
		startSelfEnv(true, []string{}, "-mode", "sleeper")
		return
	case "sleeper":
		signal.Ignore(syscall.SIGTERM)
		fmt.Printf("misbehave: sleeper pid %d session %d\n", os.Getpid(), getsid())
		sleepForever()
	case "daemonize":
		startSelf(true, "-mode", "sleeper")
		return
	case "slow-start":
		fmt.Printf("misbehave: waiting %s before listening\n", *delay)
		time.Sleep(*delay)
	case "spam-log":
		spam(*spamBytes)
	case "port-busy":
		if _, err := os.Stat(*marker); errors.Is(err, os.ErrNotExist) {
			if err := os.WriteFile(*marker, []byte("busy once\n"), 0o644); err != nil {
				fail("%v", err)
			}
			fail("listen tcp 127.0.0.1:%s: bind: address already in use", *port)
		}
	default:
		fail("unknown -mode %q", *mode)
	}

	if *port == "" {
		fail("no port: set $PORT or -port")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:"+*port)
	if err != nil {
		fail("%v", err)
	}
	fmt.Printf("misbehave: listening on %s\n", ln.Addr())
	var h http.Handler = http.DefaultServeMux // net/http/pprof registers here
	if *noPprof {
		mux := http.NewServeMux()
		mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
		h = mux
	}
	if err := http.Serve(ln, h); err != nil {
		fail("%v", err)
	}
}

// startSelf starts this program again with args; setsid puts it in a new
// session (and process group), out of reach of a signal to our group.
func startSelf(setsid bool, args ...string) *exec.Cmd {
	return startSelfEnv(setsid, nil, args...)
}

// startSelfEnv is startSelf with the environment env (nil: ours).
func startSelfEnv(setsid bool, env []string, args ...string) *exec.Cmd {
	self, err := os.Executable()
	if err != nil {
		fail("%v", err)
	}
	cmd := exec.Command(self, args...)
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr // keeps the log pipe open, as real daemons often do
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: setsid}
	if err := cmd.Start(); err != nil {
		fail("start %v: %v", args, err)
	}
	return cmd
}

func spam(n int) {
	w := bufio.NewWriterSize(os.Stdout, 64<<10)
	line := strings.Repeat("x", 100)
	for i, written := 0, 0; written < n; i++ {
		k, _ := fmt.Fprintf(w, "spam line %09d %s\n", i, line)
		written += k
	}
	w.Flush()
	fmt.Println("misbehave: spam done")
}

func getsid() int {
	sid, _, _ := syscall.RawSyscall(syscall.SYS_GETSID, 0, 0, 0)
	return int(sid)
}

func sleepForever() {
	for {
		time.Sleep(time.Hour)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "misbehave: "+format+"\n", args...)
	os.Exit(1)
}
