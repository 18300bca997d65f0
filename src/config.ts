/**
 * The typed configuration of a `run`, built from CLI flags or action inputs
 * (the same fields either way). Defaults live here, chosen from measurements
 * (docs/gate.md).
 */
import { DEFAULT_THRESHOLDS } from './gate/index.js'
import type { Allowlist, KnownLeak, Thresholds } from './gate/index.js'

export type { KnownLeak } from './gate/index.js'

export type BaseSource = { kind: 'dir'; dir: string } | { kind: 'ref'; ref: string; repoDir: string }

export interface RunConfig {
  base: BaseSource
  headDir: string
  /** Go package to build, relative to each side's directory. */
  package: string
  buildArgs: string[]
  /** Service arguments; `{port}` is replaced by the port. */
  args: string[]
  env: Record<string, string>
  readyPath: string
  readyTimeoutMs: number
  /** pprof base URL when pprof is not on the service's port/path; `{port}` replaced. */
  pprofUrl: string | null
  /** Targets in vegeta format, one per --target or from --targets. */
  targets: string[]
  targetsFile: string | null
  requests: number
  durationMs: number | null
  concurrency: number
  rate: number | null
  warmupRequests: number
  loadCommand: string | null
  /** Requests an external load command sends, when the user knows. */
  loadCommandRequests: number | null
  /** Leak trials per side. */
  leakTrials: number
  /** Load rounds of a leak trial (at least 2: a leak is what keeps growing). */
  leakRounds: number
  /** GODEBUG=memprofilerate for leak trials (bytes per heap sample); 0 keeps Go's 512 KiB. */
  memProfileRate: number
  /** CPU pairs always run; pairs added while undecided, up to maxCpuPairs. 0: no CPU check. */
  cpuPairs: number
  maxCpuPairs: number
  /** Length of each CPU trial's measured load. */
  cpuSeconds: number
  /** Inconclusive fails the run (exit 1) instead of passing. */
  failOnInconclusive: boolean
  thresholds: Thresholds
  allow: Allowlist
  outDir: string
  quiesceTimeoutMs: number
  /** Ask Go 1.26+ for the goroutineleak profile too. */
  goroutineLeakProfile: boolean
  /** Measure even when base and head build to the same binary (a service reading files at run time). */
  measureUnchanged?: boolean
  /** Leaks accepted for now (`known:` in .pprof-gate.yml); none when absent. */
  known?: KnownLeak[]
}

export const DEFAULTS = {
  package: '.',
  readyPath: '/debug/pprof/',
  readyTimeoutMs: 30_000,
  requests: 2000,
  concurrency: 8,
  warmupRequests: 300,
  leakTrials: 2,
  leakRounds: 2,
  memProfileRate: 4096,
  cpuPairs: 4,
  maxCpuPairs: 8,
  cpuSeconds: 3,
  quiesceTimeoutMs: 5000,
  thresholds: DEFAULT_THRESHOLDS
}
