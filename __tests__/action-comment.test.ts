/**
 * The sticky comment with a fixed report (no measurement): ownership by
 * marker AND author, update in place, no write when unchanged, the
 * `comment` policies, the 60,000-character budget, bounded retries, and
 * names from the injection list rendered inert by a real markdown renderer.
 */
import MarkdownIt from 'markdown-it'
import type { Api } from '../src/github/api.js'
import { octokitApi, retryDelay, withRetries, DEFAULT_RETRY } from '../src/github/api.js'
import { fitToBudget } from '../src/github/budget.js'
import { commentBody } from '../src/github/comment-body.js'
import { publishComment } from '../src/github/comment.js'
import type { CommentRequest } from '../src/github/comment.js'
import { lastVerdict, markerLine, stickyKey } from '../src/github/marker.js'
import { FakeGitHub } from './helpers/fake-github.js'
import { fixedReport, grower } from './helpers/report-fixture.js'

const KEY = stickyKey('perf', '.')
const RUN_URL = 'https://github.example/octo/shop/actions/runs/1'
const gh = new FakeGitHub()
let api: Api
let pr = 100
const logs: string[] = []
const log = { info: (m: string) => logs.push(`info: ${m}`), warning: (m: string) => logs.push(`warning: ${m}`) }

function request(number: number, over: Partial<CommentRequest> = {}): CommentRequest {
  return { issue: { owner: 'octo', repo: 'shop', number }, key: KEY, policy: 'always', report: fixedReport(), headSha: 'a'.repeat(40), runUrl: RUN_URL, hint: 'HINT', ...over }
}
const newPull = () => gh.addPull(++pr, { ref: 'f', sha: 'a'.repeat(40), repo: { full_name: 'octo/shop' } }).number

beforeAll(async () => {
  await gh.start()
  process.env.GITHUB_API_URL = gh.url
  api = await octokitApi('ghs_token')
})
afterAll(() => gh.stop())
beforeEach(() => {
  gh.calls.length = 0
  logs.length = 0
})

describe('sticky comment', () => {
  test('created once, then left alone when the body is unchanged, updated in place when it changes', async () => {
    const n = newPull()
    expect(await publishComment(api, request(n), log)).toEqual({ outcome: 'created', url: expect.stringContaining(`/pull/${n}#issuecomment-`) })
    const id = gh.comments.get(n)![0].id
    expect(await publishComment(api, request(n), log)).toMatchObject({ outcome: 'unchanged' })
    expect(gh.callsTo('PATCH', /./)).toHaveLength(0)
    const changed = fixedReport({ goroutines: [grower('main.other')] })
    expect(await publishComment(api, request(n, { report: changed }), log)).toMatchObject({ outcome: 'updated' })
    expect(gh.callsTo('PATCH', /./).map((c) => c.path)).toEqual([`/repos/octo/shop/issues/comments/${id}`])
    expect(gh.comments.get(n)).toHaveLength(1)
    expect(gh.comments.get(n)![0].body).toContain('main.other')
  })

  test("a user's comment with our marker is never edited, even when it is the only one", async () => {
    const n = newPull()
    gh.addComment(n, 'mallory', `${markerLine(KEY)}\nmine`)
    gh.addComment(n, 'github-actions[bot]', `${markerLine(stickyKey('other-job', '.'))}\nanother job's`)
    await publishComment(api, request(n), log)
    expect(gh.callsTo('PATCH', /./)).toHaveLength(0)
    expect(gh.comments.get(n)!.map((c) => c.body.split('\n')[1])).toEqual(['mine', "another job's", expect.any(String)])
  })

  test('of two bot comments with our marker, the oldest is updated and the other left', async () => {
    const n = newPull()
    const a = gh.addComment(n, 'github-actions[bot]', `${markerLine(KEY)}\nold`)
    gh.addComment(n, 'github-actions[bot]', `${markerLine(KEY)}\nolder duplicate`)
    await publishComment(api, request(n), log)
    expect(gh.callsTo('PATCH', /./).map((c) => c.path)).toEqual([`/repos/octo/shop/issues/comments/${a.id}`])
  })

  test('with a personal token the identity comes from GET /user, and the bot comment is not ours', async () => {
    const n = newPull()
    gh.users.set('ghp_user', 'release-bot-user')
    gh.addComment(n, 'github-actions[bot]', `${markerLine(KEY)}\nbot's`)
    const userApi = await octokitApi('ghp_user')
    await publishComment(userApi, request(n), log)
    expect(gh.callsTo('PATCH', /./)).toHaveLength(0)
    expect(gh.comments.get(n)!.at(-1)!.user.login).toBe('release-bot-user')
    await publishComment(userApi, request(n, { report: fixedReport({ goroutines: [grower('main.x')] }) }), log)
    expect(gh.callsTo('PATCH', /./)).toHaveLength(1)
  })

  test('ours is found past 250 other comments (three pages)', async () => {
    const n = newPull()
    for (let i = 0; i < 250; i++) gh.addComment(n, 'alice', `noise ${i}`)
    const ours = gh.addComment(n, 'github-actions[bot]', `${markerLine(KEY)}\nstale`)
    await publishComment(api, request(n), log)
    expect(gh.callsTo('GET', new RegExp(`/issues/${n}/comments$`))).toHaveLength(3)
    expect(gh.callsTo('PATCH', /./).map((c) => c.path)).toEqual([`/repos/octo/shop/issues/comments/${ours.id}`])
  })

  test('a pull request that does not exist (404) is a warning, not an error', async () => {
    expect(await publishComment(api, request(99_999), log)).toEqual({ url: null, outcome: 'failed' })
    expect(logs.join('\n')).toMatch(/warning: pprof-gate could not comment on pull request #99999 of octo\/shop: GitHub answered 404 \(Not Found\).*The verdict \(fail\) stands/)
  })

  test('a 403 names the fork-safe way out', async () => {
    const n = newPull()
    gh.inject({ method: 'POST', path: /comments$/, status: 403, body: { message: 'Resource not accessible by integration' } })
    expect(await publishComment(api, request(n), log)).toEqual({ url: null, outcome: 'failed' })
    expect(logs.join('\n')).toMatch(/GitHub answered 403 \(Resource not accessible by integration\).*read-only GITHUB_TOKEN.*HINT/)
  })
})

describe('comment: on-regression and never', () => {
  test('quiet while passing; comments on a regression; then says it is gone', async () => {
    const n = newPull()
    const pass = fixedReport({ fail: false })
    expect(await publishComment(api, request(n, { policy: 'on-regression', report: pass }), log)).toMatchObject({ outcome: 'skipped' })
    expect(gh.comments.get(n)).toEqual([])
    expect(await publishComment(api, request(n, { policy: 'on-regression' }), log)).toMatchObject({ outcome: 'created' })
    expect(lastVerdict(gh.comments.get(n)![0].body)).toBe('fail')
    expect(await publishComment(api, request(n, { policy: 'on-regression', report: pass }), log)).toMatchObject({ outcome: 'updated' })
    const body = gh.comments.get(n)![0].body
    expect(lastVerdict(body)).toBe('pass')
    expect(body).toContain('The regression an earlier run reported here is gone as of aaaaaaa.')
    expect(gh.comments.get(n)).toHaveLength(1)
  })

  test('never: no API call at all', async () => {
    const n = newPull()
    expect(await publishComment(api, request(n, { policy: 'never' }), log)).toEqual({ url: null, outcome: 'skipped' })
    expect(gh.calls).toEqual([])
  })
})

describe('the 60,000-character budget', () => {
  const many = Array.from({ length: 400 }, (_, i) => grower(`example.com/shop/internal/orders.(*Dispatcher).notify${i}.func${i}.${'x'.repeat(100)}`, 500 - i))
  const report = fixedReport({ goroutines: many })

  test('a 70,000+ character report is cut at a row boundary, closed, and points to the job summary', () => {
    const full = commentBody(report, { key: KEY, headSha: 'b'.repeat(40), runUrl: RUN_URL }, false, Infinity)
    expect(full.length).toBeGreaterThan(70_000)
    const cut = commentBody(report, { key: KEY, headSha: 'b'.repeat(40), runUrl: RUN_URL }, false)
    expect(cut.length).toBeLessThanOrEqual(60_000)
    expect(cut.split('\n')[0]).toBe(markerLine(KEY))
    const lines = cut.split('\n')
    // Every kept line is a whole line of the full report (rows are never cut in the middle).
    const fullLines = new Set(full.split('\n'))
    const rows = lines.filter((l) => l.startsWith('| +'))
    expect(rows.length).toBeGreaterThan(100)
    for (const r of rows) expect(fullLines.has(r)).toBe(true)
    expect(cut).toMatch(new RegExp(`> ✂️ ${400 - rows.length} more table row\\(s\\) .*The full report is in the \\[job summary\\]\\(${RUN_URL}\\)\\.\n$`))
    expect(cut.match(/^<details/gm)!.length).toBe(cut.match(/^<\/details>/gm)!.length)
    // Rendered, the table keeps every kept row.
    const html = new MarkdownIt({ html: true }).render(cut)
    expect(html.match(/<tr>/g)!.length).toBe(1 + 3 + 1 + rows.length) // checks table (header + 3), stacks table (header + rows)
  })

  test('a body under the budget is left as it is; a header row is never left without its separator', () => {
    expect(fitToBudget('short\n', 'P')).toBe('short\n')
    const body = ['intro', '', '| a | b |', '| --- | --- |', ...Array.from({ length: 50 }, (_, i) => `| ${i} | x |`)].join('\n')
    const cut = fitToBudget(body, 'P', 230)
    expect(cut.length).toBeLessThanOrEqual(230)
    expect(cut).not.toMatch(/\| a \| b \|\n\n/)
  })
})

describe('names from the injection list render inert', () => {
  const NAMES = [
    'a|b',
    '\\|',
    '`',
    '```',
    markerLine(KEY),
    '<!--',
    '-->',
    '<img src=x>',
    '<details open>',
    '[x](https://example.invalid)',
    '![](https://example.invalid/p.png)',
    '@octocat',
    '#1',
    'main.f\n# Approved',
    'cr\rhere',
    'nul\u0000here',
    'rtl\u202Eevil',
    'zero\u200Bwidth',
    'lone\ud800surrogate',
    'y'.repeat(10_000),
    'main.(*T).M',
    'pkg.F.func1.2',
    'pkg.G[...]'
  ]
  const report = fixedReport({ goroutines: NAMES.map((n) => ({ name: n, site: n, line: `${n}:1`, frames: [n, n], base: 0, head: 9, delta: 9, rounds: [9, 9] })) })
  const body = commentBody(report, { key: KEY, headSha: 'c'.repeat(40), runUrl: RUN_URL }, false)
  const md = new MarkdownIt({ html: true, linkify: true })
  const html = md.render(body)
  const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '')

  test('no image, no link but our own, no forged HTML comment or heading', () => {
    expect(html).not.toMatch(/<img/i)
    expect([...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1])).toEqual([RUN_URL])
    expect(html.match(/<!--/g)).toHaveLength(2) // the marker and verdict lines, ours
    expect(html.indexOf(markerLine(KEY))).toBe(0)
    expect(html).not.toMatch(/<h1/)
  })

  test('no <details> opened by a name: only the report\'s own', () => {
    const own = body.split('\n').filter((l) => l.startsWith('<details')).length
    expect(html.match(/<details/g)).toHaveLength(own)
  })

  test('the table keeps one row per name, each with its four cells', () => {
    const tokens = md.parse(body, {})
    const tables: number[][] = []
    let cells = 0
    for (const t of tokens) {
      if (t.type === 'table_open') tables.push([])
      if (t.type === 'tr_open') cells = 0
      if (t.type === 'td_open' || t.type === 'th_open') cells++
      if (t.type === 'tr_close') tables.at(-1)!.push(cells)
    }
    const stacks = tables.find((rows) => rows[0] === 4)!
    expect(stacks).toEqual(Array(NAMES.length + 1).fill(4))
    // And in GFM's own terms: unescaped pipes split exactly the header's number of cells.
    for (const row of body.split('\n').filter((l) => /^\| \+9 \|/.test(l))) expect(row.split(/(?<!\\)\|/)).toHaveLength(6)
  })

  test('mentions, issue references and URLs appear only inside code spans', () => {
    expect(outsideCode).not.toContain('@octocat')
    expect(outsideCode).not.toContain('#1')
    expect(outsideCode).not.toContain('example.invalid')
    expect(outsideCode).not.toContain('# Approved')
  })
})

describe('rate limits and retries', () => {
  const err = (status: number, headers: Record<string, string> = {}) => Object.assign(new Error(`HTTP ${status}`), { status, response: { headers } })

  test('retryDelay follows Retry-After, then x-ratelimit-reset; a plain 403 is not retried', () => {
    expect(retryDelay(err(429, { 'retry-after': '1' }), 0, 0)).toBe(1000)
    expect(retryDelay(err(403, { 'retry-after': '30' }), 0, 0)).toBe(30_000)
    expect(retryDelay(err(429, { 'retry-after': new Date(10_000).toUTCString() }), 0, 4_000)).toBe(6_000)
    expect(retryDelay(err(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '100' }), 0, 90_000)).toBe(11_000)
    expect(retryDelay(err(429), 0, 0)).toBe(60_000)
    expect(retryDelay(err(403), 0, 0)).toBeNull()
    expect(retryDelay(err(404), 0, 0)).toBeNull()
    expect(retryDelay(err(502), 2, 0)).toBe(4000)
  })

  test('withRetries waits as told, a bounded number of times, and gives up on waits too long', async () => {
    const waits: number[] = []
    const said: string[] = []
    const policy = { ...DEFAULT_RETRY, sleep: async (ms: number) => void waits.push(ms), log: (m: string) => void said.push(m) }
    let calls = 0
    const flaky = (async () => {
      calls++
      throw err(429, { 'retry-after': '2' })
    }) as Api
    await expect(withRetries(flaky, policy)('GET /x')).rejects.toThrow('HTTP 429')
    expect({ calls, waits }).toEqual({ calls: 4, waits: [2000, 2000, 2000] })
    calls = 0
    const slow = (async () => {
      calls++
      throw err(429, { 'retry-after': '3600' })
    }) as Api
    await expect(withRetries(slow, policy)('GET /x')).rejects.toThrow('HTTP 429')
    expect(calls).toBe(1)
    expect(said.at(-1)).toMatch(/resets in 3600 s, longer than the 60 s pprof-gate waits: giving up/)
  })
})
