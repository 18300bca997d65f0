/**
 * The gate: base vs head across trials, thresholds and noise, a verdict.
 * Pure: figures reduced from profiles in, checks (data, no words) out.
 */
import { StackFilter } from './allowlist.js'
import { cpuCheck, morePairs as cpuMorePairs } from './cpu.js'
import type { PairPlan } from './cpu.js'
import { growthCheck } from './leaks.js'
import type { Allowlist, Check, CpuTrial, KnownLeaks, Thresholds, TrialFigures, Verdict } from './types.js'

export * from './types.js'
export { EMPTY_ALLOWLIST, StackFilter, Wildcard } from './allowlist.js'
export { hasExpired } from './leaks.js'
export { median } from './stats.js'
export { workPerRequest } from './cpu.js'
export type { PairPlan } from './cpu.js'
export { reduceCpuProfile } from './cpu-profile.js'
export type { TrialCpu } from './cpu-profile.js'

export const NO_KNOWN_LEAKS: KnownLeaks = { entries: [], date: '' }

/** `known`: leaks accepted for now, and the run's day that decides which have expired. */
export function judge(figures: TrialFigures, thresholds: Thresholds, allow: Allowlist, plan: PairPlan, discardedCpuTrials = 0, known: KnownLeaks = NO_KNOWN_LEAKS): Verdict {
  const filter = new StackFilter(allow)
  const goroutines = growthCheck('goroutines', figures.leak, thresholds, filter, known.entries.filter((e) => e.kind === 'goroutine'), known.date)
  const heap = growthCheck('heap', figures.leak, thresholds, filter, known.entries.filter((e) => e.kind === 'heap'), known.date)
  const checks = [goroutines.check, heap.check, cpuCheck(figures.cpu, thresholds, plan, discardedCpuTrials)]
  const verdict = checks.some((c) => c.status === 'fail') ? 'fail' : checks.some((c) => c.status === 'inconclusive') ? 'inconclusive' : 'pass'
  if (known.entries.length === 0) return { verdict, checks }
  // In the config's order, whichever check an entry belongs to.
  const outcomes = [...goroutines.known, ...heap.known]
  return { verdict, checks, known: known.entries.flatMap((e) => outcomes.filter((o) => o.entry === e)) }
}

/** The verdict of a run that measured nothing (base and head built to the same binary): pass, every check skipped. */
export function unchangedVerdict(): Verdict {
  const skipped = (id: Check['id'], unit: string): Check => ({
    id,
    status: 'skipped',
    reason: 'no-trials',
    unit,
    base: NaN,
    head: NaN,
    delta: NaN,
    trials: { base: [], head: [] },
    perRequest: null,
    figures: null,
    top: []
  })
  return { verdict: 'pass', checks: [skipped('goroutines', 'goroutines'), skipped('heap', 'bytes'), skipped('cpu', 'ns/request')] }
}

export function morePairs(trials: CpuTrial[], thresholds: Thresholds, plan: PairPlan): boolean {
  return cpuMorePairs(trials, thresholds, plan)
}
