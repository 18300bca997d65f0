/**
 * One `run`, the same for the CLI and the Action: prepare both sides, build
 * them with the same toolchain and flags, measure them in interleaved
 * trials, decode every profile, and judge. Returns everything a report
 * needs; the caller prints, comments and picks the exit code.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import type { RunConfig } from './config.js'
import { judge } from './gate/index.js'
import type { TrialProfiles, Verdict } from './gate/index.js'
import { goBuild, goVersion, goroutineLeakNeedsExperiment, mergeBaseWorktree } from './harness/build.js'
import { HarnessError } from './harness/errors.js'
import { readProfile } from './harness/read-profile.js'
import { parseTargetFlag, parseTargets } from './harness/targets.js'
import type { Target } from './harness/targets.js'
import { runTrials } from './harness/trials.js'
import { writeRunFlameGraphs } from './run-flamegraphs.js'
import type { FlameGraphFiles } from './run-flamegraphs.js'
import type { ProgressEvent, Side, SideBuild, TrialRecord } from './harness/trials.js'

export interface RunResult {
  verdict: Verdict
  records: TrialRecord[]
  outDir: string
  /** The flame graph pages written into outDir. */
  flameGraphs: FlameGraphFiles
  goVersion: string
  base: { dir: string; commit?: string; ref?: string }
  head: { dir: string }
  timings: { buildMs: number; trialsMs: number; analysisMs: number; totalMs: number }
}

export interface PipelineHooks {
  /** A new phase of the whole run (prepare, build, trials, analysis). */
  phase: (name: string) => void
  progress: (e: ProgressEvent) => void
  signal?: AbortSignal
}

export async function runPipeline(config: RunConfig, hooks: PipelineHooks): Promise<RunResult> {
  const started = Date.now()
  const outDir = resolve(config.outDir)
  await mkdir(outDir, { recursive: true })
  const cleanups: (() => Promise<void>)[] = []
  try {
    hooks.phase('prepare')
    const headDir = resolve(config.headDir)
    let base: RunResult['base']
    if (config.base.kind === 'dir') base = { dir: resolve(config.base.dir) }
    else {
      const wt = await mergeBaseWorktree(resolve(config.base.repoDir), config.base.ref)
      cleanups.push(wt.remove)
      base = { dir: wt.dir, commit: wt.commit, ref: config.base.ref }
    }
    const targets = await loadTargets(config)
    const version = await goVersion()

    hooks.phase('build')
    const buildStart = Date.now()
    const binDir = join(outDir, 'bin')
    await mkdir(binDir, { recursive: true })
    const builds = {} as Record<Side, SideBuild>
    for (const side of ['base', 'head'] as const) {
      const dir = side === 'base' ? base.dir : headDir
      const binary = join(binDir, side)
      await goBuild({ side, dir, pkg: config.package, out: binary, buildArgs: config.buildArgs, env: buildEnv(config, version) })
      builds[side] = { side, binary, dir }
    }
    const buildMs = Date.now() - buildStart

    hooks.phase('trials')
    const trialsStart = Date.now()
    const records = await runTrials({
      builds,
      trials: config.trials,
      outDir,
      args: config.args,
      env: config.env,
      readyPath: config.readyPath,
      readyTimeoutMs: config.readyTimeoutMs,
      pprofUrl: config.pprofUrl,
      targets,
      requests: config.requests,
      durationMs: config.durationMs,
      concurrency: config.concurrency,
      rate: config.rate,
      warmupRequests: config.warmupRequests,
      loadCommand: config.loadCommand,
      loadCommandRequests: config.loadCommandRequests,
      quiesceTimeoutMs: config.quiesceTimeoutMs,
      goroutineLeakProfile: config.goroutineLeakProfile,
      signal: hooks.signal,
      progress: hooks.progress
    })
    const trialsMs = Date.now() - trialsStart

    hooks.phase('analysis')
    const analysisStart = Date.now()
    const trials: TrialProfiles[] = []
    for (const r of records) trials.push(await decodeTrial(r))
    const verdict = judge(trials, config.thresholds, config.allow)
    const flameGraphs = await writeRunFlameGraphs(records, outDir)
    const analysisMs = Date.now() - analysisStart

    const result: RunResult = {
      verdict,
      records,
      outDir,
      flameGraphs,
      goVersion: version,
      base,
      head: { dir: headDir },
      timings: { buildMs, trialsMs, analysisMs, totalMs: Date.now() - started }
    }
    await writeFile(join(outDir, 'manifest.json'), JSON.stringify(manifest(config, result), null, 2))
    return result
  } finally {
    for (const c of cleanups.reverse()) await c().catch(() => {})
  }
}

function buildEnv(config: RunConfig, version: string): Record<string, string> {
  // Both sides must be built by the same toolchain (stack depth and runtime
  // behaviour differ between Go versions): never let a go.mod switch it.
  const env: Record<string, string> = { GOTOOLCHAIN: 'local' }
  // The goroutineleak profile needs an experiment flag on Go 1.26 only.
  if (config.goroutineLeakProfile && goroutineLeakNeedsExperiment(version)) env.GOEXPERIMENT = 'goroutineleakprofile'
  return env
}

async function loadTargets(config: RunConfig): Promise<Target[]> {
  // Targets are resolved against the service's URL later; the port is a placeholder here.
  const placeholder = 'http://127.0.0.1:0'
  const out: Target[] = []
  for (const t of config.targets) out.push(parseTargetFlag(t, placeholder))
  if (config.targetsFile) {
    const file = isAbsolute(config.targetsFile) ? config.targetsFile : resolve(config.targetsFile)
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (e) {
      throw new HarnessError(`--targets ${config.targetsFile}: cannot read it (${(e as NodeJS.ErrnoException).code ?? e})`)
    }
    out.push(...parseTargets(text, { baseUrl: placeholder, bodyDir: resolve(file, '..'), source: `--targets ${config.targetsFile}` }))
  }
  if (out.length === 0) out.push(parseTargetFlag('GET /', placeholder))
  return out
}

async function decodeTrial(r: TrialRecord): Promise<TrialProfiles> {
  const read = (key: string) => readProfile(r.profiles[key], `${r.side} trial ${r.trial} ${key}`)
  return {
    side: r.side,
    trial: r.trial,
    requests: r.load.requests,
    errors: r.load.errors,
    goroutineBefore: await read('goroutine-before'),
    goroutineAfter: await read('goroutine-after'),
    heapBefore: await read('heap-before'),
    heapAfter: await read('heap-after'),
    cpu: r.profiles.cpu ? await read('cpu') : null,
    cpuCoversLoad: r.cpuCoversLoad,
    processCpuNs: r.processCpuNs,
    quiesced: r.quiesce.settled
  }
}

function manifest(config: RunConfig, r: RunResult) {
  return {
    schemaVersion: 1,
    tool: 'pprof-gate',
    createdAt: new Date().toISOString(),
    goVersion: r.goVersion,
    base: r.base,
    head: r.head,
    config: { ...config, env: Object.keys(config.env) },
    verdict: r.verdict.verdict,
    checks: r.verdict.checks.map((c) => ({ id: c.id, status: c.status, base: c.base, head: c.head, delta: c.delta })),
    trials: r.records,
    timings: r.timings
  }
}
