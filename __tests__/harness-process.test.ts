// The "Processes" cases of bad-inputs.md, against a real misbehaving Go
// service (testdata/services/misbehave), plus go build failures and the
// merge-base worktree. After every case: no process of any service remains
// and every port it used is free again.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { goBuild, goroutineLeakNeedsExperiment, goVersion, mergeBaseWorktree, supportsGoroutineLeakProfile } from '../src/harness/build.js'
import { HarnessError } from '../src/harness/errors.js'
import { BoundedLog } from '../src/harness/logs.js'
import {
  freePort,
  installSignalHandlers,
  MARKER_ENV,
  startService,
  stopAllServices,
  type RunningService,
  type ServiceSpec
} from '../src/harness/process.js'
import { buildGo } from './helpers/go.js'

let bin: string
let tmp: string
let seq = 0
/** Log files of this case's services: the pids and ports in them are checked after the case. */
let logs: string[] = []
/** Ports named in this case's errors or services. */
let ports: number[] = []

beforeAll(async () => {
  bin = await buildGo('testdata/services/misbehave')
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-proc-'))
})

afterAll(async () => {
  await stopAllServices()
  await rm(tmp, { recursive: true, force: true })
})

afterEach(async () => {
  await stopAllServices() // a safety net: a passing case has stopped everything itself
  const pids = new Set<number>()
  for (const file of logs) {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : ''
    for (const m of text.matchAll(/misbehave(?::)? (?:sleeper )?pid (\d+)/g)) pids.add(Number(m[1]))
    for (const m of text.matchAll(/listening on 127\.0\.0\.1:(\d+)/g)) ports.push(Number(m[1]))
  }
  expect(markedProcesses()).toEqual([])
  for (const pid of pids) {
    expect({ pid, groupGone: groupGone(pid), alive: alive(pid) }).toEqual({ pid, groupGone: true, alive: false })
  }
  for (const port of new Set(ports)) expect({ port, free: await canBind(port) }).toEqual({ port, free: true })
  logs = []
  ports = []
})

function spec(mode: string, args: string[] = [], extra: Partial<ServiceSpec> = {}): ServiceSpec {
  const logFile = path.join(tmp, `${mode}-${++seq}.log`)
  logs.push(logFile)
  return { name: `misbehave ${mode}`, binary: bin, args: ['-mode', mode, ...args], env: {}, cwd: tmp, logFile, ...extra }
}

async function start(s: ServiceSpec): Promise<RunningService> {
  const svc = await startService(s)
  ports.push(svc.port)
  return svc
}

/** Starts a service that must fail; returns the HarnessError and how long the failure took. */
async function startFails(s: ServiceSpec): Promise<{ err: HarnessError; ms: number }> {
  const t0 = Date.now()
  let err: unknown
  try {
    const svc = await startService(s)
    await svc.stop(0)
  } catch (e) {
    err = e
  }
  expect(err).toBeInstanceOf(HarnessError)
  const he = err as HarnessError
  for (const m of he.message.matchAll(/127\.0\.0\.1:(\d+)/g)) ports.push(Number(m[1]))
  return { err: he, ms: Date.now() - t0 }
}

// --- what "nothing remains" means -----------------------------------------

/** Live processes carrying the marker of a service started by this jest worker. */
function markedProcesses(): string[] {
  const out: string[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const env = readFileSync(`/proc/${name}/environ`, 'latin1').split('\0')
      if (env.some((e) => e.startsWith(`${MARKER_ENV}=${process.pid}-`)) && !isZombie(Number(name))) {
        out.push(`${name}: ${readFileSync(`/proc/${name}/cmdline`, 'latin1').replaceAll('\0', ' ')}`)
      }
    } catch {
      // exited meanwhile
    }
  }
  return out
}

function stat(pid: number): string[] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return text.slice(text.lastIndexOf(')') + 2).split(' ') // [state, ppid, pgrp, session, ...]
  } catch {
    return undefined
  }
}

function isZombie(pid: number): boolean {
  return stat(pid)?.[0] === 'Z'
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  return !isZombie(pid)
}

/**
 * kill(-pgid, 0) fails with ESRCH. A group that still has members counts as
 * gone only when all of them are zombies: an orphan's zombie waits for init
 * to reap it, which is beyond the harness (and holds nothing but a pid).
 */
function groupGone(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH'
  }
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .every((n) => {
      const s = stat(Number(n))
      return !s || Number(s[2]) !== pgid || s[0] === 'Z'
    })
}

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer()
    srv.once('error', () => resolve(false))
    srv.listen({ host: '127.0.0.1', port, exclusive: true }, () => srv.close(() => resolve(true)))
  })
}

/** An HTTP server in this process that answers every request with `status`: "another process" on the port. */
async function foreignServer(status: number): Promise<{ port: number; close(): Promise<void> }> {
  const srv = http.createServer((_req, res) => res.writeHead(status, { 'content-type': 'text/plain' }).end('not the service\n'))
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve))
  const port = (srv.address() as net.AddressInfo).port
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        srv.closeAllConnections()
        srv.close(() => resolve())
      })
  }
}

async function waitFor(what: string, cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

// --- the cases -------------------------------------------------------------

describe('startService and stop', () => {
  test('a good service: own process group, PORT and {port}, answers on 127.0.0.1, stops cleanly', async () => {
    const svc = await start(spec('ok', ['-port', '{port}']))
    expect(svc.baseUrl).toBe(`http://127.0.0.1:${svc.port}`)
    expect(Number(stat(svc.pid)?.[2])).toBe(svc.pid) // pgid = pid
    const res = await fetch(`${svc.baseUrl}/debug/pprof/cmdline`)
    expect((await res.text()).split('\0')).toEqual([bin, '-mode', 'ok', '-port', String(svc.port)])
    expect(svc.logTail()).toContain(`misbehave: listening on 127.0.0.1:${svc.port}`)
    expect(svc.exited).toBe(false)
    await svc.stop()
    expect(svc.exited).toBe(true)
  })

  test('a service that never listens: not ready within the budget, with the log tail and a hint', async () => {
    const { err, ms } = await startFails(spec('never-listen', [], { readyTimeoutMs: 1500 }))
    expect(err.message).toMatch(
      /^misbehave never-listen: not ready after 1\.5 s: nothing answered http:\/\/127\.0\.0\.1:\d+\/debug\/pprof\/; does it listen on \$PORT \(\d+\) on 127\.0\.0\.1\? If it needs longer to start, raise --ready-timeout$/
    )
    expect(err.evidence).toContain('misbehave: never listening')
    expect(ms).toBeLessThan(5000)
  })

  test('a service that exits at once: fails at once with its exit code and its last words', async () => {
    const { err, ms } = await startFails(spec('exit-now'))
    expect(err.message).toBe('misbehave exit-now: the service exited with code 3 before it was ready')
    expect(err.evidence).toContain('misbehave: open /etc/misbehave/config.yaml: no such file or directory')
    expect(ms).toBeLessThan(2000)
  })

  test('a binary or a working directory that does not exist', async () => {
    const { err } = await startFails({ ...spec('ok'), binary: path.join(tmp, 'no-such-binary') })
    expect(err.message).toMatch(/^misbehave ok: cannot start .*no-such-binary: spawn .* ENOENT$/)
    const { err: err2 } = await startFails({ ...spec('ok'), cwd: path.join(tmp, 'no-such-dir') })
    expect(err2.message).toBe(`misbehave ok: cannot start ${bin}: its working directory ${path.join(tmp, 'no-such-dir')} does not exist`)
  })

  test('a service that ignores SIGTERM is killed after the grace period', async () => {
    const svc = await start(spec('ignore-sigterm'))
    await waitFor('the SIGTERM notice', () => svc.logTail().includes('ignoring SIGTERM'))
    const t0 = Date.now()
    await svc.stop(300)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300)
    expect(Date.now() - t0).toBeLessThan(3000)
  })

  test('grandchildren in new sessions (one orphaned by a double fork) are stopped too', async () => {
    const svc = await start(spec('grandchild'))
    await waitFor('two sleepers', () => (svc.logTail().match(/sleeper pid/g) ?? []).length === 2)
    const sleepers = [...svc.logTail().matchAll(/sleeper pid (\d+)/g)].map((m) => Number(m[1]))
    const session = (pid: number) => Number(stat(pid)?.[3])
    for (const pid of sleepers) {
      expect(session(pid)).toBe(pid) // its own session: out of reach of kill(-svc.pid)
      expect(session(pid)).not.toBe(session(svc.pid))
    }
    // The double-forked one is no longer our descendant: only the marker finds it.
    expect(sleepers.map((pid) => Number(stat(pid)?.[1])).filter((ppid) => ppid !== svc.pid)).toHaveLength(1)
    await svc.stop(300) // the sleepers ignore SIGTERM
    for (const pid of sleepers) expect(alive(pid)).toBe(false)
  })

  test('a start slower than the readiness budget fails; a start within it succeeds', async () => {
    const { err } = await startFails(spec('slow-start', ['-delay', '10s'], { readyTimeoutMs: 1000 }))
    expect(err.message).toMatch(/^misbehave slow-start: not ready after 1 s: nothing answered /)
    expect(err.evidence).toContain('waiting 10s before listening')
    const svc = await start(spec('slow-start', ['-delay', '700ms'], { readyTimeoutMs: 10_000 }))
    expect(svc.logTail()).toContain('listening on')
    await svc.stop()
  })

  test('megabytes of log output: the file keeps the first 1 MiB and the last 7 MiB and says what was dropped', async () => {
    const s = spec('spam-log', ['-spam-bytes', String(24 << 20)])
    const svc = await start(s)
    expect(svc.logTail(2)).toMatch(/spam done\n.*listening on/)
    await svc.stop()
    const size = statSync(s.logFile).size
    expect(size).toBeLessThanOrEqual(8 * 1024 * 1024 + 200)
    expect(size).toBeGreaterThan(8 * 1024 * 1024 - 200)
    const text = await readFile(s.logFile, 'utf8')
    expect(text.startsWith(`misbehave pid ${svc.pid} mode spam-log\nspam line 000000000 `)).toBe(true)
    expect(text).toMatch(/\n\[pprof-gate\] \d+ bytes of log output dropped here: this file keeps the first 1048576 and the last 7340032 of \d+ bytes\n/)
    expect(text).toMatch(/misbehave: spam done\nmisbehave: listening on 127\.0\.0\.1:\d+\n$/)
  })

  test('"address already in use" on the chosen port: tried again on another port', async () => {
    const s = spec('port-busy', ['-marker', path.join(tmp, `busy-${seq}`)])
    const svc = await start(s)
    const note = /\[pprof-gate\] "address already in use" on port (\d+): trying another port/.exec(svc.logTail())
    expect(note).not.toBeNull()
    ports.push(Number(note![1]))
    expect(Number(note![1])).not.toBe(svc.port)
    await svc.stop()
  })

  test('"address already in use" on a port the user chose: no retry, a clear error', async () => {
    const port = await freePort()
    const { err } = await startFails(spec('port-busy', ['-marker', path.join(tmp, `busy-${seq}`)], { port }))
    expect(err.message).toBe(
      `misbehave port-busy: the service exited with code 1 before it was ready: port ${port} on 127.0.0.1 is already in use by another process; stop that process, or leave the choice of port to pprof-gate`
    )
    expect(err.evidence).toContain('bind: address already in use')
  })
})

describe('a port held by another process that answers HTTP', () => {
  test.each([200, 404])('its answers (HTTP %d) are never taken for the service', async (status) => {
    const other = await foreignServer(status)
    try {
      // never-listen: the only answers on the port are the other process's.
      const { err } = await startFails(spec('never-listen', [], { port: other.port, readyTimeoutMs: 5000 }))
      expect(err.message).toBe(
        `misbehave never-listen: another process answers on http://127.0.0.1:${other.port}, not the service we started ` +
          '(the listening socket belongs to a process that the service did not start); stop that process, or leave the choice of port to pprof-gate'
      )
      expect(err.evidence).toContain(`GET /debug/pprof/cmdline: HTTP ${status} not the service`)
      // A real service on the same port cannot bind it: one error or the other, never "ready".
      const { err: err2 } = await startFails(spec('ok', [], { port: other.port }))
      expect(err2.message).toMatch(/another process/)
      expect(await canBind(other.port)).toBe(false) // the other process was left alone
    } finally {
      await other.close()
    }
  })

  test('pprof not on the service port (cmdline 404): the kernel says whether the listener is ours', async () => {
    const svc = await start(spec('ok', ['-no-pprof'], { readyPath: '/healthz' }))
    expect((await fetch(`${svc.baseUrl}/debug/pprof/cmdline`)).status).toBe(404)
    await svc.stop()
  })
})

describe('stopping everything', () => {
  test('stopAllServices stops every running service', async () => {
    const a = await start(spec('ok'))
    const b = await start(spec('ignore-sigterm'))
    await stopAllServices(300)
    expect([a.exited, b.exited]).toEqual([true, true])
    await stopAllServices() // nothing left: a no-op
  })

  test('on SIGINT: services stopped first, then exit 130; no new service starts meanwhile', async () => {
    const before = process.listeners('SIGINT').length
    const seen: string[] = []
    const codes: number[] = []
    const uninstall = installSignalHandlers((sig) => seen.push(sig), { exit: (c) => codes.push(c), graceMs: 300 })
    try {
      expect(process.listeners('SIGINT')).toHaveLength(before + 1)
      expect(process.listeners('SIGTERM').length).toBeGreaterThan(0)
      const svc = await start(spec('ignore-sigterm'))
      const handler = process.listeners('SIGINT').at(-1) as (sig: NodeJS.Signals) => void
      handler('SIGINT')
      expect(seen).toEqual(['SIGINT'])
      const { err } = await startFails(spec('ok'))
      expect(err.message).toBe('misbehave ok: not started: pprof-gate is shutting down')
      await waitFor('exit(130)', () => codes.length > 0)
      expect(codes).toEqual([130])
      expect(svc.exited).toBe(true)
    } finally {
      uninstall()
    }
    expect(process.listeners('SIGINT')).toHaveLength(before)
  })

  test('SIGTERM while still stopping (GitHub: 7.5 s after SIGINT): kill at once, exit 143', async () => {
    const codes: number[] = []
    const uninstall = installSignalHandlers(undefined, { exit: (c) => codes.push(c), graceMs: 60_000 })
    try {
      const svc = await start(spec('ignore-sigterm'))
      const handler = process.listeners('SIGTERM').at(-1) as (sig: NodeJS.Signals) => void
      handler('SIGINT') // a long grace: this one would wait
      await new Promise((r) => setTimeout(r, 100))
      const t0 = Date.now()
      handler('SIGTERM')
      expect(codes).toEqual([143])
      await waitFor('the service to die', () => svc.exited, 2000)
      expect(Date.now() - t0).toBeLessThan(2000)
      await waitFor('the first stop to finish', () => codes.length === 2) // it sees nothing left
    } finally {
      uninstall()
    }
  })
})

describe('BoundedLog', () => {
  test('under the budget the file is the output, written as it comes', async () => {
    const file = path.join(tmp, 'small.log')
    const log = new BoundedLog(file, 1000)
    log.write('hello\n')
    log.write(Buffer.from('world\n'))
    expect(readFileSync(file, 'utf8')).toBe('hello\nworld\n')
    log.close()
    expect(readFileSync(file, 'utf8')).toBe('hello\nworld\n')
    expect(log.tailText(1)).toBe('world')
  })

  test('over the budget: head, a note of what was dropped, tail', async () => {
    const file = path.join(tmp, 'big.log')
    const log = new BoundedLog(file, 1000) // head 125, tail 875
    let all = ''
    for (let i = 0; i < 300; i++) {
      const line = `line ${String(i).padStart(3, '0')}\n`
      all += line
      log.write(line)
    }
    expect(readFileSync(file, 'utf8')).toBe(all.slice(0, 125)) // cut back to the head until closed
    log.close()
    log.write('after close is ignored\n')
    expect(readFileSync(file, 'utf8')).toBe(
      all.slice(0, 125) +
        `\n[pprof-gate] ${all.length - 1000} bytes of log output dropped here: this file keeps the first 125 and the last 875 of ${all.length} bytes\n` +
        all.slice(-875)
    )
    expect(log.tailText(2)).toBe('line 298\nline 299')
  })
})

describe('goBuild and the toolchain', () => {
  test('a package that does not compile: the side, the directory and the compiler error', async () => {
    const dir = path.join(tmp, 'broken')
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, 'go.mod'), 'module broken\n\ngo 1.26\n')
    await writeFile(path.join(dir, 'main.go'), 'package main\n\nfunc main() {\n\tnosuchthing()\n}\n')
    let err: unknown
    try {
      await goBuild({ side: 'head', dir, out: path.join(dir, 'bin') })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(HarnessError)
    const he = err as HarnessError
    expect(he.message).toBe(
      `head: go build failed (exit 1) in ${dir}; fix the error below, or run \`go build -trimpath -buildvcs=false -o ${path.join(dir, 'bin')} .\` there to reproduce it`
    )
    expect(he.evidence).toContain('undefined: nosuchthing')
    expect(existsSync(path.join(dir, 'bin'))).toBe(false)
  })

  test('a package that compiles', async () => {
    const dir = path.join(tmp, 'fine')
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, 'go.mod'), 'module fine\n\ngo 1.26\n')
    await writeFile(path.join(dir, 'main.go'), 'package main\n\nfunc main() {}\n')
    const r = await goBuild({ side: 'base', dir, out: path.join(dir, 'bin'), buildArgs: ['-trimpath'] })
    expect(r.durationMs).toBeGreaterThan(0)
    expect(existsSync(path.join(dir, 'bin'))).toBe(true)
  })

  test('goVersion and the goroutineleak profile', async () => {
    expect(await goVersion()).toMatch(/^go1\.\d+/)
    expect(supportsGoroutineLeakProfile('go1.25.3')).toBe(false)
    expect(supportsGoroutineLeakProfile('go1.26.8')).toBe(true)
    expect(supportsGoroutineLeakProfile('devel go1.27-a1b2c3 Mon Jan 5')).toBe(true)
    expect(supportsGoroutineLeakProfile('nonsense')).toBe(false)
    expect(goroutineLeakNeedsExperiment('go1.26rc1')).toBe(true)
    expect(goroutineLeakNeedsExperiment('go1.27.0')).toBe(false)
  })
})

describe('mergeBaseWorktree', () => {
  let repo: string
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.invalid',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.invalid'
      }
    }).trim()
  const commit = async (text: string): Promise<string> => {
    await writeFile(path.join(repo, 'svc', 'v.txt'), text)
    git('add', '-A')
    git('commit', '-q', '-m', text)
    return git('rev-parse', 'HEAD')
  }

  beforeAll(async () => {
    // main: A - C; feature (HEAD): A - B; lonely: an unrelated root commit.
    repo = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-repo-'))
    await mkdir(path.join(repo, 'svc'))
    git('init', '-q', '-b', 'main')
    const a = await commit('A')
    git('checkout', '-q', '-b', 'feature')
    await commit('B')
    git('checkout', '-q', 'main')
    await commit('C')
    git('checkout', '-q', '--orphan', 'lonely')
    await commit('L')
    git('checkout', '-q', 'feature')
    git('update-ref', 'refs/remotes/origin/release', a)
  })

  afterAll(async () => {
    await rm(repo, { recursive: true, force: true })
  })

  test('checks out the merge-base; dir is the same subdirectory; remove() cleans up', async () => {
    const wt = await mergeBaseWorktree(path.join(repo, 'svc'), 'main')
    try {
      expect(wt.commit).toBe(git('rev-parse', 'main~1'))
      expect(wt.dir).toBe(path.join(wt.root, 'svc'))
      expect(readFileSync(path.join(wt.dir, 'v.txt'), 'utf8')).toBe('A')
      expect(git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('feature') // our checkout is untouched
    } finally {
      await wt.remove()
    }
    expect(existsSync(wt.root)).toBe(false)
    expect(git('worktree', 'list').split('\n')).toHaveLength(1)
  })

  test('a ref that exists only as origin/<ref> (a CI checkout) is found', async () => {
    const wt = await mergeBaseWorktree(repo, 'release')
    await wt.remove()
    expect(wt.commit).toBe(git('rev-parse', 'main~1'))
    expect(wt.dir).toBe(wt.root)
  })

  test.each([
    ['unknown ref', () => [repo, 'no-such-branch'], /^--base-ref no-such-branch: unknown ref in .*; fetch it first, e.g. actions\/checkout with fetch-depth: 0/],
    ['no merge base', () => [repo, 'lonely'], /^--base-ref lonely: no merge base between HEAD and lonely in .*; the histories are unrelated/],
    ['not a git repository', () => [os.tmpdir(), 'main'], /^--base-ref main: .* is not in a git repository; .*--base-dir/],
    ['an option for a ref', () => [repo, '--output=x'], /^--base-ref "--output=x": not a valid git ref/]
  ])('%s: a clear error', async (_what, args, want) => {
    const [dir, ref] = args()
    await expect(mergeBaseWorktree(dir, ref)).rejects.toThrow(want)
    expect(git('worktree', 'list').split('\n')).toHaveLength(1)
  })
})
