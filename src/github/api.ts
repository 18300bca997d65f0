/**
 * The GitHub REST API as the action uses it: one request function (Octokit
 * from @actions/github underneath, so GITHUB_API_URL and the runner's proxy
 * settings apply), wrapped in bounded retries that honour rate limits.
 */
export interface ApiResponse<T = unknown> {
  status: number
  data: T
  headers: Record<string, string | number | undefined>
}

/** `route` as Octokit takes it: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', or 'GET <absolute URL>'. */
export type Api = <T = unknown>(route: string, params?: Record<string, unknown>) => Promise<ApiResponse<T>>

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number
  /** A wait longer than this is not worth it: give up and say so. */
  maxWaitMs: number
  sleep: (ms: number) => Promise<void>
  log: (message: string) => void
  now: () => number
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 3,
  maxWaitMs: 60_000,
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  log: () => {},
  now: () => Date.now()
}

/** The parts of an Octokit RequestError that matter here. */
export function errorStatus(e: unknown): number {
  return typeof (e as { status?: unknown })?.status === 'number' ? (e as { status: number }).status : 0
}

function header(e: unknown, name: string): string | undefined {
  const h = (e as { response?: { headers?: Record<string, unknown> } })?.response?.headers?.[name]
  return h === undefined || h === null ? undefined : String(h)
}

/**
 * How long to wait before retrying a failed request, or null when a retry
 * would not help. Rate limits (429, or 403 with Retry-After or no requests
 * left) wait as GitHub says: Retry-After (seconds or a date), else until
 * x-ratelimit-reset, else a minute (GitHub's advice for secondary limits).
 * Server errors back off 1, 2, 4 s.
 */
export function retryDelay(e: unknown, attempt: number, now: number): number | null {
  const status = errorStatus(e)
  const retryAfter = header(e, 'retry-after')
  const remaining = header(e, 'x-ratelimit-remaining')
  if (status === 429 || (status === 403 && (retryAfter !== undefined || remaining === '0'))) {
    if (retryAfter !== undefined) {
      const secs = Number(retryAfter)
      if (Number.isFinite(secs) && secs >= 0) return secs * 1000
      const date = Date.parse(retryAfter)
      if (Number.isFinite(date)) return Math.max(0, date - now)
    }
    const reset = Number(header(e, 'x-ratelimit-reset'))
    if (remaining === '0' && Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now) + 1000
    return 60_000
  }
  if (status === 500 || status === 502 || status === 503 || status === 504) return 1000 * 2 ** attempt
  return null
}

/** Wraps a request function with retries (see retryDelay), at most policy.maxRetries, each wait at most policy.maxWaitMs. */
export function withRetries(api: Api, policy: RetryPolicy = DEFAULT_RETRY): Api {
  return async <T>(route: string, params?: Record<string, unknown>) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await api<T>(route, params)
      } catch (e) {
        const wait = retryDelay(e, attempt, policy.now())
        if (wait === null || attempt >= policy.maxRetries) throw e
        const what = `GitHub API ${route.replace(/^(\w+) https?:\/\/[^/]+/, '$1 ')}: HTTP ${errorStatus(e)}`
        if (wait > policy.maxWaitMs) {
          policy.log(`${what}; the rate limit resets in ${Math.ceil(wait / 1000)} s, longer than the ${policy.maxWaitMs / 1000} s pprof-gate waits: giving up`)
          throw e
        }
        policy.log(`${what}; retrying in ${(wait / 1000).toFixed(1)} s (retry ${attempt + 1} of ${policy.maxRetries})`)
        await policy.sleep(wait)
      }
    }
  }
}

/** An Api backed by Octokit, loaded on first use (it is a large part of the bundle's start-up cost). */
export async function octokitApi(token: string): Promise<Api> {
  const { getOctokit } = await import('@actions/github')
  // Octokit logs request failures through console by default; we report them ourselves.
  const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
  const octokit = getOctokit(token, { log: quiet })
  return (async (route: string, params?: Record<string, unknown>) => {
    const r = await octokit.request(route, params ?? {})
    return { status: r.status, data: r.data, headers: r.headers as ApiResponse['headers'] }
  }) as Api
}

/** The URL of the next page from a Link header, if any. */
export function nextPageUrl(link: string | number | undefined): string | null {
  if (typeof link !== 'string') return null
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)
    if (m) return m[1]
  }
  return null
}
