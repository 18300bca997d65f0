/**
 * The gate: base vs head across trials, thresholds and noise, a verdict.
 * Pure: figures reduced from profiles in, checks (data, no words) out.
 */
import { StackFilter } from './allowlist.js'
import { cpuCheck, morePairs as cpuMorePairs } from './cpu.js'
import type { PairPlan } from './cpu.js'
import { growthCheck } from './leaks.js'
import type { Allowlist, CpuTrial, Thresholds, TrialFigures, Verdict } from './types.js'

export * from './types.js'
export { EMPTY_ALLOWLIST, StackFilter } from './allowlist.js'
export { median } from './stats.js'
export { workPerRequest } from './cpu.js'
export type { PairPlan } from './cpu.js'
export { reduceCpuProfile } from './cpu-profile.js'
export type { TrialCpu } from './cpu-profile.js'

export function judge(figures: TrialFigures, thresholds: Thresholds, allow: Allowlist, plan: PairPlan, discardedCpuTrials = 0): Verdict {
  const filter = new StackFilter(allow)
  const checks = [
    growthCheck('goroutines', figures.leak, thresholds, filter),
    growthCheck('heap', figures.leak, thresholds, filter),
    cpuCheck(figures.cpu, thresholds, plan, discardedCpuTrials)
  ]
  const verdict = checks.some((c) => c.status === 'fail') ? 'fail' : checks.some((c) => c.status === 'inconclusive') ? 'inconclusive' : 'pass'
  return { verdict, checks }
}

export function morePairs(trials: CpuTrial[], thresholds: Thresholds, plan: PairPlan): boolean {
  return cpuMorePairs(trials, thresholds, plan)
}
