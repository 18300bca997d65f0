/**
 * The action end to end, as the runner runs it: `node dist/index.js` with
 * INPUT_* variables, a pull_request event payload, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, in a git repository whose base commit and head
 * commit are testdata/cases/goroutine-leak/{base,head} (real go builds, real
 * load, real profiles), against a fake GitHub API on loopback that records
 * every call, and is the artifact service the measure run uploads its run
 * directory to. Then mode: report on that uploaded artifact, as a
 * workflow_run of a fork's pull request would.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { stickyKey, markerLine } from '../../src/github/marker.js'
import { fmtBytes } from '../../src/report/words.js'
import { runAction, ROOT } from '../helpers/action-runner.js'
import type { ActionRun } from '../helpers/action-runner.js'
import { FakeGitHub } from '../helpers/fake-github.js'

const CASE = path.join(ROOT, 'testdata', 'cases', 'goroutine-leak')
const WD = 'services/orders'
const KEY = stickyKey('perf', WD)
const ARTIFACT = 'pprof-gate-services-orders'
// Small loads: the leak (one goroutine per request) shows at any size.
const LOAD = { 'working-directory': WD, requests: '500', trials: '2', warmup: '100', 'cpu-pairs': '2', 'max-cpu-pairs': '2', 'cpu-seconds': '1' }

let tmp: string
let repo: string
let baseSha: string
let headSha: string
const gh = new FakeGitHub()

function git(...args: string[]): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' }
  return execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim()
}

/** A repository as a checkout of the pull request would be: main has base, the branch feature (HEAD) has head. */
function makeRepo(): void {
  repo = path.join(tmp, 'repo')
  // go.mod says `replace example.com/kit => ../../_kit`: the service sits two levels below the kit.
  mkdirSync(path.join(repo, WD), { recursive: true })
  cpSync(path.join(ROOT, 'testdata', 'cases', '_kit'), path.join(repo, '_kit'), { recursive: true })
  cpSync(path.join(CASE, 'base'), path.join(repo, WD), { recursive: true })
  git('init', '-q', '-b', 'main')
  git('add', '.')
  git('commit', '-q', '-m', 'base')
  baseSha = git('rev-parse', 'HEAD')
  git('checkout', '-q', '-b', 'feature')
  cpSync(path.join(CASE, 'head'), path.join(repo, WD), { recursive: true })
  git('commit', '-q', '-am', 'head: notify the auditor')
  headSha = git('rev-parse', 'HEAD')
}

function pullRequestEvent(number: number) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      base: { ref: 'main', sha: baseSha, repo: { full_name: 'octo/shop' } },
      head: { ref: 'feature', sha: headSha, repo: { full_name: 'octo/shop' } }
    },
    repository: { full_name: 'octo/shop', name: 'shop', owner: { login: 'octo' } }
  }
}

/** A measure run on a runner with the artifact service (the fake); a new workflow run, so no artifact of an earlier one is in the way. */
function measure(number: number, inputs: Record<string, string> = {}): Promise<ActionRun> {
  gh.artifacts.length = 0
  const env = { ACTIONS_RUNTIME_TOKEN: gh.runtimeToken, ACTIONS_RESULTS_URL: gh.url }
  return runAction({ cwd: repo, inputs: { ...LOAD, ...inputs }, eventName: 'pull_request', payload: pullRequestEvent(number), apiUrl: gh.url, env })
}

/** The uploaded zip unpacked into dir, as actions/download-artifact leaves it; its file names. */
function unpack(zip: Buffer, dir: string): string[] {
  mkdirSync(dir, { recursive: true })
  writeFileSync(`${dir}.zip`, zip)
  execFileSync('unzip', ['-q', `${dir}.zip`, '-d', dir])
  return execFileSync('unzip', ['-Z1', `${dir}.zip`], { encoding: 'utf8' }).split('\n').filter(Boolean).sort()
}

/** Pids of live processes started by the action process `pid` (they carry its marker; other test files run services too). */
function servicesOf(pid: number): number[] {
  const out: number[] = []
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'latin1')
      if (readFileSync(`/proc/${d}/environ`, 'latin1').includes(`PPROF_GATE_SERVICE_ID=${pid}-`) && !/\) Z /.test(stat)) out.push(Number(d))
    } catch {
      // gone, or not ours to read
    }
  }
  return out
}

/** Whether the service `pid` answers on the port in its environment. */
async function serviceAnswers(pid: number): Promise<boolean> {
  try {
    const port = /(?:^|\0)PORT=(\d+)/.exec(readFileSync(`/proc/${pid}/environ`, 'latin1'))?.[1]
    if (!port) return false
    const res = await fetch(`http://127.0.0.1:${port}/debug/pprof/`, { signal: AbortSignal.timeout(2000) })
    await res.arrayBuffer()
    return res.ok
  } catch {
    return false
  }
}

const log = (r: ActionRun) => `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-action-'))
  makeRepo()
  await gh.start()
  gh.addPull(7, { ref: 'feature', sha: headSha, repo: { full_name: 'octo/shop' } })
  // 120 comments before ours: the listing takes two pages of 100.
  for (let i = 0; i < 120; i++) {
    if (i === 60) gh.addComment(7, 'mallory', `${markerLine(KEY)}\nI pasted your marker; do not edit me`)
    else gh.addComment(7, i % 3 ? 'alice' : 'github-actions[bot]', `comment ${i}`)
  }
})

afterAll(async () => {
  await gh.stop()
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

describe('mode: measure on a pull request', () => {
  let first: ActionRun
  let ourId: number

  test('the first run measures, fails the job on the leak, writes summary and outputs, and creates one comment', async () => {
    first = await measure(7)
    expect({ code: first.code, log: log(first) }).toEqual({ code: 1, log: expect.stringContaining('::error::pprof-gate: regression: head keeps adding goroutines') })
    expect(first.outputs.verdict).toBe('fail')
    expect(Number(first.outputs['goroutine-delta'])).toBeGreaterThan(400)
    expect(first.outputs['heap-delta-bytes']).toMatch(/^-?\d+$/)
    expect(first.outputs['cpu-delta-percent']).toMatch(/^(-?\d+\.\d)?$/)
    expect(first.summary).toContain('pprof-gate: head leaks goroutines')
    expect(first.summary).toContain('main.notifyAuditor')
    const runDir = first.outputs['run-dir']
    expect(path.isAbsolute(runDir)).toBe(true)
    for (const f of ['report.json', 'report.md', 'comment.md', 'pprof-gate-handoff.json', 'manifest.json', 'head-1/goroutine-round2.pb.gz']) {
      expect(existsSync(path.join(runDir, f))).toBe(true)
    }
    expect(first.outputs['report-json']).toBe(path.join(runDir, 'report.json'))
    expect(JSON.parse(readFileSync(first.outputs['report-json'], 'utf8')).verdict).toBe('fail')
    // Each phase is a log group.
    for (const g of ['prepare base and head', 'go build base and head', 'trials: load and profiles', 'analysis']) expect(first.stdout).toContain(`::group::pprof-gate: ${g}`)
    expect(first.stdout).toMatch(/own overhead \d+\.\d\d s/)

    // Identity, then both pages of comments, then one new comment.
    expect(gh.callsTo('GET', /^\/user$/)).toHaveLength(1)
    const lists = gh.callsTo('GET', /\/issues\/7\/comments$/)
    expect(lists.map((c) => c.query.get('page') ?? '1')).toEqual(['1', '2'])
    const created = gh.callsTo('POST', /\/issues\/7\/comments$/)
    expect(created).toHaveLength(1)
    const body = (created[0].body as { body: string }).body
    expect(body.split('\n')[0]).toBe(markerLine(KEY))
    expect(body).toContain('main.notifyAuditor')
    expect(body.length).toBeLessThanOrEqual(60_000)
    expect(created[0].token).toBe('ghs_fake_installation_token')
    const ours = gh.comments.get(7)!.at(-1)!
    expect(ours.user.login).toBe('github-actions[bot]')
    ourId = ours.id
    expect(first.outputs['comment-url']).toBe(ours.html_url)
    // The user's comment with our marker is never touched.
    expect(gh.callsTo('PATCH', /./)).toHaveLength(0)
    expect(gh.comments.get(7)!.find((c) => c.user.login === 'mallory')!.body).toContain('do not edit me')
    expect(servicesOf(first.pid)).toEqual([])

    // The run directory, uploaded: profiles, reports, flame graphs, logs, manifest and handoff, no binary.
    const artifact = gh.artifact(ARTIFACT)!
    expect(artifact).toBeDefined()
    expect(first.outputs['artifact-id']).toBe(String(artifact.id))
    expect(first.outputs['artifact-url']).toBe(`https://github.localhost/octo/shop/actions/runs/4242/artifacts/${artifact.id}`)
    const unpacked = path.join(tmp, 'first-artifact')
    const names = unpack(artifact.zip, unpacked)
    for (const f of ['report.json', 'report.md', 'comment.md', 'pprof-gate-handoff.json', 'manifest.json', 'head-1/goroutine-round2.pb.gz', 'base-1/heap-round2.pb.gz', 'head-1/service.log']) {
      expect(names).toContain(f)
    }
    for (const f of ['flamegraph-cpu.html', 'flamegraph-heap.html', 'flamegraph-goroutines.html']) expect(names).toContain(f)
    expect(names.filter((n) => n.startsWith('bin/'))).toEqual([])
    expect(existsSync(path.join(runDir, 'bin', 'head'))).toBe(true)
    for (const n of names) expect(readFileSync(path.join(unpacked, n)).subarray(0, 4).toString('latin1')).not.toBe('\x7fELF')
    expect(readFileSync(path.join(unpacked, 'report.json'), 'utf8')).toBe(readFileSync(first.outputs['report-json'], 'utf8'))
    // ...and linked from the summary and the comment.
    const link = `📦 [Open the flame graphs: artifact \`${ARTIFACT}\`, ${fmtBytes(artifact.zip.length)}](${first.outputs['artifact-url']})`
    expect(first.summary).toContain(link)
    expect(body).toContain(link)
    expect(first.stdout).not.toMatch(/::warning::/)
  })

  test('the second run updates the same comment in place, waiting out a 429 with Retry-After', async () => {
    expect(first).toBeDefined()
    gh.calls.length = 0
    gh.inject({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 429, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit' } })
    const second = await measure(7)
    expect({ code: second.code, log: log(second) }).toEqual({ code: 1, log: expect.any(String) })
    expect(gh.callsTo('POST', /comments$/)).toHaveLength(0)
    const patches = gh.callsTo('PATCH', /\/issues\/comments\/\d+$/)
    expect(patches.map((c) => c.path)).toEqual([`/repos/octo/shop/issues/comments/${ourId}`, `/repos/octo/shop/issues/comments/${ourId}`])
    expect(patches[1].at - patches[0].at).toBeGreaterThanOrEqual(1000)
    expect(second.stdout).toMatch(/::warning::GitHub API PATCH .*HTTP 429; retrying in 1\.0 s \(retry 1 of 3\)/)
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
    expect(gh.comments.get(7)!.filter((c) => c.body.startsWith(markerLine(KEY)))).toHaveLength(2) // ours and mallory's
    expect(gh.comments.get(7)!.find((c) => c.user.login === 'mallory')!.body).toContain('do not edit me')
  })

  test('a 403 on create (read-only token) and a refused upload are warnings that say what to do; verdict, summary and outputs stand', async () => {
    gh.addPull(8, { ref: 'feature', sha: headSha, repo: { full_name: 'octo/shop' } })
    gh.inject({ method: 'POST', path: /\/issues\/8\/comments$/, status: 403, body: { message: 'Resource not accessible by integration' } })
    gh.inject({ method: 'POST', path: /\/CreateArtifact$/, status: 403, body: { code: 'permission_denied', msg: 'artifact storage quota has been hit' } })
    const r = await measure(8)
    expect({ code: r.code, log: log(r) }).toEqual({ code: 1, log: expect.stringContaining('::error::pprof-gate: regression') })
    expect(r.stdout).toMatch(/::warning::pprof-gate could not comment on pull request #8.*403.*Resource not accessible by integration.*mode: measure.*mode: report/)
    expect(r.outputs.verdict).toBe('fail')
    expect(r.outputs['comment-url']).toBe('')
    expect(r.summary).toContain('main.notifyAuditor')
    expect(existsSync(path.join(r.outputs['run-dir'], 'pprof-gate-handoff.json'))).toBe(true)
    expect(gh.comments.get(8)).toEqual([])
    expect(r.stdout).toMatch(/::warning::pprof-gate: the run directory was not uploaded as artifact pprof-gate-services-orders: .*\(403\).*quota.*The verdict stands; .*set upload-artifact: false/)
    expect(r.outputs['artifact-id']).toBe('')
    expect(r.outputs['artifact-url']).toBe('')
    expect(r.summary).not.toContain('Open the flame graphs')
  })
})

describe('a run that fails', () => {
  test('uploads what it left, the service logs, and still fails with the one-line error', async () => {
    // The service answers every path with an order, so what should be pprof is not.
    const r = await measure(7, { 'pprof-url': 'http://127.0.0.1:{port}/nope/', 'cpu-pairs': '0', comment: 'never' })
    expect({ code: r.code, log: log(r) }).toEqual({ code: 1, log: expect.stringMatching(/::error::pprof-gate: counting goroutines: .*is this Go's net\/http\/pprof\?/) })
    const artifact = gh.artifact(ARTIFACT)!
    expect(r.outputs['artifact-id']).toBe(String(artifact.id))
    const names = unpack(artifact.zip, path.join(tmp, 'failed-artifact'))
    expect(names).toContain('base-1/service.log')
    expect(names.filter((n) => n.startsWith('bin/'))).toEqual([])
    expect(r.stdout).not.toMatch(/::warning::/)
  })
})

describe('mode: report (workflow_run of a fork pull request)', () => {
  test('reads the artifact as data, finds the pull request from the run metadata, and posts its own rendering', async () => {
    gh.addPull(9, { ref: 'feature', sha: headSha, repo: { full_name: 'forker/shop' } })
    gh.calls.length = 0
    // The measure job's own upload, as actions/download-artifact (pattern: pprof-gate-*) leaves it: a folder per artifact.
    const measured = await measure(9, { comment: 'never' })
    expect(measured.outputs['artifact-id']).toBe(String(gh.artifact(ARTIFACT)!.id))
    gh.calls.length = 0
    const artifact = path.join(tmp, 'artifact')
    expect(unpack(gh.artifact(ARTIFACT)!.zip, path.join(artifact, ARTIFACT))).toContain('pprof-gate-handoff.json')
    // What a fork could put next to the data: never rendered or run.
    writeFileSync(path.join(artifact, ARTIFACT, 'comment.md'), '<img src=x> @octocat [x](https://example.invalid)')
    const r = await runAction({
      cwd: tmp,
      inputs: { mode: 'report', 'artifact-path': artifact },
      eventName: 'workflow_run',
      payload: {
        action: 'completed',
        workflow_run: {
          event: 'pull_request',
          head_sha: headSha,
          head_branch: 'feature',
          head_repository: { full_name: 'forker/shop' },
          html_url: 'https://github.example/octo/shop/actions/runs/99',
          pull_requests: []
        }
      },
      apiUrl: gh.url
    })
    expect({ code: r.code, log: log(r) }).toEqual({ code: 0, log: expect.any(String) })
    expect(r.outputs.verdict).toBe('fail')
    expect(gh.callsTo('GET', /\/pulls$/)[0].query.get('head')).toBe('forker:feature')
    const created = gh.callsTo('POST', /\/issues\/9\/comments$/)
    expect(created).toHaveLength(1)
    const body = (created[0].body as { body: string }).body
    expect(body.split('\n')[0]).toBe(markerLine(KEY))
    expect(body).toContain('main.notifyAuditor')
    expect(body).toContain('https://github.example/octo/shop/actions/runs/99')
    expect(body).toContain("📦 Open the flame graphs: the artifacts of [the pull request's run](https://github.example/octo/shop/actions/runs/99)")
    expect(body).not.toContain('<img')
    expect(r.summary).toContain('main.notifyAuditor')
  })
})

describe('cancellation', () => {
  /** Starts a measure run and calls `act` with its pid once its first service is up. */
  async function runUntilServiceUp(act: (pid: number) => void): Promise<ActionRun> {
    let timer: NodeJS.Timeout | undefined
    const r = await runAction({
      cwd: repo,
      inputs: { ...LOAD, requests: '200000' },
      eventName: 'pull_request',
      payload: pullRequestEvent(7),
      apiUrl: gh.url,
      env: { ACTIONS_RUNTIME_TOKEN: 'runtime-secret', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret' },
      onSpawn: (pid) => {
        let probing = false
        timer = setInterval(() => {
          const svc = servicesOf(pid)[0]
          if (svc === undefined || probing) return
          probing = true
          // Act once the service answers: before that it may not have written its
          // start-up log line, and that write into the dead parent's pipe would kill it
          // (SIGPIPE), which is right for the product but not what these tests look at.
          serviceAnswers(svc)
            .then((up) => {
              if (up && timer) {
                clearInterval(timer)
                timer = undefined
                act(pid)
              }
            })
            .finally(() => (probing = false))
        }, 100)
      }
    })
    clearInterval(timer)
    return r
  }

  test('SIGINT (the runner cancelling) stops the services before the action exits; they never saw a credential', async () => {
    let environ = ''
    const r = await runUntilServiceUp((pid) => {
      environ = readFileSync(`/proc/${servicesOf(pid)[0]}/environ`, 'latin1')
      process.kill(pid, 'SIGINT')
    })
    expect({ code: r.code, log: log(r) }).toEqual({ code: 130, log: expect.any(String) })
    expect(servicesOf(r.pid)).toEqual([])
    expect(environ).toContain('PPROF_GATE_SERVICE_ID=')
    expect(environ).not.toMatch(/ghs_fake_installation_token|runtime-secret|oidc-secret|INPUT_/)
  })

  test('the post step stops what a killed main step left running', async () => {
    const r = await runUntilServiceUp((pid) => process.kill(pid, 'SIGKILL'))
    expect(r.signal).toBe('SIGKILL')
    expect(servicesOf(r.pid).length).toBeGreaterThan(0) // in their own process group: SIGKILL of the main step misses them
    expect(r.state['main-pid']).toBe(String(r.pid))
    const post = await runAction({
      cwd: repo,
      inputs: {},
      eventName: 'pull_request',
      payload: pullRequestEvent(7),
      apiUrl: gh.url,
      entry: 'dist/post.js',
      env: { 'STATE_main-pid': r.state['main-pid'] }
    })
    expect({ code: post.code, log: log(post) }).toEqual({ code: 0, log: expect.stringContaining('stopping 1 service process(es)') })
    expect(servicesOf(r.pid)).toEqual([])
  })
})

describe('refusals and input errors fail at once with the input named', () => {
  test('pull_request_target is refused without the opt-in', async () => {
    const r = await runAction({ cwd: repo, inputs: LOAD, eventName: 'pull_request_target', payload: pullRequestEvent(7), apiUrl: gh.url })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error::pprof-gate: refusing to measure on pull_request_target: .*allow-pull-request-target: true/)
    expect(r.outputs).toEqual({})
  })

  test('a bad number names the input and the value', async () => {
    const r = await measure(7, { requests: '5k' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`::error::pprof-gate: input 'requests' must be a whole number (0 or more); got "5k"`)
  })

  test('a bad comment policy names the choices', async () => {
    const r = await measure(7, { comment: 'sometimes' })
    expect(r.stdout).toContain(`::error::pprof-gate: input 'comment' must be always, on-regression, never; got "sometimes"`)
  })
})
