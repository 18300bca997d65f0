/**
 * The built-in HTTP load driver, and `--load-command` for an external one.
 *
 * pprof-gate divides CPU time by the number of requests, so `requests` must
 * be exact: each slot claims a request by incrementing a shared counter
 * *before* dispatching it, synchronously, so no more than the asked count is
 * ever sent, and the run ends only when every dispatched request has a
 * response or an error. Nothing is retried.
 *
 * HTTP client: undici's Client through its low-level dispatch() API, one
 * Client (one keep-alive connection, pipelining 1) per concurrency slot.
 * Measured against the loadtarget service on a shared 2-core machine at
 * concurrency 8: node:http with a keep-alive Agent 5-13k req/s, undici
 * request() 15-25k, undici dispatch() 19-38k (wrk: 31-37k). dispatch()
 * skips the Readable stream that request() builds for every response.
 * Client CPU per request: undici dispatch ~20-24 us, wrk ~12 us; that, not
 * our bookkeeping (~1-3 us), is what separates this driver from wrk.
 *
 * Latency: every response's latency goes into a growing Float64Array that is
 * sorted once at the end, so percentiles are exact. 8 bytes a request (a
 * million requests is 8 MB) is fine for runs bounded by a count or a
 * deadline, and needs no histogram dependency or precision setting.
 */
import { spawn } from 'node:child_process'
import { closeSync, openSync, readFileSync, statSync } from 'node:fs'
import { Client, type Dispatcher } from 'undici'
import { childEnv } from './child-env.js'
import { HarnessError } from './errors.js'
import { isLoopbackHost, type Target } from './targets.js'

export interface LoadOptions {
  /** the service's URL, e.g. http://127.0.0.1:PORT; must be loopback */
  baseUrl: string
  /** used round-robin */
  targets: Target[]
  /** send exactly this many requests (default 2000 when neither this nor durationMs is set) */
  requests?: number
  /** stop dispatching after this long and report what completed */
  durationMs?: number
  /** requests in flight at once, one keep-alive connection each (default 8) */
  concurrency?: number
  /** requests per second over all slots (default: as fast as the service answers) */
  rate?: number
  /** per request, connect to last body byte (default 10 s); a timeout counts as an error */
  timeoutMs?: number
  /** hard limit of the whole run (default: see defaultMaxRunMs) */
  maxRunMs?: number
  signal?: AbortSignal
  /** called every 250 ms and once at the end */
  onProgress?: (done: number, errors: number) => void
}

export interface LoadResult {
  /** requests sent and completed (with a response or an error): exact */
  requests: number
  /** transport errors and timeouts */
  errors: number
  /** responses by status code, e.g. { '200': 1998, '503': 2 } */
  status: Record<string, number>
  /** responses outside 200-299 (they are responses, not errors) */
  non2xx: number
  /** of responses (not of errors), from dispatch to the last body byte */
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number }
  /** first dispatch to last completion */
  durationMs: number
  requestsPerSecond: number
  /** the first few distinct error messages, e.g. "GET /x: timed out after 10 ms" */
  errorSamples: string[]
}

const DEFAULT_REQUESTS = 2000
const DEFAULT_CONCURRENCY = 8
const DEFAULT_TIMEOUT_MS = 10_000
const MAX_ERROR_SAMPLES = 5
const PROGRESS_EVERY_MS = 250
// Room for connecting, closing and timers on top of the computed worst case.
const SLACK_MS = 10_000

/**
 * The default hard limit: the worst case that per-request timeouts allow
 * (every round of `concurrency` requests timing out), plus the time a rate
 * limit needs, plus slack; with durationMs, the deadline plus one timeout
 * (dispatch stops at the deadline and in-flight requests then finish).
 * It catches a driver or service that hangs past what timeouts should allow.
 */
export function defaultMaxRunMs(o: { requests?: number; durationMs?: number; concurrency: number; rate?: number; timeoutMs: number }): number {
  const limits: number[] = []
  if (o.requests !== undefined) {
    const rateMs = o.rate ? (o.requests / o.rate) * 1000 : 0
    limits.push(Math.ceil(o.requests / o.concurrency) * o.timeoutMs + rateMs + SLACK_MS)
  }
  if (o.durationMs !== undefined) limits.push(o.durationMs + o.timeoutMs + SLACK_MS)
  return Math.min(...limits)
}

interface Prepared {
  opts: Dispatcher.DispatchOptions
  label: string
}

/** Sends the load; resolves with exact counts, throws HarnessError on a bad option, abort or hard limit. */
export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const origin = loopbackOrigin(opts.baseUrl)
  const concurrency = positiveInt(opts.concurrency ?? DEFAULT_CONCURRENCY, 'concurrency')
  const timeoutMs = positive(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, 'timeoutMs')
  const rate = opts.rate === undefined ? undefined : positive(opts.rate, 'rate')
  const durationMs = opts.durationMs === undefined ? undefined : positive(opts.durationMs, 'durationMs')
  const requests =
    opts.requests !== undefined ? positiveInt(opts.requests, 'requests') : durationMs === undefined ? DEFAULT_REQUESTS : undefined
  const maxRunMs =
    opts.maxRunMs === undefined ? defaultMaxRunMs({ requests, durationMs, concurrency, rate, timeoutMs }) : positive(opts.maxRunMs, 'maxRunMs')
  if (opts.targets.length === 0) throw new HarnessError('load: no targets; give at least one, e.g. --target "GET /"')
  const targets: Prepared[] = opts.targets.map((t) => ({
    opts: { method: t.method, path: t.path, headers: t.headers.flat(), body: t.body },
    label: `${t.method} ${t.path}`
  }))
  if (opts.signal?.aborted) throw new HarnessError('load was aborted before it started')

  const stats = new Stats()
  const clients = Array.from({ length: concurrency }, () => new Client(origin, {
    pipelining: 1,
    // Our own timer bounds each request end to end; undici's would only add
    // a second, coarser mechanism.
    headersTimeout: 0,
    bodyTimeout: 0,
    connectTimeout: timeoutMs
  }))

  // stop() ends the run early: abort, hard limit or a failing onProgress.
  let stopReason: HarnessError | null = null
  let wake = (): void => {}
  const stopped = new Promise<void>((resolve) => (wake = resolve))
  const stop = (why: HarnessError) => {
    if (stopReason) return
    stopReason = why
    wake()
    // Fails every request in flight; their slots then see stopReason and end.
    for (const c of clients) void c.destroy(why).catch(() => {})
  }
  const onAbort = () => stop(new HarnessError(`load was aborted after ${stats.done} requests`))
  opts.signal?.addEventListener('abort', onAbort, { once: true })
  const hardLimit = setTimeout(() => {
    stop(new HarnessError(
      `load did not finish within ${fmtMs(maxRunMs)}: ${stats.done}${requests ? ` of ${requests}` : ''} requests completed, ${stats.errors} errors; ` +
        'the service may be stuck (see its log), or lower --requests or the per-request timeout'
    ))
  }, maxRunMs)
  const progress = opts.onProgress
  const ticker = progress && setInterval(() => {
    try {
      progress(stats.done, stats.errors)
    } catch (err) {
      stop(new HarnessError(`load: onProgress failed: ${(err as Error).message}`))
    }
  }, PROGRESS_EVERY_MS)

  const t0 = performance.now()
  const deadline = durationMs === undefined ? Infinity : t0 + durationMs
  let dispatched = 0
  let tickets = 0 // rate-limit slots handed out; >= dispatched

  const slot = async (client: Client): Promise<void> => {
    while (true) {
      if (rate !== undefined) {
        // Ticket i is due at t0 + i/rate; waits under 1 ms are not worth a timer.
        const due = t0 + (tickets++ * 1000) / rate
        if (due >= deadline) return
        const wait = due - performance.now()
        if (wait >= 1) await Promise.race([sleep(wait), stopped])
      }
      // Check and claim in one synchronous step: this is what makes the count exact.
      const start = performance.now()
      if (stopReason || (requests !== undefined && dispatched >= requests) || start >= deadline) return
      const t = targets[dispatched % targets.length] as Prepared
      dispatched++
      const r = await send(client, t.opts, timeoutMs)
      stats.add(r, performance.now() - start, t.label)
      if (typeof r !== 'number' && isUnsendable(r)) {
        // Every request of this target would fail the same way, without being sent.
        stop(new HarnessError(`load: target ${JSON.stringify(t.label)} cannot be sent: ${r.message}; fix the target's headers`))
      }
    }
  }

  let elapsed: number
  try {
    await Promise.all(clients.map(slot))
    elapsed = performance.now() - t0
  } finally {
    clearTimeout(hardLimit)
    if (ticker) clearInterval(ticker)
    opts.signal?.removeEventListener('abort', onAbort)
    // No request is in flight any more: close the keep-alive connections.
    await Promise.all(clients.map((c) => c.destroy().catch(() => {})))
  }
  if (stopReason) throw stopReason
  if (stats.done !== dispatched) throw new Error(`load: ${dispatched} requests dispatched but ${stats.done} completed (a bug)`)
  progress?.(stats.done, stats.errors)
  return stats.result(elapsed)
}

/** A response's status code, or the error that ended the request. */
type Outcome = number | Error

/** Sends one request, reads its body to the end, and never rejects. */
function send(client: Client, opts: Dispatcher.DispatchOptions, timeoutMs: number): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    let status = 0
    let controller: Dispatcher.DispatchController | null = null
    let timedOut: Error | null = null
    // Resolve only from undici's own end callbacks, so a slot never has two
    // requests on its connection; a timeout aborts and the abort ends it.
    const timer = setTimeout(() => {
      timedOut = new Error(`timed out after ${timeoutMs} ms`)
      controller?.abort(timedOut)
    }, timeoutMs)
    const done = (o: Outcome) => {
      clearTimeout(timer)
      resolve(o)
    }
    try {
      client.dispatch(opts, {
        onRequestStart(c) {
          controller = c
          if (timedOut) c.abort(timedOut) // timed out while connecting
        },
        onResponseStart(_c, statusCode) {
          status = statusCode
        },
        onResponseData() {
          // The body is consumed (and dropped) so the connection can be reused.
        },
        onResponseEnd() {
          done(status)
        },
        onResponseError(_c, err) {
          done(timedOut ?? err)
        }
      })
    } catch (err) {
      done(err as Error)
    }
  })
}

/** undici refuses some requests before sending them, e.g. with a Transfer-Encoding or Expect header. */
function isUnsendable(err: Error): boolean {
  const code = (err as NodeJS.ErrnoException).code
  return code === 'UND_ERR_INVALID_ARG' || code === 'UND_ERR_NOT_SUPPORTED'
}

/** Counts, status codes, latencies and error samples of one run. */
class Stats {
  done = 0
  errors = 0
  private status = new Map<number, number>()
  private lat = new Float64Array(4096)
  private nLat = 0
  private samples = new Set<string>()

  add(o: Outcome, ms: number, label: string): void {
    this.done++
    if (typeof o === 'number') {
      this.status.set(o, (this.status.get(o) ?? 0) + 1)
      if (this.nLat === this.lat.length) {
        const bigger = new Float64Array(this.lat.length * 2)
        bigger.set(this.lat)
        this.lat = bigger
      }
      this.lat[this.nLat++] = ms
      return
    }
    this.errors++
    if (this.samples.size < MAX_ERROR_SAMPLES) {
      const code = (o as NodeJS.ErrnoException).code
      this.samples.add(`${label}: ${o.message}${code ? ` (${code})` : ''}`)
    }
  }

  result(elapsedMs: number): LoadResult {
    const status: Record<string, number> = {}
    let non2xx = 0
    for (const [code, n] of [...this.status].sort((a, b) => a[0] - b[0])) {
      status[String(code)] = n
      if (code < 200 || code > 299) non2xx += n
    }
    return {
      requests: this.done,
      errors: this.errors,
      status,
      non2xx,
      latencyMs: latency(this.lat.subarray(0, this.nLat)),
      durationMs: round3(elapsedMs),
      requestsPerSecond: elapsedMs > 0 ? round3((this.done * 1000) / elapsedMs) : 0,
      errorSamples: [...this.samples]
    }
  }
}

function latency(ms: Float64Array): LoadResult['latencyMs'] {
  const n = ms.length
  if (n === 0) return { p50: 0, p90: 0, p99: 0, max: 0, mean: 0 }
  ms.sort()
  // Nearest rank: the smallest value with at least p% of values at or below it.
  const at = (p: number) => round3(ms[Math.max(0, Math.ceil((p / 100) * n) - 1)] as number)
  let sum = 0
  for (const v of ms) sum += v
  return { p50: at(50), p90: at(90), p99: at(99), max: round3(ms[n - 1] as number), mean: round3(sum / n) }
}

export interface LoadCommandOptions {
  /** run as `sh -c command` */
  command: string
  /** added to the environment: PPROF_GATE_URL=<baseUrl> and the like */
  env: Record<string, string>
  cwd: string
  timeoutMs: number
  /** the count the user declared the command sends; without it the count is unknown */
  requests?: number
  /** the command's stdout and stderr go here */
  logFile: string
  signal?: AbortSignal
}

// How long a killed group gets between SIGTERM and SIGKILL.
const KILL_GRACE_MS = 2000
const TAIL_LINES = 20

/**
 * Runs an external load tool in its own process group with its output in
 * logFile. On timeout or abort the whole group is killed; after the command
 * exits, whatever it left running in its group is killed too, so no load
 * leaks into the "after" snapshot. Throws HarnessError with the output's tail
 * on a non-zero exit, a timeout or an abort.
 *
 * The driver's statistics are unknown: with a declared count the result is a
 * LoadResult whose requests is that count, with no errors or statuses
 * observed and zero latencies; without one, requests is null.
 */
export async function runLoadCommand(
  opts: LoadCommandOptions
): Promise<LoadResult | { requests: null; durationMs: number }> {
  if (!opts.env.PPROF_GATE_URL) throw new HarnessError('--load-command: PPROF_GATE_URL is not set (a bug in pprof-gate)')
  const declared = opts.requests === undefined ? undefined : positiveInt(opts.requests, '--load-requests')
  if (opts.signal?.aborted) throw new HarnessError('--load-command was aborted before it started')
  let out: number
  try {
    out = openSync(opts.logFile, 'w')
  } catch (err) {
    throw new HarnessError(`--load-command: cannot write its log ${opts.logFile}: ${(err as Error).message}`)
  }
  const t0 = performance.now()
  let child
  try {
    child = spawn('sh', ['-c', opts.command], {
      cwd: opts.cwd,
      env: childEnv(opts.env),
      detached: true, // its own process group, so we can kill everything it starts
      stdio: ['ignore', out, out]
    })
  } finally {
    closeSync(out) // the child holds its own copy
  }
  const pid = child.pid
  const killGroup = (sig: NodeJS.Signals) => {
    if (pid === undefined) return
    try {
      process.kill(-pid, sig)
    } catch {
      // ESRCH: the group is already gone.
    }
  }
  let why: string | null = null
  let escalate: NodeJS.Timeout | undefined
  const end = (reason: string) => {
    if (why) return
    why = reason
    killGroup('SIGTERM')
    escalate = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS)
  }
  const timer = setTimeout(() => end(`timed out after ${fmtMs(opts.timeoutMs)}`), opts.timeoutMs)
  const onAbort = () => end('was aborted')
  opts.signal?.addEventListener('abort', onAbort, { once: true })

  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }))
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })
  clearTimeout(timer)
  clearTimeout(escalate)
  opts.signal?.removeEventListener('abort', onAbort)
  killGroup('SIGKILL') // stragglers it started in the background, or that ignored SIGTERM
  const durationMs = round3(performance.now() - t0)

  const fail = (what: string) =>
    new HarnessError(`--load-command ${JSON.stringify(opts.command)} ${what}; its output is in ${opts.logFile}`, tail(opts.logFile))
  if (exit.error) throw fail(`could not start in ${opts.cwd}: ${exit.error.message}`)
  if (why) throw fail(`${why}; its process group was killed`)
  if (exit.code !== 0) throw fail(exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`)

  if (declared === undefined) return { requests: null, durationMs }
  return {
    requests: declared,
    errors: 0,
    status: {},
    non2xx: 0,
    latencyMs: { p50: 0, p90: 0, p99: 0, max: 0, mean: 0 },
    durationMs,
    requestsPerSecond: durationMs > 0 ? round3((declared * 1000) / durationMs) : 0,
    errorSamples: []
  }
}

/** The last lines of a log file, for an error's evidence. */
function tail(file: string): string {
  try {
    const size = statSync(file).size
    const text = readFileSync(file).subarray(Math.max(0, size - 16 * 1024)).toString('utf8')
    const lines = text.trimEnd().split('\n').slice(-TAIL_LINES)
    return lines.length === 1 && lines[0] === '' ? '(no output)' : lines.join('\n')
  } catch {
    return '(no output)'
  }
}

function loopbackOrigin(baseUrl: string): string {
  let u: URL
  try {
    u = new URL(baseUrl)
  } catch {
    throw new HarnessError(`load: bad service URL ${JSON.stringify(baseUrl)}`)
  }
  if (u.protocol !== 'http:' || !isLoopbackHost(u.hostname)) {
    throw new HarnessError(`load: ${baseUrl} is not an http:// loopback address; pprof-gate only sends load to the service it started`)
  }
  return u.origin
}

function positive(v: number, name: string): number {
  if (!(Number.isFinite(v) && v > 0)) throw new HarnessError(`load: ${name} must be a positive number, got ${v}`)
  return v
}

function positiveInt(v: number, name: string): number {
  if (!(Number.isSafeInteger(v) && v > 0)) throw new HarnessError(`load: ${name} must be a positive integer, got ${v}`)
  return v
}

/** A timer that does not keep the process alive: a stopped run races it and moves on. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000
}

function fmtMs(ms: number): string {
  return ms >= 1000 ? `${round3(ms / 1000)} s` : `${ms} ms`
}
