/**
 * mode: report without a measurement: where it refuses to run, how it finds
 * the pull request from the workflow_run metadata (linked, or a fork's by
 * head repository, branch and commit), and what it does with a bad artifact.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Api } from '../src/github/api.js'
import { octokitApi } from '../src/github/api.js'
import type { ActionEvent, WorkflowRunInfo } from '../src/github/event.js'
import { writeHandoff, HANDOFF_FILE } from '../src/github/handoff.js'
import type { ActionSettings } from '../src/github/inputs.js'
import { findPullRequest } from '../src/github/pull-request.js'
import { runReportMode } from '../src/github/report-mode.js'
import { runJson } from '../src/report/run.js'
import { FakeGitHub } from './helpers/fake-github.js'
import { fixedReport } from './helpers/report-fixture.js'

const SHA = 'd'.repeat(40)
const gh = new FakeGitHub()
let api: Api
const run = (over: Partial<WorkflowRunInfo> = {}): WorkflowRunInfo => ({
  event: 'pull_request',
  headSha: SHA,
  headBranch: 'fix',
  headRepo: 'fork/shop',
  htmlUrl: 'https://github.example/octo/shop/actions/runs/5',
  pullRequests: [],
  ...over
})
const event = (wr: WorkflowRunInfo | null, name = 'workflow_run'): ActionEvent => ({
  name,
  owner: 'octo',
  repo: 'shop',
  job: 'report',
  sha: '',
  pullRequest: null,
  pushBefore: null,
  workflowRun: wr,
  runUrl: null
})
const settings = (artifactPath: string): ActionSettings => ({
  mode: 'report',
  config: '',
  service: '',
  failOnInconclusive: false,
  comment: 'always',
  failOnRegression: true,
  token: 't',
  allowPullRequestTarget: false,
  workingDirectory: '.',
  artifactPath,
  maxHandoffs: 50,
  uploadArtifact: false,
  artifactName: 'pprof-gate',
  artifactRetentionDays: null
})

beforeAll(async () => {
  await gh.start()
  process.env.GITHUB_API_URL = gh.url
  api = await octokitApi('ghs_token')
  gh.addPull(1, { ref: 'fix', sha: 'e'.repeat(40), repo: { full_name: 'fork/shop' } }) // same branch, older commit
  gh.addPull(2, { ref: 'fix', sha: SHA, repo: { full_name: 'other/shop' } }) // same branch name, another fork
  for (let i = 3; i < 120; i++) gh.addPull(i, { ref: `b${i}`, sha: 'f'.repeat(40), repo: { full_name: 'fork/shop' } })
  gh.addPull(120, { ref: 'fix', sha: SHA, repo: { full_name: 'fork/shop' } })
})
afterAll(() => gh.stop())

describe('finding the pull request', () => {
  test('a linked pull request is taken as GitHub lists it', async () => {
    expect(await findPullRequest(api, 'octo', 'shop', run({ pullRequests: [{ number: 4, headSha: SHA }] }))).toEqual({ number: 4 })
  })

  test("a fork's pull request: by head owner and branch, then head repository and commit", async () => {
    gh.calls.length = 0
    expect(await findPullRequest(api, 'octo', 'shop', run())).toEqual({ number: 120 })
    expect(gh.calls.map((c) => c.query.get('head'))).toEqual(['fork:fix'])
  })

  test('none when the branch moved on', async () => {
    expect(await findPullRequest(api, 'octo', 'shop', run({ headSha: '1'.repeat(40) }))).toEqual({ none: expect.stringContaining('no open pull request of octo/shop has fork/shop:fix at 111111111111') })
  })
})

describe('runReportMode', () => {
  const io = () => {
    const said: string[] = []
    const outputs: Record<string, string> = {}
    return {
      said,
      outputs,
      io: {
        log: { info: (m: string) => void said.push(m), warning: (m: string) => void said.push(`warning: ${m}`) },
        api: async () => api,
        summary: async () => {},
        setOutput: (k: string, v: string) => void (outputs[k] = v)
      }
    }
  }

  test('refuses to run outside workflow_run, naming the mode to use', async () => {
    await expect(runReportMode(settings('/x'), event(null, 'pull_request'), io().io)).rejects.toThrow(/belongs in a workflow started by 'on: workflow_run'; this is a pull_request event: use mode: measure here/)
  })

  test('nothing to do for a run that was not a pull request', async () => {
    const t = io()
    expect(await runReportMode(settings('/x'), event(run({ event: 'push' })), t.io)).toBe('none')
    expect(t.said.join()).toContain('was a push event, not a pull_request')
  })

  test('a malformed handoff is skipped with a warning; the good one is posted', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-report-'))
    mkdirSync(path.join(dir, 'a'))
    writeFileSync(path.join(dir, 'a', HANDOFF_FILE), JSON.stringify({ kind: 'pprof-gate-handoff', schemaVersion: 1, key: 'nope' }))
    mkdirSync(path.join(dir, 'b'))
    await writeHandoff(path.join(dir, 'b'), '0123456789abcdef', runJson(fixedReport()))
    const t = io()
    gh.calls.length = 0
    expect(await runReportMode(settings(dir), event(run()), t.io)).toBe('fail')
    expect(t.said.join('\n')).toMatch(/warning: ignoring .*a\/pprof-gate-handoff.json: .*key must be 16 hexadecimal digits/)
    expect(gh.callsTo('POST', /\/issues\/120\/comments$/)).toHaveLength(1)
    // The flame graphs are in the measure run's artifact: the comment points at that run's page.
    const body = (gh.callsTo('POST', /\/issues\/120\/comments$/)[0].body as { body: string }).body
    expect(body).toContain("📦 Open the flame graphs: the artifacts of [the pull request's run](https://github.example/octo/shop/actions/runs/5)")
    expect(t.outputs).toMatchObject({ verdict: 'fail', 'goroutine-delta': '500', 'comment-url': expect.stringContaining('/pull/120#') })
  })
})
