/**
 * Posting the report as the sticky pull request comment. A failure to
 * comment is a warning that says what to do, never an error: the verdict
 * and the job summary stand whatever GitHub answers.
 */
import type { RunReport } from '../report/run.js'
import type { Api } from './api.js'
import { errorStatus } from './api.js'
import { commentBody } from './comment-body.js'
import type { CommentPolicy } from './inputs.js'
import { decideComment } from './policy.js'
import type { IssueRef } from './sticky.js'
import { findSticky, tokenLogin, writeSticky } from './sticky.js'

export interface CommentRequest {
  issue: IssueRef
  key: string
  policy: CommentPolicy
  report: RunReport
  headSha: string
  runUrl: string | null
  /** What to do when the token may not comment (the fork-safe pair, or the permission a report job needs). */
  hint: string
  /** mode: report: say in the comment that the pull request's own workflow measured it. */
  fromPullRequestRun?: boolean
  /** The run directory's artifact, as a markdown line. */
  artifactLine?: string
}

export interface Log {
  info: (message: string) => void
  warning: (message: string) => void
}

export type CommentResult = { url: string | null; outcome: 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed' }

export const FORK_SAFE_HINT =
  'To comment on pull requests from forks without giving their code a write token, use the fork-safe pair: ' +
  'this pull_request workflow with mode: measure (it uploads the run directory as an artifact) and a workflow_run ' +
  'workflow with mode: report and pull-requests: write (docs/action.md, "Fork-safe mode").'

/** Any sticky comment: a run's report (publishComment) or mode: summarize's summary of services. */
export interface StickyRequest {
  issue: IssueRef
  key: string
  policy: CommentPolicy
  verdict: 'pass' | 'fail' | 'inconclusive'
  /** The body; `resolved` when it replaces a comment that reported a regression that is gone. */
  body: (resolved: boolean) => string
  hint: string
}

export async function publishComment(api: Api, req: CommentRequest, log: Log): Promise<CommentResult> {
  const ctx = { key: req.key, headSha: req.headSha, runUrl: req.runUrl, fromPullRequestRun: req.fromPullRequestRun, artifactLine: req.artifactLine }
  return publishSticky(api, { issue: req.issue, key: req.key, policy: req.policy, verdict: req.report.verdict.verdict, hint: req.hint, body: (resolved) => commentBody(req.report, ctx, resolved) }, log)
}

export async function publishSticky(api: Api, req: StickyRequest, log: Log): Promise<CommentResult> {
  const where = `pull request #${req.issue.number}`
  if (req.policy === 'never') {
    log.info(`no comment on ${where}: comment: never`)
    return { url: null, outcome: 'skipped' }
  }
  try {
    const login = await tokenLogin(api)
    const existing = await findSticky(api, req.issue, req.key, login)
    const decision = decideComment(req.policy, req.verdict, existing?.body ?? null)
    if (!decision.write) {
      log.info(`no comment on ${where}: ${decision.why}`)
      return { url: existing?.url ?? null, outcome: 'skipped' }
    }
    const w = await writeSticky(api, req.issue, existing, req.body(decision.resolved))
    log.info(`comment on ${where} ${w.action === 'unchanged' ? 'unchanged, not rewritten' : w.action} (as ${login}): ${w.url}`)
    return { url: w.url, outcome: w.action }
  } catch (e) {
    log.warning(explain(e, req))
    return { url: null, outcome: 'failed' }
  }
}

function explain(e: unknown, req: StickyRequest): string {
  const status = errorStatus(e)
  const said = ((e as Error)?.message ?? String(e)).split(' - https://')[0]
  const head = `pprof-gate could not comment on pull request #${req.issue.number} of ${req.issue.owner}/${req.issue.repo}`
  const stands = `The verdict (${req.verdict}) stands and the full report is in the job summary.`
  if (status === 403 || status === 401) {
    return (
      `${head}: GitHub answered ${status} (${said}). The token cannot write to the pull request: a pull request from a fork gets a ` +
      `read-only GITHUB_TOKEN, and otherwise the workflow needs 'permissions: pull-requests: write'. ${stands} ${req.hint}`
    )
  }
  if (status === 404) return `${head}: GitHub answered 404 (${said}); the pull request or the repository is not visible to this token. ${stands}`
  return `${head}: ${status ? `GitHub answered ${status} (${said})` : said}. ${stands}`
}
