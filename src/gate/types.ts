/** The gate's inputs and outputs: pure data, no I/O. */
import type { Profile } from '../pprof/index.js'

export type Side = 'base' | 'head'

export interface Thresholds {
  /** Leftover goroutines, head minus base (median over trials), that fail the check. */
  goroutines: number
  /** Retained heap growth, head minus base, fails when at least this many bytes... */
  heapBytes: number
  /** ...and at least this percentage of base's in-use heap. */
  heapPercent: number
  /** CPU per request: the smallest increase (percent, medians) that can fail... */
  cpuPercent: number
  /** ...and only when a one-sided exact test finds head > base at this level. */
  cpuAlpha: number
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  goroutines: 10,
  heapBytes: 1024 * 1024,
  heapPercent: 10,
  cpuPercent: 15,
  cpuAlpha: 0.01
}

/** Stacks to ignore, like goleak's IgnoreTopFunction / IgnoreAnyFunction; `*` matches any run of characters. */
export interface Allowlist {
  ignoreTop: string[]
  ignoreAny: string[]
}

/** What one trial of one side produced, decoded. */
export interface TrialProfiles {
  side: Side
  trial: number
  /** Requests of the measured load, exact; null when an external load tool did not say. */
  requests: number | null
  errors: number
  goroutineBefore: Profile
  goroutineAfter: Profile
  heapBefore: Profile
  heapAfter: Profile
  /** CPU profile over the load window; null when not taken. */
  cpu: Profile | null
  /** False when the load outlasted the CPU profile window (CPU per request would be too low). */
  cpuCoversLoad: boolean
  /**
   * CPU time the service used during the measured load, from the kernel's
   * accounting (no sampling noise); null where unknown, and then the CPU
   * profile's total is used.
   */
  processCpuNs?: number | null
  /** Whether the goroutine count settled before the "after" snapshot. */
  quiesced: boolean
}

export type CheckId = 'goroutines' | 'heap' | 'cpu'
export type CheckStatus = 'pass' | 'fail' | 'skipped'

/** One thing that grew: a stack (goroutines, heap) or a function (cpu). */
export interface Grower {
  /** Goroutine: its own function; heap: the allocating function; cpu: the function. */
  name: string
  /** Goroutine: where it waits; heap: same as name; cpu: same as name. */
  site: string
  /** Leaf first; empty for cpu. */
  frames: string[]
  base: number
  head: number
  delta: number
}

export interface Check {
  id: CheckId
  status: CheckStatus
  /** Unit of base, head and delta: goroutines, bytes, ns/request. */
  unit: string
  base: number
  head: number
  delta: number
  /** Human-readable rule, e.g. "+10 goroutines" or "+15% and p <= 0.05". */
  threshold: string
  /** One line saying why the status is what it is. */
  summary: string
  /** Values per trial, in trial order. */
  trials: { base: number[]; head: number[] }
  /** Base's spread over trials (max - min), when base ran more than once: the noise floor. */
  baseSpread: number | null
  /** Per request, when the request count is known. */
  perRequest: { base: number; head: number; delta: number; unit: string } | null
  /** One-sided p-value (cpu). */
  p?: number
  top: Grower[]
}

export interface Verdict {
  verdict: 'pass' | 'fail'
  checks: Check[]
}
