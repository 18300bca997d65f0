/**
 * Which pull request a workflow_run is about. Only GitHub's metadata of the
 * run is used, never the artifact (a fork's code wrote that). GitHub lists
 * the pull requests in workflow_run.pull_requests for branches of the same
 * repository, but leaves the list empty for forks: then the open pull
 * requests whose head is the run's head repository and branch are listed,
 * and the one at the run's head commit is taken.
 */
import type { Api } from './api.js'
import { nextPageUrl } from './api.js'
import type { WorkflowRunInfo } from './event.js'

export type Lookup = { number: number } | { none: string }

export async function findPullRequest(api: Api, owner: string, repo: string, run: WorkflowRunInfo): Promise<Lookup> {
  const linked = run.pullRequests.find((p) => p.headSha === run.headSha) ?? run.pullRequests[0]
  if (linked) return { number: linked.number }
  const headOwner = run.headRepo.split('/')[0]
  if (!headOwner || !run.headBranch || !run.headSha) return { none: 'the workflow_run event names no head repository, branch or commit' }
  let r = await api<unknown[]>('GET /repos/{owner}/{repo}/pulls', { owner, repo, state: 'open', head: `${headOwner}:${run.headBranch}`, per_page: 100 })
  for (let page = 1; page <= 10; page++) {
    for (const raw of Array.isArray(r.data) ? r.data : []) {
      const p = raw as { number?: unknown; head?: { sha?: unknown; repo?: { full_name?: unknown } | null } }
      if (typeof p.number === 'number' && p.head?.sha === run.headSha && p.head?.repo?.full_name === run.headRepo) return { number: p.number }
    }
    const next = nextPageUrl(r.headers.link)
    if (!next) break
    r = await api<unknown[]>(`GET ${next}`)
  }
  return { none: `no open pull request of ${owner}/${repo} has ${run.headRepo}:${run.headBranch} at ${run.headSha.slice(0, 12)} as its head (closed, or pushed to since)` }
}
