/**
 * `pprof-gate run`: build base and head, measure both under the same load,
 * and print the verdict. Exit 0 pass, 1 regression, 2 error.
 */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { RunConfig } from '../config.js'
import { DEFAULTS } from '../config.js'
import { runPipeline } from '../pipeline.js'
import { buildRunReport } from '../run-report.js'
import { renderRunMarkdown, renderRunText, runJson } from '../report/run.js'
import type { CommandIO } from './io.js'
import { UsageError } from './io.js'
import { checkPprofUrl, parseCount, parseFormat, parsePositiveNumber, splitWords } from '../options.js'
import { Progress } from './progress.js'
import { GATE_FLAGS, gateThresholds } from './gate-flags.js'
import { installSignalHandlers } from '../harness/process.js'
import { HarnessError } from '../harness/errors.js'
import { allServicesRunArgs, serviceRunArgs } from '../run/config-file.js'
import type { AllServicesRun } from '../run/config-file.js'
import type { RunReport } from '../report/run.js'
import { inertCommands } from '../report/escape.js'
import { summarize } from '../report/summary.js'
import { readServiceResult, RESULT_FILE, writeErrorResult } from '../run/results.js'
import { renderSummary, summaryExitCode } from './summarize.js'

export const RUN_USAGE = `Usage: pprof-gate run [options]

Builds base and head of a Go service, runs each under the same HTTP load in
interleaved trials, fetches /debug/pprof profiles, and fails (exit 1) when head
leaks goroutines, retains heap or spends more CPU per request than base.

Sides:
  --base-ref REF            base = merge-base of HEAD and REF (git worktree)
  --base-dir DIR            base = a directory
  --head-dir DIR            head directory (default .)
  --package PKG             package to build in each side (default .)
  --build-arg ARG           extra go build argument (repeatable)
  --measure-unchanged       measure even when base and head build to the same binary
                            (default: such a run reports "unchanged" and measures nothing)
Service:
  --args "A B {port}"       service arguments ({port} is replaced; PORT is set too)
  --env K=V                 extra environment for the service (repeatable)
  --ready-path PATH         ready when this answers (default /debug/pprof/)
  --ready-timeout SECONDS   readiness budget (default 30)
  --pprof-url URL           pprof base when not at /debug/pprof on the service port ({port} replaced; loopback only)
Load:
  --target 'GET /path'      a target (repeatable; default GET /)
  --targets FILE            targets in vegeta's text format
  --requests N              requests of each leak round (default ${DEFAULTS.requests})
  --duration SECONDS        leak rounds last this long instead of a request count
  --concurrency C           concurrent connections (default ${DEFAULTS.concurrency})
  --rate R                  requests per second cap
  --warmup N                warm-up requests before the first snapshot (default ${DEFAULTS.warmupRequests})
  --load-command CMD        external load tool (PPROF_GATE_URL is set)
  --load-command-requests N how many requests CMD sends (else CPU per request is skipped)
Leaks (what keeps growing, round after round):
  --trials N                leak trials per side (default ${DEFAULTS.leakTrials})
  --rounds N                load rounds per leak trial, at least 2 (default ${DEFAULTS.leakRounds})
  --mem-profile-rate BYTES  heap sampling of leak trials, GODEBUG=memprofilerate (default ${DEFAULTS.memProfileRate}; 0: Go's 512 KiB)
  --max-goroutines N        goroutines head keeps adding per round beyond base that fail (default ${DEFAULTS.thresholds.goroutines})
  --max-heap-growth SIZE    heap head keeps retaining per round beyond base that fails (default 128KiB)
CPU per request (ABBA pairs of trials, pass / fail / inconclusive):
  --cpu-pairs N             pairs always run (default ${DEFAULTS.cpuPairs}; 0 skips the CPU check)
  --max-cpu-pairs N         pairs at most, added while undecided (default ${DEFAULTS.maxCpuPairs})
  --cpu-seconds S           CPU profile window of each CPU trial, the load filling it (default ${DEFAULTS.cpuSeconds})
  --max-cpu-percent P       CPU per request increase that fails, when significant (default ${DEFAULTS.thresholds.cpuPercent})
  --cpu-alpha A             significance level, one-sided (default ${DEFAULTS.thresholds.cpuAlpha})
  --hot-spot-share P        functions with at least P% of base's CPU are checked alone (default ${DEFAULTS.thresholds.hotSpotShare})
  --max-hot-spot-percent P  such a function's increase that fails, when significant (default ${DEFAULTS.thresholds.hotSpotPercent})
  --fail-on-inconclusive    exit 1 when the CPU answer is inconclusive (default: exit 0)
Allowlist:
  --ignore-top PATTERN      ignore stacks whose innermost function matches (repeatable, * wildcard)
  --ignore-any PATTERN      ignore stacks with any function matching (repeatable, * wildcard)
  --goroutineleak           also fetch Go's goroutineleak profile (Go 1.26: built with GOEXPERIMENT)
.pprof-gate.yml:
  --service NAME            take the settings of service NAME (flags given here override them)
  --all                     run every service, one after another, each into --out/NAME, then
                            print one summary (as pprof-gate summarize; exit 1 if any failed)
  --config FILE             the config file (default .pprof-gate.yml at the top of the git repository)
Output:
  --out DIR                 run directory (default .pprof-gate/run-<time>; with --all .pprof-gate/all-<time>)
  --format FORMAT           text (default), markdown or json
  --quiet                   no progress on stderr
  --debug                   stack traces for unexpected errors
`

function timestamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')
}

export function parseRunArgs(argv: string[]): { config: RunConfig; format: 'text' | 'markdown' | 'json'; quiet: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      'base-ref': { type: 'string' },
      'base-dir': { type: 'string' },
      'head-dir': { type: 'string', default: '.' },
      package: { type: 'string', default: DEFAULTS.package },
      'build-arg': { type: 'string', multiple: true, default: [] },
      'measure-unchanged': { type: 'boolean', default: false },
      // Taken out by runCommand before this parse (allServicesRunArgs); known here so that --all --help helps.
      all: { type: 'boolean', default: false },
      args: { type: 'string', default: '' },
      env: { type: 'string', multiple: true, default: [] },
      'ready-path': { type: 'string', default: DEFAULTS.readyPath },
      'ready-timeout': { type: 'string' },
      'pprof-url': { type: 'string' },
      target: { type: 'string', multiple: true, default: [] },
      targets: { type: 'string' },
      requests: { type: 'string' },
      duration: { type: 'string' },
      concurrency: { type: 'string' },
      rate: { type: 'string' },
      warmup: { type: 'string' },
      'load-command': { type: 'string' },
      'load-command-requests': { type: 'string' },
      trials: { type: 'string' },
      rounds: { type: 'string' },
      'mem-profile-rate': { type: 'string' },
      'cpu-pairs': { type: 'string' },
      'max-cpu-pairs': { type: 'string' },
      'cpu-seconds': { type: 'string' },
      ...GATE_FLAGS,
      'ignore-top': { type: 'string', multiple: true, default: [] },
      'ignore-any': { type: 'string', multiple: true, default: [] },
      goroutineleak: { type: 'boolean', default: false },
      out: { type: 'string' },
      format: { type: 'string', default: 'text' },
      quiet: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) throw new HelpRequested()
  if (values.all) throw new UsageError('--all runs every service of the config file: give it to pprof-gate run, without --service')
  if (positionals.length > 0) throw new UsageError(`run takes no positional arguments; got ${JSON.stringify(positionals[0])} (see pprof-gate run --help)`)
  if (values['base-ref'] && values['base-dir']) throw new UsageError('give either --base-ref or --base-dir, not both')
  if (!values['base-ref'] && !values['base-dir']) throw new UsageError('say what to compare against: --base-ref REF (e.g. origin/main) or --base-dir DIR')
  const env: Record<string, string> = {}
  for (const kv of values.env!) {
    const i = kv.indexOf('=')
    if (i <= 0) throw new UsageError(`--env must be NAME=VALUE; got ${JSON.stringify(kv)}`)
    env[kv.slice(0, i)] = kv.slice(i + 1)
  }
  const count = (name: string, fallback: number, min = 0) => {
    const v = values[name as keyof typeof values] as string | undefined
    if (v === undefined) return fallback
    const n = parseCount(v, `--${name}`)
    if (n < min) throw new UsageError(`--${name} must be at least ${min}; got ${n}`)
    return n
  }
  const num = (name: string, fallback: number) => {
    const v = values[name as keyof typeof values] as string | undefined
    return v === undefined ? fallback : parsePositiveNumber(v, `--${name}`)
  }
  const config: RunConfig = {
    base: values['base-ref'] ? { kind: 'ref', ref: values['base-ref'], repoDir: values['head-dir']! } : { kind: 'dir', dir: values['base-dir']! },
    headDir: values['head-dir']!,
    package: values.package!,
    buildArgs: values['build-arg']!,
    args: splitWords(values.args!),
    env,
    readyPath: values['ready-path']!.startsWith('/') ? values['ready-path']! : `/${values['ready-path']}`,
    readyTimeoutMs: num('ready-timeout', DEFAULTS.readyTimeoutMs / 1000) * 1000,
    pprofUrl: values['pprof-url'] === undefined ? null : checkPprofUrl(values['pprof-url'], '--pprof-url'),
    targets: values.target!,
    targetsFile: values.targets ?? null,
    requests: count('requests', DEFAULTS.requests, 1),
    durationMs: values.duration === undefined ? null : parsePositiveNumber(values.duration.replace(/s$/, ''), '--duration') * 1000,
    concurrency: count('concurrency', DEFAULTS.concurrency, 1),
    rate: values.rate === undefined ? null : parsePositiveNumber(values.rate, '--rate'),
    // At least 1: the CPU profile's window is sized from the warm-up's throughput.
    warmupRequests: count('warmup', DEFAULTS.warmupRequests, 1),
    loadCommand: values['load-command'] ?? null,
    loadCommandRequests: values['load-command-requests'] === undefined ? null : count('load-command-requests', 0, 1),
    leakTrials: count('trials', DEFAULTS.leakTrials, 0),
    leakRounds: count('rounds', DEFAULTS.leakRounds, 2),
    memProfileRate: count('mem-profile-rate', DEFAULTS.memProfileRate, 0),
    cpuPairs: count('cpu-pairs', DEFAULTS.cpuPairs, 0),
    maxCpuPairs: Math.max(count('max-cpu-pairs', DEFAULTS.maxCpuPairs, 1), count('cpu-pairs', DEFAULTS.cpuPairs, 0)),
    cpuSeconds: num('cpu-seconds', DEFAULTS.cpuSeconds),
    failOnInconclusive: values['fail-on-inconclusive']!,
    thresholds: gateThresholds(values, DEFAULTS.thresholds),
    allow: { ignoreTop: values['ignore-top']!, ignoreAny: values['ignore-any']! },
    outDir: values.out ?? `.pprof-gate/run-${timestamp()}`,
    quiesceTimeoutMs: DEFAULTS.quiesceTimeoutMs,
    goroutineLeakProfile: values.goroutineleak!,
    // Only when asked: the action's inputs build the same config without it.
    ...(values['measure-unchanged'] ? { measureUnchanged: true } : {})
  }
  return { config, format: parseFormat(values.format!), quiet: values.quiet! }
}

// Kept importable from here: the split lives in options.ts, shared with the Action's inputs.
export { splitWords }

export class HelpRequested extends Error {}

/** 1 for a regression (and for inconclusive when asked), else 0. */
export function exitCode(verdict: 'pass' | 'fail' | 'inconclusive', failOnInconclusive: boolean): number {
  return verdict === 'fail' || (verdict === 'inconclusive' && failOnInconclusive) ? 1 : 0
}

/** The run directory's report files: report.json (what summarize reads) and report.md. */
async function writeReports(report: RunReport): Promise<void> {
  await writeFile(join(report.outDir, RESULT_FILE), runJson(report))
  await writeFile(join(report.outDir, 'report.md'), renderRunMarkdown(report))
}

interface PlannedRun {
  config: RunConfig
  format: 'text' | 'markdown' | 'json'
  quiet: boolean
  from: { file: string; service: string } | null
}

function planRun(argv: string[]): PlannedRun {
  const fromFile = serviceRunArgs(argv)
  const parsed = parseRunArgs(fromFile?.argv ?? argv)
  if (fromFile) parsed.config.known = fromFile.service.known
  return { ...parsed, from: fromFile ? { file: fromFile.configFile, service: fromFile.service.name } : null }
}

/**
 * One run: measure, write the run directory's reports, return the report.
 * A run that fails after its directory exists leaves an error result there,
 * so that summarize shows the error rather than a missing result.
 */
async function measure(plan: PlannedRun, progress: Progress, signal: AbortSignal): Promise<RunReport> {
  let result
  try {
    result = await runPipeline(plan.config, {
      phase: (name) => progress.phase(name),
      progress: (e) => progress.event(e),
      signal
    })
  } catch (e) {
    const outDir = resolve(plan.config.outDir)
    if (existsSync(outDir) && !signal.aborted) await writeErrorResult(outDir, errorLine(e), e instanceof HarnessError ? e.evidence : '', plan.from).catch(() => {})
    throw e
  }
  progress.done()
  const report = buildRunReport(result)
  if (plan.from) report.config = plan.from
  await writeReports(report)
  return report
}

function errorLine(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

export async function runCommand(argv: string[], io: CommandIO, isTTY: boolean): Promise<number> {
  let plan: PlannedRun
  try {
    const all = allServicesRunArgs(argv)
    if (all) return await runAll(all, io, isTTY)
    plan = planRun(argv)
  } catch (e) {
    if (e instanceof HelpRequested) {
      io.stdout(RUN_USAGE)
      return 0
    }
    throw e
  }
  const { config, format, quiet } = plan
  const progress = new Progress(io.stderr, { tty: isTTY, quiet })
  const abort = new AbortController()
  const uninstall = installSignalHandlers(() => abort.abort())
  try {
    progress.note(`run directory: ${config.outDir}`)
    const report = await measure(plan, progress, abort.signal)
    io.stdout(format === 'json' ? runJson(report) : format === 'markdown' ? renderRunMarkdown(report) : renderRunText(report))
    progress.note(`run directory: ${report.outDir}`)
    return exitCode(report.verdict.verdict, config.failOnInconclusive)
  } finally {
    progress.done()
    uninstall?.()
  }
}

/**
 * `run --all`: every service of the config file, one after another, each
 * into its own run directory under --out, then one summary. A service that
 * errors is recorded as an error and the next one runs; flags and the config
 * are checked for every service before the first is built.
 */
async function runAll(all: AllServicesRun, io: CommandIO, isTTY: boolean): Promise<number> {
  const root = all.outRoot ?? `.pprof-gate/all-${timestamp()}`
  const plans = all.services.map((argv) => planRun(argv(root)))
  const { format, quiet } = plans[0]
  const progress = new Progress(io.stderr, { tty: isTTY, quiet })
  const abort = new AbortController()
  const uninstall = installSignalHandlers(() => abort.abort())
  const outcomes = []
  try {
    for (const [i, plan] of plans.entries()) {
      const name = plan.from!.service
      progress.note(`service ${name} (${i + 1} of ${plans.length}): run directory ${plan.config.outDir}`)
      try {
        const report = await measure(plan, progress, abort.signal)
        progress.note(`service ${name}: ${report.unchanged ? 'unchanged' : report.verdict.verdict}`)
      } catch (e) {
        if (abort.signal.aborted) throw e
        progress.done()
        // The error goes to the summary (and stderr); the next service still runs.
        io.stderr(inertCommands(`pprof-gate: service ${name}: ${errorLine(e)}\n`))
      }
      outcomes.push(await readServiceResult(plan.config.outDir))
    }
  } finally {
    progress.done()
    uninstall?.()
  }
  const summary = summarize(outcomes)
  await mkdir(root, { recursive: true })
  await writeFile(join(root, 'summary.json'), renderSummary(summary, 'json'))
  await writeFile(join(root, 'summary.md'), renderSummary(summary, 'markdown'))
  io.stdout(renderSummary(summary, format))
  const strictInconclusive = summary.services.some((x) => x.state === 'inconclusive' && plans.find((p) => resolve(p.config.outDir) === resolve(x.dir))?.config.failOnInconclusive)
  return summaryExitCode(summary, strictInconclusive)
}
