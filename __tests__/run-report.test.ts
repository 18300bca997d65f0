/**
 * The run report as people see it: rendered by a real CommonMark/GFM
 * renderer, with function names an attacker controls (bad-inputs.md) in
 * every place a name can appear. Nothing may turn into HTML, a link, an
 * image or a mention, and the tables must keep their rows.
 */
import MarkdownIt from 'markdown-it'
import type { Check, Verdict } from '../src/gate/index.js'
import { renderRunMarkdown, renderRunText, runJson } from '../src/report/run.js'
import type { RunReport } from '../src/report/run.js'

const NASTY = [
  'a|b',
  '\\|',
  '```',
  '<!-- pprof-gate -->',
  '-->',
  '<img src=x>',
  '<details open>',
  '[x](https://example.invalid)',
  '![](https://example.invalid/p.png)',
  '@octocat',
  '#1',
  'main.f\n# Approved',
  'nul\u0000x',
  'rtl\u202Eevil',
  'x'.repeat(10000),
  'main.(*T).M'
]

function check(id: Check['id'], status: Check['status'], names: string[]): Check {
  return {
    id,
    status,
    unit: id === 'heap' ? 'bytes' : id === 'cpu' ? 'ns/request' : 'goroutines',
    base: 1,
    head: 100,
    delta: 99,
    reason: id === 'cpu' ? 'hot-spot' : 'grows',
    trials: { base: [1, 1], head: [100, 100] },
    perRequest: null,
    p: id === 'cpu' ? 0.004 : undefined,
    figures:
      id === 'cpu'
        ? { kind: 'cpu', pairs: 4, ratio: 1.1, low: 1.01, high: 1.2, detectable: 0.05, pairRatios: [1.1, 1.1, 1.1, 1.1], thresholdPercent: 15, alpha: 0.01, source: 'kernel', idleShare: null, gcShare: null, discarded: 0 }
        : { kind: 'growth', rounds: { base: [[0, 0]], head: [[99, 99]] }, requestsPerRound: 2000, persistent: { base: 1, head: 100 }, headRounds: [99, 99], threshold: 5, unsettled: 0, memProfileRate: null },
    top: names.map((n, i) => ({ name: n, site: names[(i + 1) % names.length], line: `${n}:12`, frames: [n, 'main.x', n], base: 0, head: 5, delta: 5, rounds: [5, 5], share: 0.2, ratio: 1.5 }))
  }
}

const verdict: Verdict = {
  verdict: 'fail',
  checks: [check('goroutines', 'fail', NASTY), check('heap', 'fail', NASTY), check('cpu', 'fail', NASTY)]
}
const report: RunReport = {
  verdict,
  load: { base: { requests: 3000, errors: 0, trials: 2, non2xx: 0 }, head: { requests: 3000, errors: 0, trials: 2, non2xx: 0 } },
  outDir: '/tmp/run',
  example: { base: 'base-1', head: 'head-1', lastRound: 2, cpuBase: 'base-cpu-1', cpuHead: 'head-cpu-1' },
  isolation: null,
  goVersion: 'go1.26.8',
  warnings: ['head trial 1: <img src=x> @octocat']
}

test('markdown with hostile names renders as inert text', () => {
  const md = renderRunMarkdown(report, '<!-- pprof-gate:marker -->')
  const html = new MarkdownIt({ html: true, linkify: true }).render(md)
  expect(html).not.toMatch(/<img/i)
  expect(html).not.toMatch(/<a /i)
  // Only our own <details> (one per failing check plus "Dig further"), none from a name.
  expect((html.match(/<details/g) ?? []).length).toBe(4)
  // Only our own marker is an HTML comment.
  expect((html.match(/<!--/g) ?? []).length).toBe(1)
  expect(html).not.toMatch(/<h1>/)
  // Tables: the checks table has 3 rows; each culprit table has one row per name.
  const rows = (table: string) => (table.match(/<tr>/g) ?? []).length - 1
  const tables = html.split('<table>').slice(1)
  expect(tables.map(rows)).toEqual([3, NASTY.length, NASTY.length, NASTY.length])
  // Long names are shortened; no line of the source is absurdly long.
  for (const line of md.split('\n')) expect(line.length).toBeLessThan(4000)
})

test('text and JSON carry the same verdict; JSON keeps the full names', () => {
  expect(renderRunText(report)).toMatch(/^pprof-gate: FAIL/)
  const json = JSON.parse(runJson(report))
  expect(json.schemaVersion).toBe(1)
  expect(json.verdict).toBe('fail')
  expect(json.checks.map((c: { id: string }) => c.id)).toEqual(['goroutines', 'heap', 'cpu'])
  expect(json.checks[0].top[14].name).toHaveLength(10000)
})
