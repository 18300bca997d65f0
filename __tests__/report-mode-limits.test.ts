/**
 * mode: report against an artifact the pull request shaped: it cannot make
 * the bot post more than max-handoffs comments, two handoffs cannot claim
 * one comment, the comment says who measured, and free text cannot become
 * one of GitHub's bare autolinks (GH-123, ABC-12, a commit hash).
 */
import { mkdirSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Api } from '../src/github/api.js'
import { octokitApi } from '../src/github/api.js'
import { FROM_PULL_REQUEST_RUN } from '../src/github/comment-body.js'
import type { ActionEvent } from '../src/github/event.js'
import { writeHandoff } from '../src/github/handoff.js'
import { inertProse } from '../src/github/handoff-schema.js'
import { readSettings } from '../src/github/inputs.js'
import type { ActionSettings } from '../src/github/inputs.js'
import { stickyKey } from '../src/github/marker.js'
import { runReportMode } from '../src/github/report-mode.js'
import { runJson } from '../src/report/run.js'
import { FakeGitHub } from './helpers/fake-github.js'
import { fixedReport } from './helpers/report-fixture.js'

const SHA = 'd'.repeat(40)
const gh = new FakeGitHub()
let api: Api
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-report-limits-'))
let n = 0

const event: ActionEvent = {
  name: 'workflow_run',
  owner: 'octo',
  repo: 'shop',
  job: 'report',
  sha: '',
  pullRequest: null,
  pushBefore: null,
  workflowRun: { event: 'pull_request', headSha: SHA, headBranch: 'fix', headRepo: 'fork/shop', htmlUrl: 'https://github.example/octo/shop/actions/runs/5', pullRequests: [] },
  runUrl: null
}
const settings = (artifactPath: string, maxHandoffs = 50): ActionSettings => ({
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
  maxHandoffs,
  uploadArtifact: false,
  artifactName: 'pprof-gate',
  artifactRetentionDays: null
})

beforeAll(async () => {
  await gh.start()
  process.env.GITHUB_API_URL = gh.url
  api = await octokitApi('ghs_token')
  gh.addPull(7, { ref: 'fix', sha: SHA, repo: { full_name: 'fork/shop' } })
})
afterAll(async () => {
  await gh.stop()
})

/** An artifact folder with one handoff per key. */
async function artifact(keys: string[]): Promise<string> {
  const root = path.join(tmp, String(n++))
  for (const [i, key] of keys.entries()) {
    const d = path.join(root, `leg-${String(i).padStart(3, '0')}`)
    mkdirSync(d, { recursive: true })
    await writeHandoff(d, key, runJson(fixedReport()))
  }
  return root
}

async function report(root: string, max?: number) {
  const before = gh.callsTo('POST', /\/issues\/7\/comments$/).length
  const logs: string[] = []
  const io = {
    log: { info: (m: string) => logs.push(m), warning: (m: string) => logs.push(`warning: ${m}`) },
    api: async () => api,
    summary: async () => {},
    setOutput: () => {}
  }
  const verdict = await runReportMode(settings(root, max), event, io)
  const posted = gh.callsTo('POST', /\/issues\/7\/comments$/).slice(before)
  return { verdict, posted: posted.map((c) => (c.body as { body: string }).body), logs: logs.join('\n') }
}

const keys = (count: number, prefix = 'job') => Array.from({ length: count }, (_, i) => stickyKey(`${prefix}${i}`, '.'))

test('more handoffs than max-handoffs: nothing is posted, the warning says what to raise', async () => {
  const r = await report(await artifact(keys(6)), 5)
  expect(r.posted).toEqual([])
  expect(r.verdict).toBe('none')
  expect(r.logs).toMatch(/warning: not posting: more than 5 pprof-gate-handoff\.json files .*raise max-handoffs/)
})

test('the default cap is 50, and max-handoffs sets it', () => {
  expect(readSettings((n) => ({ mode: 'report', 'artifact-path': 'a' })[n] ?? '').maxHandoffs).toBe(50)
  expect(readSettings((n) => ({ mode: 'report', 'artifact-path': 'a', 'max-handoffs': '3' })[n] ?? '').maxHandoffs).toBe(3)
  expect(() => readSettings((n) => ({ mode: 'report', 'artifact-path': 'a', 'max-handoffs': '0' })[n] ?? '')).toThrow("input 'max-handoffs' must be 1 or more")
})

test('within the cap: one comment per handoff, each saying who measured it', async () => {
  const r = await report(await artifact(keys(3, 'within')), 5)
  expect(r.posted).toHaveLength(3)
  for (const body of r.posted) expect(body).toContain(FROM_PULL_REQUEST_RUN)
})

test('handoffs that repeat a key are all refused; the others are posted', async () => {
  const [a, b] = keys(2, 'dup')
  const r = await report(await artifact([a, b, a]))
  expect(r.posted).toHaveLength(1)
  expect(r.posted[0]).toContain(b)
  expect(r.logs).toMatch(new RegExp(`warning: ignoring 2 handoffs with the same key ${a}`))
})

test("inertProse breaks GitHub's bare autolinks and keeps ordinary words and numbers", () => {
  const out = inertProse(`fixed in GH-123 and ABC-12, see ${'0123456789abcdef0123456789abcdef01234567'} or cafe123`)
  expect(out).not.toMatch(/[A-Za-z]-\d/)
  expect(out).not.toMatch(/(?<![0-9a-f])[0-9a-f]{7,}(?![0-9a-f])/i)
  const plainText = 'p = 0.300 > 0.01, 1048576 bytes, base 12-14 goroutines, decade'
  expect(inertProse(plainText)).toBe(plainText)
})
