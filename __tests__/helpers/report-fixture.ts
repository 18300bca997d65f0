/** A fixed run report (no measurement), for tests of what the action does with one. */
import type { Check, Grower } from '../../src/gate/index.js'
import type { RunReport } from '../../src/report/run.js'

export function grower(name: string, delta = 500, frames = [name, 'runtime.gopark']): Grower {
  return { name, site: name, line: '/src/main.go:12', frames, base: 0, head: delta, delta, rounds: [delta, delta] }
}

export function fixedReport(opts: { goroutines?: Grower[]; fail?: boolean } = {}): RunReport {
  const fail = opts.fail ?? true
  const goroutines: Check = {
    id: 'goroutines',
    status: fail ? 'fail' : 'pass',
    reason: fail ? 'grows' : 'below',
    unit: 'goroutines',
    base: 0,
    head: fail ? 500 : 0,
    delta: fail ? 500 : 0,
    trials: { base: [0, 0], head: fail ? [500, 500] : [0, 0] },
    perRequest: { base: 0, head: fail ? 0.25 : 0, delta: fail ? 0.25 : 0, unit: 'goroutines/request' },
    figures: {
      kind: 'growth',
      rounds: { base: [[0, 0], [0, 0]], head: fail ? [[500, 500], [500, 500]] : [[0, 0], [0, 0]] },
      requestsPerRound: 2000,
      persistent: { base: 0, head: fail ? 500 : 0 },
      headRounds: fail ? [500, 500] : [0, 0],
      threshold: 5,
      unsettled: 0,
      memProfileRate: null
    },
    top: opts.goroutines ?? (fail ? [grower('main.notifyAuditor')] : [])
  }
  const heap: Check = {
    id: 'heap',
    status: 'pass',
    reason: 'bounded',
    unit: 'bytes',
    base: 0,
    head: 256,
    delta: 256,
    trials: { base: [0, 0], head: [256, 256] },
    perRequest: { base: 0, head: 0.128, delta: 0.128, unit: 'bytes/request' },
    figures: {
      kind: 'growth',
      rounds: { base: [[0, 0], [0, 0]], head: [[1 << 20, 256], [1 << 20, 256]] },
      requestsPerRound: 2000,
      persistent: { base: 0, head: 256 },
      headRounds: [1 << 20, 256],
      threshold: 128 * 1024,
      unsettled: 0,
      memProfileRate: 4096
    },
    top: []
  }
  const cpu: Check = {
    id: 'cpu',
    status: 'pass',
    reason: 'within',
    unit: 'ns/request',
    base: 95_000,
    head: 96_000,
    delta: 1000,
    trials: { base: [95_000, 95_000, 95_000], head: [96_000, 96_000, 96_000] },
    perRequest: null,
    p: 0.2,
    figures: {
      kind: 'cpu',
      pairs: 3,
      ratio: 1.0105,
      low: 0.98,
      high: 1.04,
      detectable: 0.06,
      pairRatios: [1.01, 1.0, 1.02],
      thresholdPercent: 15,
      alpha: 0.01,
      source: 'kernel',
      idleShare: { base: 0.01, head: 0.01 },
      gcShare: { base: 0.05, head: 0.05 },
      discarded: 0
    },
    top: []
  }
  return {
    verdict: { verdict: fail ? 'fail' : 'pass', checks: [goroutines, heap, cpu] },
    load: { base: { requests: 1000, errors: 0, trials: 2, non2xx: 0 }, head: { requests: 1000, errors: 0, trials: 2, non2xx: 0 } },
    outDir: '/tmp/run',
    example: { base: 'base-1', head: 'head-1', lastRound: 2, cpuBase: 'base-cpu-1', cpuHead: 'head-cpu-1' },
    isolation: 'service on CPU 1, load driver on CPU 0; GOMAXPROCS=1',
    goVersion: 'go1.26.0',
    warnings: []
  }
}
