/**
 * The CPU check. CPU trials run in ABBA pairs, so a pair's two trials share
 * the machine's conditions of the moment; head/base is estimated from the
 * pairs' ratios with calibrated bounds (paired.ts), and the answer is pass,
 * fail or inconclusive. What is counted: the kernel's CPU time of the
 * service over the load, less the share of its CPU profile spent in the Go
 * scheduler's idle paths (looking for work is not work done for a request,
 * cpu-profile.ts); GC stays counted. Per function, the hot-spot rule
 * (hotspots.ts): a function carrying enough of base's CPU that grows past
 * its threshold fails the check even when the total grows less.
 */
import { siteOf, stackKey } from '../pprof/index.js'
import { findHotspots, hotspotsNeedMorePairs } from './hotspots.js'
import type { HotspotPair, HotspotResult } from './hotspots.js'
import { estimatePaired, needMorePairs } from './paired.js'
import type { PairedEstimate, PairedOptions } from './paired.js'
import { median } from './stats.js'
import type { Check, CpuFigures, CpuTrial, Grower, Reason, Thresholds } from './types.js'

const TOP = 5

/** How many pairs a run starts with and may reach; the calibrated looks cover that range. */
export interface PairPlan {
  minPairs: number
  maxPairs: number
}

/** CPU ns per request of one trial: the kernel's figure less the profile's idle share; the profile's own where the kernel's is missing. */
export function workPerRequest(t: CpuTrial): number | null {
  if (!t.requests || t.requests <= 0) return null
  const p = t.profile
  const busyShare = p && p.totalNs > 0 ? p.busyNs / p.totalNs : 1
  if (t.processCpuNs !== null && t.processCpuNs > 0) return (t.processCpuNs * busyShare) / t.requests
  if (p && t.coversLoad && p.busyNs > 0) return p.busyNs / t.requests
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

function options(t: Thresholds, plan: PairPlan, percent = t.cpuPercent): Partial<PairedOptions> {
  return { thresholdPercent: percent, alpha: t.cpuAlpha, minPairs: Math.max(2, plan.minPairs), maxPairs: Math.max(plan.maxPairs, plan.minPairs, 2) }
}

interface Judged {
  pairs: Pair[]
  values: { base: number; head: number }[]
  est: PairedEstimate
  spots: HotspotResult
}

function judgePairs(trials: CpuTrial[], t: Thresholds, plan: PairPlan): Judged {
  const pairs = pairsOf(trials).filter((p) => workPerRequest(p.base) !== null && workPerRequest(p.head) !== null)
  const values = pairs.map((p) => ({ base: workPerRequest(p.base)!, head: workPerRequest(p.head)! }))
  const est = estimatePaired(values, options(t, plan))
  const profiled: HotspotPair[] = pairs
    .filter((p) => p.base.profile && p.head.profile)
    .map((p) => ({ base: { requests: p.base.requests!, cpu: p.base.profile! }, head: { requests: p.head.requests!, cpu: p.head.profile! } }))
  const spots = findHotspots(profiled, { ...options(t, plan, t.hotSpotPercent), minSharePercent: t.hotSpotShare })
  return { pairs, values, est, spots }
}

/** Whether one more pair could change the answer: the total is open, or a hot function looks past its bar without proof yet. */
export function morePairs(trials: CpuTrial[], t: Thresholds, plan: PairPlan): boolean {
  const { est, spots } = judgePairs(trials, t, plan)
  if (est.status === 'fail') return false
  if (needMorePairs(est, options(t, plan))) return true
  return spots.culprits.length === 0 && hotspotsNeedMorePairs(spots, { ...options(t, plan, t.hotSpotPercent), minSharePercent: t.hotSpotShare })
}

export function cpuCheck(trials: CpuTrial[], t: Thresholds, plan: PairPlan, discarded: number): Check {
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
  const { pairs, values, est, spots } = judgePairs(trials, t, plan)
  if (pairs.length === 0) return skipped('no-profile')
  let status: Check['status']
  let reason: Reason
  if (est.status === 'fail') [status, reason] = ['fail', 'slower']
  else if (spots.culprits.length > 0) [status, reason] = ['fail', 'hot-spot']
  else if (est.status === 'inconclusive') [status, reason] = ['inconclusive', 'undecided']
  else [status, reason] = ['pass', 'within']
  const bv = values.map((v) => v.base)
  const hv = values.map((v) => v.head)
  const bm = median(bv)
  const share = (side: 'base' | 'head', part: 'idleNs' | 'gcNs') => {
    const ps = pairs.map((p) => p[side].profile).filter((p) => p !== null && p.totalNs > 0)
    return ps.reduce((a, p) => a + p![part] / p!.totalNs, 0) / ps.length
  }
  const anyProfile = pairs.some((p) => p.base.profile && p.head.profile)
  const figures: CpuFigures = {
    kind: 'cpu',
    pairs: est.pairs,
    ratio: est.ratio,
    low: est.low,
    high: est.high,
    detectable: est.detectable - 1,
    pairRatios: est.ratios,
    thresholdPercent: t.cpuPercent,
    alpha: t.cpuAlpha,
    source: pairs.every((p) => (p.base.processCpuNs ?? 0) > 0 && (p.head.processCpuNs ?? 0) > 0) ? 'kernel' : 'profile',
    idleShare: anyProfile ? { base: share('base', 'idleNs'), head: share('head', 'idleNs') } : null,
    gcShare: anyProfile ? { base: share('base', 'gcNs'), head: share('head', 'gcNs') } : null,
    discarded
  }
  // Head's figure is base's times the paired ratio: the pairs, not two independent medians, carry the comparison.
  const head = bm * est.ratio
  const top: Grower[] = spots.culprits.slice(0, TOP).map((h) => ({
    name: h.name,
    site: h.name,
    line: h.file ? `${h.file}${h.line ? `:${h.line}` : ''}` : '',
    frames: [],
    base: h.base,
    head: h.head,
    delta: h.head - h.base,
    share: h.baseShare,
    ratio: h.ratio,
    low: h.low,
    high: h.high,
    status: h.status
  }))
  // The stacks whose CPU per request grew most: the leaf is where the time goes, the callers say
  // who asks for it (a function new in head, main.validate, shows as a caller of the work). When
  // the total failed they lead, hot functions follow; when a hot function failed, it leads.
  const stacks = stackGrowers(pairs)
  if (reason === 'slower') top.unshift(...stacks.slice(0, Math.max(2, TOP - top.length)))
  else top.push(...stacks)
  top.length = Math.min(top.length, TOP)
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
    top
  }
}

/**
 * Stacks (function names, leaf first) whose CPU per request grew most,
 * head vs base, each side's samples pooled over the pairs.
 */
function stackGrowers(pairs: Pair[]): Grower[] {
  const profiled = pairs.filter((p) => p.base.profile && p.head.profile)
  if (profiled.length === 0) return []
  const pooled = (side: 'base' | 'head') => {
    const sums = new Map<string, { frames: string[]; ns: number }>()
    let requests = 0
    for (const p of profiled) {
      requests += p[side].requests!
      for (const st of p[side].profile!.stacks) {
        const key = stackKey(st.frames)
        const have = sums.get(key)
        if (have) have.ns += st.ns
        else sums.set(key, { frames: st.frames, ns: st.ns })
      }
    }
    return { sums, requests }
  }
  const b = pooled('base')
  const h = pooled('head')
  const out: Grower[] = []
  for (const [key, st] of h.sums) {
    const base = (b.sums.get(key)?.ns ?? 0) / b.requests
    const head = st.ns / h.requests
    if (head <= base) continue
    const site = siteOf(st.frames)
    out.push({ name: st.frames[0] ?? '<empty stack>', site, line: '', frames: st.frames, base, head, delta: head - base })
  }
  out.sort((x, y) => y.delta - x.delta || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
  return out
}
