// The built-in load driver against a real Go service (testdata/services/loadtarget)
// that counts the requests it receives: the driver's counts must match exactly.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { HarnessError } from '../src/harness/errors.js'
import { runLoad, runLoadCommand, type LoadResult } from '../src/harness/load.js'
import { parseTargetFlag, parseTargets, type Target } from '../src/harness/targets.js'
import { buildGo } from './helpers/go.js'

const SERVICE_DIR = path.join('testdata', 'services', 'loadtarget')

let server: ChildProcess
let base = ''
let tmp = ''

beforeAll(async () => {
  const bin = await buildGo(SERVICE_DIR)
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-load-'))
  // The port is free when we check; another process could take it before
  // the service binds, so try a few times.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    try {
      server = await startService(bin, port)
      base = `http://127.0.0.1:${port}`
      return
    } catch (err) {
      if (attempt === 3) throw err
    }
  }
}, 300_000)

afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true })
})

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

/** Starts loadtarget in its own process group and resolves once it listens. */
function startService(bin: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [], { env: { ...process.env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    const timer = setTimeout(() => reject(new Error(`loadtarget did not start in 10 s: ${out}`)), 10_000)
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString()
      if (out.includes('listening')) {
        clearTimeout(timer)
        resolve(child)
      }
    })
    child.stderr?.on('data', (b: Buffer) => (out += b.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`loadtarget exited with ${code}: ${out}`))
    })
  })
}

async function reset(): Promise<void> {
  const r = await fetch(`${base}/reset`, { method: 'POST' })
  expect(r.status).toBe(200)
}

async function counts(): Promise<Record<string, number>> {
  return (await (await fetch(`${base}/count`)).json()) as Record<string, number>
}

function targets(text: string): Target[] {
  return parseTargets(text, { baseUrl: base, bodyDir: tmp, source: '--targets test.txt' })
}

describe('runLoad', () => {
  it.each([1, 8, 32])('sends exactly the asked number of requests at concurrency %i', async (concurrency) => {
    await reset()
    const r = await runLoad({ baseUrl: base, targets: targets('GET /'), requests: 1000, concurrency })
    expect(r.requests).toBe(1000)
    expect(r.errors).toBe(0)
    expect(r.status).toEqual({ '200': 1000 })
    expect(await counts()).toEqual({ '/': 1000 })
    expect(r.requestsPerSecond).toBeGreaterThan(0)
    expect(r.latencyMs.p50).toBeLessThanOrEqual(r.latencyMs.p90)
    expect(r.latencyMs.p90).toBeLessThanOrEqual(r.latencyMs.p99)
    expect(r.latencyMs.p99).toBeLessThanOrEqual(r.latencyMs.max)
  })

  it('sends fewer requests than slots exactly, and 2000 by default', async () => {
    await reset()
    expect((await runLoad({ baseUrl: base, targets: targets('GET /'), requests: 3, concurrency: 8 })).requests).toBe(3)
    expect(await counts()).toEqual({ '/': 3 })
    await reset()
    expect((await runLoad({ baseUrl: base, targets: targets('GET /') })).requests).toBe(2000)
    expect(await counts()).toEqual({ '/': 2000 })
  })

  it('uses the targets round-robin', async () => {
    await reset()
    const t = targets('GET /\n\nGET /status/201\n\nGET http://localhost:9999/status/202?x=1\n')
    const r = await runLoad({ baseUrl: base, targets: t, requests: 1000, concurrency: 8 })
    expect(await counts()).toEqual({ '/': 334, '/status/201': 333, '/status/202': 333 })
    expect(r.status).toEqual({ '200': 334, '201': 333, '202': 333 })
  })

  it('delivers headers and the @body', async () => {
    writeFileSync(path.join(tmp, 'item.json'), '{"name":"gopher"}')
    await reset()
    const t = targets('POST /echo\nX-Test: hello world\nContent-Type: application/json\n@item.json\n')
    const r = await runLoad({ baseUrl: base, targets: t, requests: 10, concurrency: 2 })
    expect(r.status).toEqual({ '200': 10 })
    expect(await counts()).toEqual({ '/echo': 10 })
    const last = (await (await fetch(`${base}/last-echo`)).json()) as { method: string; headers: Record<string, string[]>; body: string }
    expect(last.method).toBe('POST')
    expect(last.headers['X-Test']).toEqual(['hello world'])
    expect(last.headers['Content-Type']).toEqual(['application/json'])
    expect(last.body).toBe('{"name":"gopher"}')
  })

  it('counts non-2xx responses by status, not as errors', async () => {
    await reset()
    const t = targets('GET /\n\nGET /status/404\n\nGET /status/503\n')
    const r = await runLoad({ baseUrl: base, targets: t, requests: 300, concurrency: 4 })
    expect(r.status).toEqual({ '200': 100, '404': 100, '503': 100 })
    expect(r.non2xx).toBe(200)
    expect(r.errors).toBe(0)
  })

  it('counts a connection closed without a response as an error, and goes on', async () => {
    await reset()
    const r = await runLoad({ baseUrl: base, targets: targets('GET /\n\nGET /close\n'), requests: 100, concurrency: 4, timeoutMs: 5000 })
    expect(r.requests).toBe(100)
    expect(r.errors).toBe(50)
    expect(r.status).toEqual({ '200': 50 })
    // Nothing retried: the service saw each request once.
    expect(await counts()).toEqual({ '/': 50, '/close': 50 })
    expect(r.errorSamples.length).toBeGreaterThan(0)
    expect(r.errorSamples[0]).toMatch(/^GET \/close: /)
  })

  it('stops dispatching at the deadline in duration mode and reports an exact count', async () => {
    await reset()
    const t0 = Date.now()
    const r = await runLoad({ baseUrl: base, targets: targets('GET /'), durationMs: 1000, concurrency: 4 })
    const wall = Date.now() - t0
    expect(r.requests).toBeGreaterThan(0)
    expect(r.durationMs).toBeGreaterThanOrEqual(1000)
    expect(r.durationMs).toBeLessThan(3000)
    expect(wall).toBeLessThan(5000)
    expect(await counts()).toEqual({ '/': r.requests })
  })

  it('times out slow requests and counts them as errors', async () => {
    const r = await runLoad({ baseUrl: base, targets: targets('GET /slow'), requests: 16, concurrency: 4, timeoutMs: 10 })
    expect(r.requests).toBe(16)
    expect(r.errors).toBe(16)
    expect(r.status).toEqual({})
    expect(r.errorSamples).toEqual(['GET /slow: timed out after 10 ms'])
  })

  it('roughly respects a rate limit', async () => {
    // 50 requests at 100/s are due over 490 ms; bounds are loose on purpose.
    const t0 = Date.now()
    const r = await runLoad({ baseUrl: base, targets: targets('GET /'), requests: 50, rate: 100, concurrency: 8 })
    expect(r.requests).toBe(50)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(400)
    expect(r.durationMs).toBeLessThan(5000)
    // Duration mode: 1 s at 200/s is about 200 requests.
    const d = await runLoad({ baseUrl: base, targets: targets('GET /'), durationMs: 1000, rate: 200 })
    expect(d.requests).toBeGreaterThan(100)
    expect(d.requests).toBeLessThanOrEqual(201)
  })

  it('reports progress, ending with the final count', async () => {
    const calls: [number, number][] = []
    await runLoad({ baseUrl: base, targets: targets('GET /'), requests: 200, onProgress: (d, e) => calls.push([d, e]) })
    expect(calls.at(-1)).toEqual([200, 0])
  })

  it('stops on abort and on the hard limit with a HarnessError', async () => {
    const ac = new AbortController()
    setTimeout(() => ac.abort(), 200)
    await expect(runLoad({ baseUrl: base, targets: targets('GET /slow'), durationMs: 60_000, signal: ac.signal })).rejects.toThrow(
      /load was aborted after \d+ requests/
    )
    const t0 = Date.now()
    await expect(runLoad({ baseUrl: base, targets: targets('GET /slow'), requests: 1000, maxRunMs: 300 })).rejects.toThrow(
      /load did not finish within 300 ms: \d+ of 1000 requests completed/
    )
    expect(Date.now() - t0).toBeLessThan(3000)
  })

  it('counts refused connections as errors without hanging', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`
    const r = await runLoad({ baseUrl: closed, targets: targets('GET /'), requests: 20, concurrency: 4 })
    expect(r.requests).toBe(20)
    expect(r.errors).toBe(20)
    expect(r.errorSamples[0]).toMatch(/^GET \/: .*ECONNREFUSED/)
  })

  it('stops at once on a target that cannot be sent', async () => {
    const t = targets('POST /echo\nTransfer-Encoding: chunked\n')
    await expect(runLoad({ baseUrl: base, targets: t, requests: 100 })).rejects.toThrow(
      'load: target "POST /echo" cannot be sent: invalid transfer-encoding header; fix the target\'s headers'
    )
  })

  it('refuses a service URL that is not loopback, and bad options', async () => {
    const t = targets('GET /')
    await expect(runLoad({ baseUrl: 'http://example.com', targets: t, requests: 1 })).rejects.toThrow(/not an http:\/\/ loopback address/)
    await expect(runLoad({ baseUrl: base, targets: t, requests: 0 })).rejects.toThrow(/requests must be a positive integer, got 0/)
    await expect(runLoad({ baseUrl: base, targets: t, concurrency: 1.5 })).rejects.toThrow(/concurrency must be a positive integer/)
    await expect(runLoad({ baseUrl: base, targets: [], requests: 1 })).rejects.toThrow(HarnessError)
  })
})

describe('parseTargets', () => {
  const opts = { baseUrl: 'http://127.0.0.1:4000', bodyDir: '/nonexistent', source: '--targets t.txt' }
  const parse = (text: string, o = opts) => parseTargets(text, o)
  const error = (text: string, o = opts): string => {
    try {
      parse(text, o)
    } catch (err) {
      expect(err).toBeInstanceOf(HarnessError)
      return (err as Error).message
    }
    throw new Error('expected an error')
  }

  it('reads vegeta examples: request lines, headers, comments, blank-line separation', () => {
    const text = [
      '# search',
      'GET http://localhost:8080/search?q=go',
      'X-Account-ID: 8675309',
      'Accept: text/html; q=0.9',
      '',
      '',
      'DELETE http://127.0.0.1:8080/widgets/123',
      '# a comment between header lines',
      'X-Account-ID: 8675309',
      'HEAD /ping',
      '   ',
      'GET http://[::1]/x#fragment'
    ].join('\n')
    expect(parse(text)).toEqual([
      { method: 'GET', path: '/search?q=go', headers: [['X-Account-ID', '8675309'], ['Accept', 'text/html; q=0.9']] },
      { method: 'DELETE', path: '/widgets/123', headers: [['X-Account-ID', '8675309']] },
      { method: 'HEAD', path: '/ping', headers: [] },
      { method: 'GET', path: '/x', headers: [] }
    ])
  })

  it('keeps only path and query of a loopback URL (the port becomes the service\'s)', () => {
    expect(parse('GET http://localhost:8080').map((t) => t.path)).toEqual(['/'])
    expect(parse('GET http://127.0.0.2:1/a/../b?x=%20').map((t) => t.path)).toEqual(['/a/../b?x=%20'])
  })

  it('reads @body relative to bodyDir, and absolute paths as given', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-targets-'))
    try {
      writeFileSync(path.join(dir, 'b.json'), '{"a":1}')
      const o = { ...opts, bodyDir: dir }
      const [a, b] = parse(`POST /x\nContent-Type: application/json\n@b.json\n\nPUT /y\n@${path.join(dir, 'b.json')}\n`, o)
      expect(a?.body?.toString()).toBe('{"a":1}')
      expect(a?.headers).toEqual([['Content-Type', 'application/json']])
      expect(b?.body).toEqual(readFileSync(path.join(dir, 'b.json')))
      expect(error('POST /x\n@missing.json', o)).toMatch(/^--targets t.txt line 2: cannot read body file @missing.json \(.*missing.json\): ENOENT/)
      expect(error('POST /x\n@b.json\nX-A: 1', o)).toMatch(/^--targets t.txt line 3: .* follows an @body line/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a URL that is not loopback, naming the line', () => {
    expect(error('GET /\n\n# x\nGET /a\n\n\nGET http://example.com/x')).toBe(
      '--targets t.txt line 7: http://example.com/x is not a loopback address; pprof-gate only sends load to the service it started'
    )
    expect(error('GET http://10.0.0.1:8080/')).toMatch(/line 1: http:\/\/10.0.0.1:8080\/ is not a loopback address/)
    expect(error('GET https://localhost/')).toMatch(/line 1: https:\/\/localhost\/ is not an http:\/\/ URL/)
    expect(error('GET http://u:p@localhost/')).toMatch(/line 1: .* has credentials in it/)
  })

  it('refuses bad method, URL and header lines, naming the line and the text', () => {
    expect(error('\nFETCH /x')).toMatch(/^--targets t.txt line 2: bad method "FETCH" in "FETCH \/x"/)
    expect(error('get /x')).toMatch(/line 1: bad method "get" .*upper case: GET/)
    expect(error('GET')).toMatch(/line 1: expected 'METHOD URL'.*got "GET"/)
    expect(error('GET /a b')).toMatch(/line 1: expected 'METHOD URL' with one URL and no spaces/)
    expect(error('GET x/y')).toMatch(/line 1: bad URL "x\/y"/)
    expect(error('GET /\nnot a header')).toMatch(/line 2: bad header "not a header"; expected 'Name: value'/)
    expect(error('GET /\nX-Empty:')).toMatch(/line 2: bad header "X-Empty:"/)
    expect(error('GET /ü')).toMatch(/line 1: URL "\/ü" has characters that must be percent-encoded/)
    expect(error('# only a comment\n')).toMatch(/^--targets t.txt: no targets found/)
  })

  it('parses a --target flag', () => {
    expect(parseTargetFlag('GET /path?q=1', 'http://127.0.0.1:4000')).toEqual({ method: 'GET', path: '/path?q=1', headers: [] })
    expect(parseTargetFlag('POST http://localhost:3000/x', 'http://127.0.0.1:4000')).toEqual({ method: 'POST', path: '/x', headers: [] })
    expect(() => parseTargetFlag('GET http://example.com/', 'http://127.0.0.1:4000')).toThrow(
      '--target "GET http://example.com/": http://example.com/ is not a loopback address'
    )
    expect(() => parseTargetFlag('/path', 'http://127.0.0.1:4000')).toThrow(/--target "\/path": bad method/)
  })
})

describe('runLoadCommand', () => {
  // An external tool that sends a fixed number of requests to PPROF_GATE_URL.
  const script = `const n = Number(process.argv[1]); (async () => { for (let i = 0; i < n; i++) { const r = await fetch(process.env.PPROF_GATE_URL + '/status/204'); await r.arrayBuffer() } console.log('sent', n) })()`
  const cmd = (n: number) => `"${process.execPath}" -e "${script.replace(/"/g, '\\"')}" ${n}`
  const opts = () => ({ env: { PPROF_GATE_URL: base }, cwd: tmp, timeoutMs: 30_000, logFile: path.join(tmp, 'load.log') })

  it('runs the command with PPROF_GATE_URL and reports the declared count', async () => {
    await reset()
    const r = (await runLoadCommand({ ...opts(), command: cmd(25), requests: 25 })) as LoadResult
    expect(r.requests).toBe(25)
    expect(r.durationMs).toBeGreaterThan(0)
    expect(await counts()).toEqual({ '/status/204': 25 })
    expect(readFileSync(path.join(tmp, 'load.log'), 'utf8')).toBe('sent 25\n')
    const unknown = await runLoadCommand({ ...opts(), command: cmd(5) })
    expect(unknown.requests).toBeNull()
  })

  it('fails with the output tail when the command fails', async () => {
    const p = runLoadCommand({ ...opts(), command: 'echo starting; echo "boom: no such target" >&2; exit 3' })
    await expect(p).rejects.toThrow(/--load-command "echo starting.*" exited with code 3; its output is in .*load.log/)
    await p.catch((err: HarnessError) => expect(err.evidence).toBe('starting\nboom: no such target'))
  })

  it('kills the whole process group on timeout', async () => {
    const pidFile = path.join(tmp, 'bg.pid')
    const t0 = Date.now()
    await expect(
      runLoadCommand({ ...opts(), command: `sleep 30 & echo $! > "${pidFile}"; wait`, timeoutMs: 300 })
    ).rejects.toThrow(/timed out after 300 ms; its process group was killed/)
    expect(Date.now() - t0).toBeLessThan(5000)
    const pid = Number(readFileSync(pidFile, 'utf8'))
    expect(await gone(pid)).toBe(true)
  })

  it('kills it on abort', async () => {
    const ac = new AbortController()
    setTimeout(() => ac.abort(), 200)
    await expect(runLoadCommand({ ...opts(), command: 'sleep 30', signal: ac.signal })).rejects.toThrow(/was aborted; its process group was killed/)
  })
})

/** True once pid has exited (or is a zombie waiting for its reaper), within 3 s. */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 30; i++) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      if (/^\d+ \(.*\) Z/.test(stat)) return true
    } catch {
      return true
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return false
}
