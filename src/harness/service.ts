// One started service: its child process, its process tree, its log, and
// how it is stopped. process.ts starts services; readiness.ts checks them.
import type { ChildProcess } from 'node:child_process'
import { HarnessError } from './errors.js'
import type { BoundedLog } from './logs.js'
import type { Containment, ServiceCgroup } from './cgroup.js'
import { ProcessTree } from './reaper.js'

export interface ServiceSpec {
  /** Used in messages, e.g. "head trial 2". */
  name: string
  binary: string
  /** '{port}' is replaced by the port. */
  args: string[]
  /** Added to process.env; PORT (and MARKER_ENV) are set by us. */
  env: Record<string, string>
  cwd: string
  logFile: string
  /** Default 8 MiB: the first 1 MiB and a rolling tail; the file says what was dropped. */
  maxLogBytes?: number
  /** Default '/debug/pprof/'. */
  readyPath?: string
  /** Default 30000. */
  readyTimeoutMs?: number
  /** Default: a free port, chosen again (up to 3 tries) when that one turns out to be taken. */
  port?: number
}

export interface RunningService {
  name: string
  pid: number
  port: number
  /** http://127.0.0.1:PORT */
  baseUrl: string
  logTail(lines?: number): string
  readonly exited: boolean
  /** SIGTERM to everything it started, SIGKILL after graceMs (default 5000); resolves when none is left. */
  stop(graceMs?: number): Promise<void>
  /** Its own cgroup, or its process group and what reaper.ts finds (cgroup.ts). */
  readonly containment: Containment
}

export const DEFAULT_GRACE_MS = 5_000
/** How long SIGKILL may take to clear everything before stop() gives up and says so. */
const KILL_WAIT_MS = 3_000

/** Every service spawned and not yet stopped, for stopAllServices() and the exit handler. */
export const registry = new Set<Service>()

/** The process side of one started service; process.ts starts it, readiness.ts checks it. */
export class Service implements RunningService {
  readonly baseUrl: string
  readonly pid: number
  readonly tree: ProcessTree
  /** Resolves when the service (the group leader) has exited. */
  readonly exit: Promise<void>
  /** Its last few KiB of output, for "address already in use" (the shared log also holds earlier tries). */
  recent = ''
  private exitStatus?: { code: number | null; signal: NodeJS.Signals | null }
  private readonly closed: Promise<void>
  private readonly tracker: NodeJS.Timeout
  private stopping?: Promise<void>

  constructor(
    readonly spec: ServiceSpec,
    readonly port: number,
    readonly args: string[],
    private readonly child: ChildProcess & { pid: number },
    marker: string,
    readonly log: BoundedLog,
    private readonly cgroup?: ServiceCgroup
  ) {
    this.pid = child.pid
    this.baseUrl = `http://127.0.0.1:${port}`
    this.tree = new ProcessTree(this.pid, marker, cgroup)
    this.exit = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exitStatus = { code, signal }
        this.tree.markLeaderExited()
        resolve()
      })
    )
    this.closed = new Promise((resolve) => child.once('close', () => resolve()))
    child.on('error', () => {}) // a failed kill() must not crash us; stop() checks the result itself
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        log.write(chunk)
        this.recent = (this.recent + chunk.toString('utf8')).slice(-8192)
      })
    }
    // Keep the tree current while the service runs, so a child that is
    // orphaned later is still known by its pid and start time (reaper.ts).
    this.tracker = setInterval(() => this.tree.refresh(), 1000)
    this.tracker.unref()
    registry.add(this)
  }

  get name(): string {
    return this.spec.name
  }

  get containment(): Containment {
    return this.cgroup ? 'cgroup' : 'process-group'
  }

  get exited(): boolean {
    return this.exitStatus !== undefined
  }

  /** "with code 3" or "on signal SIGSEGV". */
  get exitDescription(): string {
    const s = this.exitStatus
    if (!s) return 'still running'
    return s.signal ? `on signal ${s.signal}` : `with code ${s.code}`
  }

  /**
   * Waits (at most ms) until its output pipes close: 'exit' can come before
   * the last lines are read, and an early exit's message needs them.
   */
  async outputSettled(ms = 500): Promise<void> {
    await within(this.closed, ms)
  }

  logTail(lines = 40): string {
    return this.log.tailText(lines)
  }

  stop(graceMs = DEFAULT_GRACE_MS): Promise<void> {
    return this.terminate(graceMs).finally(() => this.log.close())
  }

  /** Stops every process of the service, keeping the log open (startService may try again). Memoized. */
  terminate(graceMs: number): Promise<void> {
    this.stopping ??= this.kill(graceMs)
    return this.stopping
  }

  /** Last resort on process exit: SIGKILL everything, synchronously. */
  killNow(): void {
    this.tree.signal('SIGKILL')
    this.cgroup?.remove() // at once only if already empty; otherwise the next run removes it
    this.log.close()
  }

  private async kill(graceMs: number): Promise<void> {
    clearInterval(this.tracker)
    // SIGTERM first, to the group and to descendants and marked processes outside it.
    this.tree.signal('SIGTERM')
    const graceEnd = Date.now() + graceMs
    while (this.tree.alive().length > 0 && Date.now() < graceEnd) await sleep(50)
    // Then SIGKILL whatever is left, again and again: a process may fork while we look.
    const killEnd = Date.now() + KILL_WAIT_MS
    let left = this.tree.alive()
    while (left.length > 0 && Date.now() < killEnd) {
      this.tree.signal('SIGKILL')
      await sleep(25)
      left = this.tree.alive()
    }
    // Node reaps the leader and reports it; then collect the last output
    // (a grandchild holding the pipe is dead by now, so 'close' follows soon).
    await within(this.exit, 1000)
    await this.outputSettled()
    this.child.stdout?.destroy()
    this.child.stderr?.destroy()
    if (left.length > 0) {
      throw new HarnessError(
        `${this.name}: processes ${left.join(', ')} of the service survived SIGKILL for ${KILL_WAIT_MS / 1000} s`,
        'they are probably in uninterruptible sleep (state D in /proc/PID/stat); they may hold the port'
      )
    }
    this.cgroup?.remove()
    registry.delete(this)
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Waits until p settles or ms pass, whichever comes first, and clears the
 * timer: a pending one would hold the process open for up to ms after the
 * last service stopped.
 */
function within(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))
  return Promise.race([p.then(() => {}), timeout]).finally(() => clearTimeout(timer))
}
