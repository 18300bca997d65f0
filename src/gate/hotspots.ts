/**
 * The hot-spot rule Go teams write by hand: per function (pprof's
 * granularity), CPU per request head vs base; a function that carries at
 * least 5% of base's CPU (idle work left out) and grows by +15% or more,
 * significantly, fails the check even when the total grows less.
 *
 * Judged on cum, CPU per request with the function anywhere on the stack:
 * a route handler whose work moved into callees still carries it, and a
 * function new in head shows up in its callers' cum.
 *
 * A function's CPU per request is its share of the busy samples times the
 * whole CPU per request, so its head/base is the share ratio times the
 * paired total ratio (paired.ts), and the variances add on the log scale.
 * The share ratio is pooled over the pairs' samples: a trial's samples are
 * few (100 Hz: a function with 20% of 200 samples has 40, ±16% from
 * sampling alone), and a share within one trial does not move with the
 * machine's conditions the way a trial's total does. Its variance is the
 * binomial one of the pooled counts, plus what the pairs' own share
 * ratios scatter beyond it (conditions that change the mix, say more time
 * in syscalls under contention), with Welch-Satterthwaite degrees of
 * freedom for the estimated parts. When the function has no sample in
 * some trial, every count of it takes half a sample more (Haldane-Anscombe).
 * Measured on the simulations of __tests__/hotspots.test.ts: a route +50%
 * at 200 busy samples a trial is named with 4 pairs, where judging each
 * function's own per-pair ratios needed about 1000 samples a trial.
 *
 * Many functions are judged at once, so the per-look fail level is split
 * evenly among them (Bonferroni; nested functions are strongly correlated,
 * so this is conservative). The pass level is not split: a pass of one
 * function claims nothing about the others.
 *
 * Nested functions: when the slow route's handler grows by 50%, so do the
 * cum of net/http.(*conn).serve and of every frame above the handler, and
 * as much as the total grows. A failing function is "explained by" a
 * failing function beneath it (a callee, directly or not) that carries at
 * least half of its growth per request. The culprits are the failing
 * functions not explained by a failing function of the program itself
 * (isUserFrame), and, for standard library and runtime functions, not
 * explained by any failing function: the handler is named, not the
 * server loop above it, and a stdlib leaf that grew is named beside the
 * handler that calls it more.
 */
import { isUserFrame } from '../pprof/index.js'
import type { BusyStack, TrialCpu } from './cpu-profile.js'
import { DEFAULT_PAIRED_OPTIONS, estimatePaired, lookLevels } from './paired.js'
import type { LookLevels, PairedEstimate, PairedOptions, PairedStatus } from './paired.js'
import { studentUpperQuantile } from './student.js'

export interface HotspotOptions extends PairedOptions {
  /** Functions carrying at least this percent of base's non-idle CPU are judged. */
  minSharePercent: number
}

export const DEFAULT_HOTSPOT_OPTIONS: HotspotOptions = { ...DEFAULT_PAIRED_OPTIONS, minSharePercent: 5 }

export interface TrialFunctions {
  requests: number
  cpu: TrialCpu
}

export interface HotspotPair {
  base: TrialFunctions
  head: TrialFunctions
}

export interface Hotspot {
  name: string
  file: string
  line: number
  /** Function of the program or a third-party module (not stdlib, not runtime). */
  user: boolean
  /** Share of base's non-idle CPU under this function (cum), pooled over the pairs. */
  baseShare: number
  /** Cum CPU ns per request, pooled over the pairs (all ns over all requests). */
  base: number
  head: number
  /** Paired estimate of head/base, its bounds and the per-pair ratios. */
  ratio: number
  low: number
  high: number
  detectable: number
  ratios: number[]
  pairs: number
  status: PairedStatus
  /** The failing function beneath this one that carries most of its growth, if any. */
  explainedBy: string | null
}

export interface HotspotResult {
  /** Every judged function (base share at least minSharePercent), largest growth per request first. */
  judged: Hotspot[]
  /** Failing functions to name (see above): the program's own first, then by growth per request. */
  culprits: Hotspot[]
  /** The per-look fail level each function was judged at. */
  failLevel: number
}

export function findHotspots(pairs: HotspotPair[], options: Partial<HotspotOptions> = {}): HotspotResult {
  const o = { ...DEFAULT_HOTSPOT_OPTIONS, ...options }
  const usable = pairs.filter((p) => p.base.requests > 0 && p.head.requests > 0)
  if (usable.length === 0) return { judged: [], culprits: [], failLevel: NaN }
  const baseBusy = sum(usable.map((p) => p.base.cpu.busyNs))
  const baseRequests = sum(usable.map((p) => p.base.requests))
  const headRequests = sum(usable.map((p) => p.head.requests))
  const names = new Set<string>()
  for (const p of usable) for (const name of p.base.cpu.functions.keys()) names.add(name)
  const share = (name: string) => (baseBusy > 0 ? sum(usable.map((p) => p.base.cpu.functions.get(name)?.cum ?? 0)) / baseBusy : 0)
  // A share of exactly minSharePercent is judged, whatever float rounding did to it.
  const judgedNames = [...names].filter((name) => share(name) >= o.minSharePercent / 100 - 1e-12)
  const calibrated = lookLevels(o, usable.length)
  const levels = { fail: calibrated.fail / Math.max(1, judgedNames.length), pass: calibrated.pass }
  const total = estimatePaired(
    usable.map((p) => ({ base: p.base.cpu.busyNs / p.base.requests, head: p.head.cpu.busyNs / p.head.requests })),
    o
  )
  const judged = judgedNames.map((name): Hotspot => {
    const cum = (t: TrialFunctions) => t.cpu.functions.get(name)
    const estimate = shareEstimate(usable, name, total, o, levels)
    const site = usable.map((p) => cum(p.base)).find((f) => f !== undefined)!
    return {
      name,
      file: site.file,
      line: site.line,
      user: isUserFrame(name),
      baseShare: share(name),
      base: sum(usable.map((p) => cum(p.base)?.cum ?? 0)) / baseRequests,
      head: sum(usable.map((p) => cum(p.head)?.cum ?? 0)) / headRequests,
      ...estimate,
      explainedBy: null
    }
  })
  judged.sort((x, y) => y.head - y.base - (x.head - x.base) || (x.name < y.name ? -1 : 1))
  const failing = judged.filter((h) => h.status === 'fail')
  const culprits: Hotspot[] = []
  for (const f of failing) {
    const growth = f.head - f.base
    let best: { by: Hotspot; carried: number } | null = null
    let displaced = false
    for (const g of failing) {
      if (g === f) continue
      const carried = nestedPerRequest(usable, 'head', f.name, g.name, headRequests) - nestedPerRequest(usable, 'base', f.name, g.name, baseRequests)
      if (growth <= 0 || carried < growth / 2) continue
      if (!best || carried > best.carried) best = { by: g, carried }
      if (g.user || !f.user) displaced = true
    }
    f.explainedBy = best?.by.name ?? null
    if (!displaced) culprits.push(f)
  }
  culprits.sort((x, y) => Number(y.user) - Number(x.user) || y.head - y.base - (x.head - x.base) || (x.name < y.name ? -1 : 1))
  return { judged, culprits, failLevel: levels.fail }
}

/**
 * Whether a judged function is a suspect: its estimate at +T% or more but
 * not significant yet. The caller adds a pair (up to its cap) as it does
 * for an inconclusive total; functions that look fine do not keep a run
 * going, or some noisy function would always drive it to the cap.
 */
export function hotspotsNeedMorePairs(result: HotspotResult, options: Partial<HotspotOptions> = {}): boolean {
  const o = { ...DEFAULT_HOTSPOT_OPTIONS, ...options }
  const threshold = 1 + o.thresholdPercent / 100
  return result.judged.some((h) => h.status === 'inconclusive' && h.ratio >= threshold && h.pairs < o.maxPairs)
}

interface ShareEstimate {
  ratio: number
  low: number
  high: number
  detectable: number
  ratios: number[]
  pairs: number
  status: PairedStatus
}

/**
 * head/base of one function's CPU per request: its pooled share ratio
 * times the total's paired ratio, bounds from both variances (see above).
 */
function shareEstimate(pairs: HotspotPair[], name: string, total: PairedEstimate, o: HotspotOptions, levels: LookLevels): ShareEstimate {
  const count = (t: TrialFunctions) => t.cpu.functions.get(name)?.cumSamples ?? 0
  const half = pairs.some((p) => count(p.base) === 0 || count(p.head) === 0) ? 0.5 : 0
  const a = { base: 0, head: 0 }
  const n = { base: 0, head: 0 }
  const perPair: number[] = []
  for (const p of pairs) {
    const ab = count(p.base) + half
    const ah = count(p.head) + half
    const nb = Math.max(p.base.cpu.busySamples + half, ab)
    const nh = Math.max(p.head.cpu.busySamples + half, ah)
    a.base += ab
    a.head += ah
    n.base += nb
    n.head += nh
    perPair.push(ab > 0 && ah > 0 ? Math.log(ah / nh / (ab / nb)) : NaN)
  }
  const k = pairs.length
  const threshold = 1 + o.thresholdPercent / 100
  const totalLog = Number.isFinite(total.ratio) ? Math.log(total.ratio) : 0
  const ratios = perPair.map((l, i) => Math.exp(l) * (total.ratios[i] ?? total.ratio))
  if (a.base <= 0 || a.head <= 0 || k < 2 || !Number.isFinite(total.logSpread)) {
    return { ratio: NaN, low: 0, high: Infinity, detectable: Infinity, ratios, pairs: k, status: 'inconclusive' }
  }
  const shareLog = Math.log(a.head / n.head / (a.base / n.base))
  const binomial = Math.max(0, 1 / a.head - 1 / n.head + 1 / a.base - 1 / n.base)
  const logs = perPair.filter(Number.isFinite)
  const mean = logs.reduce((x, y) => x + y, 0) / logs.length
  const observed = logs.length > 1 ? logs.reduce((x, y) => x + (y - mean) ** 2, 0) / (logs.length - 1) / logs.length : 0
  const totalVar = (total.logSpread / Math.sqrt(total.pairs)) ** 2
  // The binomial part is known; what the pairs scatter beyond it, and the
  // total's variance, are estimated from k pairs: Welch-Satterthwaite
  // degrees of freedom for the sum, so a little excess scatter widens the
  // bounds a little (a t with 3 degrees of freedom at a Bonferroni level
  // would make any hot spot unprovable).
  const excess = Math.max(0, observed - binomial)
  const variance = binomial + excess + totalVar
  const se = Math.sqrt(variance)
  const estimated = excess ** 2 / (k - 1) + (total.pairs > 1 ? totalVar ** 2 / (total.pairs - 1) : 0)
  const df = estimated > 0 ? variance ** 2 / estimated : Infinity
  // Degrees of freedom rounded down to a tenth (conservative), so the quantiles are few and remembered.
  const q = (level: number) => (df > 1000 ? normalUpperQuantile(level) : tQuantile(level, Math.max(1, Math.floor(df * 10) / 10)))
  const log = shareLog + totalLog
  const ratio = Math.exp(log)
  const low = Math.exp(log - q(levels.fail) * se)
  const high = Math.exp(log + q(levels.pass) * se)
  const decided: PairedStatus = ratio >= threshold && low > 1 ? 'fail' : high < threshold ? 'pass' : 'inconclusive'
  return { ratio, low, high, detectable: Math.exp(q(levels.fail) * se), ratios, pairs: k, status: k >= o.minPairs ? decided : 'inconclusive' }
}

const quantiles = new Map<string, number>()

function tQuantile(level: number, df: number): number {
  const key = `${level}:${df}`
  let q = quantiles.get(key)
  if (q === undefined) {
    if (quantiles.size > 10_000) quantiles.clear()
    quantiles.set(key, (q = studentUpperQuantile(level, df)))
  }
  return q
}

/** The z with P(Z > z) = upper, by bisection on the normal tail (erfc). */
function normalUpperQuantile(upper: number): number {
  let lo = -10
  let hi = 10
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2
    if (normalUpper(mid) > upper) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

function normalUpper(z: number): number {
  // erfc by its continued-fraction-free rational approximation (Numerical Recipes' erfcc, |error| < 1.2e-7).
  const x = Math.abs(z) / Math.SQRT2
  const t = 1 / (1 + 0.5 * x)
  const r =
    t *
    Math.exp(
      -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851973 + t * (-0.82215223 + t * 0.17087277))))))))
    )
  return z >= 0 ? r / 2 : 1 - r / 2
}

/** CPU ns per request, one side pooled, of the stacks where `inner` runs beneath `outer`. */
function nestedPerRequest(pairs: HotspotPair[], side: 'base' | 'head', outer: string, inner: string, requests: number): number {
  let ns = 0
  for (const p of pairs) for (const s of p[side].cpu.stacks) if (beneath(s, outer, inner)) ns += s.ns
  return ns / requests
}

/** Whether `inner` appears leafward of `outer` on the stack (frames are leaf first). */
function beneath(stack: BusyStack, outer: string, inner: string): boolean {
  const i = stack.frames.indexOf(inner)
  return i >= 0 && stack.frames.indexOf(outer, i + 1) > i
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0)
}
