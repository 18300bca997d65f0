// Fetching /debug/pprof/* from the service under test: size caps, timeouts
// that catch a stalled service, and errors that say what to do.
import { createWriteStream, type WriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { HarnessError } from './errors.js'
import { FetchError, exchange, failWithBody, formatBytes, isHtml, oneLine, sanitize, EVIDENCE_BYTES } from './http-exchange.js'

export { FetchError } from './http-exchange.js'
export type { FetchFailure } from './http-exchange.js'

/** Default cap on a profile's (compressed) body: 256 MiB. */
export const DEFAULT_MAX_PROFILE_BYTES = 256 * 1024 * 1024
export { DEFAULT_DEADLINE_MS } from './http-exchange.js'
export interface FetchOptions {
  /** Full URL, e.g. http://127.0.0.1:PORT/debug/pprof/heap?gc=1 */
  url: string
  /** What is being fetched, for messages: e.g. "head trial 2 heap (after load)". */
  what: string
  /**
   * Connect and idle timeout: the longest the service may go without
   * progress (accepting the connection, sending headers, sending the next
   * chunk) before the fetch fails as stalled.
   */
  timeoutMs: number
  /** Cap on the body, default DEFAULT_MAX_PROFILE_BYTES. */
  maxBytes?: number
  /** Save the raw body here, streaming (written to OUTFILE.part, renamed when complete). */
  outFile?: string
  signal?: AbortSignal
  /**
   * Time the server legitimately spends before answering, added to the wait
   * for headers: a CPU profile sends nothing until its `seconds` are over.
   */
  waitMs?: number
  /** Bound on the whole fetch after waitMs, default DEFAULT_DEADLINE_MS. */
  deadlineMs?: number
}

/** The body of a 200 response, read to the end, capped, optionally saved to outFile. */
export function fetchProfile(opts: FetchOptions): Promise<Buffer> {
  return fetchBody(opts)
}

async function fetchBody(opts: FetchOptions & { onSent?: () => void }): Promise<Buffer> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_PROFILE_BYTES
  const part = opts.outFile === undefined ? undefined : `${opts.outFile}.part`
  let file: WriteStream | undefined
  try {
    const chunks = await exchange<Buffer[]>(opts, (res, x) => {
      if (res.statusCode !== 200 || isHtml(res)) return failWithBody(res, x)
      const announced = Number(res.headers['content-length'])
      if (announced > maxBytes) {
        const msg = `${x.what}: ${x.url} announced ${formatBytes(announced)} (Content-Length), more than the ${formatBytes(maxBytes)} cap on a profile; not downloading it. Check that the URL serves a profile, or raise the cap`
        return x.fail(new FetchError(msg, 'too-large', `HTTP 200, Content-Length: ${announced}`, 200))
      }
      if (part !== undefined) {
        file = createWriteStream(part)
        file.on('error', (e) => x.fail(new FetchError(`${opts.what}: cannot write ${opts.outFile}: ${e.message}`, 'io')))
      }
      const got: Buffer[] = []
      let total = 0
      res.on('data', (chunk: Buffer) => {
        total += chunk.length
        if (total > maxBytes) {
          const msg = `${x.what}: ${x.url} sent more than ${formatBytes(maxBytes)}, the cap on a profile; stopped reading. Check that the URL serves a profile, or raise the cap`
          return x.fail(new FetchError(msg, 'too-large', `HTTP 200, over ${maxBytes} bytes`, 200))
        }
        got.push(chunk)
        x.progress(chunk.length)
        // A slow disk must not look like a stalled service: while the file
        // catches up, the service is paused and the idle timer is off.
        if (file && !file.write(chunk)) {
          res.pause()
          x.hold()
          file.once('drain', () => {
            x.progress(0)
            res.resume()
          })
        }
      })
      res.on('end', () => x.done(got))
    })
    if (file && part !== undefined && opts.outFile !== undefined) {
      const f = file
      try {
        await new Promise<void>((resolve, reject) => {
          f.once('error', reject)
          f.end(resolve)
        })
        await rename(part, opts.outFile)
      } catch (e) {
        throw new FetchError(`${opts.what}: cannot write ${opts.outFile}: ${(e as Error).message}`, 'io')
      }
    }
    return Buffer.concat(chunks)
  } catch (e) {
    // Never leave a truncated profile where a complete one is expected.
    if (file && part !== undefined) {
      const f = file
      f.destroy()
      if (!f.closed) await new Promise<void>((resolve) => f.once('close', () => resolve()))
      await rm(part, { force: true })
    }
    throw e
  }
}

/** pprof's URL for one profile: base is the pprof root, e.g. http://127.0.0.1:PORT/debug/pprof/ */
export type ProfileKind =
  | 'goroutine'
  | 'heap'
  | 'allocs'
  | 'profile'
  | 'goroutineleak' // Go 1.26 with GOEXPERIMENT=goroutineleakprofile; default from 1.27
  | 'block'
  | 'mutex'
  | 'threadcreate'

export function profileUrl(base: string, kind: ProfileKind, params: Record<string, string | number> = {}): string {
  // new URL(kind, base) drops base's last path segment unless it ends in '/'.
  const u = new URL(kind, base.endsWith('/') ? base : `${base}/`)
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, String(v))
  return u.toString()
}

/** The CPU profile URL. Go parses `seconds` as an integer and quietly uses 30 for anything else, hence the check. */
export function cpuProfileUrl(base: string, seconds: number): string {
  if (!Number.isInteger(seconds) || seconds < 1) {
    throw new HarnessError(`CPU profile duration must be a whole number of seconds >= 1, got ${seconds}`)
  }
  return profileUrl(base, 'profile', { seconds })
}

export interface CpuProfileRun {
  /** The profile, when the `seconds` are over. Rejections are handled until awaited, so awaiting late is safe. */
  done: Promise<Buffer>
  /** Resolves once the request has been sent (or the fetch has ended): start the load after it. */
  started: Promise<void>
  /** Gives up the profile: the connection closes and Go stops profiling at once. */
  cancel(): void
}

/**
 * Starts a CPU profile, which blocks for `seconds` on the server, so the
 * caller can run load meanwhile and then await `done`. Throws at once when
 * `seconds` is not a whole number >= 1 (see cpuProfileUrl).
 */
export function startCpuProfile(opts: {
  baseUrl: string
  seconds: number
  what: string
  timeoutMs: number
  outFile?: string
  signal?: AbortSignal
}): CpuProfileRun {
  const url = cpuProfileUrl(opts.baseUrl, opts.seconds)
  const ac = new AbortController()
  const onAbort = (): void => ac.abort()
  opts.signal?.addEventListener('abort', onAbort, { once: true })
  let markStarted = (): void => {}
  const started = new Promise<void>((resolve) => (markStarted = resolve))
  const done = fetchBody({
    url,
    what: opts.what,
    timeoutMs: opts.timeoutMs,
    outFile: opts.outFile,
    signal: ac.signal,
    waitMs: opts.seconds * 1000,
    onSent: () => markStarted()
  }).finally(() => {
    opts.signal?.removeEventListener('abort', onAbort)
    markStarted()
  })
  // The caller awaits `done` only after its load: until then a rejection
  // (say, another CPU profile is running) must not count as unhandled.
  done.catch(() => {})
  return { done, started, cancel: () => ac.abort() }
}

/** The service's goroutine count, from the first line of goroutine?debug=1 ("goroutine profile: total N"). */
export function goroutineCount(baseUrl: string, timeoutMs: number, signal?: AbortSignal): Promise<number> {
  const url = profileUrl(baseUrl, 'goroutine', { debug: 1 })
  return exchange<number>({ url, what: 'counting goroutines', timeoutMs, signal }, (res, x) => {
    if (res.statusCode !== 200) return failWithBody(res, x)
    let text = ''
    res.setEncoding('utf8')
    res.on('data', (s: string) => {
      x.progress(s.length)
      text += s
      // Only the first line is needed: stop as soon as it is here (done()
      // closes the connection) rather than read every stack.
      const nl = text.indexOf('\n')
      if (nl >= 0 || text.length > 4096) parseFirst(nl >= 0 ? text.slice(0, nl) : text)
    })
    res.on('end', () => parseFirst(text.split('\n')[0]))
    function parseFirst(line: string): void {
      const m = /^goroutine profile: total (\d+)\s*$/.exec(line)
      if (m) return x.done(Number(m[1]))
      const msg = `counting goroutines: ${url} answered 200 but its first line is not "goroutine profile: total N" (got ${JSON.stringify(oneLine(line, 80))}); is this Go's net/http/pprof?`
      x.fail(new FetchError(msg, 'not-profile', `HTTP 200\n${sanitize(text.slice(0, EVIDENCE_BYTES))}`, 200))
    }
  })
}

export interface QuiesceResult {
  /** The last count seen. */
  count: number
  /** True when the count stopped changing within the bound. */
  settled: boolean
  waitedMs: number
  samples: number[]
}

/**
 * Polls the goroutine count every intervalMs until `stableFor` consecutive
 * samples are equal (settled), or timeoutMs has passed (settled: false).
 * Goroutines that end slowly show as a falling count, so waiting for it to
 * stop moving, not for a fixed time, is what separates a leak from a tail.
 */
export async function waitForQuiesce(opts: {
  baseUrl: string
  timeoutMs: number
  intervalMs: number
  stableFor: number
  signal?: AbortSignal
}): Promise<QuiesceResult> {
  const start = Date.now()
  const samples: number[] = []
  const need = Math.max(1, opts.stableFor)
  while (true) {
    const pollStart = Date.now()
    // One poll may use what is left of the bound, but never less than a
    // second: a slow answer is a stalled service, not a reason to give up.
    const left = opts.timeoutMs - (pollStart - start)
    samples.push(await goroutineCount(opts.baseUrl, Math.max(1000, left), opts.signal))
    const tail = samples.slice(-need)
    const settled = tail.length === need && tail.every((n) => n === tail[0])
    const waitedMs = Date.now() - start
    if (settled || waitedMs + opts.intervalMs > opts.timeoutMs) {
      return { count: samples[samples.length - 1], settled, waitedMs, samples }
    }
    await sleep(Math.max(0, opts.intervalMs - (Date.now() - pollStart)), opts.signal)
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new FetchError('waiting for goroutines to settle: cancelled', 'cancelled'))
    const onAbort = (): void => {
      clearTimeout(t)
      reject(new FetchError('waiting for goroutines to settle: cancelled', 'cancelled'))
    }
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
