/** A fixed run report (no measurement), for tests of what the action does with one. */
import type { Check, Grower } from '../../src/gate/index.js'
import type { RunReport } from '../../src/report/run.js'

export function grower(name: string, delta = 500, frames = [name, 'runtime.gopark']): Grower {
  return { name, site: name, frames, base: 0, head: delta, delta }
}

export function fixedReport(opts: { goroutines?: Grower[]; fail?: boolean } = {}): RunReport {
  const fail = opts.fail ?? true
  const goroutines: Check = {
    id: 'goroutines',
    status: fail ? 'fail' : 'pass',
    unit: 'goroutines',
    base: 2,
    head: fail ? 502 : 2,
    delta: fail ? 500 : 0,
    threshold: '+10 goroutines',
    summary: fail ? 'head leaves 500 more goroutines behind than base after the load (median of 2 trials)' : 'leftover goroutines within +10 of base',
    trials: { base: [2, 2], head: fail ? [502, 502] : [2, 2] },
    baseSpread: 0,
    perRequest: { base: 0.004, head: fail ? 1.004 : 0.004, delta: fail ? 1 : 0, unit: 'goroutines/request' },
    top: opts.goroutines ?? (fail ? [grower('main.notifyAuditor')] : [])
  }
  const heap: Check = {
    id: 'heap',
    status: 'pass',
    unit: 'bytes',
    base: 262_400,
    head: 262_144,
    delta: -256,
    threshold: '+10% of base in-use heap and at least 1.0 MiB',
    summary: "retained heap growth within threshold (-0.00 MiB, -0.1% of base's in use)",
    trials: { base: [262_400, 262_400], head: [262_144, 262_144] },
    baseSpread: 0,
    perRequest: { base: 262, head: 262, delta: -0.256, unit: 'bytes/request' },
    top: []
  }
  const cpu: Check = {
    id: 'cpu',
    status: 'pass',
    unit: 'ns/request',
    base: 95_000,
    head: 96_000,
    delta: 1000,
    threshold: '+15% and p ≤ 0.01',
    summary: 'CPU per request +1.1%, under +15%',
    trials: { base: [95_000, 95_000], head: [96_000, 96_000] },
    baseSpread: 0,
    perRequest: null,
    p: 0.5,
    top: []
  }
  return {
    verdict: { verdict: fail ? 'fail' : 'pass', checks: [goroutines, heap, cpu] },
    load: { base: { requests: 1000, errors: 0, trials: 2, non2xx: 0 }, head: { requests: 1000, errors: 0, trials: 2, non2xx: 0 } },
    outDir: '/tmp/run',
    example: { base: 'base-1', head: 'head-1' },
    goVersion: 'go1.26.0',
    warnings: []
  }
}
