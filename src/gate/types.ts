/** The gate's inputs and outputs: pure data, no I/O, no wording (src/report writes the words). */
import type { TrialCpu } from './cpu-profile.js'

export type Side = 'base' | 'head'

export interface Thresholds {
  /** Goroutines that head keeps adding in every leak round, beyond base's, that fail the check. */
  goroutines: number
  /** Retained heap that head keeps adding in every leak round, beyond base's, that fails the check. */
  heapBytes: number
  /** CPU per request: the smallest increase (percent) that can fail... */
  cpuPercent: number
  /** ...when significant at this level (one-sided). */
  cpuAlpha: number
  /** A function carrying at least this share (percent) of base's CPU... */
  hotSpotShare: number
  /** ...fails when it grows by more than this (percent), significantly. */
  hotSpotPercent: number
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  goroutines: 5,
  heapBytes: 128 * 1024,
  cpuPercent: 15,
  cpuAlpha: 0.01,
  hotSpotShare: 5,
  hotSpotPercent: 15
}

/** Stacks to ignore, like goleak's IgnoreTopFunction / IgnoreAnyFunction; `*` matches any run of characters. */
export interface Allowlist {
  ignoreTop: string[]
  ignoreAny: string[]
}

/** A stack of function names (leaf first) with the file:line of each frame, and its value. */
export interface LinedStack {
  frames: string[]
  /** "file:line" per frame, '' where the profile has no line. */
  lines: string[]
  value: number
}

/** Stacks of one snapshot, keyed by stackKey(frames). */
export type StackTable = Map<string, LinedStack>

/** One leak trial, reduced to what the gate needs: snapshot 0 is "start", k is "after round k". */
export interface LeakTrial {
  side: Side
  trial: number
  /** Requests of each round; null when an external load tool did not say. */
  roundRequests: (number | null)[]
  errors: number
  goroutines: StackTable[]
  heap: StackTable[]
  /** Whether the goroutine count had settled before each snapshot. */
  settled: boolean[]
  /** Bytes per heap sample (GODEBUG=memprofilerate). */
  memProfileRate: number
}

/** One CPU trial, reduced. */
export interface CpuTrial {
  side: Side
  pair: number
  /** Requests of the measured load; null when unknown. */
  requests: number | null
  errors: number
  /** Kernel CPU time over the load; null where unknown. */
  processCpuNs: number | null
  runQueueNs: number | null
  /** False when the load outlasted the CPU profile's window. */
  coversLoad: boolean
  profile: TrialCpu | null
}

export interface TrialFigures {
  leak: LeakTrial[]
  cpu: CpuTrial[]
}

export type CheckId = 'goroutines' | 'heap' | 'cpu'
export type CheckStatus = 'pass' | 'fail' | 'inconclusive' | 'skipped'

/**
 * Why a check came out as it did; src/report turns it into words.
 * - grows: head keeps growing in every round by more than the threshold beyond base
 * - below: head's growth in every round stays within the threshold
 * - bounded: head grew in an early round by more than the threshold, then stopped
 * - base-too: head grows, but base grows about as much (not this change's)
 * - slower / hot-spot: CPU per request, or one function's, grew significantly past the threshold
 * - within: CPU per request, and every hot function, within the threshold
 * - undecided: the CPU figures straddle the threshold after the most pairs allowed
 * - no-requests, no-trials, no-profile: could not be measured (skipped)
 */
export type Reason = 'grows' | 'below' | 'bounded' | 'base-too' | 'slower' | 'hot-spot' | 'within' | 'undecided' | 'no-requests' | 'no-trials' | 'no-profile'

/** One thing that grew: a stack (goroutines, heap) or a function (cpu). */
export interface Grower {
  /** Goroutine: its own function; heap: the allocating function; cpu: the function. */
  name: string
  /** Goroutine: where it waits; heap and cpu: the program's own frame nearest the leaf. */
  site: string
  /** file:line of `site`, '' when unknown. */
  line: string
  /** Leaf first; empty for cpu. */
  frames: string[]
  /** Goroutines, heap: growth per round (persistent: the least of the rounds); cpu: ns/request. */
  base: number
  head: number
  delta: number
  /** Head's growth in each round (goroutines, heap). */
  rounds?: number[]
  /** cpu: share of base's CPU (0-1), and head/base with its interval. */
  share?: number
  ratio?: number
  low?: number
  high?: number
  status?: CheckStatus
}

/** Leak checks: per side, per trial, growth in each round. */
export interface GrowthFigures {
  kind: 'growth'
  /** [trial][round] */
  rounds: { base: number[][]; head: number[][] }
  /** Requests in a round (median), null when unknown. */
  requestsPerRound: number | null
  /** Per side: the least growth of any round (median over trials): what keeps growing. */
  persistent: { base: number; head: number }
  /** Head's growth in each round (median over trials). */
  headRounds: number[]
  threshold: number
  /** Snapshots taken before the goroutine count had settled. */
  unsettled: number
  memProfileRate: number | null
}

/** The CPU check: ABBA pairs, head/base with a confidence interval. */
export interface CpuFigures {
  kind: 'cpu'
  pairs: number
  /** head/base of CPU per request, and its interval at the check's level. */
  ratio: number
  low: number
  high: number
  /** The smallest increase (ratio - 1) this run could have told from noise. */
  detectable: number
  /** Per pair: head/base. */
  pairRatios: number[]
  thresholdPercent: number
  alpha: number
  /** Where the figures come from. */
  source: 'kernel' | 'profile'
  /** Share of the profile's samples in the scheduler's idle paths (left out), and in GC (kept), per side. */
  idleShare: { base: number; head: number } | null
  gcShare: { base: number; head: number } | null
  /** Trials left out (uneven competition for the CPU, warm-up). */
  discarded: number
}

export interface Check {
  id: CheckId
  status: CheckStatus
  reason: Reason
  /** Unit of base, head and delta: goroutines, bytes, ns/request. */
  unit: string
  base: number
  head: number
  delta: number
  /** Values per trial, in trial order. */
  trials: { base: number[]; head: number[] }
  /** Per request, when the request count is known. */
  perRequest: { base: number; head: number; delta: number; unit: string } | null
  /** One-sided p-value (cpu). */
  p?: number
  figures: GrowthFigures | CpuFigures | null
  top: Grower[]
}

/**
 * A leak accepted for now (`known:` in .pprof-gate.yml): growth matching it
 * is reported as known, not failed, until the date passes; an entry that
 * matches nothing is stale.
 */
export interface KnownLeak {
  /** goroutine: matches the goroutine's own (outermost) function; heap: the allocation site. */
  kind: 'goroutine' | 'heap'
  /** A function name, `*` as wildcard (as the ignore patterns). */
  pattern: string
  reason: string
  /** YYYY-MM-DD, the last day it is accepted; null: no end. */
  until: string | null
  /** Where it is written (file:line:column), for the report to point at. */
  where: string
}

/** The known leaks a run is judged with, and the day it is judged on (YYYY-MM-DD, UTC). */
export interface KnownLeaks {
  entries: KnownLeak[]
  date: string
}

/**
 * What became of a known-leak entry:
 * - accepted: stacks matching it keep growing; that growth is left out of its check
 * - expired: they keep growing, but its date has passed: the growth counts again
 * - stale: nothing matching it keeps growing (fixed, or a pattern that names nothing)
 */
export interface KnownOutcome {
  entry: KnownLeak
  check: 'goroutines' | 'heap'
  status: 'accepted' | 'expired' | 'stale'
  /** The date had passed (a stale entry can be expired too). */
  expired: boolean
  /** What the matching stacks keep adding per round, in the check's unit (as the check's base, head, delta). */
  unit: string
  base: number
  head: number
  delta: number
  /** The matching stacks that grew, largest first. */
  top: Grower[]
}

export interface Verdict {
  verdict: 'pass' | 'fail' | 'inconclusive'
  checks: Check[]
  /** One per known-leak entry of a measured leak check, in the config's order; absent when none were given. */
  known?: KnownOutcome[]
}
