/**
 * The CPU check. CPU trials run in ABBA pairs, so a pair's two trials share
 * the machine's conditions of the moment; head/base is estimated from the
 * pairs' ratios with a confidence interval (paired.ts), and the answer is
 * pass, fail or inconclusive. What is counted: the kernel's CPU time of the
 * service over the load, less the share of its CPU profile spent in the Go
 * scheduler's idle paths (looking for work is not work done for a request);
 * GC stays counted. Per function (pprof's granularity), the hot-spot rule:
 * a function carrying enough of base's CPU that grows past its threshold
 * fails the check even when the total grows less.
 */
import { pairedRatio, decide } from './paired.js'
import type { PairedEstimate } from './paired.js'
import { median } from './stats.js'
import type { Check, CpuFigures, CpuTrial, Grower, Reason, Thresholds } from './types.js'

const TOP = 5

/** CPU ns per request of one trial: the kernel's figure less the profile's idle share; the profile's own where the kernel's is missing. */
export function workPerRequest(t: CpuTrial): number | null {
  if (!t.requests || t.requests <= 0) return null
  const p = t.profile
  const idleShare = p && p.totalNs > 0 ? p.idleNs / p.totalNs : 0
  if (t.processCpuNs !== null && t.processCpuNs > 0) return (t.processCpuNs * (1 - idleShare)) / t.requests
  if (p && t.coversLoad) return (p.totalNs - p.idleNs) / t.requests
  return null
}

interface Pair {
  pair: number
  base: CpuTrial
  head: CpuTrial
}

function pairsOf(trials: CpuTrial[]): Pair[] {
  const by = new Map<number, Partial<Pair>>()
  for (const t of trials) {
    const e = by.get(t.pair) ?? { pair: t.pair }
    e[t.side] = t
    by.set(t.pair, e)
  }
  return [...by.values()].filter((p): p is Pair => p.base !== undefined && p.head !== undefined).sort((a, b) => a.pair - b.pair)
}

function estimate(trials: CpuTrial[], t: Thresholds): { pairs: Pair[]; values: { base: number; head: number }[]; est: PairedEstimate } {
  const pairs = pairsOf(trials).filter((p) => workPerRequest(p.base) !== null && workPerRequest(p.head) !== null)
  const values = pairs.map((p) => ({ base: workPerRequest(p.base)!, head: workPerRequest(p.head)! }))
  return { pairs, values, est: pairedRatio(values, t.cpuAlpha) }
}

/** Whether one more pair could change the answer: the total or a hot spot is still undecided. */
export function morePairs(trials: CpuTrial[], t: Thresholds): boolean {
  const { est, pairs } = estimate(trials, t)
  const total = decide(est, t.cpuPercent)
  if (total !== 'pass') return total === 'inconclusive'
  const spots = hotSpots(pairs, t)
  return !spots.some((g) => g.status === 'fail') && spots.some((g) => g.status === 'inconclusive')
}

export function cpuCheck(trials: CpuTrial[], t: Thresholds, discarded: number): Check {
  const skipped = (reason: Reason): Check => ({
    id: 'cpu',
    status: 'skipped',
    reason,
    unit: 'ns/request',
    base: NaN,
    head: NaN,
    delta: NaN,
    trials: { base: [], head: [] },
    perRequest: null,
    figures: null,
    top: []
  })
  if (trials.length === 0) return skipped('no-trials')
  if (trials.some((x) => x.requests === null)) return skipped('no-requests')
  const { pairs, values, est } = estimate(trials, t)
  if (pairs.length === 0) return skipped('no-profile')
  const total = decide(est, t.cpuPercent)
  const spots = hotSpots(pairs, t)
  const hot = spots.filter((g) => g.status === 'fail')
  let status: Check['status']
  let reason: Reason
  if (total === 'fail') [status, reason] = ['fail', 'slower']
  else if (hot.length > 0) [status, reason] = ['fail', 'hot-spot']
  else if (total === 'inconclusive') [status, reason] = ['inconclusive', 'undecided']
  else [status, reason] = ['pass', 'within']
  const bv = values.map((v) => v.base)
  const hv = values.map((v) => v.head)
  const bm = median(bv)
  const share = (side: 'base' | 'head', f: (p: NonNullable<CpuTrial['profile']>) => number) => {
    const ps = pairs.map((p) => p[side].profile).filter((p): p is NonNullable<CpuTrial['profile']> => p !== null && p.totalNs > 0)
    return ps.length ? ps.reduce((a, p) => a + f(p) / p.totalNs, 0) / ps.length : 0
  }
  const anyProfile = pairs.some((p) => p.base.profile && p.head.profile)
  const figures: CpuFigures = {
    kind: 'cpu',
    pairs: est.pairs,
    ratio: est.ratio,
    low: est.low,
    high: est.high,
    detectable: est.detectable,
    pairRatios: est.pairRatios,
    thresholdPercent: t.cpuPercent,
    alpha: t.cpuAlpha,
    source: pairs.every((p) => (p.base.processCpuNs ?? 0) > 0 && (p.head.processCpuNs ?? 0) > 0) ? 'kernel' : 'profile',
    idleShare: anyProfile ? { base: share('base', (p) => p.idleNs), head: share('head', (p) => p.idleNs) } : null,
    gcShare: anyProfile ? { base: share('base', (p) => p.gcNs), head: share('head', (p) => p.gcNs) } : null,
    discarded
  }
  // Head's figure is base's times the paired ratio: the pairs, not two independent medians, carry the comparison.
  const head = bm * est.ratio
  return {
    id: 'cpu',
    status,
    reason,
    unit: 'ns/request',
    base: bm,
    head,
    delta: head - bm,
    trials: { base: bv, head: hv },
    perRequest: null,
    p: est.p,
    figures,
    top: (hot.length ? hot : spots.filter((g) => g.delta > 0)).slice(0, TOP)
  }
}

/**
 * Per function (cumulative, pprof's function granularity), CPU per request
 * head vs base over the pairs. A function with at least hotSpotShare% of
 * base's CPU that grows past hotSpotPercent, significantly, fails. Within a
 * pair, a function's time is scaled to the trial's work per request, so the
 * profile's sampling only decides the shares.
 */
export function hotSpots(pairs: Pair[], t: Thresholds): Grower[] {
  const usable = pairs.filter((p) => p.base.profile && p.head.profile && workPerRequest(p.base) !== null && workPerRequest(p.head) !== null)
  if (usable.length === 0) return []
  const perRequest = (x: CpuTrial, cum: number) => {
    const p = x.profile!
    const work = p.totalNs - p.idleNs
    return work > 0 ? (cum / work) * workPerRequest(x)! : 0
  }
  const names = new Set<string>()
  for (const p of usable) for (const [name, f] of p.base.profile!.functions) if (f.cum / (p.base.profile!.totalNs - p.base.profile!.idleNs || 1) >= t.hotSpotShare / 100 / 2) names.add(name)
  const out: Grower[] = []
  for (const name of names) {
    const values = usable.map((p) => ({ base: perRequest(p.base, p.base.profile!.functions.get(name)?.cum ?? 0), head: perRequest(p.head, p.head.profile!.functions.get(name)?.cum ?? 0) }))
    const baseTotal = usable.reduce((a, p) => a + workPerRequest(p.base)!, 0)
    const share = values.reduce((a, v) => a + v.base, 0) / baseTotal
    if (share < t.hotSpotShare / 100) continue
    const est = pairedRatio(values, t.cpuAlpha)
    // A hot spot can fail the check or leave it alone: the total decides
    // "inconclusive". One that looks past its bar without being significant
    // yet is worth another pair.
    const verdict = decide(est, t.hotSpotPercent)
    const status = verdict === 'fail' ? 'fail' : est.ratio >= 1 + t.hotSpotPercent / 100 ? 'inconclusive' : 'pass'
    const b = values.reduce((a, v) => a + v.base, 0) / values.length
    const h = b * est.ratio
    const f = usable.map((p) => p.base.profile!.functions.get(name)).find((x) => x !== undefined)
    out.push({
      name,
      site: name,
      line: f?.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '',
      frames: [],
      base: b,
      head: h,
      delta: h - b,
      share,
      ratio: est.ratio,
      low: est.low,
      high: est.high,
      status
    })
  }
  // The most specific first among equals: a smaller share with the same growth is closer to the cause.
  out.sort((x, y) => y.delta - x.delta || x.share! - y.share! || (x.name < y.name ? -1 : 1))
  return out
}
