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
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export type Containment = 'cgroup' | 'process-group'

const PREFIX = 'pprof-gate-'

/** The cgroup v2 folder this process is in, when it may create cgroups below it; else undefined. Cached. */
let parentDir: string | null | undefined

function cgroupParent(): string | null {
  // PPROF_GATE_NO_CGROUP=1: the process group only (for a hierarchy that misbehaves, and for tests).
  if (process.env.PPROF_GATE_NO_CGROUP === '1') return null
  if (parentDir !== undefined) return parentDir
  parentDir = null
  if (process.platform !== 'linux') return null
  try {
    const mount = cgroup2Mount()
    const own = readFileSync('/proc/self/cgroup', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('0::'))
    if (!mount || own === undefined) return null
    const dir = path.join(mount, own.slice(3))
    // Creating a child needs write access here; moving a process into it, to our own cgroup.procs too.
    accessSync(dir, constants.W_OK)
    accessSync(path.join(dir, 'cgroup.procs'), constants.W_OK)
    parentDir = dir
  } catch {
    parentDir = null
  }
  return parentDir
}

/** Where cgroup2 is mounted (/sys/fs/cgroup, or /sys/fs/cgroup/unified on a hybrid system). */
function cgroup2Mount(): string | undefined {
  for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
    // "36 25 0:31 / /sys/fs/cgroup rw,... shared:9 - cgroup2 cgroup2 rw"
    const [left, right] = line.split(' - ')
    if (right?.split(' ')[0] === 'cgroup2') return left.split(' ')[4]
  }
  return undefined
}

/** A cgroup that holds one service and everything it starts. */
export class ServiceCgroup {
  private constructor(readonly dir: string) {}

  /** Creates pprof-gate-<marker> below our cgroup; undefined where that is not possible. */
  static create(marker: string): ServiceCgroup | undefined {
    const parent = cgroupParent()
    if (!parent) return undefined
    removeStale(parent)
    const dir = path.join(parent, `${PREFIX}${marker}`)
    try {
      mkdirSync(dir)
      accessSync(path.join(dir, 'cgroup.procs'), constants.W_OK)
      return new ServiceCgroup(dir)
    } catch {
      return undefined
    }
  }

  /** The command and arguments that start binary inside this cgroup. */
  wrap(binary: string, args: string[]): { file: string; args: string[] } {
    return { file: '/bin/sh', args: ['-c', 'echo 0 > "$0" && exec "$@"', path.join(this.dir, 'cgroup.procs'), binary, ...args] }
  }

  /** Whether pid is in this cgroup (the wrapper could not move it, e.g. refused by a security module). */
  holds(pid: number): boolean {
    return this.pids().includes(pid)
  }

  /** The pids in the cgroup now (zombies have left it). */
  pids(): number[] {
    try {
      return readFileSync(path.join(this.dir, 'cgroup.procs'), 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map(Number)
    } catch {
      return []
    }
  }

  /**
   * Sends sig to every process in the cgroup. SIGKILL goes through
   * cgroup.kill (Linux 5.14+), which the kernel applies to the cgroup as a
   * whole, forks in flight included; elsewhere each listed process is
   * signalled, frozen first where cgroup.freeze allows so none forks meanwhile.
   */
  signal(sig: NodeJS.Signals): void {
    if (sig === 'SIGKILL' && tryWrite(path.join(this.dir, 'cgroup.kill'), '1')) return
    const frozen = sig === 'SIGKILL' && tryWrite(path.join(this.dir, 'cgroup.freeze'), '1')
    for (const pid of this.pids()) {
      try {
        process.kill(pid, sig)
      } catch {
        // gone meanwhile
      }
    }
    if (frozen) tryWrite(path.join(this.dir, 'cgroup.freeze'), '0')
  }

  /** Removes the (empty) cgroup; false while a process is still in it. */
  remove(): boolean {
    try {
      rmdirSync(this.dir)
      return true
    } catch {
      return !existsSync(this.dir)
    }
  }
}

function tryWrite(file: string, text: string): boolean {
  try {
    writeFileSync(file, text)
    return true
  } catch {
    return false
  }
}

/**
 * Empty pprof-gate-* cgroups of runs that are gone (the marker starts with
 * the pid of the pprof-gate that made it): a run killed with SIGKILL could
 * not remove its own. A cgroup with processes in it is left alone (rmdir
 * refuses).
 */
function removeStale(parent: string): void {
  let names: string[]
  try {
    names = readdirSync(parent).filter((n) => n.startsWith(PREFIX))
  } catch {
    return
  }
  for (const name of names) {
    const owner = Number(name.slice(PREFIX.length).split('-')[0])
    if (owner === process.pid || existsSync(`/proc/${owner}`)) continue
    try {
      rmdirSync(path.join(parent, name))
    } catch {
      // not empty, or not ours to remove
    }
  }
}
