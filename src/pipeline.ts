/**
 * One `run`, the same for the CLI and the Action: prepare both sides, build
 * them with the same toolchain and flags, measure them in interleaved
 * trials, decode every profile, and judge. Returns everything a report
 * needs; the caller prints, comments and picks the exit code.
 */
import { existsSync, statSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import type { RunConfig } from './config.js'
import { judge, morePairs, unchangedVerdict } from './gate/index.js'
import type { CpuTrial, Verdict } from './gate/index.js'
import { binarySha256, checkMainPackage, goBuild, goVersion, goroutineLeakNeedsExperiment, mergeBaseWorktree } from './harness/build.js'
import { HarnessError } from './harness/errors.js'
import { onShutdown, serviceContainment } from './harness/process.js'
import { parseTargetFlag, parseTargets } from './harness/targets.js'
import type { Target } from './harness/targets.js'
import { runTrials } from './harness/trials.js'
import type { CpuTrialRecord, ProgressEvent, Side, SideBuild, TrialRecord } from './harness/trials.js'
import { redactArgs, redactText } from './redact.js'
import { reduceCpuTrial, reduceTrials } from './run/reduce.js'
import { writeRunFlameGraphs } from './run-flamegraphs.js'
import type { FlameGraphFiles } from './run-flamegraphs.js'

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
  /** Set when base and head built to the same binary: nothing was measured. */
  unchanged?: { sha256: string } | null
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
  // Before the run directory is made: making it would create a missing working directory.
  checkDirectories(config)
  await mkdir(outDir, { recursive: true })
  const cleanups: (() => Promise<void>)[] = []
  const unregister: (() => void)[] = []
  try {
    hooks.phase('prepare')
    const headDir = resolve(config.headDir)
    let base: RunResult['base']
    if (config.base.kind === 'dir') base = { dir: resolve(config.base.dir) }
    else {
      const wt = await mergeBaseWorktree(resolve(config.base.repoDir), config.base.ref)
      cleanups.push(wt.remove)
      unregister.push(onShutdown(wt.remove)) // a SIGINT/SIGTERM exits before this finally: it removes the worktree itself
      base = { dir: wt.dir, commit: wt.commit, ref: config.base.ref }
    }
    const targets = await loadTargets(config)
    const version = await goVersion()
    await checkMainPackage(headDir, config.package)

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
    const [baseSha, headSha] = await Promise.all([binarySha256(builds.base.binary), binarySha256(builds.head.binary)])
    if (baseSha === headSha && !config.measureUnchanged) {
      const result: RunResult = {
        verdict: unchangedVerdict(),
        records: [],
        outDir,
        flameGraphs: { cpu: null, heap: null, goroutines: null },
        goVersion: version,
        base,
        head: { dir: headDir },
        timings: { buildMs, trialsMs: 0, analysisMs: 0, totalMs: Date.now() - started },
        unchanged: { sha256: headSha }
      }
      await writeFile(join(outDir, 'manifest.json'), JSON.stringify(manifest(config, result), null, 2))
      return result
    }

    hooks.phase('trials')
    const trialsStart = Date.now()
    // CPU trials are reduced as they arrive (the gate asks after each pair
    // whether another would help); each profile is decoded once.
    const pairPlan = { minPairs: config.cpuPairs, maxPairs: config.maxCpuPairs }
    const cpuFigures = new Map<string, CpuTrial>()
    const reduceCpu = async (r: CpuTrialRecord) => {
      let f = cpuFigures.get(r.dir)
      if (!f) cpuFigures.set(r.dir, (f = await reduceCpuTrial(r)))
      return f
    }
    const records = await runTrials({
      builds,
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
      leakTrials: config.leakTrials,
      leakRounds: config.leakRounds,
      memProfileRate: config.memProfileRate,
      cpu: {
        pairs: config.cpuPairs,
        maxPairs: config.maxCpuPairs,
        seconds: config.cpuSeconds,
        morePairs: async (done) => morePairs(await Promise.all(done.map(reduceCpu)), config.thresholds, pairPlan)
      },
      signal: hooks.signal,
      progress: hooks.progress
    })
    const trialsMs = Date.now() - trialsStart

    hooks.phase('analysis')
    const analysisStart = Date.now()
    const figures = await reduceTrials(records, reduceCpu)
    // Known leaks expire by the day the run is judged (UTC); judge reads the day back from the manifest's createdAt.
    const known = { entries: config.known ?? [], date: new Date().toISOString().slice(0, 10) }
    const verdict = judge(figures, config.thresholds, config.allow, pairPlan, records.filter((r) => r.kind === 'cpu' && r.discarded !== null).length, known)
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
    for (const off of unregister) off()
  }
}

/** The folders the run starts from exist: a clear error now, not 'not in a git repository' after creating one. */
function checkDirectories(config: RunConfig): void {
  const dirs: [string, string][] = [['the head directory (working directory)', config.headDir]]
  if (config.base.kind === 'dir') dirs.push(['the base directory', config.base.dir])
  else dirs.push(['the repository directory', config.base.repoDir])
  for (const [what, dir] of dirs) {
    if (!existsSync(dir)) throw new HarnessError(`${what} ${resolve(dir)} does not exist; check the path (in the action: working-directory is relative to the workspace)`)
    if (!statSync(dir).isDirectory()) throw new HarnessError(`${what} ${resolve(dir)} is not a directory`)
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

/** manifest.json: the run as configured and measured, with credential-looking values redacted (it is uploaded). */
export function manifest(config: RunConfig, r: RunResult) {
  return {
    schemaVersion: 1,
    tool: 'pprof-gate',
    createdAt: new Date().toISOString(),
    goVersion: r.goVersion,
    base: r.base,
    head: r.head,
    config: {
      ...config,
      env: Object.keys(config.env),
      args: redactArgs(config.args),
      buildArgs: redactArgs(config.buildArgs),
      loadCommand: config.loadCommand === null ? null : redactText(config.loadCommand),
      pprofUrl: config.pprofUrl === null ? null : redactText(config.pprofUrl),
      targets: config.targets.map(redactText)
    },
    verdict: r.verdict.verdict,
    checks: r.verdict.checks.map((c) => ({ id: c.id, status: c.status, base: c.base, head: c.head, delta: c.delta })),
    trials: r.records,
    // How the services were contained: 'cgroup' (killed as a whole) or 'process-group' (harness/cgroup.ts).
    serviceContainment: serviceContainment(),
    unchanged: r.unchanged ?? null,
    timings: r.timings
  }
}
