// Profile fetching against a real Go service (testdata/services/pprofhttp):
// every way /debug/pprof can answer badly must end quickly, with a message
// that says what is wrong and what to do, and leave no socket or process.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  FetchError,
  cpuProfileUrl,
  fetchProfile,
  goroutineCount,
  profileUrl,
  startCpuProfile,
  waitForQuiesce
} from '../src/harness/fetch.js'
import { decodeProfile } from '../src/pprof/index.js'
import type { Profile } from '../src/pprof/index.js'
import { buildGo } from './helpers/go.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SERVICE_DIR = path.join(ROOT, 'testdata', 'services', 'pprofhttp')

interface Service {
  /** The pprof root, http://127.0.0.1:PORT/debug/pprof/ */
  base: string
  stop(): Promise<void>
}

let bin: string
let tmp: string
const running: Service[] = []

/** A port nothing listens on right now: bind :0, read it, let it go. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
}

/** Starts pprofhttp in its own process group and waits for its "listening on" line. */
async function start(...args: string[]): Promise<Service> {
  const port = await freePort()
  const child: ChildProcess = spawn(bin, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port) }
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const service: Service = {
    base: `http://127.0.0.1:${port}/debug/pprof/`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-(child.pid as number), 'SIGKILL')
        } catch {
          // already gone
        }
      }
      await exited
    }
  }
  running.push(service)
  let log = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pprofhttp ${args.join(' ')} did not start: ${log}`)), 10_000)
    const onData = (d: Buffer): void => {
      log += d.toString()
      if (log.includes('listening on')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', () => {
      clearTimeout(timer)
      reject(new Error(`pprofhttp ${args.join(' ')} exited: ${log}`))
    })
  })
  return service
}

/** Awaits a promise that must reject with a FetchError, and returns it with how long it took. */
async function failure(p: Promise<unknown>): Promise<FetchError & { ms: number }> {
  const t0 = Date.now()
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(FetchError)
    const err = e as FetchError & { ms: number }
    err.ms = Date.now() - t0
    // One line: the CLI prints the message as is, the evidence below it.
    expect(err.message).not.toContain('\n')
    return err
  }
  throw new Error('expected a rejection')
}

const sampleTypes = (p: Profile): string[] => p.sampleTypes.map((t) => t.type)
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

let normal: Service

beforeAll(async () => {
  bin = await buildGo(SERVICE_DIR)
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-fetch-'))
  normal = await start('-mode', 'normal')
}, 180_000)

afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()))
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

describe('URLs', () => {
  it('builds the URLs Go serves, with or without a trailing slash on the base', () => {
    expect(profileUrl('http://127.0.0.1:1/debug/pprof', 'heap', { gc: 1 })).toBe('http://127.0.0.1:1/debug/pprof/heap?gc=1')
    expect(profileUrl('http://127.0.0.1:1/debug/pprof/', 'goroutineleak')).toBe('http://127.0.0.1:1/debug/pprof/goroutineleak')
    expect(cpuProfileUrl('http://127.0.0.1:1/x/pprof/', 5)).toBe('http://127.0.0.1:1/x/pprof/profile?seconds=5')
    // Go would read 1.5 as "not a number" and profile for 30 s.
    expect(() => cpuProfileUrl('http://127.0.0.1:1/debug/pprof/', 1.5)).toThrow(/whole number of seconds/)
  })
})

describe('a service with net/http/pprof', () => {
  it('fetches a heap profile that decodes, and saves the same bytes', async () => {
    const outFile = path.join(tmp, 'heap.pb.gz')
    const body = await fetchProfile({ url: profileUrl(normal.base, 'heap', { gc: 1 }), what: 'heap', timeoutMs: 5000, outFile })
    expect(sampleTypes(decodeProfile(body))).toEqual(['alloc_objects', 'alloc_space', 'inuse_objects', 'inuse_space'])
    expect((await readFile(outFile)).equals(body)).toBe(true)
    expect(existsSync(`${outFile}.part`)).toBe(false)
  })

  it('counts goroutines from the first line of goroutine?debug=1', async () => {
    const n = await goroutineCount(normal.base, 5000)
    expect(Number.isInteger(n)).toBe(true)
    expect(n).toBeGreaterThanOrEqual(2)
  })

  it('explains a goroutineleak profile this Go build does not have', async () => {
    // Built without GOEXPERIMENT=goroutineleakprofile, Go 1.26 answers 404 "Unknown profile".
    const p = fetchProfile({ url: profileUrl(normal.base, 'goroutineleak'), what: 'leaks', timeoutMs: 5000 })
    const result = await p.catch((e: unknown) => e)
    if (Buffer.isBuffer(result)) return // built with the experiment: a real profile
    const err = result as FetchError
    expect(err.reason).toBe('unknown-profile')
    expect(err.message).toMatch(/"Unknown profile".*pprof is mounted.*GOEXPERIMENT=goroutineleakprofile/)
  })

  it('explains a second concurrent CPU profile, and the first still succeeds', async () => {
    const first = startCpuProfile({ baseUrl: normal.base, seconds: 2, what: 'first cpu', timeoutMs: 5000 })
    await first.started
    await sleep(300) // let the handler reach StartCPUProfile
    const err = await failure(fetchProfile({ url: cpuProfileUrl(normal.base, 1), what: 'second cpu', timeoutMs: 5000 }))
    expect(err.reason).toBe('cpu-busy')
    expect(err.message).toMatch(/^second cpu: .* answered 500 "Could not enable CPU profiling/)
    expect(err.message).toMatch(/only one CPU profile at a time/)
    expect(err.message).toMatch(/another tool|second pprof-gate/i)
    expect(err.evidence).toMatch(/^HTTP 500/)
    expect(err.ms).toBeLessThan(1000)
    expect(sampleTypes(decodeProfile(await first.done))).toEqual(['samples', 'cpu'])
  })

  it('cancels a CPU profile at once, which frees the profiler', async () => {
    const run = startCpuProfile({ baseUrl: normal.base, seconds: 30, what: 'cpu', timeoutMs: 5000 })
    await run.started
    await sleep(200)
    run.cancel()
    const err = await failure(run.done)
    expect(err.reason).toBe('cancelled')
    await sleep(300) // Go notices the closed connection and stops profiling
    const next = startCpuProfile({ baseUrl: normal.base, seconds: 1, what: 'cpu again', timeoutMs: 5000 })
    expect(sampleTypes(decodeProfile(await next.done))).toEqual(['samples', 'cpu'])
  })
})

describe('the goroutine count settling', () => {
  it('waits out goroutines that end one by one, and says when the bound was too short', async () => {
    // 40 goroutines start 1 s after launch and end one every 50 ms.
    const svc = await start('-mode', 'goroutines', '-extra', '40', '-delay', '1s', '-stagger', '50ms')
    const baseline = await goroutineCount(svc.base, 5000)
    let peak = baseline
    for (const t0 = Date.now(); peak < baseline + 30 && Date.now() - t0 < 5000; await sleep(20)) {
      peak = await goroutineCount(svc.base, 5000)
    }
    expect(peak).toBeGreaterThanOrEqual(baseline + 30)

    // Still falling: a 600 ms bound cannot see three equal samples.
    const short = await waitForQuiesce({ baseUrl: svc.base, timeoutMs: 600, intervalMs: 100, stableFor: 3 })
    expect(short.settled).toBe(false)
    expect(short.waitedMs).toBeLessThan(1000)
    expect(short.count).toBeGreaterThan(baseline + 2)
    expect(short.samples[0]).toBeGreaterThan(short.samples[short.samples.length - 1])

    const long = await waitForQuiesce({ baseUrl: svc.base, timeoutMs: 5000, intervalMs: 100, stableFor: 3 })
    expect(long.settled).toBe(true)
    expect(Math.abs(long.count - baseline)).toBeLessThanOrEqual(2)
    expect(long.samples.slice(-3)).toEqual([long.count, long.count, long.count])
    expect(long.samples[0]).toBeGreaterThan(long.count)
  })
})

describe('answers that are not a profile', () => {
  it('explains a 404 where net/http/pprof is not mounted', async () => {
    const svc = await start('-mode', 'nopprof')
    const err = await failure(fetchProfile({ url: profileUrl(svc.base, 'heap', { gc: 1 }), what: 'head trial 2 heap', timeoutMs: 5000 }))
    expect(err.reason).toBe('not-mounted')
    expect(err.message).toMatch(/^head trial 2 heap: http:\S+ answered 404: net\/http\/pprof is not mounted there/)
    expect(err.message).toMatch(/import _ "net\/http\/pprof"/i)
    expect(err.message).toMatch(/--pprof-url/)
    expect(err.evidence).toMatch(/^HTTP 404 Not Found\n404 page not found/)
    const count = await failure(goroutineCount(svc.base, 5000))
    expect(count.message).toMatch(/counting goroutines: .* answered 404: net\/http\/pprof is not mounted/)
  })

  it('explains a CPU profile refused for outlasting WriteTimeout (older Go), and late awaiting is safe', async () => {
    const svc = await start('-mode', 'writetimeout', '-old-pprof')
    const run = startCpuProfile({ baseUrl: svc.base, seconds: 3, what: 'base cpu', timeoutMs: 5000 })
    await sleep(500) // the 400 arrives meanwhile; nothing may treat it as unhandled
    const err = await failure(run.done)
    expect(err.reason).toBe('write-timeout')
    expect(err.message).toMatch(/answered 400 "profile duration exceeds server's WriteTimeout"/)
    expect(err.message).toMatch(/3 s CPU profile/)
    expect(err.message).toMatch(/raise the server's WriteTimeout/i)
    expect(err.message).toMatch(/lower pprof-gate's CPU window/)
  })

  it('gets the CPU profile where Go 1.26 extends the write deadline itself', async () => {
    const svc = await start('-mode', 'writetimeout') // WriteTimeout 2 s, profile 3 s
    const run = startCpuProfile({ baseUrl: svc.base, seconds: 3, what: 'cpu', timeoutMs: 5000 })
    expect(sampleTypes(decodeProfile(await run.done))).toEqual(['samples', 'cpu'])
  })
})

describe('bodies that are too big or too slow', () => {
  let big: Service
  let stall: Service
  beforeAll(async () => {
    ;[big, stall] = await Promise.all([start('-mode', 'bigbody'), start('-mode', 'stall')])
  })

  it('stops reading a body over the cap, and leaves no partial file', async () => {
    const outFile = path.join(tmp, 'big.pb.gz')
    const url = profileUrl(big.base, 'heap')
    const err = await failure(fetchProfile({ url, what: 'heap', timeoutMs: 5000, maxBytes: 1 << 20, outFile }))
    expect(err.reason).toBe('too-large')
    expect(err.message).toMatch(/sent more than 1 MiB, the cap on a profile; stopped reading/)
    expect(err.ms).toBeLessThan(2000)
    expect(existsSync(outFile)).toBe(false)
    expect(existsSync(`${outFile}.part`)).toBe(false)
  })

  it('refuses a body whose Content-Length is over the cap before reading it', async () => {
    const err = await failure(fetchProfile({ url: profileUrl(big.base, 'allocs'), what: 'allocs', timeoutMs: 5000, maxBytes: 1 << 20 }))
    expect(err.reason).toBe('too-large')
    expect(err.message).toMatch(/announced 300 MiB \(Content-Length\), more than the 1 MiB cap/)
    expect(err.ms).toBeLessThan(1000)
  })

  it('times out a body that stalls midway, and says so', async () => {
    const err = await failure(fetchProfile({ url: profileUrl(stall.base, 'heap'), what: 'heap', timeoutMs: 1000 }))
    expect(err.reason).toBe('stalled')
    expect(err.message).toMatch(/stalled mid-body: no bytes for 1000 ms after 1 KiB/)
    expect(err.ms).toBeGreaterThanOrEqual(950)
    expect(err.ms).toBeLessThan(2500)
  })

  it('times out a service that never answers', async () => {
    const err = await failure(fetchProfile({ url: profileUrl(stall.base, 'allocs'), what: 'allocs', timeoutMs: 1000 }))
    expect(err.reason).toBe('stalled')
    expect(err.message).toMatch(/stalled: no response within 1000 ms/)
    expect(err.ms).toBeLessThan(2500)
  })

  it('bounds the whole fetch with deadlineMs', async () => {
    const url = profileUrl(stall.base, 'heap')
    const err = await failure(fetchProfile({ url, what: 'heap', timeoutMs: 5000, deadlineMs: 500 }))
    expect(err.reason).toBe('deadline')
    expect(err.message).toMatch(/did not finish within 500 ms \(1 KiB received/)
    expect(err.ms).toBeLessThan(1500)
  })

  it('says the profile is incomplete when the service dies mid-body', async () => {
    const doomed = await start('-mode', 'stall')
    // Handled from the start: the rejection comes while the service is being stopped.
    const failed = failure(fetchProfile({ url: profileUrl(doomed.base, 'heap'), what: 'heap', timeoutMs: 5000 }))
    await sleep(300)
    await doomed.stop()
    const err = await failed
    expect(err.reason).toBe('closed')
    expect(err.message).toMatch(/closed the connection after 1 KiB: the profile is incomplete.*crash.*check its log/i)
    expect(err.evidence).toBe('HTTP 200, 1024 bytes of the body received')
  })
})

describe('no service', () => {
  it('says the service is not answering when the connection is refused', async () => {
    const port = await freePort()
    const url = `http://127.0.0.1:${port}/debug/pprof/heap?gc=1`
    const err = await failure(fetchProfile({ url, what: 'head heap', timeoutMs: 2000 }))
    expect(err.reason).toBe('refused')
    expect(err.message).toMatch(/connection refused.*not answering.*check its log/i)
    const quiesce = await failure(waitForQuiesce({ baseUrl: `http://127.0.0.1:${port}/debug/pprof/`, timeoutMs: 1000, intervalMs: 100, stableFor: 3 }))
    expect(quiesce.reason).toBe('refused')
  })
})
