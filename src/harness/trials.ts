/**
 * The measurement plan: trials interleave the sides in ABBA order (base,
 * head, head, base, ...), so a machine that gets slower over time, and the
 * dearer first trial, hurt both sides alike; each trial is a fresh process:
 *   start -> ready -> warm-up load -> settle -> snapshot "before"
 *   (goroutine, heap?gc=1) -> CPU profile over the measured load ->
 *   quiesce -> snapshot "after" (goroutine, heap?gc=1, allocs) -> stop.
 * Every profile is written into the run directory under a name that says
 * side, trial and kind, so a person can open any of them in go tool pprof.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { HarnessError } from './errors.js'
import { fetchProfile, profileUrl, startCpuProfile, waitForQuiesce } from './fetch.js'
import { runLoad, runLoadCommand } from './load.js'
import type { LoadResult } from './load.js'
import { startService } from './process.js'
import { processCpuNs } from './cputime.js'
import type { Target } from './targets.js'

export type Side = 'base' | 'head'

export interface SideBuild {
  side: Side
  binary: string
  dir: string
}

export interface TrialPlan {
  builds: Record<Side, SideBuild>
  trials: number
  outDir: string
  args: string[]
  env: Record<string, string>
  readyPath: string
  readyTimeoutMs: number
  /** pprof base URL template (`{port}` replaced); default http://127.0.0.1:{port}/debug/pprof */
  pprofUrl: string | null
  targets: Target[]
  requests: number
  durationMs: number | null
  concurrency: number
  rate: number | null
  warmupRequests: number
  loadCommand: string | null
  loadCommandRequests: number | null
  quiesceTimeoutMs: number
  goroutineLeakProfile: boolean
  signal?: AbortSignal
  progress: (event: ProgressEvent) => void
}

export type ProgressEvent =
  | { kind: 'phase'; side: Side; trial: number; phase: string }
  | { kind: 'load'; side: Side; trial: number; done: number; total: number | null; errors: number }

export interface TrialRecord {
  side: Side
  trial: number
  dir: string
  port: number
  profiles: Record<string, string>
  load: { requests: number | null; errors: number; status: Record<string, number>; durationMs: number; latencyMs?: LoadResult['latencyMs'] }
  warmup: { requests: number; durationMs: number }
  cpuSeconds: number
  cpuCoversLoad: boolean
  /** CPU time the service used during the measured load, from the kernel; null where unknown. */
  processCpuNs: number | null
  quiesce: { settled: boolean; waitedMs: number; samples: number[] }
  log: string
}

const FETCH_TIMEOUT_MS = 30_000

export async function runTrials(plan: TrialPlan): Promise<TrialRecord[]> {
  const records: TrialRecord[] = []
  for (let trial = 1; trial <= plan.trials; trial++) {
    // ABBA order (base, head, head, base, ...): the first trial of a run is
    // measurably dearer (cold caches, the load driver's own warm-up), and a
    // fixed order would always charge it to base.
    const order = trial % 2 === 1 ? (['base', 'head'] as const) : (['head', 'base'] as const)
    for (const side of order) {
      if (plan.signal?.aborted) throw new HarnessError('run cancelled')
      records.push(await runTrial(plan, side, trial))
    }
  }
  return records
}

async function runTrial(plan: TrialPlan, side: Side, trial: number): Promise<TrialRecord> {
  const build = plan.builds[side]
  const dir = join(plan.outDir, `${side}-${trial}`)
  await mkdir(dir, { recursive: true })
  const phase = (name: string) => plan.progress({ kind: 'phase', side, trial, phase: name })
  const what = `${side} trial ${trial}`
  phase('start')
  const service = await startService({
    name: what,
    binary: build.binary,
    args: plan.args,
    env: plan.env,
    cwd: build.dir,
    logFile: join(dir, 'service.log'),
    readyPath: plan.readyPath,
    readyTimeoutMs: plan.readyTimeoutMs
  })
  try {
    const pprof = (plan.pprofUrl ?? 'http://127.0.0.1:{port}/debug/pprof').replace(/\{port\}/g, String(service.port)).replace(/\/$/, '')
    const profiles: Record<string, string> = {}
    const snapshot = async (kind: 'goroutine' | 'heap' | 'allocs' | 'goroutineleak', when: string, params: Record<string, string | number> = {}) => {
      const file = join(dir, `${kind}-${when}.pb.gz`)
      await fetchProfile({ url: profileUrl(pprof, kind, params), what: `${what} ${kind} (${when} load)`, timeoutMs: FETCH_TIMEOUT_MS, outFile: file, signal: plan.signal })
      profiles[`${kind}-${when}`] = file
    }

    phase('warm-up')
    const warmStart = Date.now()
    const warm = await load(plan, service.baseUrl, plan.warmupRequests, null, () => {})
    const warmMs = Date.now() - warmStart
    // Let what the warm-up started (lazy pools, per-request tails) settle, so it counts as "before".
    await waitForQuiesce({ baseUrl: pprof, timeoutMs: plan.quiesceTimeoutMs, intervalMs: 100, stableFor: 3, signal: plan.signal })

    phase('snapshot before')
    await snapshot('goroutine', 'before')
    await snapshot('heap', 'before', { gc: 1 })

    // The CPU profile must cover the whole measured load: size its window
    // from the warm-up's throughput, with room to spare (idle time adds nothing).
    const cpuSeconds = cpuWindow(plan, warm.requests ?? plan.warmupRequests, warmMs)
    phase(`load + CPU profile (${cpuSeconds} s)`)
    const cpu = startCpuProfile({ baseUrl: pprof, seconds: cpuSeconds, what: `${what} CPU profile`, timeoutMs: FETCH_TIMEOUT_MS, outFile: join(dir, 'cpu.pb.gz'), signal: plan.signal })
    await cpu.started
    const cpuStart = Date.now()
    const cpuBefore = await processCpuNs(service.pid)
    const measured = await load(plan, service.baseUrl, plan.requests, plan.durationMs, (done, errors) =>
      plan.progress({ kind: 'load', side, trial, done, total: plan.durationMs ? null : plan.requests, errors })
    )
    const loadEnd = Date.now()
    const cpuAfter = await processCpuNs(service.pid)
    await cpu.done
    profiles.cpu = join(dir, 'cpu.pb.gz')
    const cpuCoversLoad = loadEnd - cpuStart <= cpuSeconds * 1000

    phase('quiesce')
    const q = await waitForQuiesce({ baseUrl: pprof, timeoutMs: plan.quiesceTimeoutMs, intervalMs: 100, stableFor: 5, signal: plan.signal })

    phase('snapshot after')
    await snapshot('goroutine', 'after')
    await snapshot('heap', 'after', { gc: 1 })
    await snapshot('allocs', 'after')
    if (plan.goroutineLeakProfile) await snapshot('goroutineleak', 'after')

    const record: TrialRecord = {
      side,
      trial,
      dir,
      port: service.port,
      profiles,
      load: {
        requests: measured.requests,
        errors: measured.errors,
        status: measured.status,
        durationMs: measured.durationMs,
        latencyMs: measured.latencyMs
      },
      warmup: { requests: warm.requests ?? plan.warmupRequests, durationMs: warmMs },
      cpuSeconds,
      cpuCoversLoad,
      processCpuNs: cpuBefore !== null && cpuAfter !== null && cpuAfter > cpuBefore ? cpuAfter - cpuBefore : null,
      quiesce: { settled: q.settled, waitedMs: q.waitedMs, samples: q.samples },
      log: join(dir, 'service.log')
    }
    await writeFile(join(dir, 'trial.json'), JSON.stringify(record, null, 2))
    return record
  } finally {
    phase('stop')
    await service.stop()
  }
}

interface LoadOutcome {
  requests: number | null
  errors: number
  status: Record<string, number>
  durationMs: number
  latencyMs?: LoadResult['latencyMs']
}

async function load(
  plan: TrialPlan,
  baseUrl: string,
  requests: number,
  durationMs: number | null,
  onProgress: (done: number, errors: number) => void
): Promise<LoadOutcome> {
  if (plan.loadCommand) {
    const r = await runLoadCommand({
      command: plan.loadCommand,
      env: { PPROF_GATE_URL: baseUrl },
      cwd: plan.builds.head.dir,
      timeoutMs: 10 * 60_000,
      requests: plan.loadCommandRequests ?? undefined,
      logFile: join(plan.outDir, 'load-command.log'),
      // Cancelling the run (SIGINT/SIGTERM) must stop the load tool's process group too.
      signal: plan.signal
    })
    if (r.requests === null) return { requests: null, errors: 0, status: {}, durationMs: r.durationMs }
    return r
  }
  const r = await runLoad({
    baseUrl,
    targets: plan.targets,
    requests: durationMs ? undefined : requests,
    durationMs: durationMs ?? undefined,
    concurrency: plan.concurrency,
    rate: plan.rate ?? undefined,
    signal: plan.signal,
    onProgress
  })
  return r
}

/** Seconds of CPU profile for the measured load: 1.5x the expected time plus one, within [2, 120]. */
export function cpuWindow(plan: Pick<TrialPlan, 'requests' | 'durationMs' | 'rate'>, warmRequests: number, warmMs: number): number {
  let expectedMs: number
  if (plan.durationMs) expectedMs = plan.durationMs
  else {
    const perMs = warmRequests / Math.max(1, warmMs)
    expectedMs = plan.requests / Math.max(perMs, 1e-3)
    if (plan.rate) expectedMs = Math.max(expectedMs, (plan.requests / plan.rate) * 1000)
  }
  return Math.min(120, Math.max(2, Math.ceil((expectedMs * 1.5) / 1000) + 1))
}
