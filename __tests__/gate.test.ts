/**
 * The gate on synthetic figures, so each rule can be checked at its edges:
 * leaks as slopes (what keeps growing round after round), a base that
 * shrinks, the allowlist, the CPU check's pairs and hot spots, and what is
 * named as the culprit.
 */
import { DEFAULT_THRESHOLDS, judge } from '../src/gate/index.js'
import type { Allowlist, CpuTrial, LeakTrial, StackTable, Thresholds, TrialCpu } from '../src/gate/index.js'
import { reduceStacks } from '../src/gate/cpu-profile.js'
import { stackKey } from '../src/pprof/index.js'

const IDLE = ['runtime.gopark', 'net/http.(*conn).serve', 'runtime.goexit']
const LEAK = ['runtime.gopark', 'runtime.chanrecv1', 'main.watch', 'runtime.goexit']
const POOL = ['runtime.gopark', 'main.worker', 'runtime.goexit']
const RETAIN = ['runtime.mallocgc', 'main.remember', 'main.order', 'net/http.(*conn).serve']
const FREED = ['runtime.mallocgc', 'main.preload', 'runtime.main']

function table(entries: [string[], number][]): StackTable {
  const t: StackTable = new Map()
  for (const [frames, value] of entries) {
    if (value !== 0) t.set(stackKey(frames), { frames, lines: frames.map((f) => (f.startsWith('main.') ? `/src/main.go:${f.length}` : '')), value })
  }
  return t
}

/** Cumulative values per snapshot (start, after round 1, ...) for each stack. */
interface Series {
  leak?: number[]
  pool?: number[]
  retained?: number[]
  freed?: number[]
}

function leakTrial(side: 'base' | 'head', trial: number, s: Series, rounds = 2, requests = 2000): LeakTrial {
  const at = (xs: number[] | undefined, k: number) => xs?.[k] ?? 0
  const snaps = Array.from({ length: rounds + 1 }, (_, k) => k)
  return {
    side,
    trial,
    roundRequests: Array.from({ length: rounds }, () => requests),
    errors: 0,
    goroutines: snaps.map((k) => table([[IDLE, 4], [LEAK, at(s.leak, k)], [POOL, at(s.pool, k)]])),
    heap: snaps.map((k) => table([[RETAIN, at(s.retained, k)], [FREED, 8e6 + at(s.freed, k)]])),
    settled: snaps.map(() => true),
    memProfileRate: 4096
  }
}

const NONE: Allowlist = { ignoreTop: [], ignoreAny: [] }
const PLAN = { minPairs: 4, maxPairs: 8 }

function leakVerdict(base: Series, head: Series, allow = NONE, t: Thresholds = DEFAULT_THRESHOLDS, trials = 2) {
  const leak: LeakTrial[] = []
  for (let i = 1; i <= trials; i++) leak.push(leakTrial('base', i, base), leakTrial('head', i, head))
  return judge({ leak, cpu: [] }, t, allow, PLAN)
}

const check = (v: ReturnType<typeof judge>, id: string) => v.checks.find((c) => c.id === id)!

describe('leaks are slopes', () => {
  test('goroutines added in every round fail, naming the goroutine and its file:line', () => {
    const c = check(leakVerdict({}, { leak: [0, 20, 40] }), 'goroutines')
    expect(c.status).toBe('fail')
    expect(c.reason).toBe('grows')
    expect([c.base, c.head, c.delta]).toEqual([0, 20, 20])
    expect(c.perRequest?.delta).toBeCloseTo(0.01)
    expect(c.top[0]).toMatchObject({ name: 'main.watch', site: 'main.watch', line: '/src/main.go:10', rounds: [20, 20] })
    expect(c.figures).toMatchObject({ kind: 'growth', headRounds: [20, 20], requestsPerRound: 2000 })
  })

  test('growth in the first round only is bounded, and passes (a lazy pool, a high-water mark)', () => {
    const c = check(leakVerdict({}, { pool: [0, 32, 32] }), 'goroutines')
    expect(c).toMatchObject({ status: 'pass', reason: 'bounded', head: 0 })
    const h = check(leakVerdict({}, { retained: [0, 1 << 20, 1 << 20] }), 'heap')
    expect(h).toMatchObject({ status: 'pass', reason: 'bounded' })
  })

  test('the threshold is per round, every round, beyond base: at it passes, past it fails', () => {
    expect(check(leakVerdict({}, { leak: [0, 5, 10] }), 'goroutines').status).toBe('pass')
    expect(check(leakVerdict({}, { leak: [0, 6, 12] }), 'goroutines').status).toBe('fail')
    // Growing in round 2 only is not "every round".
    expect(check(leakVerdict({}, { leak: [0, 0, 40] }), 'goroutines').status).toBe('pass')
  })

  test('a leak already in base is not the change\'s', () => {
    const c = check(leakVerdict({ leak: [0, 20, 40] }, { leak: [0, 20, 40] }), 'goroutines')
    expect(c).toMatchObject({ status: 'pass', reason: 'base-too', delta: 0 })
  })

  test('a base that shrank never makes head look worse than head\'s own growth', () => {
    // Base frees 8 MB of tables during round 1; head keeps them and retains nothing new.
    const c = check(leakVerdict({ freed: [0, -8e6, -8e6] }, {}), 'heap')
    expect(c.status).toBe('pass')
    expect(c.delta).toBe(0)
    // A small real leak stays visible next to a base that shrank.
    const leak = check(leakVerdict({ freed: [0, -8e6, -8e6] }, { retained: [0, 600e3, 1200e3] }), 'heap')
    expect(leak).toMatchObject({ status: 'fail', delta: 600e3 })
    expect(leak.top[0]).toMatchObject({ name: 'main.remember', line: '/src/main.go:13' })
  })

  test('the allowlist removes matching stacks (innermost frame or any frame, * wildcard)', () => {
    const head = { leak: [0, 50, 100] }
    expect(check(leakVerdict({}, head, { ignoreTop: [], ignoreAny: ['main.wat*'] }), 'goroutines').status).toBe('pass')
    expect(check(leakVerdict({}, head, { ignoreTop: ['runtime.gopark'], ignoreAny: [] }), 'goroutines').status).toBe('pass')
    expect(check(leakVerdict({}, head, { ignoreTop: ['main.watch'], ignoreAny: [] }), 'goroutines').status).toBe('fail')
  })

  test('rounds of different lengths are compared per request', () => {
    const leak: LeakTrial[] = []
    for (let i = 1; i <= 2; i++) {
      leak.push(leakTrial('base', i, {}))
      const h = leakTrial('head', i, { leak: [0, 10, 30] })
      h.roundRequests = [1000, 2000]
      leak.push(h)
    }
    const c = check(judge({ leak, cpu: [] }, DEFAULT_THRESHOLDS, NONE, PLAN), 'goroutines')
    // 10 in 1,000 requests and 20 in 2,000: the same rate, 20 per round of the median 2,000.
    expect(c.figures).toMatchObject({ headRounds: [20, 20], requestsPerRound: 2000 })
  })

  test('no leak trials: both leak checks are skipped', () => {
    const v = judge({ leak: [], cpu: [] }, DEFAULT_THRESHOLDS, NONE, PLAN)
    expect(v.checks.map((c) => [c.id, c.status])).toEqual([
      ['goroutines', 'skipped'],
      ['heap', 'skipped'],
      ['cpu', 'skipped']
    ])
    expect(v.verdict).toBe('pass')
  })
})

/** A reduced CPU profile: each function a handler under the server loop, `idle` ns in the scheduler's idle path. */
function cpuProfile(fns: Record<string, number>, idle = 0): TrialCpu {
  const stacks = Object.entries(fns).map(([name, ns]) => ({ frames: [name, 'net/http.(*conn).serve', 'runtime.goexit'], ns, samples: ns / 1e7 }))
  if (idle) stacks.push({ frames: ['runtime.futex', 'runtime.stopm', 'runtime.findRunnable', 'runtime.schedule', 'runtime.mcall'], ns: idle, samples: idle / 1e7 })
  return reduceStacks(stacks, 1e7, new Map(Object.keys(fns).map((n) => [n, { file: '/src/main.go', line: 10 }])))
}

function cpuTrials(pairs: { base: Record<string, number>; head: Record<string, number> }[], requests = 10_000): CpuTrial[] {
  const out: CpuTrial[] = []
  pairs.forEach((p, i) => {
    for (const side of ['base', 'head'] as const) {
      const prof = cpuProfile(p[side])
      out.push({ side, pair: i + 1, requests, errors: 0, processCpuNs: prof.totalNs, runQueueNs: 0, coversLoad: true, profile: prof })
    }
  })
  return out
}

const cpuCheck = (trials: CpuTrial[]) => check(judge({ leak: [], cpu: trials }, DEFAULT_THRESHOLDS, NONE, PLAN), 'cpu')

/** Deterministic noise: a pair's conditions scale both sides alike; each trial adds its own few percent. */
function noisy(n: number, ratio: number, seed: number, fns: (scale: number) => Record<string, number>) {
  let s = seed
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1
  return Array.from({ length: n }, () => {
    const machine = 1 + 0.3 * rnd()
    return { base: fns(machine * (1 + 0.02 * rnd())), head: fns(machine * ratio * (1 + 0.02 * rnd())) }
  })
}

describe('CPU per request over pairs', () => {
  test('+40% in every pair fails with an interval above 1', () => {
    const c = cpuCheck(cpuTrials(noisy(5, 1.4, 7, (k) => ({ 'main.order': 5e8 * k }))))
    expect(c.status).toBe('fail')
    expect(c.reason).toBe('slower')
    expect(c.figures).toMatchObject({ kind: 'cpu', pairs: 5 })
    const f = c.figures as { ratio: number; low: number }
    expect(f.ratio).toBeGreaterThan(1.3)
    expect(f.low).toBeGreaterThan(1)
    // The stack that grew leads, with its callers: where a reader sees who asks for the work.
    expect(c.top[0]).toMatchObject({ name: 'main.order', frames: ['main.order', 'net/http.(*conn).serve', 'runtime.goexit'] })
  })

  test('no change passes when the interval rules out the threshold', () => {
    const c = cpuCheck(cpuTrials(noisy(5, 1.0, 3, (k) => ({ 'main.order': 5e8 * k }))))
    expect(c.status).toBe('pass')
  })

  test('pairs that disagree wildly are inconclusive, and say what the run could see', () => {
    const c = cpuCheck(
      cpuTrials([
        { base: { 'main.order': 5e8 }, head: { 'main.order': 8e8 } },
        { base: { 'main.order': 5e8 }, head: { 'main.order': 4e8 } },
        { base: { 'main.order': 5e8 }, head: { 'main.order': 6e8 } },
        { base: { 'main.order': 5e8 }, head: { 'main.order': 4.5e8 } }
      ])
    )
    expect(c.status).toBe('inconclusive')
    expect((c.figures as { detectable: number }).detectable).toBeGreaterThan(0.15)
    expect(judge({ leak: [], cpu: [] }, DEFAULT_THRESHOLDS, NONE, PLAN).verdict).toBe('pass')
  })

  test('one route 50% slower fails as a hot spot while the total grows less, naming the route', () => {
    const routes = (slow: number) => (k: number) => ({ 'main.a': 3e9 * k, 'main.b': 3e9 * k, 'main.c': 3e9 * k, 'main.d': 3e9 * k, 'main.e': 3e9 * k * slow })
    const trials: CpuTrial[] = []
    noisy(6, 1, 11, routes(1)).forEach((p, i) => {
      for (const side of ['base', 'head'] as const) {
        const prof = cpuProfile(side === 'head' ? routes(1.5)(p.head['main.a'] / 3e9) : p.base)
        trials.push({ side, pair: i + 1, requests: 10_000, errors: 0, processCpuNs: prof.totalNs, runQueueNs: 0, coversLoad: true, profile: prof })
      }
    })
    const c = cpuCheck(trials)
    expect((c.figures as { ratio: number }).ratio).toBeLessThan(1.15)
    expect(c.status).toBe('fail')
    expect(c.reason).toBe('hot-spot')
    expect(c.top[0]).toMatchObject({ name: 'main.e', line: '/src/main.go:10', status: 'fail' })
    // The server loop above it grew as much as the total, and is not named.
    expect(c.top.map((g) => g.name)).not.toContain('net/http.(*conn).serve')
    expect(c.top[0].share).toBeCloseTo(0.2, 1)
  })

  test('the scheduler\'s idle work is left out of CPU per request', () => {
    const trials: CpuTrial[] = []
    for (let i = 1; i <= 4; i++) {
      for (const side of ['base', 'head'] as const) {
        // Head spins more while idle (2x the idle time) but does the same work.
        const prof = cpuProfile({ 'main.order': 5e8 * (1 + i * 0.01) }, side === 'head' ? 4e8 : 2e8)
        trials.push({ side, pair: i, requests: 10_000, errors: 0, processCpuNs: prof.totalNs, runQueueNs: 0, coversLoad: true, profile: prof })
      }
    }
    const c = cpuCheck(trials)
    expect((c.figures as { ratio: number }).ratio).toBeCloseTo(1, 5)
    expect(c.status).toBe('pass')
  })

  test('an unknown request count skips the check', () => {
    const trials = cpuTrials(noisy(3, 1, 1, (k) => ({ 'main.order': 5e8 * k })))
    trials[0].requests = null
    expect(cpuCheck(trials)).toMatchObject({ status: 'skipped', reason: 'no-requests' })
  })
})

describe('goroutine descriptors', () => {
  test('runtime.malg in the heap is left to the goroutine check (a high-water mark that may creep)', () => {
    const MALG = ['runtime.mallocgc', 'runtime.malg', 'runtime.newproc1', 'runtime.newproc', 'main.order']
    const leak: LeakTrial[] = []
    for (let i = 1; i <= 2; i++) {
      leak.push(leakTrial('base', i, {}))
      const h = leakTrial('head', i, {})
      h.heap = [0, 600e3, 900e3].map((v) => table([[MALG, v]]))
      leak.push(h)
    }
    const c = check(judge({ leak, cpu: [] }, DEFAULT_THRESHOLDS, NONE, PLAN), 'heap')
    expect(c).toMatchObject({ status: 'pass', head: 0 })
  })
})
