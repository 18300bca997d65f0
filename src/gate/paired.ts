/**
 * Head vs base CPU per request over ABBA pairs: pair i is the base and the
 * head trial that ran next to each other, so they shared the machine's
 * condition (a busy neighbour, a hot cache, a slow minute) and their ratio
 * is much steadier than either trial.
 *
 * Estimate: head/base = exp(mean of the pairs' log ratios), with Student t
 * bounds on that mean: the lower bound at the fail level, the upper bound
 * at the pass level. Decision against +T% (default 15):
 * - fail: the estimate is at least +T% and the lower bound is above 1
 *   (head significantly slower);
 * - pass: the upper bound is below 1 + T% (this run rules out +T%);
 * - inconclusive otherwise, with `detectable`: the smallest increase this
 *   run's spread and pair count would have found significant.
 * "Estimate well below" is not a pass of its own: with 3-8 pairs a low
 * estimate with a wide interval says nothing, and the pass bound already
 * passes a low estimate as soon as the spread allows.
 *
 * Sequential: pairs are added one at a time from minPairs while the result
 * is inconclusive, up to maxPairs; every count in between is a look. The
 * per-look levels are set so that over all looks P(any false "lower bound
 * above 1") ≤ alpha and P(any pass when head really is +T%) ≤ passAlpha,
 * for normal noise on the log scale of any size (the t statistic does not
 * depend on the noise level, so one simulation of it calibrates every
 * case). Stopping early only lowers both, so the levels are conservative.
 *
 * Why these defaults (minPairs 4, maxPairs 8, alpha 0.01, passAlpha 0.05),
 * from the simulations in __tests__/paired.test.ts (2000 runs per cell,
 * log-normal noise; "pair SD" is the standard deviation of a pair's log
 * ratio; F/P/I = fail/pass/inconclusive %, n = mean pairs used):
 *
 *   pair SD   1.00              1.10         1.15         1.20         1.40
 *   0.063     F0.0 P100 n4.3    F7.5  I49    F63  P5      F98.2 n4.9   F100 n4.1
 *   0.100     F0.1 P92  n5.3    F13.5 I62    F50  P5      F83.9 n6.1   F100 n4.5
 *   0.126     F0.2 P78  n6.0    F13.0 I68    F36  P6      F63.5 n6.7   F99.8 n5.0
 *   0.100 and 5% of trials starved (+30-100%):
 *             F0.0 P69  n6.1    F8.5  I77    F31  P3      F54.3 n6.8   F86.7 n5.4
 *
 * Per-look levels for looks at 4..8 pairs: 0.0032 (fail) and 0.0193
 * (pass), against 0.002 and 0.01 from Bonferroni over the five looks.
 *
 * So +20% is caught 9 times in 10 once the pair SD is below about 0.09
 * (a pair ratio within ±9%): the +T% point-estimate rule alone needs a
 * standard error of the mean log ratio under 0.033. 8 pairs is the most
 * that fits in a 60 s run at 4-6 s a pair; 12 pairs would catch +20% 95%
 * of the time at SD 0.10 (86% at 0.126). Starting at 3 pairs instead of
 * 4 saves 0.3 pairs on quiet passes and costs 2 points of power; starting
 * at 5 gains 2 points and costs 0.4 pairs. passAlpha 0.10 instead of 0.05
 * passes +0% at SD 0.10 97% of the time instead of 92%, but would pass a
 * real +15% one time in ten.
 *
 * A starved trial (one pair ratio off by +30-100%) widens the t interval:
 * it costs power (inconclusive), not false fails. Dropping the farthest
 * pair when it lies beyond k robust deviations was tried (k = 3, 4, 5):
 * with 5-8 pairs the median absolute deviation is so unsteady that pairs
 * get dropped under plain normal noise too, the calibrated levels fall to
 * 0.0008-0.0011 and power at +20% fell from 81% to 66-70% without
 * starvation while gaining little with it (49% -> 47-49% at 5% starved).
 * Starved trials are better repeated by the harness (run-queue wait).
 */
import { normalDraws, seededRandom } from './random.js'
import { studentCdf, studentUpperQuantile } from './student.js'

export interface PairedOptions {
  /** Fail threshold, percent: fail from +thresholdPercent. */
  thresholdPercent: number
  /** Over all looks, the chance of a false "head significantly slower" (one-sided). */
  alpha: number
  /** Over all looks, the chance of passing when head really is +thresholdPercent. */
  passAlpha: number
  /** Pairs before the first look. */
  minPairs: number
  /** Pairs at the last look; inconclusive there stays inconclusive. */
  maxPairs: number
}

export const DEFAULT_PAIRED_OPTIONS: PairedOptions = {
  thresholdPercent: 15,
  alpha: 0.01,
  passAlpha: 0.05,
  minPairs: 4,
  maxPairs: 8
}

export interface TrialPair {
  /** CPU ns per request of the base trial. */
  base: number
  /** CPU ns per request of the head trial next to it. */
  head: number
}

export type PairedStatus = 'pass' | 'fail' | 'inconclusive'

export interface PairedEstimate {
  status: PairedStatus
  /** Pairs with both figures positive and finite (the ones used). */
  pairs: number
  /** Pairs left out: a figure zero, negative or not a number. */
  unusable: number
  /** head/base per pair, in the order given (unusable pairs left out). */
  ratios: number[]
  /** Estimated head/base: exp(mean log ratio). */
  ratio: number
  /** Lower bound on head/base at the per-look fail level; 0 with fewer than 2 pairs. */
  low: number
  /** Upper bound on head/base at the per-look pass level; Infinity with fewer than 2 pairs. */
  high: number
  /** The smallest ratio that would have been significantly above 1 with this spread and pair count. */
  detectable: number
  /** Standard deviation of the pairs' log ratios (NaN with fewer than 2). */
  logSpread: number
  /** One-sided p of "head slower" at this look (1 with fewer than 2 pairs). */
  p: number
  /** The one-sided levels used at this look. */
  levels: LookLevels
  /** 1 + thresholdPercent / 100. */
  threshold: number
}

export interface LookLevels {
  fail: number
  pass: number
}

function withDefaults(opts: Partial<PairedOptions>): PairedOptions {
  const o = { ...DEFAULT_PAIRED_OPTIONS, ...opts }
  if (!(o.thresholdPercent > 0)) throw new Error(`paired: thresholdPercent must be above 0, got ${o.thresholdPercent}`)
  for (const k of ['alpha', 'passAlpha'] as const) {
    if (!(o[k] > 0 && o[k] < 0.5)) throw new Error(`paired: ${k} must be in (0, 0.5), got ${o[k]}`)
  }
  if (!Number.isInteger(o.minPairs) || o.minPairs < 2) throw new Error(`paired: minPairs must be an integer of at least 2, got ${o.minPairs}`)
  if (!Number.isInteger(o.maxPairs) || o.maxPairs < o.minPairs) {
    throw new Error(`paired: maxPairs must be an integer of at least minPairs (${o.minPairs}), got ${o.maxPairs}`)
  }
  return o
}

/**
 * The estimate and the decision at this look. `levels` overrides the
 * calibrated per-look levels (the hot-spot rule divides them among the
 * functions it judges).
 */
export function estimatePaired(pairs: TrialPair[], options: Partial<PairedOptions> = {}, levels?: LookLevels): PairedEstimate {
  const o = withDefaults(options)
  const usable = pairs.filter((p) => p.base > 0 && p.head > 0 && Number.isFinite(p.base) && Number.isFinite(p.head))
  const ratios = usable.map((p) => p.head / p.base)
  const logs = ratios.map(Math.log)
  const n = logs.length
  const threshold = 1 + o.thresholdPercent / 100
  levels ??= lookLevels(o, Math.max(n, o.minPairs))
  const mean = n > 0 ? logs.reduce((a, b) => a + b, 0) / n : 0
  const base = { pairs: n, unusable: pairs.length - n, ratios, ratio: n > 0 ? Math.exp(mean) : NaN, levels, threshold }
  if (n < 2) {
    return { ...base, status: 'inconclusive', low: 0, high: Infinity, detectable: Infinity, logSpread: NaN, p: 1 }
  }
  const sd = Math.sqrt(logs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1))
  const se = sd / Math.sqrt(n)
  const df = n - 1
  const qFail = quantile(levels.fail, df)
  const qPass = quantile(levels.pass, df)
  const low = Math.exp(mean - qFail * se)
  const high = Math.exp(mean + qPass * se)
  const p = se > 0 ? 1 - studentCdf(mean / se, df) : mean > 0 ? 0 : mean < 0 ? 1 : 0.5
  // Fewer pairs than minPairs is not a look: the levels do not count it.
  const decided: PairedStatus = Math.exp(mean) >= threshold && low > 1 ? 'fail' : high < threshold ? 'pass' : 'inconclusive'
  const status = n >= o.minPairs ? decided : 'inconclusive'

  return { ...base, status, low, high, detectable: Math.exp(qFail * se), logSpread: sd, p }
}

/** Whether to run another pair: before minPairs, and while inconclusive below maxPairs. */
export function needMorePairs(estimate: PairedEstimate, options: Partial<PairedOptions> = {}): boolean {
  const o = withDefaults(options)
  const counted = estimate.pairs + estimate.unusable
  if (counted >= o.maxPairs) return false
  return estimate.pairs < o.minPairs || estimate.status === 'inconclusive'
}

/**
 * Per-look one-sided levels for looks at minPairs..maxPairs pairs (widened
 * to n when a caller ran more): the alpha- and
 * passAlpha-quantiles of the smallest p over the looks, under no change,
 * from a seeded simulation of normal log ratios (the t statistic's law does
 * not depend on their spread). With 200,000 runs the 0.01-quantile rests
 * on 2,000 runs (±2.2%); the budget is cut by two of those standard errors
 * so that the true rate stays under the level even when the simulation
 * happened to run low.
 */
export function lookLevels(options: Partial<PairedOptions>, n: number = options.minPairs ?? DEFAULT_PAIRED_OPTIONS.minPairs): LookLevels {
  const o = withDefaults(options)
  const first = o.minPairs
  const last = Math.max(n, o.maxPairs)
  const key = `${first}:${last}:${o.alpha}:${o.passAlpha}`
  let levels = levelCache.get(key)
  if (!levels) {
    levels = calibrateLookLevels(first, last, o.alpha, o.passAlpha)
    levelCache.set(key, levels)
  }
  return levels
}

/** The simulation behind lookLevels, uncached (about 0.6 s). */
export function calibrateLookLevels(first: number, last: number, alpha: number, passAlpha: number): LookLevels {
  const minP = smallestLookP(first, last, Math.max(alpha, passAlpha))
  return { fail: quantileBelow(minP, alpha), pass: quantileBelow(minP, passAlpha) }
}

/**
 * The default run's levels, as calibrateLookLevels(4, 8, 0.01, 0.05) gives
 * them (a test checks): a run with default settings does not spend its
 * first look simulating.
 */
export const DEFAULT_LOOK_LEVELS: LookLevels = { fail: 0.0031636327952710985, pass: 0.019332635453259084 }

const levelCache = new Map<string, LookLevels>([['4:8:0.01:0.05', DEFAULT_LOOK_LEVELS]])
const quantileCache = new Map<string, number>()

/** Student quantiles, remembered: every look of every run asks for the same few. */
function quantile(upper: number, df: number): number {
  const key = `${upper}:${df}`
  let q = quantileCache.get(key)
  if (q === undefined) {
    q = studentUpperQuantile(upper, df)
    if (quantileCache.size > 10_000) quantileCache.clear()
    quantileCache.set(key, q)
  }
  return q
}
const CALIBRATION_RUNS = 200_000
const CALIBRATION_SEED = 20240613

/**
 * The smallest one-sided p over looks first..last of each simulated run
 * whose smallest p is at most `upTo` (the rest cannot matter), sorted, and
 * the run count. The p is only computed past the look's upTo-quantile.
 */
function smallestLookP(first: number, last: number, upTo: number): { sorted: number[]; runs: number } {
  const random = seededRandom(CALIBRATION_SEED)
  const cut: number[] = []
  for (let k = first; k <= last; k++) cut[k] = studentUpperQuantile(upTo, k - 1)
  const found: number[] = []
  const draws = new Float64Array(last)
  for (let r = 0; r < CALIBRATION_RUNS; r++) {
    normalDraws(random, draws)
    let mean = 0
    let m2 = 0
    let smallest = 1
    for (let k = 1; k <= last; k++) {
      const x = draws[k - 1]
      const d = x - mean
      mean += d / k
      m2 += d * (x - mean)
      if (k < first) continue
      const t = mean / Math.sqrt(m2 / (k - 1) / k)
      if (t > cut[k]) smallest = Math.min(smallest, 1 - studentCdf(t, k - 1))
    }
    if (smallest <= upTo) found.push(smallest)
  }
  found.sort((a, b) => a - b)
  return { sorted: found, runs: CALIBRATION_RUNS }
}

/** The largest level at which at most level·runs runs (less two standard errors) had a smallest p at or below it. */
function quantileBelow({ sorted, runs }: { sorted: number[]; runs: number }, level: number): number {
  const expected = level * runs
  const allowed = Math.floor(expected - 2 * Math.sqrt(expected))
  if (allowed >= sorted.length) return level
  // Halfway between the last p allowed and the first that would exceed the budget.
  const below = allowed > 0 ? sorted[allowed - 1] : 0
  return (below + sorted[allowed]) / 2
}
