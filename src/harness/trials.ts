/**
 * The measurement plan. Two kinds of trial, each a fresh process:
 *
 * Leak trials (per side, ABBA order) measure what grows with load. The
 * service runs with a fine heap sampling rate (GODEBUG=memprofilerate), then
 *   start -> ready -> warm-up -> settle -> snapshot "start"
 *   -> round 1 -> settle -> snapshot "round1" -> round 2 -> ... (goroutine, heap?gc=1 each)
 *   -> allocs (and goroutineleak) -> stop.
 * A leak grows in every round; a pool, a cache or a goroutine high-water
 * mark grows in the first round and then stops.
 *
 * CPU trials run in pairs (base and head next to each other, alternating
 * which goes first), with Go's default sampling, GOMAXPROCS fixed and, where
 * the machine allows, the service and the load driver on different CPUs:
 *   start -> ready -> warm-up -> settle -> CPU profile over a fixed-length
 *   load window, the kernel's CPU and run-queue time around it -> stop.
 * Pairs are added while the caller (the gate) says the answer is still open.
 *
 * Every profile is written into the run directory under a name that says
 * side, trial and kind, so a person can open any of them in go tool pprof.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { cpuPlan, pinProcess, type CpuPlacement } from './affinity.js'
import { HarnessError } from './errors.js'
import { fetchProfile, profileUrl, startCpuProfile, waitForQuiesce } from './fetch.js'
import { runLoad, runLoadCommand } from './load.js'
import type { LoadResult } from './load.js'
import { startService } from './process.js'
import type { RunningService } from './process.js'
import { processCpuTimes } from './cputime.js'
import type { Target } from './targets.js'

export type Side = 'base' | 'head'

export interface SideBuild {
  side: Side
  binary: string
  dir: string
}

export interface TrialPlan {
  builds: Record<Side, SideBuild>
  outDir: string
  args: string[]
  env: Record<string, string>
  readyPath: string
  readyTimeoutMs: number
  /** pprof base URL template (`{port}` replaced); default http://127.0.0.1:{port}/debug/pprof */
  pprofUrl: string | null
  targets: Target[]
  /** Requests of each leak round. */
  requests: number
  /** A leak round lasts this long instead of a request count. */
  durationMs: number | null
  concurrency: number
  rate: number | null
  warmupRequests: number
  loadCommand: string | null
  loadCommandRequests: number | null
  quiesceTimeoutMs: number
  goroutineLeakProfile: boolean
  /** Leak trials per side (0: none). */
  leakTrials: number
  /** Load rounds of a leak trial, at least 2. */
  leakRounds: number
  /** GODEBUG memprofilerate for leak trials; 0 keeps Go's default (512 KiB). */
  memProfileRate: number
  cpu: {
    /** Pairs always run (0: no CPU trials). */
    pairs: number
    /** Pairs at most. */
    maxPairs: number
    /** The CPU profile's window of a CPU trial, in whole seconds; the load fills it but for 300 ms. */
    seconds: number
    /** Asked after each pair from `pairs` on: whether another pair would help. */
    morePairs: (records: CpuTrialRecord[]) => Promise<boolean>
  }
  signal?: AbortSignal
  progress: (event: ProgressEvent) => void
}

export type ProgressEvent =
  | { kind: 'phase'; side: Side; trial: string; phase: string }
  | { kind: 'load'; side: Side; trial: string; done: number; total: number | null; errors: number }

export interface LoadFigures {
  requests: number | null
  errors: number
  status: Record<string, number>
  durationMs: number
  latencyMs?: LoadResult['latencyMs']
}

export interface QuiesceFigures {
  settled: boolean
  waitedMs: number
  samples: number[]
}

export interface LeakTrialRecord {
  kind: 'leak'
  side: Side
  trial: number
  dir: string
  port: number
  /** The heap profile's sampling rate in bytes (Go's default when not set). */
  memProfileRate: number
  warmup: { requests: number; durationMs: number }
  /** Settling before the "start" snapshot, then after each round. */
  settle: QuiesceFigures[]
  rounds: LoadFigures[]
  /** goroutine-start, heap-start, goroutine-round1, heap-round1, ..., allocs, goroutineleak */
  profiles: Record<string, string>
  log: string
}

export interface CpuTrialRecord {
  kind: 'cpu'
  side: Side
  /** The pair this trial belongs to (1-based). */
  pair: number
  dir: string
  port: number
  /** Left out of the figures, and why (a warm-up trial, a pair that met uneven competition for the CPU). */
  discarded: string | null
  load: LoadFigures
  warmup: { requests: number; durationMs: number }
  cpuSeconds: number
  cpuCoversLoad: boolean
  /** CPU time the service used during the measured load, from the kernel; null where unknown. */
  processCpuNs: number | null
  /** Time its threads waited for a CPU while runnable during the load; null where unknown. */
  runQueueNs: number | null
  placement: CpuPlacement
  profiles: Record<string, string>
  log: string
}

export type TrialRecord = LeakTrialRecord | CpuTrialRecord

const FETCH_TIMEOUT_MS = 30_000
/** Go's default runtime.MemProfileRate. */
export const GO_DEFAULT_MEM_PROFILE_RATE = 512 * 1024
/** Pairs whose trials met very different competition for the CPU are repeated, at most this often a run. */
const MAX_UNEVEN_REPEATS = 3
/** ...when the share of time spent waiting for a CPU differs by more than this between the two trials. */
const UNEVEN_WAIT_SHARE = 0.25
/**
 * CPU time a trial should give the service, so its profile holds enough
 * samples (100 a second) to judge hot spots: with the other core busy or
 * the service waiting on the load, 3 s of wall time can be 50 samples.
 * Pairs after one that fell short get a longer window, up to twice the
 * asked one (a run's length stays within what its settings promise).
 */
const TARGET_SERVICE_CPU_NS = 1.5e9

export async function runTrials(plan: TrialPlan): Promise<TrialRecord[]> {
  const records: TrialRecord[] = []
  const cancelled = () => {
    if (plan.signal?.aborted) throw new HarnessError('run cancelled')
  }
  for (let trial = 1; trial <= plan.leakTrials; trial++) {
    // ABBA order (base, head, head, base, ...): a machine that gets slower
    // over time, and the dearer first trial, hurt both sides alike.
    for (const side of trial % 2 === 1 ? (['base', 'head'] as const) : (['head', 'base'] as const)) {
      cancelled()
      records.push(await leakTrial(plan, side, trial))
    }
  }
  if (plan.cpu.pairs === 0) return records

  const placement = await cpuPlan(plan.env)
  const restore = await pinProcess(process.pid, placement.driverCpus)
  try {
    const cpu: CpuTrialRecord[] = []
    // The first process of a run is measurably dearer (cold caches, the load
    // driver's own JIT): without leak trials before, one base trial is thrown away.
    let seconds = Math.max(1, Math.ceil(plan.cpu.seconds))
    if (plan.leakTrials === 0) {
      cancelled()
      const r = await cpuTrial(plan, 'base', 0, placement, seconds)
      r.discarded = 'warm-up trial'
      records.push(r)
      seconds = cpuWindowFor([r], seconds, plan.cpu.seconds)
    }
    let repeats = 0
    for (let pair = 1, attempt = 0; pair <= plan.cpu.maxPairs; ) {
      const order = pair % 2 === 1 ? (['base', 'head'] as const) : (['head', 'base'] as const)
      const got: CpuTrialRecord[] = []
      for (const side of order) {
        cancelled()
        got.push(await cpuTrial(plan, side, pair, placement, seconds, attempt))
      }
      records.push(...got)
      seconds = cpuWindowFor(got, seconds, plan.cpu.seconds)
      const uneven = unevenPair(got)
      if (uneven && repeats < MAX_UNEVEN_REPEATS) {
        repeats++
        attempt++
        for (const r of got) r.discarded = `${uneven}; pair repeated`
        await Promise.all(got.map((r) => writeFile(join(r.dir, 'trial.json'), JSON.stringify(r, null, 2))))
        continue
      }
      cpu.push(...got)
      if (pair >= plan.cpu.pairs && !(await plan.cpu.morePairs(cpu))) break
      pair++
      attempt = 0
    }
  } finally {
    await restore()
  }
  return records
}

function ms(ns: number): number {
  return Math.round(ns / 1e6)
}

/**
 * A pair is only a fair comparison when both trials met the same
 * competition for the CPU: a service that waits for a CPU most of the time
 * handles requests in smaller batches and spends more per request. The
 * kernel's run-queue wait says how much each trial waited; a pair whose
 * two shares of waiting differ by more than UNEVEN_WAIT_SHARE is said
 * (why) and repeated.
 */
function unevenPair(pair: CpuTrialRecord[]): string | null {
  const share = (r: CpuTrialRecord) => (r.runQueueNs !== null && r.processCpuNs ? r.runQueueNs / (r.runQueueNs + r.processCpuNs) : null)
  const [a, b] = pair.map(share)
  if (a === null || b === null || Math.abs(a - b) <= UNEVEN_WAIT_SHARE) return null
  const say = (r: CpuTrialRecord, s: number) => `${r.side} waited for a CPU ${Math.round(s * 100)}% of the time (${ms(r.runQueueNs!)} ms, ran ${ms(r.processCpuNs!)} ms)`
  return `uneven competition for the CPU: ${say(pair[0], a)}, ${say(pair[1], b)}`
}

/**
 * The window for the next pair: long enough for TARGET_SERVICE_CPU_NS at
 * the pace this pair's less-served trial got, never shorter than asked nor
 * than the current one, at most twice the asked one. Both trials of a pair
 * always share one window.
 */
export function cpuWindowFor(pair: Pick<CpuTrialRecord, 'processCpuNs' | 'cpuSeconds'>[], current: number, asked: number): number {
  const floor = Math.max(1, Math.ceil(asked))
  const paces = pair.map((r) => (r.processCpuNs ? r.processCpuNs / r.cpuSeconds : null))
  if (paces.some((p) => p === null)) return current
  const pace = Math.min(...(paces as number[]))
  const needed = Math.ceil(TARGET_SERVICE_CPU_NS / Math.max(pace, 1))
  return Math.max(floor, Math.min(2 * floor, Math.max(current, needed)))
}

/** The pprof base URL of a running service. */
function pprofBase(plan: TrialPlan, service: RunningService): string {
  return (plan.pprofUrl ?? 'http://127.0.0.1:{port}/debug/pprof').replace(/\{port\}/g, String(service.port)).replace(/\/$/, '')
}

async function started(plan: TrialPlan, side: Side, name: string, dir: string, env: Record<string, string>): Promise<RunningService> {
  await mkdir(dir, { recursive: true })
  return startService({
    name: `${side} ${name}`,
    binary: plan.builds[side].binary,
    args: plan.args,
    env,
    cwd: plan.builds[side].dir,
    logFile: join(dir, 'service.log'),
    readyPath: plan.readyPath,
    readyTimeoutMs: plan.readyTimeoutMs
  })
}

/** GODEBUG with memprofilerate set, keeping the user's other settings (and theirs, if they set it). */
export function withMemProfileRate(env: Record<string, string>, rate: number): Record<string, string> {
  if (rate <= 0) return env
  const have = (env.GODEBUG ?? process.env.GODEBUG ?? '').split(',').filter((s) => s !== '')
  if (have.some((s) => s.startsWith('memprofilerate='))) return env
  return { ...env, GODEBUG: [...have, `memprofilerate=${rate}`].join(',') }
}

function effectiveMemProfileRate(env: Record<string, string>): number {
  const m = /(?:^|,)memprofilerate=(\d+)/.exec(env.GODEBUG ?? process.env.GODEBUG ?? '')
  return m ? Number(m[1]) : GO_DEFAULT_MEM_PROFILE_RATE
}

async function leakTrial(plan: TrialPlan, side: Side, trial: number): Promise<LeakTrialRecord> {
  const name = `leak trial ${trial}`
  const dir = join(plan.outDir, `${side}-${trial}`)
  const phase = (p: string) => plan.progress({ kind: 'phase', side, trial: name, phase: p })
  const env = withMemProfileRate(plan.env, plan.memProfileRate)
  phase('start')
  const service = await started(plan, side, name, dir, env)
  try {
    const pprof = pprofBase(plan, service)
    const profiles: Record<string, string> = {}
    const snapshot = async (kind: 'goroutine' | 'heap' | 'allocs' | 'goroutineleak', when: string, params: Record<string, string | number> = {}) => {
      const file = join(dir, `${kind}${when ? `-${when}` : ''}.pb.gz`)
      await fetchProfile({ url: profileUrl(pprof, kind, params), what: `${side} ${name} ${kind}${when ? ` (${when})` : ''}`, timeoutMs: FETCH_TIMEOUT_MS, outFile: file, signal: plan.signal })
      profiles[`${kind}${when ? `-${when}` : ''}`] = file
    }
    const settle = () => waitForQuiesce({ baseUrl: pprof, timeoutMs: plan.quiesceTimeoutMs, intervalMs: 100, stableFor: 5, signal: plan.signal })

    phase('warm-up')
    const warmStart = Date.now()
    const warm = await load(plan, service.baseUrl, plan.warmupRequests, null, () => {})
    const warmMs = Date.now() - warmStart
    // What the warm-up started (lazy pools, per-request tails) counts as "start".
    const settled: QuiesceFigures[] = [await settle()]
    phase('snapshot start')
    await snapshot('goroutine', 'start')
    await snapshot('heap', 'start', { gc: 1 })

    const rounds: LoadFigures[] = []
    for (let round = 1; round <= plan.leakRounds; round++) {
      phase(`round ${round} of ${plan.leakRounds}`)
      rounds.push(
        await load(plan, service.baseUrl, plan.requests, plan.durationMs, (done, errors) =>
          plan.progress({ kind: 'load', side, trial: name, done, total: plan.durationMs ? null : plan.requests, errors })
        )
      )
      phase('settle')
      settled.push(await settle())
      await snapshot('goroutine', `round${round}`)
      await snapshot('heap', `round${round}`, { gc: 1 })
    }
    await snapshot('allocs', '')
    if (plan.goroutineLeakProfile) await snapshot('goroutineleak', '')

    const record: LeakTrialRecord = {
      kind: 'leak',
      side,
      trial,
      dir,
      port: service.port,
      memProfileRate: effectiveMemProfileRate(env),
      warmup: { requests: warm.requests ?? plan.warmupRequests, durationMs: warmMs },
      settle: settled,
      rounds,
      profiles,
      log: join(dir, 'service.log')
    }
    await writeFile(join(dir, 'trial.json'), JSON.stringify(record, null, 2))
    return record
  } finally {
    phase('stop')
    await service.stop()
  }
}

async function cpuTrial(plan: TrialPlan, side: Side, pair: number, placement: CpuPlacement, seconds: number, attempt = 0): Promise<CpuTrialRecord> {
  const name = pair === 0 ? 'CPU warm-up trial' : `CPU pair ${pair}`
  const dir = join(plan.outDir, pair === 0 ? `${side}-cpu-warmup` : `${side}-cpu-${pair}${attempt ? `-again${attempt}` : ''}`)
  const phase = (p: string) => plan.progress({ kind: 'phase', side, trial: name, phase: p })
  phase('start')
  const service = await started(plan, side, name, dir, { ...placement.env, ...plan.env })
  try {
    await pinProcess(service.pid, placement.serviceCpus)
    const pprof = pprofBase(plan, service)
    phase('warm-up')
    const warmStart = Date.now()
    const warm = await load(plan, service.baseUrl, plan.warmupRequests, null, () => {})
    const warmMs = Date.now() - warmStart
    await waitForQuiesce({ baseUrl: pprof, timeoutMs: plan.quiesceTimeoutMs, intervalMs: 100, stableFor: 3, signal: plan.signal })

    // A built-in load runs for a fixed time inside the profile's window, so
    // every trial gets about the same number of samples; an external tool's
    // length is estimated from the warm-up's pace.
    const external = plan.loadCommand !== null
    // The profile's window is whole seconds (Go's `seconds`); the load fills it but for the
    // 300 ms it may take the profile to start and the last responses to come back.
    const cpuSeconds = external ? cpuWindow(plan, warm.requests ?? plan.warmupRequests, warmMs) : seconds
    const loadMs = external ? null : Math.max(500, cpuSeconds * 1000 - 300)
    phase(`load + CPU profile (${cpuSeconds} s)`)
    const cpuFile = join(dir, 'cpu.pb.gz')
    const cpu = startCpuProfile({ baseUrl: pprof, seconds: cpuSeconds, what: `${side} ${name} CPU profile`, timeoutMs: FETCH_TIMEOUT_MS, outFile: cpuFile, signal: plan.signal })
    await cpu.started
    const cpuStart = Date.now()
    const before = await processCpuTimes(service.pid)
    const measured = await load(plan, service.baseUrl, loadMs === null ? plan.requests : Number.MAX_SAFE_INTEGER, loadMs, (done, errors) =>
      plan.progress({ kind: 'load', side, trial: name, done, total: null, errors })
    )
    const loadEnd = Date.now()
    const after = await processCpuTimes(service.pid)
    await cpu.done
    const diff = (a: number | null | undefined, b: number | null | undefined) => (a != null && b != null && a >= b ? a - b : null)
    const record: CpuTrialRecord = {
      kind: 'cpu',
      side,
      pair,
      dir,
      port: service.port,
      discarded: null,
      load: { requests: measured.requests, errors: measured.errors, status: measured.status, durationMs: measured.durationMs, latencyMs: measured.latencyMs },
      warmup: { requests: warm.requests ?? plan.warmupRequests, durationMs: warmMs },
      cpuSeconds,
      cpuCoversLoad: loadEnd - cpuStart <= cpuSeconds * 1000,
      processCpuNs: diff(after?.cpuNs, before?.cpuNs) || null,
      runQueueNs: diff(after?.runQueueNs, before?.runQueueNs),
      placement,
      profiles: { cpu: cpuFile },
      log: join(dir, 'service.log')
    }
    await writeFile(join(dir, 'trial.json'), JSON.stringify(record, null, 2))
    return record
  } finally {
    phase('stop')
    await service.stop()
  }
}

async function load(
  plan: TrialPlan,
  baseUrl: string,
  requests: number,
  durationMs: number | null,
  onProgress: (done: number, errors: number) => void
): Promise<LoadFigures> {
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
  if (requests === 0) return { requests: 0, errors: 0, status: {}, durationMs: 0 }
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
  return { requests: r.requests, errors: r.errors, status: r.status, durationMs: r.durationMs, latencyMs: r.latencyMs }
}

/** Seconds of CPU profile for an external load: 1.5x the expected time plus one, within [2, 120]. */
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
