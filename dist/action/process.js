import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, accessSync, constants, readFileSync, rmdirSync, existsSync, readdirSync, writeFileSync, openSync, writeSync, ftruncateSync, closeSync, statSync } from 'node:fs';
import path from 'node:path';
import { HarnessError } from './errors.js';
import { readdir, readlink, readFile } from 'node:fs/promises';
import net from 'node:net';
import http from 'node:http';

/**
 * The environment every child of pprof-gate starts with (go build, git, the
 * service, a load command): ours, without the runner's file commands. On a
 * GitHub runner GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_PATH and
 * GITHUB_STEP_SUMMARY name files that the runner reads after the step: a
 * child that can write them sets later steps' environment, PATH, outputs or
 * summary. The pull request's code must not have them.
 */
const RUNNER_FILE_COMMANDS = ['GITHUB_ENV', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'];
/** process.env without the runner's file commands, then extra on top. */
function childEnv(extra = {}) {
    const env = { ...process.env };
    for (const name of RUNNER_FILE_COMMANDS)
        delete env[name];
    return { ...env, ...extra };
}

// Containing a service in a cgroup of its own (Linux cgroup v2), so that at
// stop every process it started is found and killed, whatever it did to
// hide: a double fork out of its process group and a cleared environment
// (no marker) escape reaper.ts, but not the cgroup, which a process cannot
// leave without write access to cgroup files.
//
// Where cgroups are not ours to create (another OS, cgroup v1 only, a
// read-only or delegated-elsewhere hierarchy: a GitHub-hosted runner runs
// the job as an unprivileged user in a cgroup owned by root) the service
// runs as before, contained by its process group and reaper.ts; the
// manifest says which was used.
//
// The service is spawned through `sh -c 'echo 0 > PROCS; exec "$@"'`: it
// joins the cgroup before it runs a line of its own code, so nothing it
// forks can be outside. exec keeps the pid.
const PREFIX = 'pprof-gate-';
/** The cgroup v2 folder this process is in, when it may create cgroups below it; else undefined. Cached. */
let parentDir;
function cgroupParent() {
    // PPROF_GATE_NO_CGROUP=1: the process group only (for a hierarchy that misbehaves, and for tests).
    if (process.env.PPROF_GATE_NO_CGROUP === '1')
        return null;
    if (parentDir !== undefined)
        return parentDir;
    parentDir = null;
    if (process.platform !== 'linux')
        return null;
    try {
        const mount = cgroup2Mount();
        const own = readFileSync('/proc/self/cgroup', 'utf8')
            .split('\n')
            .find((l) => l.startsWith('0::'));
        if (!mount || own === undefined)
            return null;
        const dir = path.join(mount, own.slice(3));
        // Creating a child needs write access here; moving a process into it, to our own cgroup.procs too.
        accessSync(dir, constants.W_OK);
        accessSync(path.join(dir, 'cgroup.procs'), constants.W_OK);
        parentDir = dir;
    }
    catch {
        parentDir = null;
    }
    return parentDir;
}
/** Where cgroup2 is mounted (/sys/fs/cgroup, or /sys/fs/cgroup/unified on a hybrid system). */
function cgroup2Mount() {
    for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
        // "36 25 0:31 / /sys/fs/cgroup rw,... shared:9 - cgroup2 cgroup2 rw"
        const [left, right] = line.split(' - ');
        if (right?.split(' ')[0] === 'cgroup2')
            return left.split(' ')[4];
    }
    return undefined;
}
/** A cgroup that holds one service and everything it starts. */
class ServiceCgroup {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    /** Creates pprof-gate-<marker> below our cgroup; undefined where that is not possible. */
    static create(marker) {
        const parent = cgroupParent();
        if (!parent)
            return undefined;
        removeStale(parent);
        const dir = path.join(parent, `${PREFIX}${marker}`);
        try {
            mkdirSync(dir);
            accessSync(path.join(dir, 'cgroup.procs'), constants.W_OK);
            return new ServiceCgroup(dir);
        }
        catch {
            return undefined;
        }
    }
    /** The command and arguments that start binary inside this cgroup. */
    wrap(binary, args) {
        return { file: '/bin/sh', args: ['-c', 'echo 0 > "$0" && exec "$@"', path.join(this.dir, 'cgroup.procs'), binary, ...args] };
    }
    /** Whether pid is in this cgroup (the wrapper could not move it, e.g. refused by a security module). */
    holds(pid) {
        return this.pids().includes(pid);
    }
    /** The pids in the cgroup now (zombies have left it). */
    pids() {
        try {
            return readFileSync(path.join(this.dir, 'cgroup.procs'), 'utf8')
                .split('\n')
                .filter((l) => l !== '')
                .map(Number);
        }
        catch {
            return [];
        }
    }
    /**
     * Sends sig to every process in the cgroup. SIGKILL goes through
     * cgroup.kill (Linux 5.14+), which the kernel applies to the cgroup as a
     * whole, forks in flight included; elsewhere each listed process is
     * signalled, frozen first where cgroup.freeze allows so none forks meanwhile.
     */
    signal(sig) {
        if (sig === 'SIGKILL' && tryWrite(path.join(this.dir, 'cgroup.kill'), '1'))
            return;
        const frozen = sig === 'SIGKILL' && tryWrite(path.join(this.dir, 'cgroup.freeze'), '1');
        for (const pid of this.pids()) {
            try {
                process.kill(pid, sig);
            }
            catch {
                // gone meanwhile
            }
        }
        if (frozen)
            tryWrite(path.join(this.dir, 'cgroup.freeze'), '0');
    }
    /** Removes the (empty) cgroup; false while a process is still in it. */
    remove() {
        try {
            rmdirSync(this.dir);
            return true;
        }
        catch {
            return !existsSync(this.dir);
        }
    }
}
function tryWrite(file, text) {
    try {
        writeFileSync(file, text);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Empty pprof-gate-* cgroups of runs that are gone (the marker starts with
 * the pid of the pprof-gate that made it): a run killed with SIGKILL could
 * not remove its own. A cgroup with processes in it is left alone (rmdir
 * refuses).
 */
function removeStale(parent) {
    let names;
    try {
        names = readdirSync(parent).filter((n) => n.startsWith(PREFIX));
    }
    catch {
        return;
    }
    for (const name of names) {
        const owner = Number(name.slice(PREFIX.length).split('-')[0]);
        if (owner === process.pid || existsSync(`/proc/${owner}`))
            continue;
        try {
            rmdirSync(path.join(parent, name));
        }
        catch {
            // not empty, or not ours to remove
        }
    }
}

// The bounded log of a service: its stdout and stderr go to a file and an
// in-memory copy, and neither grows past maxBytes however much it writes.
const DEFAULT_MAX_LOG_BYTES = 8 * 1024 * 1024;
const MAX_HEAD_BYTES = 1024 * 1024;
/**
 * Keeps the first bytes of a log (where start-up errors are) and a rolling
 * tail (where the last words are); what falls between is dropped and a line
 * in the file says how much.
 *
 * While the total fits in maxBytes every chunk is appended to the file at
 * once, so the file can be followed live. When it first overflows, the file
 * is cut back to the head, and the tail is kept in memory until close(),
 * which appends the "dropped" line and the tail. File writes are synchronous
 * on purpose: the order of write, truncate and the final append is then
 * trivially right, and a few MiB of page-cache writes cost little.
 */
class BoundedLog {
    file;
    maxBytes;
    headBytes;
    tailBytes;
    fd;
    head = [];
    headSize = 0;
    tail = [];
    tailSize = 0;
    total = 0;
    overflowed = false;
    /** Where the next byte goes in the file (writes are positional: the file is cut back once). */
    filePos = 0;
    constructor(file, maxBytes = DEFAULT_MAX_LOG_BYTES) {
        this.file = file;
        this.maxBytes = maxBytes;
        if (!(maxBytes >= 2))
            throw new RangeError(`maxLogBytes must be at least 2, got ${maxBytes}`);
        // 1 MiB of the default 8 MiB; smaller budgets keep the same proportion.
        this.headBytes = Math.min(MAX_HEAD_BYTES, Math.floor(maxBytes / 8)) || 1;
        this.tailBytes = maxBytes - this.headBytes;
        this.fd = openSync(file, 'w');
    }
    /** Bytes written to the log so far, kept or not. */
    get totalBytes() {
        return this.total;
    }
    write(chunk) {
        if (this.fd === undefined)
            return; // closed: late output of a dying process
        let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        this.total += buf.length;
        if (this.headSize < this.headBytes) {
            const n = Math.min(buf.length, this.headBytes - this.headSize);
            this.head.push(buf.subarray(0, n));
            this.headSize += n;
            if (!this.overflowed)
                this.filePos += writeSync(this.fd, buf, 0, n, this.filePos);
            buf = buf.subarray(n);
            if (buf.length === 0)
                return;
        }
        if (!this.overflowed) {
            if (this.total <= this.maxBytes) {
                this.filePos += writeSync(this.fd, buf, 0, buf.length, this.filePos);
            }
            else {
                // From here the file holds only the head until close().
                this.overflowed = true;
                ftruncateSync(this.fd, this.headSize);
                this.filePos = this.headSize;
            }
        }
        this.tail.push(buf);
        this.tailSize += buf.length;
        // Drop whole chunks that lie entirely before the last tailBytes.
        while (this.tail.length > 1 && this.tailSize - this.tail[0].length >= this.tailBytes) {
            this.tailSize -= this.tail.shift().length;
        }
    }
    /** A note of our own (a retry, a signal), marked so it is not mistaken for the service's output. */
    note(text) {
        this.write(`[pprof-gate] ${text}\n`);
    }
    /** The last `lines` lines of what was kept (at most the last 64 KiB of it). */
    tailText(lines = 40) {
        const window = 64 * 1024;
        const parts = [];
        let size = 0;
        for (let i = this.tail.length - 1; i >= 0 && size < window; i--) {
            parts.unshift(this.tail[i]);
            size += this.tail[i].length;
        }
        // The head joins on only when nothing was dropped between it and the tail.
        if (size < window && !this.overflowed)
            parts.unshift(...this.head);
        const kept = Buffer.concat(parts);
        let text = kept.subarray(Math.max(0, kept.length - window)).toString('utf8');
        if (text.endsWith('\n'))
            text = text.slice(0, -1);
        const all = text.split('\n');
        return all.slice(Math.max(0, all.length - lines)).join('\n');
    }
    /** Writes what is pending (the "dropped" line and the tail) and closes the file. Idempotent. */
    close() {
        if (this.fd === undefined)
            return;
        const fd = this.fd;
        this.fd = undefined;
        try {
            if (this.overflowed) {
                const tail = this.keptTail();
                const dropped = this.total - this.headSize - tail.length;
                const note = Buffer.from(`\n[pprof-gate] ${dropped} bytes of log output dropped here: ` +
                    `this file keeps the first ${this.headBytes} and the last ${tail.length} of ${this.total} bytes\n`);
                writeSync(fd, note, 0, note.length, this.filePos);
                writeSync(fd, tail, 0, tail.length, this.filePos + note.length);
            }
        }
        finally {
            closeSync(fd);
        }
    }
    keptTail() {
        const all = Buffer.concat(this.tail);
        return all.subarray(Math.max(0, all.length - this.tailBytes));
    }
}

// Loopback ports: choosing a free one, and telling which process listens on one.
/**
 * A port that was free on 127.0.0.1 a moment ago: the kernel picks one for a
 * listener on port 0, which is closed at once. Another process can take it
 * before the service binds it; startService notices (the service exits with
 * "address already in use", or someone else answers) and tries again.
 */
function freePort() {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.unref();
        srv.once('error', reject);
        srv.listen({ host: '127.0.0.1', port: 0, exclusive: true }, () => {
            const addr = srv.address();
            srv.close(() => {
                if (addr && typeof addr === 'object')
                    resolve(addr.port);
                else
                    reject(new Error('no port from listen(127.0.0.1:0)'));
            });
        });
    });
}
/**
 * Who listens on the TCP port, by the kernel's own tables (Linux only): the
 * inodes of listening sockets on the port from /proc/net/tcp and tcp6, and the
 * socket inodes among the open files of `pids` (/proc/PID/fd -> socket:[N]).
 * 'ours' when one of the pids holds such a socket, 'foreign' when there are
 * listeners and none is ours, 'unknown' when /proc does not tell (not Linux,
 * another network namespace, no listener seen).
 */
async function portOwner(port, pids) {
    const listening = await listeningInodes(port);
    if (listening.size === 0)
        return 'unknown';
    for (const pid of pids) {
        let fds;
        try {
            fds = await readdir(`/proc/${pid}/fd`);
        }
        catch {
            continue; // gone, or not ours to read
        }
        for (const fd of fds) {
            const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
            const m = /^socket:\[(\d+)\]$/.exec(target);
            if (m && listening.has(m[1]))
                return 'ours';
        }
    }
    return 'foreign';
}
const TCP_LISTEN = '0A';
async function listeningInodes(port) {
    const inodes = new Set();
    const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
        let text;
        try {
            text = await readFile(table, 'utf8');
        }
        catch {
            continue;
        }
        // "sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ..."
        for (const line of text.split('\n').slice(1)) {
            const f = line.trim().split(/\s+/);
            if (f.length < 10)
                continue;
            const localPort = f[1].split(':')[1];
            if (localPort === hexPort && f[3] === TCP_LISTEN && f[9] !== '0')
                inodes.add(f[9]);
        }
    }
    return inodes;
}

// Small loopback HTTP requests for readiness and identity checks. Each one
// uses its own connection (no agent): a keep-alive socket to a service we are
// about to kill would only get in the way.
/**
 * GET url once. Any HTTP response counts, whatever its status; up to maxBody
 * bytes of its body are read (0: the body is not read, so a streaming
 * endpoint cannot hold us).
 */
function probe(url, timeoutMs, maxBody = 0) {
    return new Promise((resolve) => {
        let done = false;
        const finish = (r) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            req.destroy();
            resolve(r);
        };
        const req = http.get(url, { agent: false }, (res) => {
            const status = res.statusCode ?? 0;
            if (maxBody <= 0)
                return finish({ kind: 'response', status, body: '' });
            const chunks = [];
            let size = 0;
            res.on('data', (c) => {
                chunks.push(c);
                size += c.length;
                if (size >= maxBody)
                    finish({ kind: 'response', status, body: text(chunks, maxBody) });
            });
            res.on('end', () => finish({ kind: 'response', status, body: text(chunks, maxBody) }));
            res.on('error', () => finish({ kind: 'response', status, body: text(chunks, maxBody) }));
        });
        req.on('error', (err) => {
            if (err.code === 'ECONNREFUSED')
                finish({ kind: 'refused' });
            else
                finish({ kind: 'no-response', detail: err.code ?? err.message });
        });
        const timer = setTimeout(() => finish({ kind: 'no-response', detail: `no HTTP response within ${timeoutMs} ms` }), timeoutMs);
    });
}
function text(chunks, max) {
    return Buffer.concat(chunks).subarray(0, max).toString('utf8');
}

// Is a started service ready, and is the process that answers really it?
const DEFAULT_READY_PATH = '/debug/pprof/';
const DEFAULT_READY_TIMEOUT_MS = 30_000;
const TAIL_LINES = 40;
/**
 * Polls the ready path until ANY HTTP response (50 ms, doubling to 250 ms),
 * failing at once when the service exits first; then checks the responder.
 * Resolves to undefined when ready.
 */
async function becomeReady(svc, opts) {
    const readyPath = svc.spec.readyPath ?? DEFAULT_READY_PATH;
    const url = `${svc.baseUrl}${readyPath}`;
    const budget = svc.spec.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
    const deadline = Date.now() + budget;
    const exited = svc.exit.then(() => undefined);
    let last = { kind: 'refused' };
    for (let delay = 50;; delay = Math.min(250, delay * 2)) {
        if (svc.exited)
            return exitedEarly(svc, opts);
        const left = deadline - Date.now();
        if (left <= 0)
            return notReady(svc, url, budget, last);
        last = (await Promise.race([probe(url, Math.min(2000, left)), exited])) ?? last;
        if (svc.exited)
            return exitedEarly(svc, opts);
        if (last.kind === 'response')
            break;
        await Promise.race([sleep$1(Math.min(delay, Math.max(0, deadline - Date.now()))), exited]);
    }
    return checkResponder(svc, opts);
}
/**
 * Makes sure the responder is our process, not a stale server that holds the
 * port. Two witnesses:
 *  - the kernel (Linux): which process holds the listening socket of the
 *    port (ports.ts portOwner). 'ours' or 'foreign' settles it: a wrapper
 *    script whose server has another argv is still ours, and an identical
 *    copy of our command started earlier is not.
 *  - GET /debug/pprof/cmdline, which net/http/pprof answers with the
 *    NUL-separated os.Args: it must equal our binary and arguments. Used when
 *    the kernel cannot tell (no /proc, another network namespace).
 * When neither can tell (no /proc, and cmdline is not 200 because pprof is
 * mounted elsewhere), we accept the responder as long as our child is alive.
 */
async function checkResponder(svc, opts) {
    const cmdline = await probe(`${svc.baseUrl}/debug/pprof/cmdline`, 5000, 64 * 1024);
    const owner = await portOwner(svc.port, [svc.pid, ...svc.tree.alive()]);
    let detail;
    if (owner === 'foreign') {
        detail = 'the listening socket belongs to a process that the service did not start';
    }
    else if (owner === 'unknown' && cmdline.kind === 'response' && cmdline.status === 200) {
        const want = [svc.spec.binary, ...svc.args];
        if (cmdline.body !== want.join('\0')) {
            detail = `its /debug/pprof/cmdline is ${showArgv(cmdline.body.split('\0'))}, not ${showArgv(want)}`;
        }
    }
    if (svc.exited)
        return exitedEarly(svc, opts);
    if (detail === undefined)
        return undefined;
    const body = cmdline.kind === 'response' ? `GET /debug/pprof/cmdline: HTTP ${cmdline.status} ${show(cmdline.body)}\n` : '';
    // Shown only when no other port will be tried.
    const hint = opts.explicitPort
        ? 'stop that process, or leave the choice of port to pprof-gate'
        : 'it happened on every port tried: look for stale servers on this machine';
    return {
        error: new HarnessError(`${svc.name}: another process answers on ${svc.baseUrl}, not the service we started (${detail}); ${hint}`, body + evidence(svc)),
        retry: true,
        why: 'another process answered'
    };
}
async function exitedEarly(svc, opts) {
    await svc.outputSettled();
    const inUse = /address already in use|EADDRINUSE/i.test(svc.recent);
    let msg = `${svc.name}: the service exited ${svc.exitDescription} before it was ready`;
    if (inUse && opts.explicitPort) {
        msg += `: port ${svc.port} on 127.0.0.1 is already in use by another process; stop that process, or leave the choice of port to pprof-gate`;
    }
    else if (inUse && opts.lastTry) {
        msg += `: "address already in use" on every port tried; does it listen on $PORT rather than on a fixed port?`;
    }
    else if (inUse) {
        msg += `: "address already in use" on port ${svc.port}`;
    }
    return { error: new HarnessError(msg, evidence(svc)), retry: inUse, why: '"address already in use"' };
}
function notReady(svc, url, budgetMs, last) {
    const what = last.kind === 'no-response'
        ? `${url} accepted connections but sent no HTTP response (${last.detail})`
        : `nothing answered ${url}`;
    return {
        error: new HarnessError(`${svc.name}: not ready after ${seconds(budgetMs)} s: ${what}; does it listen on $PORT (${svc.port}) on 127.0.0.1? ` +
            `If it needs longer to start, raise --ready-timeout`, evidence(svc)),
        retry: false,
        why: 'not ready'
    };
}
function evidence(svc) {
    const tail = svc.logTail(TAIL_LINES);
    return tail ? `last lines of ${svc.log.file}:\n${tail}` : `${svc.log.file} is empty: the service wrote nothing`;
}
function showArgv(argv) {
    return show(JSON.stringify(argv));
}
function show(s) {
    return s.length > 300 ? `${s.slice(0, 300)}...` : s;
}
function seconds(ms) {
    return String(Math.round(ms / 100) / 10);
}
function sleep$1(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

// Finding and killing every process a service started, including the ones
// that left its process group.
//
// A service is spawned detached: it leads its own process group (pgid = pid),
// so one kill(-pid) reaches it and every child that stayed in the group. A
// child that calls setsid() (a daemon, a "grandchild in a new session") is in
// another group and escapes that signal. We catch those two ways:
//  1. Parentage: walking the ppid links of /proc/*/stat down from the
//     service's pid, on every refresh() (at readiness, every second while it
//     runs, and right before each signal at stop). Each process is recorded
//     with its start time, so a pid later reused by an unrelated process is
//     never signalled.
//  2. A marker: the service's environment carries MARKER_ENV=<unique value>,
//     which every descendant inherits unless it clears its environment. A
//     process re-parented to init (its parent exited: the classic double
//     fork) no longer descends from the service, but /proc/PID/environ still
//     shows the marker.
// Both need Linux's /proc. Elsewhere only the process group is signalled.
// A service that double-forks *and* clears its environment escapes both;
// where the kernel lets us, each service runs in its own cgroup (cgroup.ts),
// whose members are part of the tree too and which SIGKILL empties at once.
// The group id is the leader's pid, which the kernel may hand out again once
// the leader is reaped and the group is empty: the group is signalled only
// while the leader lives or a process we know is still in it.
// Zombies count as gone: they hold no resources but a pid, and only their
// parent (here possibly an init that does not reap) can clear them.
/** The environment variable that marks every process of one started service. */
const MARKER_ENV = 'PPROF_GATE_SERVICE_ID';
/** The processes of one service: its group, its descendants, and whoever carries its marker. */
class ProcessTree {
    pid;
    marker;
    cgroup;
    /** Every live process of the tree seen at the last refresh: pid -> start time. */
    known = new Map();
    leaderExited = false;
    /** Whether kill(-pid) still reaches our group (see the top of this file). */
    groupIsOurs = true;
    /** Call right after spawning: the leader is recorded with its start time, so a reused pid is never taken for it. */
    constructor(pid, marker, // the value of MARKER_ENV for this service
    cgroup // when the service has one: every process in it is ours
    ) {
        this.pid = pid;
        this.marker = marker;
        this.cgroup = cgroup;
        const leader = readStat(pid);
        if (leader)
            this.known.set(pid, leader.start);
        this.refresh();
    }
    /** Records the current processes of the tree (one pass over /proc) and returns them. */
    refresh() {
        const procs = listProcs();
        if (!procs)
            return [];
        const children = new Map();
        for (const p of procs) {
            const list = children.get(p.ppid);
            if (list)
                list.push(p);
            else
                children.set(p.ppid, [p]);
        }
        const isKnown = (p) => this.known.get(p.pid) === p.start;
        const inCgroup = new Set(this.cgroup?.pids() ?? []);
        this.groupIsOurs = !this.leaderExited || procs.some((p) => isKnown(p) && p.pgrp === this.pid);
        // Roots: processes seen before (same pid and start time), members of the
        // group, marked processes; then everything below them.
        const stack = procs.filter((p) => isKnown(p) || inCgroup.has(p.pid) || (this.groupIsOurs && p.pgrp === this.pid) || hasMarker(p.pid, this.marker));
        const next = new Map();
        while (stack.length > 0) {
            const p = stack.pop();
            if (next.has(p.pid) || isSelf(p.pid))
                continue;
            next.set(p.pid, p.start);
            for (const c of children.get(p.pid) ?? [])
                stack.push(c);
        }
        this.known = next; // the dead drop out, so their pids can be reused safely
        return procs.filter((p) => next.has(p.pid));
    }
    /** Call when the leader has exited (node has reaped it): its pid may be reused from now on. */
    markLeaderExited() {
        this.leaderExited = true;
    }
    /** The tree's live (non-zombie) processes, as of now. */
    alive() {
        if (!hasProc())
            return signalOk(-this.pid, 0) ? [this.pid] : []; // the group is all we can see
        return this.refresh()
            .filter((p) => p.state !== 'Z' && p.state !== 'X')
            .map((p) => p.pid);
    }
    /** Signals the whole group and each process of the tree outside it. Synchronous (usable on 'exit'). */
    signal(sig) {
        if (sig === 'SIGKILL')
            this.cgroup?.signal(sig); // the whole cgroup at once, forks in flight included
        const procs = this.refresh();
        if (this.groupIsOurs)
            signalOk(-this.pid, sig);
        for (const p of procs)
            if (!this.groupIsOurs || p.pgrp !== this.pid)
                signalOk(p.pid, sig);
    }
}
/** Sends sig (or 0: probe) and says whether the target existed; never throws. */
function signalOk(target, sig) {
    if (isSelf(Math.abs(target)) || Math.abs(target) <= 1)
        return false;
    try {
        process.kill(target, sig);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
// Never signal ourselves or our parent, whatever /proc says.
function isSelf(pid) {
    return pid === process.pid || pid === process.ppid;
}
function hasProc() {
    return existsSync('/proc/self/stat');
}
function listProcs() {
    let names;
    try {
        names = readdirSync('/proc');
    }
    catch {
        return undefined;
    }
    const out = [];
    for (const name of names) {
        if (!/^\d+$/.test(name))
            continue;
        const p = readStat(Number(name));
        if (p)
            out.push(p);
    }
    return out;
}
function readStat(pid) {
    let text;
    try {
        text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return undefined; // exited meanwhile
    }
    // "pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt
    // cmajflt utime stime cutime cstime priority nice threads itrealvalue
    // starttime ..."; comm may hold spaces and parentheses, so split after the last ')'.
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { pid, state: f[0], ppid: Number(f[1]), pgrp: Number(f[2]), start: f[19] };
}
function hasMarker(pid, marker) {
    try {
        // The environment as it was at exec; a process can hide it only by
        // clearing its environment and exec'ing again.
        return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`${MARKER_ENV}=${marker}`);
    }
    catch {
        return false; // gone, or another user's
    }
}

const DEFAULT_GRACE_MS = 5_000;
/** How long SIGKILL may take to clear everything before stop() gives up and says so. */
const KILL_WAIT_MS = 3_000;
/** Every service spawned and not yet stopped, for stopAllServices() and the exit handler. */
const registry = new Set();
/** The process side of one started service; process.ts starts it, readiness.ts checks it. */
class Service {
    spec;
    port;
    args;
    child;
    log;
    cgroup;
    baseUrl;
    pid;
    tree;
    /** Resolves when the service (the group leader) has exited. */
    exit;
    /** Its last few KiB of output, for "address already in use" (the shared log also holds earlier tries). */
    recent = '';
    exitStatus;
    closed;
    tracker;
    stopping;
    constructor(spec, port, args, child, marker, log, cgroup) {
        this.spec = spec;
        this.port = port;
        this.args = args;
        this.child = child;
        this.log = log;
        this.cgroup = cgroup;
        this.pid = child.pid;
        this.baseUrl = `http://127.0.0.1:${port}`;
        this.tree = new ProcessTree(this.pid, marker, cgroup);
        this.exit = new Promise((resolve) => child.once('exit', (code, signal) => {
            this.exitStatus = { code, signal };
            this.tree.markLeaderExited();
            resolve();
        }));
        this.closed = new Promise((resolve) => child.once('close', () => resolve()));
        child.on('error', () => { }); // a failed kill() must not crash us; stop() checks the result itself
        for (const stream of [child.stdout, child.stderr]) {
            stream?.on('data', (chunk) => {
                log.write(chunk);
                this.recent = (this.recent + chunk.toString('utf8')).slice(-8192);
            });
        }
        // Keep the tree current while the service runs, so a child that is
        // orphaned later is still known by its pid and start time (reaper.ts).
        this.tracker = setInterval(() => this.tree.refresh(), 1000);
        this.tracker.unref();
        registry.add(this);
    }
    get name() {
        return this.spec.name;
    }
    get containment() {
        return this.cgroup ? 'cgroup' : 'process-group';
    }
    get exited() {
        return this.exitStatus !== undefined;
    }
    /** "with code 3" or "on signal SIGSEGV". */
    get exitDescription() {
        const s = this.exitStatus;
        if (!s)
            return 'still running';
        return s.signal ? `on signal ${s.signal}` : `with code ${s.code}`;
    }
    /**
     * Waits (at most ms) until its output pipes close: 'exit' can come before
     * the last lines are read, and an early exit's message needs them.
     */
    async outputSettled(ms = 500) {
        await within(this.closed, ms);
    }
    logTail(lines = 40) {
        return this.log.tailText(lines);
    }
    stop(graceMs = DEFAULT_GRACE_MS) {
        return this.terminate(graceMs).finally(() => this.log.close());
    }
    /** Stops every process of the service, keeping the log open (startService may try again). Memoized. */
    terminate(graceMs) {
        this.stopping ??= this.kill(graceMs);
        return this.stopping;
    }
    /** Last resort on process exit: SIGKILL everything, synchronously. */
    killNow() {
        this.tree.signal('SIGKILL');
        this.cgroup?.remove(); // at once only if already empty; otherwise the next run removes it
        this.log.close();
    }
    async kill(graceMs) {
        clearInterval(this.tracker);
        // SIGTERM first, to the group and to descendants and marked processes outside it.
        this.tree.signal('SIGTERM');
        const graceEnd = Date.now() + graceMs;
        while (this.tree.alive().length > 0 && Date.now() < graceEnd)
            await sleep(50);
        // Then SIGKILL whatever is left, again and again: a process may fork while we look.
        const killEnd = Date.now() + KILL_WAIT_MS;
        let left = this.tree.alive();
        while (left.length > 0 && Date.now() < killEnd) {
            this.tree.signal('SIGKILL');
            await sleep(25);
            left = this.tree.alive();
        }
        // Node reaps the leader and reports it; then collect the last output
        // (a grandchild holding the pipe is dead by now, so 'close' follows soon).
        await within(this.exit, 1000);
        await this.outputSettled();
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
        if (left.length > 0) {
            throw new HarnessError(`${this.name}: processes ${left.join(', ')} of the service survived SIGKILL for ${KILL_WAIT_MS / 1000} s`, 'they are probably in uninterruptible sleep (state D in /proc/PID/stat); they may hold the port');
        }
        this.cgroup?.remove();
        registry.delete(this);
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/**
 * Waits until p settles or ms pass, whichever comes first, and clears the
 * timer: a pending one would hold the process open for up to ms after the
 * last service stopped.
 */
function within(p, ms) {
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, ms)));
    return Promise.race([p.then(() => { }), timeout]).finally(() => clearTimeout(timer));
}

// Starting a service under test in its own process group, waiting until it
// is ready (and is the process that answers), and stopping every process it
// started, also when pprof-gate itself is cancelled. The pieces: service.ts
// (one service, stop()), reaper.ts (its processes), logs.ts (its bounded
// log), ports.ts, readiness.ts and probe.ts (ready, and really ours).
/** On SIGINT/SIGTERM: GitHub Actions follows SIGINT with SIGTERM 7.5 s later, then kills us. */
const SIGNAL_GRACE_MS = 2_000;
/** After the services: how long the clean-up (the base worktree) may take before we exit anyway. */
const CLEANUP_BOUND_MS = 4_000;
const PORT_TRIES = 3;
/** Cleared on SIGINT/SIGTERM: no new service may start while we shut down. */
let accepting = true;
/**
 * Starts the service and resolves once it answers on its ready path and the
 * answer comes from it (readiness.ts). On failure everything it started is
 * stopped and a HarnessError says why, with the log's tail as evidence.
 */
async function startService(spec) {
    installExitHandler();
    const log = new BoundedLog(spec.logFile, spec.maxLogBytes);
    const tries = spec.port === undefined ? PORT_TRIES : 1;
    try {
        for (let attempt = 1;; attempt++) {
            if (!accepting)
                throw new HarnessError(`${spec.name}: not started: pprof-gate is shutting down`);
            const port = spec.port ?? (await freePort());
            const svc = await spawnService(spec, port, log);
            if (!accepting) {
                // A signal came while it was being spawned, possibly after stopAllServices() looked.
                await svc.terminate(0).catch(() => { });
                throw new HarnessError(`${spec.name}: not started: pprof-gate is shutting down`);
            }
            const failure = await becomeReady(svc, { explicitPort: spec.port !== undefined, lastTry: attempt === tries });
            if (!failure)
                return svc;
            // Short grace: it failed anyway. A failure to stop is secondary to why it failed.
            await svc.terminate(1000).catch(() => { });
            if (!failure.retry || attempt === tries)
                throw failure.error;
            log.note(`${failure.why} on port ${port}: trying another port`);
        }
    }
    catch (err) {
        log.close();
        throw err;
    }
}
async function spawnService(spec, port, log) {
    const args = spec.args.map((a) => a.replaceAll('{port}', String(port)));
    // Unique per start: how reaper.ts recognizes this service's processes.
    const marker = `${process.pid}-${randomBytes(8).toString('hex')}`;
    // Its own cgroup where the kernel lets us (cgroup.ts); a binary that cannot
    // be run gets spawn's own error, so it starts directly.
    const cgroup = isExecutable(spec.binary) ? ServiceCgroup.create(marker) : undefined;
    const command = cgroup ? cgroup.wrap(spec.binary, args) : { file: spec.binary, args };
    const child = spawn(command.file, command.args, {
        cwd: spec.cwd,
        env: childEnv({ ...spec.env, PORT: String(port), [MARKER_ENV]: marker }),
        detached: true, // setsid(): its own session and process group, pgid = pid
        stdio: ['ignore', 'pipe', 'pipe']
    });
    try {
        await new Promise((resolve, reject) => {
            child.once('spawn', resolve);
            child.once('error', reject);
        });
    }
    catch (err) {
        cgroup?.remove();
        // spawn says ENOENT for a missing working directory too
        const why = existsSync(spec.cwd) ? err.message : `its working directory ${spec.cwd} does not exist`;
        throw new HarnessError(`${spec.name}: cannot start ${spec.binary}: ${why}`);
    }
    containmentsUsed.add(cgroup ? 'cgroup' : 'process-group');
    return new Service(spec, port, args, child, marker, log, cgroup);
}
function isExecutable(file) {
    try {
        accessSync(file, constants.X_OK);
        return statSync(file).isFile();
    }
    catch {
        return false;
    }
}
const containmentsUsed = new Set();
/**
 * How the services of this process were contained: 'cgroup' (each in its
 * own cgroup v2, killed as a whole) or 'process-group' (its process group,
 * its descendants and its marker, reaper.ts). For the manifest.
 */
function serviceContainment() {
    return [...containmentsUsed].sort();
}
/** Stops every running service (in parallel); throws after all were tried if any could not be stopped. */
async function stopAllServices(graceMs = DEFAULT_GRACE_MS) {
    const results = await Promise.allSettled([...registry].map((s) => s.stop(graceMs)));
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason.message)] : []));
    if (failed.length > 0)
        throw new HarnessError(`could not stop ${failed.length} service(s)`, failed.join('\n'));
}
/** What must be undone before pprof-gate exits on a signal (the base worktree): see onShutdown. */
const shutdownTasks = new Set();
/**
 * Registers a clean-up that a SIGINT or SIGTERM awaits (bounded) after the
 * services are stopped and before the process exits; the normal path runs it
 * itself. Returns a function that unregisters it. A task may run twice (the
 * signal and the normal path's finally), so it must be idempotent.
 */
function onShutdown(task) {
    shutdownTasks.add(task);
    return () => shutdownTasks.delete(task);
}
async function runShutdownTasks(boundMs) {
    let timer;
    const bound = new Promise((resolve) => (timer = setTimeout(resolve, boundMs)));
    await Promise.race([Promise.allSettled([...shutdownTasks].map((t) => t())), bound]);
    clearTimeout(timer);
}
let uninstallSignals;
/**
 * On SIGINT or SIGTERM: no new service starts, onSignal is told, every
 * service is stopped (short grace), the clean-ups registered with onShutdown
 * run (bounded), then the process exits with 130 or 143.
 * A second signal while stopping (GitHub Actions' SIGTERM 7.5 s after its
 * SIGINT) kills what is left at once and exits. opts.exit replaces
 * process.exit for tests. Returns a function that removes the handlers.
 */
function installSignalHandlers(onSignal, opts = {}) {
    uninstallSignals?.();
    const exit = opts.exit ?? ((code) => process.exit(code));
    let stopping = false;
    const handler = (sig) => {
        const code = sig === 'SIGINT' ? 130 : 143;
        if (stopping) {
            for (const svc of registry)
                svc.killNow();
            exit(code);
            return;
        }
        stopping = true;
        accepting = false;
        try {
            onSignal?.(sig);
        }
        catch {
            // reporting must not keep us from stopping the services
        }
        stopAllServices(opts.graceMs ?? SIGNAL_GRACE_MS)
            .catch(() => { })
            .then(() => runShutdownTasks(opts.cleanupBoundMs ?? CLEANUP_BOUND_MS))
            .finally(() => exit(code));
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    const uninstall = () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
        accepting = true;
        if (uninstallSignals === uninstall)
            uninstallSignals = undefined;
    };
    uninstallSignals = uninstall;
    return uninstall;
}
let exitHandlerInstalled = false;
/** Whatever way the process ends, no service outlives it: 'exit' handlers must be synchronous, so SIGKILL. */
function installExitHandler() {
    if (exitHandlerInstalled)
        return;
    exitHandlerInstalled = true;
    process.on('exit', () => {
        for (const svc of registry)
            svc.killNow();
    });
}

var process$1 = /*#__PURE__*/Object.freeze({
    __proto__: null,
    MARKER_ENV: MARKER_ENV,
    freePort: freePort,
    installSignalHandlers: installSignalHandlers,
    onShutdown: onShutdown,
    serviceContainment: serviceContainment,
    startService: startService,
    stopAllServices: stopAllServices
});

export { serviceContainment as a, childEnv as c, onShutdown as o, process$1 as p, startService as s };
