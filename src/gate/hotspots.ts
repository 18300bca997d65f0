/**
 * The hot-spot rule Go teams write by hand: per function (pprof's
 * granularity), CPU per request head vs base; a function that carries at
 * least 5% of base's CPU (idle work left out) and grows by +15% or more,
 * significantly, fails the check even when the total grows less.
 *
 * Judged on cum, CPU per request with the function anywhere on the stack:
 * a route handler whose work moved into callees still carries it, and a
 * function new in head shows up in its callers' cum. Each pair gives the
 * function's head/base ratio, so the paired estimate of paired.ts applies
 * unchanged; the per-pair ratios already carry the sampling noise (10 ms
 * samples at 100 Hz: a function with 50 samples in a trial is ±14% from
 * sampling alone). When the function has no sample in some trial, every
 * count of it takes half a sample more (Haldane-Anscombe, as for odds
 * ratios with an empty cell), so that its ratios are finite; otherwise the
 * counts are used as they are, so +15% in samples is +15%.
 *
 * Many functions are judged at once, so the per-look fail level is split
 * evenly among them (Bonferroni; nested functions are strongly correlated,
 * so this is conservative). The pass level is not split: a pass of one
 * function claims nothing about the others. Measured on the five-route
 * simulation of __tests__/hotspots.test.ts at +0% (300 busy samples a
 * trial, 8 pairs): 18 runs in 1000 had a false hot spot with the level
 * unsplit, none in 200 with it split. The price: with about 16 functions
 * judged, a function needs about 1000 busy samples a trial and a growth
 * well past +15% to be significant (route +50% named 10 times in 10; the
 * server loop at +22% stays inconclusive).
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
import type { PairedOptions, PairedStatus } from './paired.js'

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
  const judged = judgedNames.map((name): Hotspot => {
    const cum = (t: TrialFunctions) => t.cpu.functions.get(name)
    const samples = (t: TrialFunctions) => cum(t)?.cumSamples ?? 0
    const half = usable.some((p) => samples(p.base) === 0 || samples(p.head) === 0) ? 0.5 : 0
    const estimate = estimatePaired(
      usable.map((p) => ({ base: (samples(p.base) + half) / p.base.requests, head: (samples(p.head) + half) / p.head.requests })),
      o,
      levels
    )
    const site = usable.map((p) => cum(p.base)).find((f) => f !== undefined)!
    return {
      name,
      file: site.file,
      line: site.line,
      user: isUserFrame(name),
      baseShare: share(name),
      base: sum(usable.map((p) => cum(p.base)?.cum ?? 0)) / baseRequests,
      head: sum(usable.map((p) => cum(p.head)?.cum ?? 0)) / headRequests,
      ratio: estimate.ratio,
      low: estimate.low,
      high: estimate.high,
      detectable: estimate.detectable,
      ratios: estimate.ratios,
      pairs: estimate.pairs,
      status: estimate.status,
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
