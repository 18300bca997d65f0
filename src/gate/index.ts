/**
 * The gate: base vs head across trials, thresholds and noise, a verdict.
 * Pure: decoded profiles and counts in, checks out.
 */
import { StackFilter } from './allowlist.js'
import { cpuCheck, goroutineCheck, heapCheck } from './checks.js'
import type { Allowlist, Thresholds, TrialProfiles, Verdict } from './types.js'

export * from './types.js'
export { EMPTY_ALLOWLIST, StackFilter } from './allowlist.js'
export { median, spread, mannWhitneyGreaterP } from './stats.js'

export function judge(trials: TrialProfiles[], thresholds: Thresholds, allow: Allowlist): Verdict {
  if (!trials.some((t) => t.side === 'base') || !trials.some((t) => t.side === 'head')) {
    throw new Error('judge: need at least one trial of each side')
  }
  const filter = new StackFilter(allow)
  const checks = [goroutineCheck(trials, thresholds, filter), heapCheck(trials, thresholds, filter), cpuCheck(trials, thresholds)]
  return { verdict: checks.some((c) => c.status === 'fail') ? 'fail' : 'pass', checks }
}
