// Starting a service under test in its own process group, waiting until it
// is ready (and is the process that answers), and stopping every process it
// started, also when pprof-gate itself is cancelled. The pieces: service.ts
// (one service, stop()), reaper.ts (its processes), logs.ts (its bounded
// log), ports.ts, readiness.ts and probe.ts (ready, and really ours).
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { ServiceCgroup, type Containment } from './cgroup.js'
import { childEnv } from './child-env.js'
import { HarnessError } from './errors.js'
import { BoundedLog } from './logs.js'
import { freePort } from './ports.js'
import { becomeReady } from './readiness.js'
import { MARKER_ENV } from './reaper.js'
import { DEFAULT_GRACE_MS, registry, Service, type RunningService, type ServiceSpec } from './service.js'

export { freePort } from './ports.js'
export { MARKER_ENV } from './reaper.js'
export type { RunningService, ServiceSpec } from './service.js'

/** On SIGINT/SIGTERM: GitHub Actions follows SIGINT with SIGTERM 7.5 s later, then kills us. */
const SIGNAL_GRACE_MS = 2_000
/** After the services: how long the clean-up (the base worktree) may take before we exit anyway. */
const CLEANUP_BOUND_MS = 4_000
const PORT_TRIES = 3

/** Cleared on SIGINT/SIGTERM: no new service may start while we shut down. */
let accepting = true

/**
 * Starts the service and resolves once it answers on its ready path and the
 * answer comes from it (readiness.ts). On failure everything it started is
 * stopped and a HarnessError says why, with the log's tail as evidence.
 */
export async function startService(spec: ServiceSpec): Promise<RunningService> {
  installExitHandler()
  const log = new BoundedLog(spec.logFile, spec.maxLogBytes)
  const tries = spec.port === undefined ? PORT_TRIES : 1
  try {
    for (let attempt = 1; ; attempt++) {
      if (!accepting) throw new HarnessError(`${spec.name}: not started: pprof-gate is shutting down`)
      const port = spec.port ?? (await freePort())
      const svc = await spawnService(spec, port, log)
      if (!accepting) {
        // A signal came while it was being spawned, possibly after stopAllServices() looked.
        await svc.terminate(0).catch(() => {})
        throw new HarnessError(`${spec.name}: not started: pprof-gate is shutting down`)
      }
      const failure = await becomeReady(svc, { explicitPort: spec.port !== undefined, lastTry: attempt === tries })
      if (!failure) return svc
      // Short grace: it failed anyway. A failure to stop is secondary to why it failed.
      await svc.terminate(1000).catch(() => {})
      if (!failure.retry || attempt === tries) throw failure.error
      log.note(`${failure.why} on port ${port}: trying another port`)
    }
  } catch (err) {
    log.close()
    throw err
  }
}

async function spawnService(spec: ServiceSpec, port: number, log: BoundedLog): Promise<Service> {
  const args = spec.args.map((a) => a.replaceAll('{port}', String(port)))
  // Unique per start: how reaper.ts recognizes this service's processes.
  const marker = `${process.pid}-${randomBytes(8).toString('hex')}`
  // Its own cgroup where the kernel lets us (cgroup.ts); a binary that cannot
  // be run gets spawn's own error, so it starts directly.
  const cgroup = isExecutable(spec.binary) ? ServiceCgroup.create(marker) : undefined
  const command = cgroup ? cgroup.wrap(spec.binary, args) : { file: spec.binary, args }
  const child = spawn(command.file, command.args, {
    cwd: spec.cwd,
    env: childEnv({ ...spec.env, PORT: String(port), [MARKER_ENV]: marker }),
    detached: true, // setsid(): its own session and process group, pgid = pid
    stdio: ['ignore', 'pipe', 'pipe']
  })
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve)
      child.once('error', reject)
    })
  } catch (err) {
    cgroup?.remove()
    // spawn says ENOENT for a missing working directory too
    const why = existsSync(spec.cwd) ? (err as Error).message : `its working directory ${spec.cwd} does not exist`
    throw new HarnessError(`${spec.name}: cannot start ${spec.binary}: ${why}`)
  }
  containmentsUsed.add(cgroup ? 'cgroup' : 'process-group')
  return new Service(spec, port, args, child as ChildProcess & { pid: number }, marker, log, cgroup)
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}

const containmentsUsed = new Set<Containment>()

/**
 * How the services of this process were contained: 'cgroup' (each in its
 * own cgroup v2, killed as a whole) or 'process-group' (its process group,
 * its descendants and its marker, reaper.ts). For the manifest.
 */
export function serviceContainment(): Containment[] {
  return [...containmentsUsed].sort()
}

/** Stops every running service (in parallel); throws after all were tried if any could not be stopped. */
export async function stopAllServices(graceMs = DEFAULT_GRACE_MS): Promise<void> {
  const results = await Promise.allSettled([...registry].map((s) => s.stop(graceMs)))
  const failed = results.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error).message)] : []))
  if (failed.length > 0) throw new HarnessError(`could not stop ${failed.length} service(s)`, failed.join('\n'))
}

/** What must be undone before pprof-gate exits on a signal (the base worktree): see onShutdown. */
const shutdownTasks = new Set<() => Promise<void>>()

/**
 * Registers a clean-up that a SIGINT or SIGTERM awaits (bounded) after the
 * services are stopped and before the process exits; the normal path runs it
 * itself. Returns a function that unregisters it. A task may run twice (the
 * signal and the normal path's finally), so it must be idempotent.
 */
export function onShutdown(task: () => Promise<void>): () => void {
  shutdownTasks.add(task)
  return () => shutdownTasks.delete(task)
}

async function runShutdownTasks(boundMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, boundMs)))
  await Promise.race([Promise.allSettled([...shutdownTasks].map((t) => t())), bound])
  clearTimeout(timer)
}

let uninstallSignals: (() => void) | undefined

/**
 * On SIGINT or SIGTERM: no new service starts, onSignal is told, every
 * service is stopped (short grace), the clean-ups registered with onShutdown
 * run (bounded), then the process exits with 130 or 143.
 * A second signal while stopping (GitHub Actions' SIGTERM 7.5 s after its
 * SIGINT) kills what is left at once and exits. opts.exit replaces
 * process.exit for tests. Returns a function that removes the handlers.
 */
export function installSignalHandlers(
  onSignal?: (sig: NodeJS.Signals) => void,
  opts: { graceMs?: number; cleanupBoundMs?: number; exit?: (code: number) => void } = {}
): () => void {
  uninstallSignals?.()
  const exit = opts.exit ?? ((code: number) => process.exit(code))
  let stopping = false
  const handler = (sig: NodeJS.Signals): void => {
    const code = sig === 'SIGINT' ? 130 : 143
    if (stopping) {
      for (const svc of registry) svc.killNow()
      exit(code)
      return
    }
    stopping = true
    accepting = false
    try {
      onSignal?.(sig)
    } catch {
      // reporting must not keep us from stopping the services
    }
    stopAllServices(opts.graceMs ?? SIGNAL_GRACE_MS)
      .catch(() => {})
      .then(() => runShutdownTasks(opts.cleanupBoundMs ?? CLEANUP_BOUND_MS))
      .finally(() => exit(code))
  }
  process.on('SIGINT', handler)
  process.on('SIGTERM', handler)
  const uninstall = (): void => {
    process.off('SIGINT', handler)
    process.off('SIGTERM', handler)
    accepting = true
    if (uninstallSignals === uninstall) uninstallSignals = undefined
  }
  uninstallSignals = uninstall
  return uninstall
}

let exitHandlerInstalled = false

/** Whatever way the process ends, no service outlives it: 'exit' handlers must be synchronous, so SIGKILL. */
function installExitHandler(): void {
  if (exitHandlerInstalled) return
  exitHandlerInstalled = true
  process.on('exit', () => {
    for (const svc of registry) svc.killNow()
  })
}
