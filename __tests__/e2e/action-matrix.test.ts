/**
 * A matrix over the config file's services, through the built action as the
 * runner runs it: a pull request of testdata/monorepo (orders leaks, users
 * is untouched, search changes benignly), its services listed by mode:
 * services, measured by three legs (`service:`,
 * small settings), each uploading its run directory to the fake artifact
 * service; the artifacts unzipped as actions/download-artifact (pattern:
 * pprof-gate-*) leaves them; then mode: summarize posts one comment for all
 * three and fails naming orders. A second summarize, with orders' artifact
 * gone, updates that same comment and fails naming the missing leg.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { markerLine, summaryStickyKey } from '../../src/github/marker.js'
import { runAction, ROOT } from '../helpers/action-runner.js'
import type { ActionRun } from '../helpers/action-runner.js'
import { FakeGitHub } from '../helpers/fake-github.js'

const MONOREPO = path.join(ROOT, 'testdata', 'monorepo')
// Small loads: orders' leak (a goroutine per request) shows at any size; no CPU pairs.
const SMALL = { requests: '300', warmup: '50', trials: '1', 'cpu-pairs': '0' }
const PR = 11

let tmp: string
let repo: string
let headSha: string
const gh = new FakeGitHub()
const runnerEnv = () => ({ ACTIONS_RUNTIME_TOKEN: gh.runtimeToken, ACTIONS_RESULTS_URL: gh.url })

function git(...args: string[]): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' }
  return execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim()
}

const event = () => ({
  action: 'synchronize',
  number: PR,
  pull_request: { number: PR, base: { ref: 'main' }, head: { ref: 'feature', sha: headSha, repo: { full_name: 'octo/shop' } } },
  repository: { full_name: 'octo/shop', name: 'shop', owner: { login: 'octo' } }
})

function leg(service: string): Promise<ActionRun> {
  return runAction({ cwd: repo, inputs: { service, ...SMALL }, eventName: 'pull_request', payload: event(), apiUrl: gh.url, env: runnerEnv() })
}

function summarizeJob(artifactPath: string): Promise<ActionRun> {
  return runAction({
    cwd: repo,
    inputs: { mode: 'summarize', 'artifact-path': artifactPath },
    eventName: 'pull_request',
    payload: event(),
    apiUrl: gh.url,
    env: { GITHUB_JOB: 'summary' }
  })
}

/** Every finalized artifact unzipped into root/<name>/, as actions/download-artifact with a pattern does. */
function download(root: string): void {
  for (const a of gh.artifacts.filter((x) => x.finalized)) {
    const dir = path.join(root, a.name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(`${dir}.zip`, a.zip)
    execFileSync('unzip', ['-q', `${dir}.zip`, '-d', dir])
    rmSync(`${dir}.zip`)
  }
}

const log = (r: ActionRun) => `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-matrix-'))
  repo = path.join(tmp, 'repo')
  cpSync(path.join(MONOREPO, 'base'), repo, { recursive: true })
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '-m', 'base')
  git('checkout', '-q', '-b', 'feature')
  cpSync(path.join(MONOREPO, 'head'), repo, { recursive: true })
  git('add', '-A')
  git('commit', '-q', '-m', 'head: orders notifies an auditor, search remembers queries')
  headSha = git('rev-parse', 'HEAD')
  await gh.start()
  gh.addPull(PR, { ref: 'feature', sha: headSha, repo: { full_name: 'octo/shop' } })
})

afterAll(async () => {
  await gh.stop()
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

test('three legs, then one summary comment; a second summary updates it and names the missing leg', async () => {
  // The list job: the matrix's values.
  const list = await runAction({ cwd: repo, inputs: { mode: 'services' }, eventName: 'pull_request', payload: event(), apiUrl: gh.url })
  expect({ code: list.code, log: log(list) }).toEqual({ code: 0, log: expect.any(String) })
  expect(JSON.parse(list.outputs.services)).toEqual(['orders', 'users', 'search'])

  // The legs: each the service's settings from .pprof-gate.yml, the inputs over them; none comments.
  const legs: Record<string, ActionRun> = {}
  for (const s of ['orders', 'users', 'search']) legs[s] = await leg(s)
  expect({ code: legs.orders.code, log: log(legs.orders) }).toEqual({ code: 1, log: expect.stringContaining('::error::pprof-gate: regression: head keeps adding goroutines') })
  expect({ code: legs.users.code, log: log(legs.users) }).toEqual({ code: 0, log: expect.stringContaining('pprof-gate: service users of .pprof-gate.yml (services/users)') })
  expect({ code: legs.search.code, log: log(legs.search) }).toEqual({ code: 0, log: expect.any(String) })
  expect(gh.comments.get(PR)).toEqual([])
  expect(gh.artifacts.filter((a) => a.finalized).map((a) => a.name)).toEqual(['pprof-gate-orders', 'pprof-gate-users', 'pprof-gate-search'])
  // users built twice to one binary and was never started.
  const usersDir = legs.users.outputs['run-dir']
  expect(JSON.parse(readFileSync(path.join(usersDir, 'manifest.json'), 'utf8'))).toMatchObject({ trials: [], timings: { trialsMs: 0 } })
  expect(existsSync(path.join(usersDir, 'base-1'))).toBe(false)
  // The report says which file and service it ran, and took the inputs over the file's requests (2000).
  expect(JSON.parse(readFileSync(legs.orders.outputs['report-json'], 'utf8'))).toMatchObject({ configFile: '.pprof-gate.yml', service: 'orders' })
  const manifest = JSON.parse(readFileSync(path.join(legs.orders.outputs['run-dir'], 'manifest.json'), 'utf8'))
  expect(manifest.config).toMatchObject({ requests: 300, targets: ['GET /orders/1'], thresholds: { goroutines: 10 }, cpuPairs: 0 })

  const downloaded = path.join(tmp, 'legs')
  download(downloaded)
  const first = await summarizeJob(downloaded)
  expect({ code: first.code, log: log(first) }).toEqual({
    code: 1,
    log: expect.stringContaining('::error::pprof-gate: 1 of 3 services failing: orders (regression) (details in the job summary)')
  })
  expect(first.outputs).toMatchObject({ verdict: 'fail', 'failing-services': '1' })
  const comments = gh.comments.get(PR)!
  expect(comments).toHaveLength(1)
  const ours = comments[0]
  expect(first.outputs['comment-url']).toBe(ours.html_url)
  expect(ours.user.login).toBe('github-actions[bot]')
  expect(ours.body.split('\n')[0]).toBe(markerLine(summaryStickyKey('summary')))
  expect(ours.body).toContain('### ❌ pprof-gate: 1 of 2 measured failed (`orders`); 1 unchanged')
  expect(ours.body.match(/^\| `\w+` \|/gm)).toEqual(['| `orders` |', '| `search` |'])
  expect(ours.body).toContain('⏸️ Unchanged (same binary, not measured): `users`')
  expect(ours.body).toMatch(/#### ❌ `orders`\n\n- \*\*Goroutines\*\*: head keeps adding goroutines: .* Grew most: `main.notifyAuditor`/)
  for (const s of ['orders', 'users', 'search']) {
    const id = gh.artifact(`pprof-gate-${s}`)!.id
    expect(ours.body).toContain(`\`${s}\`: [\`pprof-gate-${s}\`](https://github.localhost/octo/shop/actions/runs/4242/artifacts/${id})`)
  }
  expect(first.summary).toContain('### ❌ pprof-gate: 1 of 2 measured failed (`orders`); 1 unchanged')

  // orders' leg left no artifact this time: the same comment is updated, and the job fails naming it.
  rmSync(path.join(downloaded, 'pprof-gate-orders'), { recursive: true })
  gh.calls.length = 0
  const second = await summarizeJob(downloaded)
  expect({ code: second.code, log: log(second) }).toEqual({
    code: 1,
    log: expect.stringContaining('::error::pprof-gate: 1 of 3 services failing: orders (no result) (details in the job summary)')
  })
  expect(gh.callsTo('POST', /comments$/)).toHaveLength(0)
  expect(gh.callsTo('PATCH', /\/issues\/comments\/\d+$/).map((c) => c.path)).toEqual([`/repos/octo/shop/issues/comments/${ours.id}`])
  expect(gh.comments.get(PR)).toHaveLength(1)
  expect(second.outputs['comment-url']).toBe(ours.html_url)
  expect(ours.body).toContain('#### ❓ `orders`')
  expect(ours.body).toContain('no artifact pprof-gate-orders under artifact-path: the leg of service orders did not upload its run directory')

  // The fork-safe pair: the same summary from a workflow_run of the pull request's run, which
  // finds the pull request by the run's head and posts its own one comment, said to come from that run.
  const fromFork = path.join(tmp, 'legs-of-the-pull-request-run')
  download(fromFork)
  const report = await runAction({
    cwd: repo,
    inputs: { mode: 'summarize', 'artifact-path': fromFork },
    eventName: 'workflow_run',
    payload: {
      workflow_run: {
        id: 4242,
        event: 'pull_request',
        head_sha: headSha,
        head_branch: 'feature',
        head_repository: { full_name: 'octo/shop' },
        html_url: 'https://github.localhost/octo/shop/actions/runs/4242',
        pull_requests: []
      },
      repository: { full_name: 'octo/shop', name: 'shop', owner: { login: 'octo' } }
    },
    apiUrl: gh.url,
    env: { GITHUB_JOB: 'report', GITHUB_RUN_ID: '5151' }
  })
  expect({ code: report.code, log: log(report) }).toEqual({ code: 1, log: expect.stringContaining('::error::pprof-gate: 1 of 3 services failing: orders (regression)') })
  const both = gh.comments.get(PR)!
  expect(both).toHaveLength(2)
  expect(both[1].body.split('\n')[0]).toBe(markerLine(summaryStickyKey('report')))
  expect(both[1].body).toContain("Measured by this pull request's own workflow run")
  expect(both[1].body).toContain(`[\`pprof-gate-orders\`](https://github.localhost/octo/shop/actions/runs/4242/artifacts/${gh.artifact('pprof-gate-orders')!.id})`)
  both.pop() // the next test is about the summary job's own comment
})

test('a leg that errors is shown as an error with its message, not as missing or passing', async () => {
  const downloaded = path.join(tmp, 'legs')
  expect(existsSync(path.join(downloaded, 'pprof-gate-users'))).toBe(true)
  // A new workflow run: only orders' leg runs again, and fails before its verdict.
  gh.artifacts.length = 0
  const orders = await runAction({
    cwd: repo,
    inputs: { service: 'orders', ...SMALL, 'pprof-url': 'http://127.0.0.1:{port}/nope/' },
    eventName: 'pull_request',
    payload: event(),
    apiUrl: gh.url,
    env: runnerEnv()
  })
  expect({ code: orders.code, log: log(orders) }).toEqual({ code: 1, log: expect.stringMatching(/::error::pprof-gate: counting goroutines: /) })
  download(downloaded)
  const r = await summarizeJob(downloaded)
  expect({ code: r.code, log: log(r) }).toEqual({ code: 1, log: expect.stringContaining('::error::pprof-gate: 1 of 3 services failing: orders (errored) (details in the job summary)') })
  const body = gh.comments.get(PR)![0].body
  expect(gh.comments.get(PR)).toHaveLength(1)
  expect(body).toMatch(/#### 💥 `orders`\n\ncounting goroutines: /)
})

test("an error in the config file fails a leg and the list job with the file's line:column, before anything is built", async () => {
  const config = 'typo.yml'
  writeFileSync(path.join(repo, config), 'services:\n  - name: orders\n    dir: services/orders\n    tragets: [GET /]\n')
  const runs: Record<string, string>[] = [{ mode: 'services', config }, { service: 'orders', config }]
  for (const inputs of runs) {
    const r = await runAction({ cwd: repo, inputs, eventName: 'pull_request', payload: event(), apiUrl: gh.url })
    expect({ code: r.code, log: log(r) }).toEqual({ code: 1, log: expect.stringContaining(`::error::pprof-gate: unknown key 'tragets' at ${config}:4:5; did you mean 'targets'?`) })
    expect(r.outputs).toEqual({})
  }
})
