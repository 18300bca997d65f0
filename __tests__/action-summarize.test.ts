/**
 * mode: summarize without GitHub (no token, no pull request): the legs'
 * run directories as actions/download-artifact leaves them (one folder per
 * artifact, pprof-gate-<service>), holding real results (the recorded runs
 * judged again). Every service of the config file gets a row; a leg without
 * its artifact, or an artifact holding another service's result, fails the
 * job with a line naming it. The full lifecycle with comments and links is
 * the e2e test (__tests__/e2e/action-matrix.test.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../src/commands/cli.js'
import { octokitApi } from '../src/github/api.js'
import type { ActionEvent, WorkflowRunInfo } from '../src/github/event.js'
import type { ActionSettings } from '../src/github/inputs.js'
import { readSettings } from '../src/github/inputs.js'
import { runSummarizeMode } from '../src/github/summarize-mode.js'
import { FakeGitHub } from './helpers/fake-github.js'

const RECORDED = fileURLToPath(new URL('../testdata/recorded', import.meta.url))

let tmp: string
let leak: Record<string, unknown>
let clean: Record<string, unknown>

async function judged(dir: string): Promise<Record<string, unknown>> {
  let stdout = ''
  await runCli(['judge', dir, '--format', 'json'], { stdout: (s) => (stdout += s), stderr: () => {} })
  return JSON.parse(stdout)
}

/** A leg's downloaded artifact holding this report.json. */
function leg(root: string, artifact: string, json: Record<string, unknown>): void {
  mkdirSync(path.join(root, artifact), { recursive: true })
  writeFileSync(path.join(root, artifact, 'report.json'), JSON.stringify(json))
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-summarize-mode-'))
  leak = await judged(path.join(RECORDED, 'goroutine-leak'))
  clean = await judged(path.join(RECORDED, 'clean'))
  for (const s of ['orders', 'users', 'search']) mkdirSync(path.join(tmp, 'services', s), { recursive: true })
  writeFileSync(
    path.join(tmp, '.pprof-gate.yml'),
    'services:\n  - name: orders\n    dir: services/orders\n  - name: users\n    dir: services/users\n  - name: search\n    dir: services/search\n'
  )
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const event: ActionEvent = { name: 'pull_request', owner: 'octo', repo: 'shop', job: 'summary', sha: '', pullRequest: null, pushBefore: null, workflowRun: null, runUrl: null }

async function summarizeLegs(artifactPath: string, inputs: Record<string, string> = {}) {
  const settings: ActionSettings = readSettings((n) => ({ mode: 'summarize', 'artifact-path': artifactPath, ...inputs })[n] ?? '')
  const outputs: Record<string, string> = {}
  let summary = ''
  const logged: string[] = []
  const r = await runSummarizeMode(settings, event, {
    configFile: '.pprof-gate.yml',
    cwd: tmp,
    runPage: null,
    runId: '1',
    log: { info: (m) => logged.push(m), warning: (m) => logged.push(`warning: ${m}`) },
    api: () => Promise.reject(new Error('no API in this test')),
    summary: async (md) => void (summary += md),
    setOutput: (name, value) => void (outputs[name] = value)
  })
  return { ...r, outputs, markdown: summary, logged }
}

test('every leg there: one row each, failing first, unchanged in one line; the job fails naming the leak', async () => {
  const root = path.join(tmp, 'all')
  leg(root, 'pprof-gate-orders', { ...leak, service: 'orders' })
  leg(root, 'pprof-gate-users', { ...clean, service: 'users', unchanged: true })
  leg(root, 'pprof-gate-search', { ...clean, service: 'search' })
  const r = await summarizeLegs(root)
  expect(r.outputs).toEqual({ verdict: 'fail', 'failing-services': '1', 'comment-url': '' })
  expect(r.failure).toBe('pprof-gate: 1 of 3 services failing: orders (regression) (details in the job summary)')
  expect(r.markdown.split('\n')[0]).toBe('### ❌ pprof-gate: 1 of 2 measured failed (`orders`); 1 unchanged')
  expect(r.markdown.match(/^\| `\w+` \|/gm)).toEqual(['| `orders` |', '| `search` |'])
  expect(r.markdown).toContain('⏸️ Unchanged (same binary, not measured): `users`')
  expect(r.markdown).toContain('📦 Profiles, flame graphs and service logs: artifact `pprof-gate-orders`')
  expect(r.markdown).toContain('📦 Artifacts (profiles, flame graphs, reports, service logs): `orders`: `pprof-gate-orders` · `search`: `pprof-gate-search` · `users`: `pprof-gate-users`')
  expect(r.logged).toContain('no pull request in a pull_request event: no comment')
})

test('fail-on-regression: false turns a regression into a warning; a missing leg still fails', async () => {
  const root = path.join(tmp, 'all')
  expect(await summarizeLegs(root, { 'fail-on-regression': 'false' })).toMatchObject({ failure: null, warning: expect.stringContaining('not failing the job: fail-on-regression is false') })
  const partial = path.join(tmp, 'partial')
  leg(partial, 'pprof-gate-users', { ...clean, service: 'users', unchanged: true })
  leg(partial, 'pprof-gate-search', { ...clean, service: 'search' })
  const r = await summarizeLegs(partial, { 'fail-on-regression': 'false' })
  expect(r.failure).toBe('pprof-gate: 1 of 3 services failing: orders (no result) (details in the job summary)')
  expect(r.outputs).toMatchObject({ verdict: 'fail', 'failing-services': '1' })
  expect(r.markdown).toContain('#### ❓ `orders`')
  expect(r.markdown).toContain('no artifact pprof-gate-orders under artifact-path: the leg of service orders did not upload its run directory')
})

test("an artifact holding another service's result is an error, not that service's pass", async () => {
  const root = path.join(tmp, 'swapped')
  leg(root, 'pprof-gate-orders', { ...clean, service: 'search' })
  leg(root, 'pprof-gate-users', { ...clean, service: 'users' })
  leg(root, 'pprof-gate-search', { ...clean, service: 'search' })
  const r = await summarizeLegs(root)
  expect(r.failure).toBe('pprof-gate: 1 of 3 services failing: orders (errored) (details in the job summary)')
  expect(r.markdown).toContain('artifact pprof-gate-orders holds the result of service "search", not orders')
})

test('every leg passing: pass, nothing failing', async () => {
  const root = path.join(tmp, 'green')
  for (const s of ['orders', 'users', 'search']) leg(root, `pprof-gate-${s}`, { ...clean, service: s })
  const r = await summarizeLegs(root)
  expect(r).toMatchObject({ failure: null, warning: null, outputs: { verdict: 'pass', 'failing-services': '0' } })
})

describe('the fork-safe pair: mode summarize on workflow_run', () => {
  const gh = new FakeGitHub()
  const SHA = 'd'.repeat(40)
  const run: WorkflowRunInfo = {
    event: 'pull_request',
    headSha: SHA,
    headBranch: 'faster',
    headRepo: 'fork/shop',
    htmlUrl: 'https://github.example/octo/shop/actions/runs/77',
    id: 77,
    pullRequests: []
  }
  const workflowRun: ActionEvent = { ...event, name: 'workflow_run', job: 'report', workflowRun: run }
  beforeAll(async () => {
    await gh.start()
    process.env.GITHUB_API_URL = gh.url
    gh.addPull(9, { ref: 'faster', sha: SHA, repo: { full_name: 'fork/shop' } })
  })
  afterAll(() => gh.stop())

  test("one comment on the fork's pull request, its results' text inert, said to come from the pull request's run", async () => {
    const root = path.join(tmp, 'fork')
    const hostile = structuredClone(leak) as { checks: { summary: string }[] }
    hostile.checks[0].summary = '<img src=x onerror=alert(1)> @octocat see GH-12 [x](https://evil.example)'
    leg(root, 'pprof-gate-orders', { ...hostile, service: 'orders' })
    leg(root, 'pprof-gate-users', { ...clean, service: 'users', unchanged: true })
    leg(root, 'pprof-gate-search', { ...clean, service: 'search' })
    const settings: ActionSettings = readSettings((n) => ({ mode: 'summarize', 'artifact-path': root, 'github-token': 'ghs_token' })[n] ?? '')
    const outputs: Record<string, string> = {}
    const r = await runSummarizeMode(settings, workflowRun, {
      configFile: '.pprof-gate.yml',
      cwd: tmp,
      runPage: 'https://github.example/octo/shop/actions/runs/1',
      runId: '1',
      log: { info: () => {}, warning: () => {} },
      api: () => octokitApi('ghs_token'),
      summary: async () => {},
      setOutput: (name, value) => void (outputs[name] = value)
    })
    expect(r.failure).toBe('pprof-gate: 1 of 3 services failing: orders (regression) (details in the job summary)')
    const comments = gh.comments.get(9) ?? []
    expect(comments).toHaveLength(1)
    const body = comments[0].body
    expect(body).toContain("Measured by this pull request's own workflow run")
    expect(body).toContain('| `orders` | ❌ fail |')
    expect(body).not.toMatch(/<img|@octocat|GH-12|https:\/\/evil/)
    expect(body).toContain('https://github.example/octo/shop/actions/runs/77')
    // The triggering run's artifacts were listed, not this run's.
    expect(gh.callsTo('GET', /\/actions\/runs\/77\/artifacts$/)).toHaveLength(1)
    expect(gh.callsTo('GET', /\/actions\/runs\/1\/artifacts$/)).toHaveLength(0)
    expect(outputs['comment-url']).toMatch(/issuecomment/)
    expect(body).toContain('?img src=x')
  })
})
