/**
 * The leak checks: goroutines and retained heap, one rule for both. A leak
 * is a slope: it grows with every round of load. Each leak trial measures
 * the growth of each round (snapshot after it minus snapshot before it, per
 * stack, allowlisted stacks left out); what a trial keeps adding is the
 * least growth of any round, so a pool, a cache, a goroutine high-water mark
 * or a lazy start-up (which grow in the first round and then stop) add
 * nothing. Head fails when what it keeps adding exceeds base's by more than
 * the threshold; a base that shrank counts as zero, so base's freeing never
 * makes head look worse than head's own growth.
 *
 * Known leaks (a ratchet): stacks whose name (the goroutine's own function,
 * the heap's allocation site) matches an entry still in date are left out of
 * the check, as the allowlist's are, and measured on their own so the report
 * can say what the entry accepts; an entry nothing growing matches is stale.
 */
import { siteOf, rootOf } from '../pprof/index.js'
import { Wildcard } from './allowlist.js'
import type { StackFilter } from './allowlist.js'
import { median } from './stats.js'
import type { Check, GrowthFigures, Grower, KnownLeak, KnownOutcome, LeakTrial, Reason, StackTable, Thresholds } from './types.js'

const TOP = 5

interface GrowthRule {
  id: 'goroutines' | 'heap'
  unit: string
  perRequestUnit: string
  snapshots: (t: LeakTrial) => StackTable[]
  threshold: (t: Thresholds) => number
  /** The name a reader knows the stack by. */
  name: (frames: string[]) => string
  /** Stacks this check leaves to another. */
  leaves: (frames: string[]) => boolean
}

/**
 * Goroutine descriptors (runtime.malg, and the allgs list that allgadd
 * grows) are never freed by Go: a burst of short-lived goroutines leaves a
 * high-water mark that can still creep up in a later round. A leaked
 * goroutine is the goroutine check's to find; what it holds on to (its
 * closure, its buffers) is allocated elsewhere and still counts here.
 */
const GOROUTINE_DESCRIPTORS = new Set(['runtime.malg', 'runtime.allgadd'])

/** The innermost frame that is the program's (or a module's), else the innermost outside the runtime. */
function siteIndex(frames: string[]): number {
  const site = siteOf(frames)
  const i = frames.indexOf(site)
  return i < 0 ? 0 : i
}

const RULES: Record<'goroutines' | 'heap', GrowthRule> = {
  goroutines: {
    id: 'goroutines',
    unit: 'goroutines',
    perRequestUnit: 'goroutines/request',
    snapshots: (t) => t.goroutines,
    threshold: (t) => t.goroutines,
    name: rootOf,
    leaves: () => false
  },
  heap: {
    id: 'heap',
    unit: 'bytes',
    perRequestUnit: 'bytes/request',
    snapshots: (t) => t.heap,
    threshold: (t) => t.heapBytes,
    name: siteOf,
    leaves: (frames) => frames.some((f) => GOROUTINE_DESCRIPTORS.has(f))
  }
}

interface TrialGrowth {
  /** Growth of each round, scaled to the run's requests per round. */
  rounds: number[]
  /** The least of rounds. */
  persistent: number
  /** Per stack: growth of each round, scaled likewise. */
  byStack: Map<string, { frames: string[]; lines: string[]; rounds: number[] }>
}

function total(t: StackTable, counts: (frames: string[]) => boolean): number {
  let sum = 0
  for (const s of t.values()) if (counts(s.frames)) sum += s.value
  return sum
}

/**
 * One trial's growth per round. Rounds of different lengths (a duration
 * instead of a count) are compared per request, scaled back to `perRound`.
 */
function trialGrowth(trial: LeakTrial, rule: GrowthRule, counts: (frames: string[]) => boolean, perRound: number | null): TrialGrowth {
  const snaps = rule.snapshots(trial)
  const scale = (k: number) => {
    const n = trial.roundRequests[k - 1]
    return perRound !== null && n ? perRound / n : 1
  }
  const rounds: number[] = []
  for (let k = 1; k < snaps.length; k++) rounds.push((total(snaps[k], counts) - total(snaps[k - 1], counts)) * scale(k))
  const byStack = new Map<string, { frames: string[]; lines: string[]; rounds: number[] }>()
  const keys = new Set<string>()
  for (const s of snaps) for (const [key, st] of s) if (counts(st.frames)) keys.add(key)
  for (const key of keys) {
    const r: number[] = []
    let any = snaps[0].get(key)
    for (let k = 1; k < snaps.length; k++) {
      const after = snaps[k].get(key)
      any ??= after
      r.push(((after?.value ?? 0) - (snaps[k - 1].get(key)?.value ?? 0)) * scale(k))
    }
    if (r.some((v) => v !== 0)) byStack.set(key, { frames: any!.frames, lines: any!.lines, rounds: r })
  }
  return { rounds, persistent: rounds.length ? Math.min(...rounds) : 0, byStack }
}

/** An entry's last day is before the run's (both YYYY-MM-DD, which compare as strings). */
export function hasExpired(entry: KnownLeak, date: string): boolean {
  return entry.until !== null && date !== '' && entry.until < date
}

/** Which stacks count toward the check, and which toward each known-leak entry. */
class StackClaims {
  private readonly active: { index: number; wildcard: Wildcard }[]
  private readonly patterns: Wildcard[]
  /** Per stack (its frames array): the entry claiming it, -1 for none; names are matched once per stack. */
  private readonly claimed = new WeakMap<string[], number>()

  constructor(
    private readonly rule: GrowthRule,
    private readonly filter: StackFilter,
    entries: KnownLeak[],
    readonly expired: boolean[]
  ) {
    this.patterns = entries.map((e) => new Wildcard(e.pattern))
    this.active = this.patterns.map((wildcard, index) => ({ index, wildcard })).filter(({ index }) => !expired[index])
  }

  private measured(frames: string[]): boolean {
    return !this.filter.ignores(frames) && !this.rule.leaves(frames)
  }

  /** The first entry in date that matches the stack's name, else -1. */
  private claim(frames: string[]): number {
    if (this.active.length === 0) return -1
    let at = this.claimed.get(frames)
    if (at === undefined) {
      const name = this.rule.name(frames)
      at = this.active.find((a) => a.wildcard.test(name))?.index ?? -1
      this.claimed.set(frames, at)
    }
    return at
  }

  /** Stacks the check counts: measured, and not accepted by an entry in date. */
  readonly check = (frames: string[]): boolean => this.measured(frames) && this.claim(frames) < 0

  /** Stacks entry i stands for: those it claims, or (expired) those it matches among what the check counts. */
  entry(i: number): (frames: string[]) => boolean {
    if (!this.expired[i]) return (frames) => this.measured(frames) && this.claim(frames) === i
    return (frames) => this.check(frames) && this.patterns[i].test(this.rule.name(frames))
  }
}

export interface GrowthResult {
  check: Check
  /** One per known-leak entry of this check's kind; none when the check was skipped. */
  known: KnownOutcome[]
}

/** Each side's growth per trial, with the stacks `counts` keeps. */
function sideGrowth(trials: LeakTrial[], rule: GrowthRule, counts: (frames: string[]) => boolean, perRound: number | null) {
  const base = trials.filter((x) => x.side === 'base').map((x) => trialGrowth(x, rule, counts, perRound))
  const head = trials.filter((x) => x.side === 'head').map((x) => trialGrowth(x, rule, counts, perRound))
  return { base, head, bp: median(base.map((g) => g.persistent)), hp: median(head.map((g) => g.persistent)) }
}

/**
 * `known`: entries of this check's kind (goroutine or heap); `date`: the
 * run's day, YYYY-MM-DD (entries whose until is before it have expired).
 */
export function growthCheck(id: 'goroutines' | 'heap', trials: LeakTrial[], t: Thresholds, filter: StackFilter, known: KnownLeak[] = [], date = ''): GrowthResult {
  const rule = RULES[id]
  const threshold = rule.threshold(t)
  const base = trials.filter((x) => x.side === 'base')
  const head = trials.filter((x) => x.side === 'head')
  if (base.length === 0 || head.length === 0 || trials.some((x) => rule.snapshots(x).length < 2)) {
    return { check: skipped(rule, 'no-trials'), known: [] }
  }
  const claims = new StackClaims(rule, filter, known, known.map((e) => hasExpired(e, date)))
  const requests = trials.flatMap((x) => x.roundRequests).filter((n): n is number => n !== null && n > 0)
  const perRound = requests.length === trials.reduce((a, x) => a + x.roundRequests.length, 0) && requests.length > 0 ? median(requests) : null
  const { base: bg, head: hg, bp, hp } = sideGrowth(trials, rule, claims.check, perRound)
  const delta = hp - Math.max(0, bp)
  const roundCount = Math.min(...hg.map((g) => g.rounds.length))
  const headRounds = Array.from({ length: roundCount }, (_, k) => median(hg.map((g) => g.rounds[k])))
  const baseRounds = Array.from({ length: roundCount }, (_, k) => median(bg.map((g) => g.rounds[k])))
  const fail = delta > threshold
  let reason: Reason
  if (fail) reason = 'grows'
  else if (hp > threshold && hp - Math.max(0, bp) <= threshold) reason = 'base-too'
  else if (headRounds.some((v, k) => v - Math.max(0, baseRounds[k]) > threshold)) reason = 'bounded'
  else reason = 'below'
  const figures: GrowthFigures = {
    kind: 'growth',
    rounds: { base: bg.map((g) => g.rounds), head: hg.map((g) => g.rounds) },
    requestsPerRound: perRound,
    persistent: { base: bp, head: hp },
    headRounds,
    threshold,
    unsettled: trials.reduce((a, x) => a + x.settled.filter((s) => !s).length, 0),
    memProfileRate: id === 'heap' ? median(trials.map((x) => x.memProfileRate)) : null
  }
  const check: Check = {
    id: rule.id,
    status: fail ? 'fail' : 'pass',
    reason,
    unit: rule.unit,
    base: bp,
    head: hp,
    delta,
    trials: { base: bg.map((g) => g.persistent), head: hg.map((g) => g.persistent) },
    perRequest: perRound ? { base: bp / perRound, head: hp / perRound, delta: delta / perRound, unit: rule.perRequestUnit } : null,
    figures,
    top: growers(bg, hg, rule)
  }
  return { check, known: known.map((entry, i) => knownOutcome(entry, claims, i, trials, rule, perRound)) }
}

function knownOutcome(entry: KnownLeak, claims: StackClaims, i: number, trials: LeakTrial[], rule: GrowthRule, perRound: number | null): KnownOutcome {
  const g = sideGrowth(trials, rule, claims.entry(i), perRound)
  const top = growers(g.base, g.head, rule)
  const expired = claims.expired[i]
  return {
    entry,
    check: rule.id,
    status: top.length === 0 ? 'stale' : expired ? 'expired' : 'accepted',
    expired,
    unit: rule.unit,
    base: g.bp,
    head: g.hp,
    delta: g.hp - Math.max(0, g.bp),
    top
  }
}


function skipped(rule: GrowthRule, reason: Reason): Check {
  return {
    id: rule.id,
    status: 'skipped',
    reason,
    unit: rule.unit,
    base: NaN,
    head: NaN,
    delta: NaN,
    trials: { base: [], head: [] },
    perRequest: null,
    figures: null,
    top: []
  }
}

/**
 * Stacks that head keeps adding beyond base: per stack, the least growth of
 * any round, averaged over a side's trials; largest first. A stack that
 * grows in one round only (a map's buckets doubling, a pool filling) drops
 * out, as it should.
 */
function growers(base: TrialGrowth[], head: TrialGrowth[], rule: GrowthRule): Grower[] {
  const sums = new Map<string, { frames: string[]; lines: string[]; base: number; head: number; rounds: number[] }>()
  const add = (runs: TrialGrowth[], side: 'base' | 'head') => {
    for (const run of runs) {
      for (const [key, s] of run.byStack) {
        let e = sums.get(key)
        if (!e) sums.set(key, (e = { frames: s.frames, lines: s.lines, base: 0, head: 0, rounds: s.rounds.map(() => 0) }))
        e[side] += Math.min(...s.rounds) / runs.length
        if (side === 'head') s.rounds.forEach((v, k) => (e.rounds[k] = (e.rounds[k] ?? 0) + v / runs.length))
      }
    }
  }
  add(base, 'base')
  add(head, 'head')
  const out: Grower[] = []
  for (const s of sums.values()) {
    const delta = s.head - Math.max(0, s.base)
    if (delta <= 0) continue
    const at = siteIndex(s.frames)
    out.push({
      name: rule.name(s.frames),
      site: s.frames[at] ?? '<empty stack>',
      line: s.lines[at] ?? '',
      frames: s.frames,
      base: s.base,
      head: s.head,
      delta,
      rounds: s.rounds
    })
  }
  out.sort((x, y) => y.delta - x.delta || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
  return out.slice(0, TOP)
}
