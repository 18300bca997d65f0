/**
 * What the workflow run is about, from the runner's environment and the
 * event payload (GITHUB_EVENT_PATH): the repository, the pull request (if
 * any), the default base, and for workflow_run the run that triggered it.
 * The payload is read defensively: a field of the wrong type counts as absent.
 */
import { readFileSync } from 'node:fs'
import type { DefaultBase } from './inputs.js'

export interface PullRequestInfo {
  number: number
  baseRef: string
  headSha: string
}

/** The triggering run of a workflow_run event: GitHub's own metadata, trusted (unlike its artifacts). */
export interface WorkflowRunInfo {
  event: string
  headSha: string
  headBranch: string
  /** owner/name of the repository the head commit is in (a fork's, for fork pull requests). */
  headRepo: string
  htmlUrl: string
  /** The run's id (its artifacts are listed by it); absent in an older payload. */
  id?: number
  /** Pull requests GitHub linked to the run; empty for pull requests from forks. */
  pullRequests: { number: number; headSha: string }[]
}

export interface ActionEvent {
  name: string
  owner: string
  repo: string
  job: string
  sha: string
  pullRequest: PullRequestInfo | null
  /** push: the commit before the push, when there was one. */
  pushBefore: string | null
  workflowRun: WorkflowRunInfo | null
  /** This run's page, whose summary holds the full report; null outside a runner. */
  runUrl: string | null
}

type Json = Record<string, unknown>
const obj = (v: unknown): Json | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null)
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null)

export function readEvent(env: NodeJS.ProcessEnv): ActionEvent {
  const name = env.GITHUB_EVENT_NAME ?? ''
  let payload: Json = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = obj(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))) ?? {}
    } catch (e) {
      throw new Error(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(e as Error).message}`)
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const runUrl =
    env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
      : null
  return {
    name,
    owner,
    repo,
    job: env.GITHUB_JOB ?? '',
    sha: env.GITHUB_SHA ?? '',
    pullRequest: pullRequest(payload),
    pushBefore: name === 'push' ? pushBefore(payload) : null,
    workflowRun: name === 'workflow_run' ? workflowRun(payload) : null,
    runUrl
  }
}

function pullRequest(payload: Json): PullRequestInfo | null {
  const pr = obj(payload.pull_request)
  const number = int(pr?.number) ?? int(payload.number)
  const baseRef = str(obj(pr?.base)?.ref)
  if (!pr || number === null || baseRef === null) return null
  return { number, baseRef, headSha: str(obj(pr.head)?.sha) ?? '' }
}

function pushBefore(payload: Json): string | null {
  const before = str(payload.before)
  // All zeros: the push created the branch, there is no previous commit.
  return before && /^[0-9a-f]{7,64}$/.test(before) && !/^0+$/.test(before) ? before : null
}

function workflowRun(payload: Json): WorkflowRunInfo | null {
  const run = obj(payload.workflow_run)
  if (!run) return null
  const prs: WorkflowRunInfo['pullRequests'] = []
  for (const p of Array.isArray(run.pull_requests) ? run.pull_requests : []) {
    const number = int(obj(p)?.number)
    if (number !== null) prs.push({ number, headSha: str(obj(obj(p)?.head)?.sha) ?? '' })
  }
  return {
    event: str(run.event) ?? '',
    headSha: str(run.head_sha) ?? '',
    headBranch: str(run.head_branch) ?? '',
    headRepo: str(obj(run.head_repository)?.full_name) ?? '',
    htmlUrl: str(run.html_url) ?? '',
    ...(int(run.id) !== null ? { id: int(run.id)! } : {}),
    pullRequests: prs
  }
}

/** The base to compare against when the workflow gives none: the pull request's base branch, or the commit before a push. */
export function defaultBase(e: ActionEvent): DefaultBase {
  if (e.pullRequest) return { ref: e.pullRequest.baseRef }
  if (e.name === 'push') {
    return e.pushBefore ? { ref: e.pushBefore } : { hint: 'this push created the branch, so there is no previous commit to compare with' }
  }
  return { hint: `a ${e.name || 'non-GitHub'} event has no pull request or previous commit to compare with` }
}
