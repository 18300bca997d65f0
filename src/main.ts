/**
 * The GitHub Action. mode: measure (the default) is `pprof-gate run` in
 * working-directory: the same config, harness and gate as the CLI, then the
 * report as job summary, outputs, sticky pull request comment and the
 * handoff for the fork-safe pair, the run directory uploaded as an
 * artifact (github/artifact.ts); with input service, one service of the
 * config file (github/service-inputs.ts). mode: report posts a handoff from
 * a workflow_run (github/report-mode.ts); mode: services lists the config
 * file's services for a matrix, and mode: summarize posts one summary of
 * the matrix's legs (github/summarize-mode.ts). The only place that calls setFailed:
 * for a regression (when fail-on-regression) and for input or environment
 * errors. A failure to comment or to upload is only ever a warning.
 *
 * The measurement and the GitHub client are imported when needed, so a
 * mistake in the inputs is reported before they are loaded.
 */
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { UsageError } from './options.js'
import type { RunConfig } from './config.js'
import type { RunResult } from './pipeline.js'
import type { RunReport } from './report/run.js'
import type { Api } from './github/api.js'
import type { ArtifactCredentials } from './github/artifact-name.js'
import { artifactCredentials } from './github/artifact-name.js'
import type { ActionEvent } from './github/event.js'
import { defaultBase, readEvent } from './github/event.js'
import type { ActionSettings } from './github/inputs.js'
import { readSettings, toRunConfig } from './github/inputs.js'
import { serviceStickyKey, stickyKey } from './github/marker.js'
import { scrubSecrets } from './github/scrub.js'
import type { OutputValues } from './github/outputs.js'

/** Saved for the post step (post.ts reads the same name): the services it must stop carry this process's id. */
const MAIN_PID_STATE = 'main-pid'

const input = (name: string) => core.getInput(name)

const PULL_REQUEST_TARGET_REFUSAL =
  "refusing to measure on pull_request_target: that event runs with a write token and the repository's secrets, and measuring " +
  "builds and runs the pull request's code, which whoever opens the pull request controls. Use the fork-safe pair instead " +
  '(on: pull_request with mode: measure, then on: workflow_run with mode: report; see docs/action.md), or, if every pull ' +
  'request author is trusted, set allow-pull-request-target: true'

export async function run(): Promise<void> {
  const started = Date.now() - Math.round(process.uptime() * 1000)
  try {
    const event = readEvent(process.env)
    const settings = readSettings(input)
    if (settings.mode === 'report') return await postFromArtifact(settings, event)
    if (settings.mode === 'summarize') return await summarizeLegs(settings, event)
    if (settings.mode === 'services') return await listServices()
    if (event.name === 'pull_request_target' && !settings.allowPullRequestTarget) throw new UsageError(PULL_REQUEST_TARGET_REFUSAL)
    const leg = await runConfig(settings, event)
    // Kept aside for the upload, once every child process is gone.
    const credentials = settings.uploadArtifact ? artifactCredentials(process.env) : null
    // Every input is read: the pull request's code, built and run below, gets none of the credentials.
    scrubSecrets(process.env)
    await measure(leg, settings, event, started, credentials)
  } catch (e) {
    core.setFailed(`pprof-gate: ${await describe(e)}`)
  }
}

/** What a measure run runs: the inputs alone, or a service of the config file with the inputs over it. */
interface Leg {
  config: RunConfig
  from: { file: string; service: string } | null
  /** The sticky comment's key: one per job and working directory, or job and service. */
  key: string
}

async function runConfig(settings: ActionSettings, event: ActionEvent): Promise<Leg> {
  if (settings.service === '') {
    if (settings.config !== '') throw new UsageError("input 'config' names the file that input 'service' reads; give service too (a name from the file)")
    return { config: toRunConfig(input, defaultBase(event)), from: null, key: stickyKey(event.job, settings.workingDirectory) }
  }
  const { serviceRunConfig } = await import('./github/service-inputs.js')
  const leg = serviceRunConfig(input, defaultBase(event), process.cwd())
  core.info(`pprof-gate: service ${leg.from.service} of ${leg.from.file} (${leg.dir})`)
  return { config: leg.config, from: leg.from, key: serviceStickyKey(event.job, leg.from.service) }
}

async function measure(leg: Leg, settings: ActionSettings, event: ActionEvent, started: number, credentials: ArtifactCredentials | null): Promise<void> {
  const { config } = leg
  core.saveState(MAIN_PID_STATE, String(process.pid))
  const [{ runPipeline }, { installSignalHandlers }, { ActionsProgress }] = await Promise.all([
    import('./pipeline.js'),
    import('./harness/process.js'),
    import('./github/progress.js')
  ])
  const progress = new ActionsProgress()
  const abort = new AbortController()
  // GitHub cancels with SIGINT, then SIGTERM 7.5 s later: the handler stops the services first.
  const uninstall = installSignalHandlers(() => abort.abort())
  core.info(`pprof-gate: run directory ${resolve(config.outDir)}`)
  let result: RunResult | undefined
  let failure: unknown
  try {
    result = await runPipeline(config, { phase: (p) => progress.phase(p), progress: (e) => progress.event(e), signal: abort.signal })
  } catch (e) {
    failure = e
  } finally {
    progress.end()
    uninstall()
  }
  if (result === undefined) {
    // What a failed run left (the service logs, the profiles fetched so far) explains the failure.
    if (!abort.signal.aborted && existsSync(resolve(config.outDir))) {
      // mode: summarize shows the leg as errored, with this message, rather than as missing.
      const [{ writeErrorResult }, { HarnessError }] = await Promise.all([import('./run/results.js'), import('./harness/errors.js')])
      const evidence = failure instanceof HarnessError ? failure.evidence : ''
      await writeErrorResult(resolve(config.outDir), failure instanceof Error ? failure.message : String(failure), evidence, leg.from).catch(() => {})
      const artifact = await upload(resolve(config.outDir), settings, credentials)
      core.setOutput('artifact-id', artifact ? String(artifact.id) : '')
      core.setOutput('artifact-url', artifact?.url ?? '')
    }
    throw failure
  }
  await publish(result, leg, settings, event, started, credentials)
}

/** The report: files in the run directory, the artifact, job summary, comment, outputs; then the verdict decides the job. */
async function publish(result: RunResult, leg: Leg, settings: ActionSettings, event: ActionEvent, started: number, credentials: ArtifactCredentials | null): Promise<void> {
  const { failOnInconclusive } = leg.config
  const publishStart = Date.now()
  core.startGroup('pprof-gate: report, artifact, summary, outputs, comment')
  const [{ buildRunReport }, { renderRunMarkdown, runJson }, { writeHandoff }, { commentBody }, { checkFigures }, { checkSummary }] = await Promise.all([
    import('./run-report.js'),
    import('./report/run.js'),
    import('./github/handoff.js'),
    import('./github/comment-body.js'),
    import('./github/outputs.js'),
    import('./report/words.js')
  ])
  const base = result.base.commit ? `merge-base of HEAD and ${result.base.ref}, ${result.base.commit.slice(0, 12)}` : result.base.dir
  core.info(`base: ${base}; head: ${result.head.dir}; ${result.goVersion}`)
  const report = buildRunReport(result)
  if (leg.from) report.config = leg.from
  const markdown = renderRunMarkdown(report)
  const json = runJson(report)
  const key = leg.key
  const headSha = event.pullRequest?.headSha || event.sha
  const files = { json: join(result.outDir, 'report.json'), markdown: join(result.outDir, 'report.md') }
  await mkdir(result.outDir, { recursive: true })
  await writeFile(files.json, json)
  await writeFile(files.markdown, markdown)
  // For the fork-safe pair: what a mode: report job needs, and the comment as it would read.
  await writeHandoff(result.outDir, key, json)
  await writeFile(join(result.outDir, 'comment.md'), commentBody(report, { key, headSha, runUrl: event.runUrl }, false))
  const artifact = await upload(result.outDir, settings, credentials)
  const { artifactLine } = await import('./github/artifact.js')
  const line = artifact ? artifactLine(artifact) : undefined
  await writeSummary(line ? `${markdown}\n${line}\n` : markdown)

  const commentUrl = await comment(report, key, headSha, settings, event, line)
  const outputs: OutputValues = {
    verdict: report.verdict.verdict,
    'report-json': files.json,
    'report-markdown': files.markdown,
    'comment-url': commentUrl,
    'run-dir': result.outDir,
    ...checkFigures(report),
    'artifact-id': artifact ? String(artifact.id) : '',
    'artifact-url': artifact?.url ?? ''
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  core.endGroup()

  logOverhead(result.timings, Date.now() - started, Date.now() - publishStart)
  if (report.verdict.verdict === 'fail') {
    const failed = report.verdict.checks.filter((c) => c.status === 'fail').map((c) => checkSummary(c))
    const text = `pprof-gate: regression: ${failed.join('; ')} (details in the job summary)`
    if (settings.failOnRegression) core.setFailed(text)
    else core.warning(`${text}; not failing the job: fail-on-regression is false`)
  } else if (report.verdict.verdict === 'inconclusive') {
    const cpu = report.verdict.checks.find((c) => c.status === 'inconclusive')
    const text = `pprof-gate: inconclusive: ${cpu ? checkSummary(cpu) : 'a check could not decide'}`
    if (failOnInconclusive) core.setFailed(`${text} (fail-on-inconclusive is true)`)
    else core.warning(`${text}; not failing the job (set fail-on-inconclusive: true to fail it)`)
  }
}

/** The run directory as a workflow artifact, unless upload-artifact is false. Never throws. */
async function upload(runDir: string, settings: ActionSettings, credentials: ArtifactCredentials | null) {
  if (!settings.uploadArtifact) {
    core.info('upload-artifact: false: the run directory is not uploaded')
    return null
  }
  const { uploadRunDir } = await import('./github/artifact.js')
  const env = process.env
  const runPage = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null
  const request = { runDir, name: settings.artifactName, retentionDays: settings.artifactRetentionDays, credentials, runPage }
  const artifact = await uploadRunDir(request, { info: core.info, warning: core.warning })
  if (artifact) core.info(`artifact ${artifact.name}: ${artifact.size} bytes, id ${artifact.id}${artifact.url ? `, ${artifact.url}` : ''}`)
  return artifact
}

/** The sticky comment, when there is a pull request and a token; its URL or ''. Never throws. */
async function comment(report: RunReport, key: string, headSha: string, settings: ActionSettings, event: ActionEvent, artifactLine?: string): Promise<string> {
  if (!event.pullRequest) core.info(`no pull request in a ${event.name || 'non-GitHub'} event: no comment`)
  else if (settings.comment === 'never') core.info('comment: never: no comment')
  else if (!settings.token) core.warning("no comment: input 'github-token' is empty")
  else {
    try {
      const { publishComment, FORK_SAFE_HINT } = await import('./github/comment.js')
      const issue = { owner: event.owner, repo: event.repo, number: event.pullRequest.number }
      const request = { issue, key, policy: settings.comment, report, headSha, runUrl: event.runUrl, hint: FORK_SAFE_HINT, artifactLine }
      const r = await publishComment(await githubApi(settings.token), request, { info: core.info, warning: core.warning })
      return r.url ?? ''
    } catch (e) {
      core.warning(`pprof-gate: no comment: ${(e as Error).message}`)
    }
  }
  return ''
}

/**
 * The action's own cost: everything but the build and the trials (service
 * start, load, profiles). Logged on every run; docs/action.md quotes it.
 */
function logOverhead(t: { buildMs: number; trialsMs: number; analysisMs: number; totalMs: number }, wallMs: number, publishMs: number): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  const prepare = t.totalMs - t.buildMs - t.trialsMs - t.analysisMs
  const startup = wallMs - t.totalMs - publishMs
  core.info(
    `pprof-gate: ${s(wallMs)} in all; build ${s(t.buildMs)}, trials ${s(t.trialsMs)}; ` +
      `own overhead ${s(wallMs - t.buildMs - t.trialsMs)} (start-up ${s(startup)}, prepare ${s(prepare)}, ` +
      `analysis ${s(t.analysisMs)}, reporting ${s(publishMs)})`
  )
}

/** mode: report (github/report-mode.ts). */
async function postFromArtifact(settings: ActionSettings, event: ActionEvent): Promise<void> {
  const { runReportMode } = await import('./github/report-mode.js')
  await runReportMode(settings, event, {
    log: { info: core.info, warning: core.warning },
    api: () => githubApi(settings.token),
    summary: writeSummary,
    setOutput: (name, value) => core.setOutput(name, value)
  })
}

/** mode: services: the config file's services as a JSON array, for a matrix (`fromJSON`); the whole file is checked. */
async function listServices(): Promise<void> {
  const [{ configFilePath }, { loadConfigFile }] = await Promise.all([import('./github/service-inputs.js'), import('./run/config-file.js')])
  const config = loadConfigFile(configFilePath(input, process.cwd()), process.cwd())
  const names = config.services.map((s) => s.name)
  core.info(`pprof-gate: ${names.length} service(s) in ${config.file}: ${names.join(', ')}`)
  core.setOutput('services', JSON.stringify(names))
}

/** mode: summarize (github/summarize-mode.ts). */
async function summarizeLegs(settings: ActionSettings, event: ActionEvent): Promise<void> {
  const { runSummarizeMode } = await import('./github/summarize-mode.js')
  const { configFilePath } = await import('./github/service-inputs.js')
  const env = process.env
  const runPage = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null
  const outcome = await runSummarizeMode(settings, event, {
    configFile: configFilePath(input, process.cwd()),
    cwd: process.cwd(),
    runPage,
    runId: env.GITHUB_RUN_ID ?? '',
    log: { info: core.info, warning: core.warning },
    api: () => githubApi(settings.token),
    summary: writeSummary,
    setOutput: (name, value) => core.setOutput(name, value)
  })
  if (outcome.failure) core.setFailed(outcome.failure)
  else if (outcome.warning) core.warning(outcome.warning)
}

/** The job summary; a runner without one (a local runner) gets a warning, the verdict still stands. */
async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
  } catch (e) {
    core.warning(`pprof-gate: no job summary: ${(e as Error).message}`)
  }
}

async function githubApi(token: string): Promise<Api> {
  if (!token) throw new UsageError("input 'github-token' is empty; pass ${{ github.token }} (the default) or a token that may comment")
  const { octokitApi, withRetries, DEFAULT_RETRY } = await import('./github/api.js')
  return withRetries(await octokitApi(token), { ...DEFAULT_RETRY, log: core.warning })
}

/** One clear line for the job's failure; a harness error's evidence (compiler output, log tail) goes to the log first. */
async function describe(e: unknown): Promise<string> {
  if (e instanceof UsageError) return e.message
  const { HarnessError } = await import('./harness/errors.js')
  const { HandoffError } = await import('./github/handoff-schema.js')
  if (e instanceof HarnessError) {
    if (e.evidence) core.error(`${e.message}\n${e.evidence}`)
    return e.message
  }
  if (e instanceof HandoffError) return e.message
  core.debug((e as Error)?.stack ?? String(e))
  return `unexpected error: ${(e as Error)?.message ?? String(e)} (set ACTIONS_STEP_DEBUG to true for the stack)`
}
