/**
 * The sticky comment on a pull request: ours is the oldest comment whose
 * first line is our marker AND whose author is the token's own identity.
 * Anyone can paste our marker into a comment; such a comment is never
 * edited. Comments are listed page by page (Link headers) until ours turns
 * up. Writing updates ours in place, or creates it, and skips the write when
 * the body would not change.
 */
import type { Api } from './api.js'
import { errorStatus, nextPageUrl } from './api.js'
import { hasMarker } from './marker.js'

export interface IssueRef {
  owner: string
  repo: string
  number: number
}

export interface IssueComment {
  id: number
  body: string
  login: string
  url: string
}

/** The login of the default token's identity (installation tokens cannot call GET /user). */
export const ACTIONS_BOT = 'github-actions[bot]'

/** Who the token is: a user token's login from GET /user, else the Actions bot. */
export async function tokenLogin(api: Api): Promise<string> {
  try {
    const r = await api<{ login?: unknown }>('GET /user')
    if (typeof r.data?.login === 'string' && r.data.login !== '') return r.data.login
  } catch (e) {
    // 401/403 "Resource not accessible by integration": an installation token, GITHUB_TOKEN.
    if (![401, 403].includes(errorStatus(e))) throw e
  }
  return ACTIONS_BOT
}

function toComment(c: unknown): IssueComment | null {
  const o = c as { id?: unknown; body?: unknown; user?: { login?: unknown } | null; html_url?: unknown }
  if (typeof o?.id !== 'number') return null
  return {
    id: o.id,
    body: typeof o.body === 'string' ? o.body : '',
    login: typeof o.user?.login === 'string' ? o.user.login : '',
    url: typeof o.html_url === 'string' ? o.html_url : ''
  }
}

/** Safety bound on pages (100 comments each): a pull request with 10,000 comments is not one we search to the end. */
const MAX_PAGES = 100

export async function findSticky(api: Api, issue: IssueRef, key: string, login: string): Promise<IssueComment | null> {
  let r = await api<unknown[]>('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: issue.owner,
    repo: issue.repo,
    issue_number: issue.number,
    per_page: 100
  })
  for (let page = 1; ; page++) {
    for (const raw of Array.isArray(r.data) ? r.data : []) {
      const c = toComment(raw)
      if (c && c.login === login && hasMarker(c.body, key)) return c
    }
    const next = nextPageUrl(r.headers.link)
    if (!next || page >= MAX_PAGES) return null
    r = await api<unknown[]>(`GET ${next}`)
  }
}

export type WriteOutcome = { action: 'created' | 'updated' | 'unchanged'; url: string }

const normalize = (s: string) => s.replace(/\r\n/g, '\n')

export async function writeSticky(api: Api, issue: IssueRef, existing: IssueComment | null, body: string): Promise<WriteOutcome> {
  if (existing && normalize(existing.body) === normalize(body)) return { action: 'unchanged', url: existing.url }
  if (existing) {
    const r = await api<unknown>('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: issue.owner,
      repo: issue.repo,
      comment_id: existing.id,
      body
    })
    return { action: 'updated', url: toComment(r.data)?.url || existing.url }
  }
  const r = await api<unknown>('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: issue.owner,
    repo: issue.repo,
    issue_number: issue.number,
    body
  })
  return { action: 'created', url: toComment(r.data)?.url ?? '' }
}
