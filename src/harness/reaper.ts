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
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import type { ServiceCgroup } from './cgroup.js'

/** The environment variable that marks every process of one started service. */
export const MARKER_ENV = 'PPROF_GATE_SERVICE_ID'

interface ProcInfo {
  pid: number
  ppid: number
  pgrp: number
  state: string
  start: string // clock ticks since boot: (pid, start) names one process for good
}

/** The processes of one service: its group, its descendants, and whoever carries its marker. */
export class ProcessTree {
  /** Every live process of the tree seen at the last refresh: pid -> start time. */
  private known = new Map<number, string>()
  private leaderExited = false
  /** Whether kill(-pid) still reaches our group (see the top of this file). */
  private groupIsOurs = true

  /** Call right after spawning: the leader is recorded with its start time, so a reused pid is never taken for it. */
  constructor(
    readonly pid: number,
    readonly marker: string, // the value of MARKER_ENV for this service
    private readonly cgroup?: ServiceCgroup // when the service has one: every process in it is ours
  ) {
    const leader = readStat(pid)
    if (leader) this.known.set(pid, leader.start)
    this.refresh()
  }

  /** Records the current processes of the tree (one pass over /proc) and returns them. */
  refresh(): ProcInfo[] {
    const procs = listProcs()
    if (!procs) return []
    const children = new Map<number, ProcInfo[]>()
    for (const p of procs) {
      const list = children.get(p.ppid)
      if (list) list.push(p)
      else children.set(p.ppid, [p])
    }
    const isKnown = (p: ProcInfo): boolean => this.known.get(p.pid) === p.start
    const inCgroup = new Set(this.cgroup?.pids() ?? [])
    this.groupIsOurs = !this.leaderExited || procs.some((p) => isKnown(p) && p.pgrp === this.pid)
    // Roots: processes seen before (same pid and start time), members of the
    // group, marked processes; then everything below them.
    const stack = procs.filter(
      (p) => isKnown(p) || inCgroup.has(p.pid) || (this.groupIsOurs && p.pgrp === this.pid) || hasMarker(p.pid, this.marker)
    )
    const next = new Map<number, string>()
    while (stack.length > 0) {
      const p = stack.pop()!
      if (next.has(p.pid) || isSelf(p.pid)) continue
      next.set(p.pid, p.start)
      for (const c of children.get(p.pid) ?? []) stack.push(c)
    }
    this.known = next // the dead drop out, so their pids can be reused safely
    return procs.filter((p) => next.has(p.pid))
  }

  /** Call when the leader has exited (node has reaped it): its pid may be reused from now on. */
  markLeaderExited(): void {
    this.leaderExited = true
  }

  /** The tree's live (non-zombie) processes, as of now. */
  alive(): number[] {
    if (!hasProc()) return signalOk(-this.pid, 0) ? [this.pid] : [] // the group is all we can see
    return this.refresh()
      .filter((p) => p.state !== 'Z' && p.state !== 'X')
      .map((p) => p.pid)
  }

  /** Signals the whole group and each process of the tree outside it. Synchronous (usable on 'exit'). */
  signal(sig: NodeJS.Signals): void {
    if (sig === 'SIGKILL') this.cgroup?.signal(sig) // the whole cgroup at once, forks in flight included
    const procs = this.refresh()
    if (this.groupIsOurs) signalOk(-this.pid, sig)
    for (const p of procs) if (!this.groupIsOurs || p.pgrp !== this.pid) signalOk(p.pid, sig)
  }
}

/** Sends sig (or 0: probe) and says whether the target existed; never throws. */
export function signalOk(target: number, sig: NodeJS.Signals | 0): boolean {
  if (isSelf(Math.abs(target)) || Math.abs(target) <= 1) return false
  try {
    process.kill(target, sig)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

// Never signal ourselves or our parent, whatever /proc says.
function isSelf(pid: number): boolean {
  return pid === process.pid || pid === process.ppid
}

function hasProc(): boolean {
  return existsSync('/proc/self/stat')
}

function listProcs(): ProcInfo[] | undefined {
  let names: string[]
  try {
    names = readdirSync('/proc')
  } catch {
    return undefined
  }
  const out: ProcInfo[] = []
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue
    const p = readStat(Number(name))
    if (p) out.push(p)
  }
  return out
}

function readStat(pid: number): ProcInfo | undefined {
  let text: string
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return undefined // exited meanwhile
  }
  // "pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt
  // cmajflt utime stime cutime cstime priority nice threads itrealvalue
  // starttime ..."; comm may hold spaces and parentheses, so split after the last ')'.
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ')
  return { pid, state: f[0], ppid: Number(f[1]), pgrp: Number(f[2]), start: f[19] }
}

function hasMarker(pid: number, marker: string): boolean {
  try {
    // The environment as it was at exec; a process can hide it only by
    // clearing its environment and exec'ing again.
    return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`${MARKER_ENV}=${marker}`)
  } catch {
    return false // gone, or another user's
  }
}
