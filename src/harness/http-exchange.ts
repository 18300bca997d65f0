// One HTTP exchange with the service's pprof endpoints: its timers, its
// socket, how it ends, and the errors that explain a bad answer.
import http from 'node:http'
import { HarnessError } from './errors.js'

/** Default bound on a whole fetch, on top of any expected wait (a CPU profile's seconds). */
export const DEFAULT_DEADLINE_MS = 5 * 60_000

/** How much of an error body becomes evidence. */
export const EVIDENCE_BYTES = 512

/** Why a fetch failed, for callers that react (retry a busy CPU profiler, skip goroutineleak). */
export type FetchFailure =
  | 'not-mounted' // 404 that is not pprof's own
  | 'unknown-profile' // pprof's 404 "Unknown profile": this Go build lacks that profile
  | 'cpu-busy' // 500 "Could not enable CPU profiling"
  | 'write-timeout' // 400 "profile duration exceeds server's WriteTimeout"
  | 'status' // any other non-200
  | 'not-profile' // 200 with something that is not a profile
  | 'refused' // nothing listening
  | 'closed' // the connection ended before the response did
  | 'stalled' // no progress for timeoutMs
  | 'deadline' // still going at the overall deadline
  | 'too-large' // body over maxBytes
  | 'cancelled' // the caller's signal
  | 'io' // writing outFile failed

export class FetchError extends HarnessError {
  constructor(
    message: string,
    readonly reason: FetchFailure,
    evidence = '',
    readonly status?: number
  ) {
    super(message, evidence)
  }
}

// ---------------------------------------------------------------------------
// One HTTP exchange: its timers, its socket, and how it ends.

export interface ExchangeOptions {
  url: string
  what: string
  timeoutMs: number
  waitMs?: number
  deadlineMs?: number
  signal?: AbortSignal
  onSent?: () => void
}

/** What a response handler uses to report progress and end the exchange. */
export interface Exchange<T> {
  readonly what: string
  readonly url: string
  /** "<what>: <url> answered <status>": the start of most messages. */
  readonly head: string
  done(value: T): void
  fail(err: Error): void
  /** Bytes arrived: restart the idle timer. */
  progress(bytes: number): void
  /** Stop the idle timer until the next progress() (the client, not the service, is busy). */
  hold(): void
}

/**
 * Sends a GET and hands the response to onResponse. Whatever ends the
 * exchange (done, fail, a timer, the signal, a network error) destroys the
 * socket and clears every timer: nothing outlives the promise.
 */
export function exchange<T>(o: ExchangeOptions, onResponse: (res: http.IncomingMessage, x: Exchange<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const url = new URL(o.url)
    if (url.protocol !== 'http:') {
      reject(new FetchError(`${o.what}: ${o.url}: only http:// URLs are supported`, 'status'))
      return
    }
    if (o.signal?.aborted) {
      reject(new FetchError(`${o.what}: cancelled before ${o.url} was asked`, 'cancelled'))
      return
    }
    const waitMs = o.waitMs ?? 0
    let received = 0
    let settled = false
    let res: http.IncomingMessage | undefined
    let idle: NodeJS.Timeout | undefined

    const end = (err: Error | undefined, value?: T): void => {
      if (settled) return
      settled = true
      clearTimeout(idle)
      clearTimeout(deadline)
      o.signal?.removeEventListener('abort', onAbort)
      // agent: false gives this exchange its own socket; ending it here is
      // what stops reading early and what keeps no handle open.
      res?.destroy()
      req.destroy()
      if (err) reject(err)
      else resolve(value as T)
    }
    // What a failure after the headers can show: how far the body got.
    const sofar = (): string => (res ? `HTTP ${res.statusCode}, ${received} bytes of the body received` : '')
    const arm = (ms: number, why: () => string): void => {
      clearTimeout(idle)
      idle = setTimeout(() => end(new FetchError(why(), 'stalled', sofar(), res?.statusCode)), ms)
    }
    const deadlineMs = waitMs + (o.deadlineMs ?? DEFAULT_DEADLINE_MS)
    const deadline = setTimeout(() => {
      const msg = `${o.what}: ${o.url} did not finish within ${deadlineMs} ms (${formatBytes(received)} received, still arriving): the service is sending too slowly`
      end(new FetchError(msg, 'deadline', sofar(), res?.statusCode))
    }, deadlineMs)
    const onAbort = (): void => end(new FetchError(`${o.what}: cancelled while fetching ${o.url}`, 'cancelled'))
    o.signal?.addEventListener('abort', onAbort, { once: true })

    const req = http.get(url, { agent: false, headers: { 'user-agent': 'pprof-gate' } })
    arm(o.timeoutMs, () => `${o.what}: ${o.url} did not accept a connection within ${o.timeoutMs} ms: the service is not answering (stalled or overloaded?); check its log`)
    req.on('socket', (s) => {
      s.once('connect', () => {
        if (settled) return
        const spent = waitMs > 0 ? ` (the ${waitMs / 1000} s profile plus ${o.timeoutMs} ms)` : ''
        arm(waitMs + o.timeoutMs, () => `${o.what}: ${o.url} stalled: no response within ${waitMs + o.timeoutMs} ms${spent}; the service may be blocked or overloaded; check its log`)
      })
    })
    req.on('finish', () => o.onSent?.())
    req.on('error', (e) => end(networkError(o, e)))
    req.on('response', (r) => {
      res = r
      const x: Exchange<T> = {
        what: o.what,
        url: o.url,
        head: `${o.what}: ${o.url} answered ${r.statusCode}`,
        done: (v) => end(undefined, v),
        fail: (e) => end(e),
        progress: (n) => {
          received += n
          arm(o.timeoutMs, () => `${o.what}: ${o.url} stalled mid-body: no bytes for ${o.timeoutMs} ms after ${formatBytes(received)}; the service may be blocked or overloaded; check its log`)
        },
        hold: () => clearTimeout(idle)
      }
      x.progress(0)
      r.on('error', () => {}) // 'close' below says what happened
      r.on('close', () => {
        if (settled || r.complete) return
        const of = r.headers['content-length'] ? ` of ${formatBytes(Number(r.headers['content-length']))}` : ''
        const msg = `${o.what}: ${o.url} closed the connection after ${formatBytes(received)}${of}: the profile is incomplete. Did the service crash, or cut the response at its http.Server WriteTimeout? Check its log`
        end(new FetchError(msg, 'closed', sofar(), r.statusCode))
      })
      onResponse(r, x)
    })
  })
}

export function networkError(o: ExchangeOptions, e: NodeJS.ErrnoException): FetchError {
  const where = new URL(o.url).host
  switch (e.code) {
    case 'ECONNREFUSED':
      return new FetchError(
        `${o.what}: nothing answers at ${where} (connection refused): the service is not answering; did it exit or crash? Check its log`,
        'refused'
      )
    case 'ECONNRESET':
    case 'EPIPE':
      return new FetchError(
        `${o.what}: ${o.url}: the service closed the connection without answering (${e.code}); did it crash? Check its log`,
        'closed'
      )
    default:
      return new FetchError(`${o.what}: cannot reach ${o.url}: ${e.message}`, 'closed')
  }
}

// ---------------------------------------------------------------------------
// Non-200 answers: read the start of the body, then explain.

/** Reads up to EVIDENCE_BYTES of an unwanted response, then fails with an explanation. */
export function failWithBody<T>(res: http.IncomingMessage, x: Exchange<T>): void {
  const got: Buffer[] = []
  let n = 0
  const finish = (): void => x.fail(explain(res, Buffer.concat(got).subarray(0, EVIDENCE_BYTES), n > EVIDENCE_BYTES, x))
  res.on('data', (chunk: Buffer) => {
    x.progress(chunk.length)
    got.push(chunk)
    n += chunk.length
    if (n > EVIDENCE_BYTES) finish()
  })
  res.on('end', finish)
}

export function explain<T>(res: http.IncomingMessage, body: Buffer, cut: boolean, x: Exchange<T>): FetchError {
  const { head } = x
  const url = new URL(x.url)
  const status = res.statusCode ?? 0
  const text = body.toString('utf8')
  const evidence = `HTTP ${status} ${res.statusMessage ?? ''}\n${sanitize(text)}${cut ? '…' : ''}`.trimEnd()
  // net/http/pprof marks its own error texts with X-Go-Pprof: 1.
  const fromPprof = res.headers['x-go-pprof'] === '1'
  const said = fromPprof ? ` ${JSON.stringify(oneLine(text, 200))}` : ''
  const err = (reason: FetchFailure, msg: string): FetchError => new FetchError(msg, reason, evidence, status)

  if (status === 404 && fromPprof && /unknown profile/i.test(text)) {
    const kind = url.pathname.split('/').pop() ?? ''
    const leak = kind === 'goroutineleak' ? ': it needs Go 1.26 built with GOEXPERIMENT=goroutineleakprofile (on by default from Go 1.27)' : ''
    return err('unknown-profile', `${head}${said}: pprof is mounted, but this Go build has no "${kind}" profile${leak}`)
  }
  if (status === 404) {
    return err(
      'not-mounted',
      `${head}: net/http/pprof is not mounted there. Import _ "net/http/pprof" and serve http.DefaultServeMux, or mount pprof.Index/Profile/... on your router (gin: github.com/gin-contrib/pprof; echo: e.g. echo.WrapHandler(http.DefaultServeMux) under /debug/pprof/*; chi: middleware.Profiler(); fiber: its pprof middleware), or point pprof-gate at it with --pprof-url`
    )
  }
  if (status === 500 && text.includes('Could not enable CPU profiling')) {
    return err(
      'cpu-busy',
      `${head}${said}: a CPU profile is already running in this service, and Go runs only one CPU profile at a time. Another tool (go tool pprof, a continuous profiler in the service, or a second pprof-gate) may be profiling it; stop that, or give each pprof-gate run its own service`
    )
  }
  if (status === 400 && text.includes("exceeds server's WriteTimeout")) {
    const seconds = url.searchParams.get('seconds')
    const window = seconds ? `the ${seconds} s CPU profile` : 'the CPU profile'
    return err(
      'write-timeout',
      `${head}${said}: the service's http.Server WriteTimeout is not longer than ${window}, so pprof refuses it. Raise the server's WriteTimeout (or serve pprof on its own http.Server without one), or lower pprof-gate's CPU window / load duration; current Go extends the deadline for profiles itself, so a newer Go build also fixes this`
    )
  }
  if (status === 200) {
    return err(
      'not-profile',
      `${head} with an HTML page, not a profile: pprof's index page or a catch-all route of the service answers there. Check that the URL names a profile (e.g. .../debug/pprof/heap) served by net/http/pprof, or point pprof-gate at it with --pprof-url`
    )
  }
  return err('status', `${head} ${res.statusMessage ?? ''}${said}; expected 200 with a profile${statusHint(res)}`.replace(/ +;/, ';'))
}

export function statusHint(res: http.IncomingMessage): string {
  const status = res.statusCode ?? 0
  if (status >= 300 && status < 400) {
    return ` (it redirects to ${oneLine(String(res.headers.location ?? '?'), 200)}: point pprof-gate at the final address with --pprof-url)`
  }
  if (status === 401 || status === 403) {
    return ': pprof is behind authentication or an access rule; serve it openly on 127.0.0.1, or point pprof-gate at a URL that is, with --pprof-url'
  }
  if (status >= 500) return ': the service failed while serving it; its log may say why'
  return ''
}

// ---------------------------------------------------------------------------
// Small helpers.

export function isHtml(res: http.IncomingMessage): boolean {
  return /^text\/html\b/i.test(String(res.headers['content-type'] ?? ''))
}

/** Makes service-controlled text safe to print: control characters (terminal escapes) shown as \xNN. */
export function sanitize(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0)
    return code > 0xff ? `\\u${code.toString(16)}` : `\\x${code.toString(16).padStart(2, '0')}`
  })
}

/** First line of s, sanitized, at most max characters. */
export function oneLine(s: string, max: number): string {
  const line = sanitize(s.trim().split('\n')[0])
  return line.length > max ? `${line.slice(0, max)}…` : line
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KiB`
  return `${n} bytes`
}

