/**
 * The three checks. Each compares head with base on medians over trials
 * (robust to one odd trial) and fails only past its threshold; the base
 * side's spread is reported next to the threshold as the noise floor.
 */
import { sampleTypeIndex, siteOf, stackValues, toFloat, sampleTypeTotals } from '../pprof/index.js'
import type { Profile } from '../pprof/index.js'
import { StackFilter } from './allowlist.js'
import { allocationSite, goroutineName, stackGrowth, topGrowers } from './growth.js'
import { mannWhitneyGreaterP, median, spread } from './stats.js'
import type { Check, Grower, Thresholds, TrialProfiles } from './types.js'

const TOP = 5

function split(trials: TrialProfiles[]) {
  return {
    base: trials.filter((t) => t.side === 'base'),
    head: trials.filter((t) => t.side === 'head')
  }
}

function medianRequests(trials: TrialProfiles[]): number | null {
  const known = trials.map((t) => t.requests).filter((r): r is number => r !== null && r > 0)
  return known.length === trials.length && known.length > 0 ? median(known) : null
}

function baseSpread(values: number[]): number | null {
  return values.length > 1 ? spread(values) : null
}

/** Per-trial stack growth of one profile pair (before/after the load) on each side, and its medians. */
function growth(trials: TrialProfiles[], pair: (r: TrialProfiles) => [Profile, Profile], sampleType: string, filter: StackFilter) {
  const { base, head } = split(trials)
  const g = (runs: TrialProfiles[]) => runs.map((r) => stackGrowth(...pair(r), sampleType, filter))
  const bg = g(base)
  const hg = g(head)
  const bv = bg.map((x) => x.total)
  const hv = hg.map((x) => x.total)
  const bm = median(bv)
  const hm = median(hv)
  return { base, head, bg, hg, bv, hv, bm, hm, delta: hm - bm, requests: medianRequests(trials) }
}

function perRequestFigures(bm: number, hm: number, delta: number, requests: number | null, unit: string): Check['perRequest'] {
  return requests ? { base: bm / requests, head: hm / requests, delta: delta / requests, unit } : null
}

export function goroutineCheck(trials: TrialProfiles[], t: Thresholds, filter: StackFilter): Check {
  const { head, bg, hg, bv, hv, bm, hm, delta, requests } = growth(trials, (r) => [r.goroutineBefore, r.goroutineAfter], 'goroutine', filter)
  const fail = delta > t.goroutines
  const unsettled = trials.filter((r) => !r.quiesced).length
  return {
    id: 'goroutines',
    status: fail ? 'fail' : 'pass',
    unit: 'goroutines',
    base: bm,
    head: hm,
    delta,
    threshold: `+${t.goroutines} goroutines`,
    summary:
      (fail
        ? `head leaves ${fmt(delta)} more goroutines behind than base after the load (median of ${head.length} trials)`
        : `leftover goroutines within +${t.goroutines} of base`) +
      (unsettled ? `; the goroutine count had not settled in ${unsettled} trial(s)` : ''),
    trials: { base: bv, head: hv },
    baseSpread: baseSpread(bv),
    perRequest: perRequestFigures(bm, hm, delta, requests, 'goroutines/request'),
    top: topGrowers(bg, hg, TOP, goroutineName)
  }
}

export function heapCheck(trials: TrialProfiles[], t: Thresholds, filter: StackFilter): Check {
  const { base, bg, hg, bv, hv, bm, hm, delta, requests } = growth(trials, (r) => [r.heapBefore, r.heapAfter], 'inuse_space', filter)
  const baseInuse = median(base.map((r) => inuse(r.heapAfter)))
  const relative = baseInuse > 0 ? (delta / baseInuse) * 100 : Infinity
  const fail = delta >= t.heapBytes && relative >= t.heapPercent
  return {
    id: 'heap',
    status: fail ? 'fail' : 'pass',
    unit: 'bytes',
    base: bm,
    head: hm,
    delta,
    threshold: `+${t.heapPercent}% of base in-use heap and at least ${mib(t.heapBytes)}`,
    summary: fail
      ? `head retains ${mib(delta)} more heap than base after the load and a forced GC (${relative.toFixed(0)}% of base's ${mib(baseInuse)} in use)`
      : `retained heap growth within threshold (${delta >= 0 ? '+' : ''}${mib(delta)}, ${Number.isFinite(relative) ? relative.toFixed(1) : '∞'}% of base in use)`,
    trials: { base: bv, head: hv },
    baseSpread: baseSpread(bv),
    perRequest: perRequestFigures(bm, hm, delta, requests, 'bytes/request'),
    top: topGrowers(bg, hg, TOP, allocationSite)
  }
}

function inuse(p: Profile): number {
  return toFloat(sampleTypeTotals(p)[sampleTypeIndex(p, 'inuse_space')])
}

export function cpuCheck(trials: TrialProfiles[], t: Thresholds): Check {
  const { base, head } = split(trials)
  // The kernel's exact CPU time when every trial has it (the profile's window
  // then only matters for attribution); else the profile's samples, which
  // must cover the whole load.
  const exact = trials.every((r) => typeof r.processCpuNs === 'number' && r.processCpuNs > 0)
  const usable = (r: TrialProfiles) => r.requests !== null && r.requests > 0 && (exact || (r.cpu !== null && r.cpuCoversLoad))
  const skipped = (summary: string): Check => ({
    id: 'cpu',
    status: 'skipped',
    unit: 'ns/request',
    base: NaN,
    head: NaN,
    delta: NaN,
    threshold: `+${t.cpuPercent}% and p ≤ ${t.cpuAlpha}`,
    summary,
    trials: { base: [], head: [] },
    baseSpread: null,
    perRequest: null,
    top: []
  })
  if (trials.some((r) => r.requests === null)) {
    return skipped('the request count is unknown (an external load tool without --requests), so CPU per request cannot be computed')
  }
  const ub = base.filter(usable)
  const uh = head.filter(usable)
  if (ub.length === 0 || uh.length === 0) {
    return skipped('no trial had a CPU profile covering the whole load window')
  }
  const perRequest = (r: TrialProfiles) => (exact ? r.processCpuNs! : cpuTotal(r.cpu!)) / r.requests!
  const bv = ub.map(perRequest)
  const hv = uh.map(perRequest)
  const bm = median(bv)
  const hm = median(hv)
  const delta = hm - bm
  const pct = bm > 0 ? (delta / bm) * 100 : hm > 0 ? Infinity : 0
  const p = mannWhitneyGreaterP(bv, hv)
  const fail = pct >= t.cpuPercent && p <= t.cpuAlpha + 1e-12
  const note = ub.length < base.length || uh.length < head.length ? ` (${base.length - ub.length + head.length - uh.length} trial(s) left out: load outlasted the CPU profile)` : ''
  return {
    id: 'cpu',
    status: fail ? 'fail' : 'pass',
    unit: 'ns/request',
    base: bm,
    head: hm,
    delta,
    threshold: `+${t.cpuPercent}% and p ≤ ${t.cpuAlpha}`,
    summary:
      (fail
        ? `head spends ${pct.toFixed(1)}% more CPU per request than base (p = ${p.toFixed(3)})`
        : pct >= t.cpuPercent
          ? `CPU per request ${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%, but not significant (p = ${p.toFixed(3)} > ${t.cpuAlpha}): within noise`
          : `CPU per request ${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%, under +${t.cpuPercent}%`) +
      note +
      (exact ? '' : '; measured from CPU profile samples (10 ms each), as kernel CPU accounting was not available'),
    trials: { base: bv, head: hv },
    baseSpread: baseSpread(bv),
    perRequest: null,
    p,
    top: cpuGrowers(ub.filter((r) => r.cpu !== null), uh.filter((r) => r.cpu !== null))
  }
}

function cpuTotal(p: Profile): number {
  return toFloat(sampleTypeTotals(p)[sampleTypeIndex(p, 'cpu')])
}

/**
 * Stacks whose CPU per request grew most (all usable trials of a side
 * pooled): the leaf is where the time goes, the frames say who called it.
 */
function cpuGrowers(base: TrialProfiles[], head: TrialProfiles[]): Grower[] {
  if (base.length === 0 || head.length === 0) return []
  const perRequest = (runs: TrialProfiles[]) => {
    const sums = new Map<string, { frames: string[]; value: number }>()
    let requests = 0
    for (const r of runs) {
      requests += r.requests!
      for (const [key, st] of stackValues(r.cpu!, sampleTypeIndex(r.cpu!, 'cpu'))) {
        const have = sums.get(key)
        if (have) have.value += toFloat(st.value)
        else sums.set(key, { frames: st.frames, value: toFloat(st.value) })
      }
    }
    return { sums, requests }
  }
  const b = perRequest(base)
  const h = perRequest(head)
  const out: Grower[] = []
  for (const key of new Set([...b.sums.keys(), ...h.sums.keys()])) {
    const bv = (b.sums.get(key)?.value ?? 0) / b.requests
    const hv = (h.sums.get(key)?.value ?? 0) / h.requests
    if (hv - bv <= 0) continue
    const frames = (h.sums.get(key) ?? b.sums.get(key))!.frames
    out.push({ name: frames[0] ?? '<empty stack>', site: siteOf(frames), frames, base: bv, head: hv, delta: hv - bv })
  }
  out.sort((x, y) => y.delta - x.delta || (x.name < y.name ? -1 : 1))
  return out.slice(0, TOP)
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1)
}

function mib(bytes: number): string {
  const abs = Math.abs(bytes)
  if (abs >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(abs >= 10 * 1024 * 1024 ? 0 : 1)} MiB`
  if (abs >= 1024) return `${(bytes / 1024).toFixed(abs >= 10 * 1024 ? 0 : 1)} KiB`
  return `${Math.round(bytes)} B`
}
