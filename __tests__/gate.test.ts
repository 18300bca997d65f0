/**
 * The gate on synthetic trials: profiles built from stacks of function names
 * (with testdata/gen's independent writer), so each rule can be checked at
 * its edges: thresholds, medians, the allowlist, the CPU significance test,
 * and what is reported as the culprit.
 */
import { decodeProfile } from '../src/pprof/index.js'
import type { Profile } from '../src/pprof/index.js'
import { DEFAULT_THRESHOLDS, judge, mannWhitneyGreaterP, median } from '../src/gate/index.js'
import type { Allowlist, TrialProfiles } from '../src/gate/index.js'
import { buildProfile } from '../testdata/gen/protowriter.js'

/** A profile of one sample type whose samples are [stack (leaf first), value] pairs. */
function profile(types: [string, string][], samples: [string[], number[]][]): Profile {
  const fnIds = new Map<string, number>()
  const locIds = new Map<string, number>()
  for (const [stack] of samples) for (const f of stack) if (!fnIds.has(f)) fnIds.set(f, fnIds.size + 1)
  for (const f of fnIds.keys()) locIds.set(f, fnIds.get(f)!)
  return decodeProfile(
    buildProfile({
      sampleTypes: types,
      functions: [...fnIds].map(([name, id]) => ({ id, name })),
      locations: [...locIds].map(([f, id]) => ({ id, lines: [{ functionId: fnIds.get(f)! }] })),
      samples: samples.map(([stack, values]) => ({ locationIds: stack.map((f) => locIds.get(f)!), values }))
    })
  )
}

const IDLE = ['runtime.gopark', 'net/http.(*conn).serve', 'runtime.goexit']
const LEAK = ['runtime.gopark', 'runtime.chansend1', 'main.notify', 'runtime.goexit']
const goroutines = (idle: number, leaked: number) =>
  profile([['goroutine', 'count']], leaked ? [[IDLE, [idle]], [LEAK, [leaked]]] : [[IDLE, [idle]]])
const HEAP: [string, string][] = [
  ['alloc_objects', 'count'],
  ['alloc_space', 'bytes'],
  ['inuse_objects', 'count'],
  ['inuse_space', 'bytes']
]
const heap = (base: number, retained: number) =>
  profile(HEAP, [
    [['main.init', 'runtime.main'], [1, base, 1, base]],
    [['main.remember', 'main.order', 'net/http.(*conn).serve'], [1, retained, 1, retained]]
  ])
const cpu = (ns: number) => profile([['samples', 'count'], ['cpu', 'nanoseconds']], [[['main.work', 'main.order'], [ns / 1e7, ns]]])

interface TrialSpec {
  leaked?: number
  retained?: number
  cpuNs?: number
  requests?: number | null
  processCpuNs?: number | null
}

function trial(side: 'base' | 'head', n: number, s: TrialSpec): TrialProfiles {
  return {
    side,
    trial: n,
    requests: s.requests === undefined ? 1000 : s.requests,
    errors: 0,
    goroutineBefore: goroutines(4, 0),
    goroutineAfter: goroutines(4, s.leaked ?? 0),
    heapBefore: heap(8 << 20, 0),
    heapAfter: heap(8 << 20, s.retained ?? 0),
    cpu: cpu(s.cpuNs ?? 50e6),
    cpuCoversLoad: true,
    processCpuNs: s.processCpuNs === undefined ? (s.cpuNs ?? 50e6) : s.processCpuNs,
    quiesced: true
  }
}

function trials(base: TrialSpec[], head: TrialSpec[]): TrialProfiles[] {
  const out: TrialProfiles[] = []
  for (let i = 0; i < Math.max(base.length, head.length); i++) {
    if (base[i]) out.push(trial('base', i + 1, base[i]))
    if (head[i]) out.push(trial('head', i + 1, head[i]))
  }
  return out
}

const NONE: Allowlist = { ignoreTop: [], ignoreAny: [] }
const check = (ts: TrialProfiles[], id: string, allow = NONE, t = DEFAULT_THRESHOLDS) =>
  judge(ts, t, allow).checks.find((c) => c.id === id)!

describe('goroutines', () => {
  test('leftover goroutines past the threshold fail, naming the goroutine function', () => {
    const c = check(trials([{}, {}, {}], [{ leaked: 11 }, { leaked: 11 }, { leaked: 11 }]), 'goroutines')
    expect(c.status).toBe('fail')
    expect([c.base, c.head, c.delta]).toEqual([0, 11, 11])
    expect(c.top[0]).toMatchObject({ name: 'main.notify', site: 'main.notify', delta: 11 })
    expect(c.perRequest?.delta).toBeCloseTo(0.011)
  })

  test('at the threshold passes; one odd trial does not move the median', () => {
    expect(check(trials([{}, {}, {}], [{ leaked: 10 }, { leaked: 10 }, { leaked: 10 }]), 'goroutines').status).toBe('pass')
    expect(check(trials([{}, {}, {}], [{ leaked: 500 }, {}, {}]), 'goroutines').status).toBe('pass')
  })

  test('the allowlist removes matching stacks (innermost frame or any frame, * wildcard)', () => {
    const ts = trials([{}, {}, {}], [{ leaked: 50 }, { leaked: 50 }, { leaked: 50 }])
    expect(check(ts, 'goroutines', { ignoreTop: [], ignoreAny: ['main.noti*'] }).status).toBe('pass')
    expect(check(ts, 'goroutines', { ignoreTop: ['runtime.gopark'], ignoreAny: [] }).status).toBe('pass')
    expect(check(ts, 'goroutines', { ignoreTop: ['main.notify'], ignoreAny: [] }).status).toBe('fail')
  })

  test('base noise is reported as the spread of base trials', () => {
    const c = check(trials([{ leaked: 1 }, { leaked: 3 }, {}], [{}, {}, {}]), 'goroutines')
    expect(c.baseSpread).toBe(3)
  })
})

describe('heap', () => {
  const MiB = 1 << 20
  const run = (retained: number, baseInuse = 8 * MiB) => {
    const ts = trials([{}, {}, {}], [{ retained }, { retained }, { retained }])
    for (const t of ts) {
      t.heapBefore = heap(baseInuse, 0)
      t.heapAfter = heap(baseInuse, t.side === 'head' ? retained : 0)
    }
    return check(ts, 'heap')
  }

  test('fails at 1 MiB and 10% of base in use, both', () => {
    expect(run(MiB - 1).status).toBe('pass')
    expect(run(MiB).status).toBe('fail')
    // 1.5 MiB is over 1 MiB but under 10% of a 20 MiB heap.
    expect(run(1.5 * MiB, 20 * MiB).status).toBe('pass')
    expect(run(2.5 * MiB, 20 * MiB).status).toBe('fail')
  })

  test('names the allocating function of the stack that grew', () => {
    const c = run(4 * MiB)
    expect(c.top[0]).toMatchObject({ name: 'main.remember', delta: 4 * MiB })
    expect(c.top[0].frames).toEqual(['main.remember', 'main.order', 'net/http.(*conn).serve'])
    expect(c.perRequest?.delta).toBeCloseTo((4 * MiB) / 1000)
  })
})

describe('cpu', () => {
  const at = (ns: number[]) => ns.map((cpuNs) => ({ cpuNs }))

  test('a large, consistent increase over 5 trials fails and names the function', () => {
    const c = check(trials(at([50e6, 51e6, 49e6, 50e6, 52e6]), at([70e6, 71e6, 69e6, 72e6, 70e6])), 'cpu')
    expect(c.status).toBe('fail')
    expect(c.p).toBeCloseTo(1 / 252)
    expect(c.base).toBe(50e3)
    expect(c.head).toBe(70e3)
    expect(c.top[0]).toMatchObject({ name: 'main.work', delta: 20e3 })
  })

  test('a small increase passes however consistent', () => {
    expect(check(trials(at([50e6, 50e6, 50e6, 50e6, 50e6]), at([55e6, 55e6, 55e6, 55e6, 55e6])), 'cpu').status).toBe('pass')
  })

  test('a large but inconsistent difference is noise: passes', () => {
    const c = check(trials(at([50e6, 90e6, 45e6, 80e6, 60e6]), at([85e6, 50e6, 95e6, 40e6, 88e6])), 'cpu')
    expect(c.status).toBe('pass')
    expect(c.summary).toMatch(/not significant|under/)
  })

  test('with 3 trials the test cannot reach p <= 0.01, so CPU never fails', () => {
    const c = check(trials(at([50e6, 50e6, 50e6]), at([100e6, 100e6, 100e6])), 'cpu')
    expect(c.p).toBeCloseTo(0.05)
    expect(c.status).toBe('pass')
  })

  test('uses the kernel CPU time when every trial has it, the profile otherwise', () => {
    const ts = trials(at([50e6, 50e6, 50e6, 50e6, 50e6]), at([50e6, 50e6, 50e6, 50e6, 50e6]))
    ts.filter((t) => t.side === 'head').forEach((t, i) => (t.processCpuNs = 80e6 + i))
    expect(check(ts, 'cpu').status).toBe('fail')
    ts[0].processCpuNs = null
    expect(check(ts, 'cpu').status).toBe('pass')
  })

  test('is skipped when the request count is unknown', () => {
    const ts = trials([{ requests: null }], [{ requests: null }])
    const c = check(ts, 'cpu')
    expect(c.status).toBe('skipped')
    expect(c.summary).toMatch(/request count is unknown/)
  })
})

describe('statistics', () => {
  test('exact one-sided Mann-Whitney p-values', () => {
    expect(mannWhitneyGreaterP([1, 2, 3], [4, 5, 6])).toBeCloseTo(1 / 20)
    expect(mannWhitneyGreaterP([1, 2, 3, 4, 5], [6, 7, 8, 9, 10])).toBeCloseTo(1 / 252)
    expect(mannWhitneyGreaterP([1, 2, 3, 4, 6], [5, 7, 8, 9, 10])).toBeCloseTo(2 / 252)
    expect(mannWhitneyGreaterP([4, 5, 6], [1, 2, 3])).toBe(1)
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
  })
})
