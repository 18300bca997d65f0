/**
 * The fork-safe handoff: what mode: measure writes, mode: report reads back
 * as data only. A real report survives the round trip unchanged; anything
 * malformed, oversized or out of place is refused; free text from the
 * artifact can form no markup, link or mention; symbolic links are not
 * followed.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { findHandoffs, HANDOFF_FILE, MAX_HANDOFF_BYTES, readHandoff, writeHandoff } from '../src/github/handoff.js'
import { inertProse, parseHandoff } from '../src/github/handoff-schema.js'
import { stickyKey } from '../src/github/marker.js'
import { renderRunMarkdown, runJson } from '../src/report/run.js'
import { fixedReport, grower } from './helpers/report-fixture.js'

const KEY = stickyKey('perf', 'services/orders')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-handoff-'))
let n = 0
const dir = () => {
  const d = path.join(tmp, String(n++))
  mkdirSync(d, { recursive: true })
  return d
}
const valid = () => ({ kind: 'pprof-gate-handoff', schemaVersion: 1, key: KEY, report: JSON.parse(runJson(fixedReport())) })

test('round trip: the report job renders exactly what the measure job rendered', async () => {
  const report = fixedReport({ goroutines: [grower('main.(*T).M'), grower('pkg.G[...]')] })
  report.warnings.push('base trial 1: the goroutine count was still changing after the quiesce bound (12, 14, 15)')
  const d = dir()
  const file = await writeHandoff(d, KEY, runJson(report))
  expect(file).toBe(path.join(d, HANDOFF_FILE))
  const back = await readHandoff(file)
  expect(back.key).toBe(KEY)
  expect(renderRunMarkdown(back.report)).toBe(renderRunMarkdown(report))
})

test('round trip: known leaks and an unchanged service read as the measure job wrote them; a hostile reason is inert', async () => {
  const report = fixedReport({ fail: false })
  const known = (reason: string, status: 'accepted' | 'stale') => ({
    entry: { kind: 'goroutine' as const, pattern: 'main.janitor', reason, until: '2027-03-01', where: '.pprof-gate.yml:9:11' },
    check: 'goroutines' as const,
    status,
    expired: false,
    unit: 'goroutines',
    base: 0,
    head: status === 'accepted' ? 40 : 0,
    delta: status === 'accepted' ? 40 : 0,
    top: status === 'accepted' ? [grower('main.janitor')] : []
  })
  report.verdict.known = [known('fixed in 412', 'accepted'), known('stale one', 'stale')]
  const back = (await readHandoff(await writeHandoff(dir(), KEY, runJson(report)))).report
  expect(renderRunMarkdown(back)).toBe(renderRunMarkdown(report))
  expect(renderRunMarkdown(back)).toContain('fixed in 412')

  report.verdict.known = [known('<img src=x> @octocat [x](https://evil.example)', 'accepted')]
  const md = renderRunMarkdown((await readHandoff(await writeHandoff(dir(), KEY, runJson(report)))).report)
  expect(md).not.toMatch(/<img|@octocat|https:\/\/evil/)

  const same = fixedReport({ fail: false })
  same.unchanged = { sha256: 'ab'.repeat(32) }
  const unchanged = (await readHandoff(await writeHandoff(dir(), KEY, runJson(same)))).report
  expect(unchanged.unchanged).toEqual({ sha256: 'ab'.repeat(32) })
  expect(renderRunMarkdown(unchanged)).toBe(renderRunMarkdown(same))
})

test('found in the downloaded artifact, a matrix of them, but not through symbolic links', async () => {
  const d = dir()
  for (const svc of ['orders', 'billing']) {
    mkdirSync(path.join(d, `pprof-gate-${svc}`, 'run'), { recursive: true })
    await writeHandoff(path.join(d, `pprof-gate-${svc}`, 'run'), KEY, runJson(fixedReport()))
  }
  const elsewhere = dir()
  await writeHandoff(elsewhere, KEY, runJson(fixedReport()))
  symlinkSync(path.join(elsewhere, HANDOFF_FILE), path.join(d, HANDOFF_FILE))
  symlinkSync(elsewhere, path.join(d, 'linked-dir'))
  expect((await findHandoffs(d)).map((f) => path.relative(d, f))).toEqual([`pprof-gate-billing/run/${HANDOFF_FILE}`, `pprof-gate-orders/run/${HANDOFF_FILE}`])
  await expect(findHandoffs(path.join(d, 'missing'))).rejects.toThrow(/artifact-path .*missing: does not exist/)
})

test('a file over the size cap is refused before it is parsed', async () => {
  const d = dir()
  writeFileSync(path.join(d, HANDOFF_FILE), ' '.repeat(MAX_HANDOFF_BYTES + 1))
  await expect(readHandoff(path.join(d, HANDOFF_FILE))).rejects.toThrow(`more than the ${MAX_HANDOFF_BYTES} a handoff may have`)
  writeFileSync(path.join(d, HANDOFF_FILE), '{"kind":')
  await expect(readHandoff(path.join(d, HANDOFF_FILE))).rejects.toThrow('not valid JSON')
})

describe('schema', () => {
  const refused = (mutate: (h: ReturnType<typeof valid>) => void) => {
    const h = valid()
    mutate(h)
    return () => parseHandoff(h, 'artifact')
  }
  test.each([
    ['another kind of file', (h: ReturnType<typeof valid>) => (h.kind = 'x'), "is not a pprof-gate handoff"],
    ['a key that is not ours to have', (h: ReturnType<typeof valid>) => (h.key = '--> <img src=x>'), 'key must be 16 hexadecimal digits'],
    ['a verdict the checks do not support', (h: ReturnType<typeof valid>) => (h.report.verdict = 'pass'), 'report.verdict does not agree with the checks'],
    ['an unknown check', (h: ReturnType<typeof valid>) => (h.report.checks[0].id = 'vibes'), 'report.checks[0].id must be one of goroutines, heap, cpu'],
    ['a repeated check', (h: ReturnType<typeof valid>) => (h.report.checks[1] = h.report.checks[0]), 'report.checks[1].id repeats goroutines'],
    ['a name that is not a string', (h: ReturnType<typeof valid>) => (h.report.checks[0].top[0].name = { toString: 1 }), 'report.checks[0].top[0].name must be a string'],
    ['a huge name', (h: ReturnType<typeof valid>) => (h.report.checks[0].top[0].name = 'x'.repeat(10_001)), 'is longer than 10000 characters'],
    ['too many rows', (h: ReturnType<typeof valid>) => (h.report.checks[0].top = Array(101).fill(h.report.checks[0].top[0])), 'has 101 entries, more than 100'],
    ['a number that is not one', (h: ReturnType<typeof valid>) => (h.report.checks[0].delta = '1e999'), 'report.checks[0].delta must be a number or null'],
    ['an unchanged run without its hash', (h: ReturnType<typeof valid>) => Object.assign(h.report, { unchanged: true, binarySha256: 'x' }), 'report.binarySha256 must be 64 hexadecimal digits'],
    ['a known entry of an unknown status', (h: ReturnType<typeof valid>) => (h.report.known = [{ status: 'ignored' }]), 'report.known[0]'],
    ['a negative request count', (h: ReturnType<typeof valid>) => (h.report.load.head.requests = -5), 'report.load.head.requests must be a whole number']
  ])('refuses %s', (_what, mutate, message) => {
    expect(refused(mutate)).toThrow(message)
  })

  test('free text keeps what the gate writes and loses what could become markup, a link or a mention', () => {
    for (const s of ["head retains 2.00 MiB more heap than base after the load and a forced GC (12% of base's 1.00 MiB in use)", '+15% and p ≤ 0.01', 'CPU per request +22.0%, but not significant (p = 0.300 > 0.01): within noise']) {
      expect(inertProse(s)).toBe(s)
    }
    const evil = inertProse('see <img src=x> [x](https://evil.example) www.evil.example @octocat #1 `code` **bold** | pipe\n# Approved')
    // '>' stays: inside a line it is only a character (a quote needs it at the start, where prose never is).
    expect(evil).not.toMatch(/[<[\]`*|@#\n]|www\.|:\/\//)
    expect(evil).toContain('?img src=x')
  })

  test('words come from the figures, never from an artifact; its warnings are rendered inert', () => {
    const h = valid()
    h.report.checks[0].summary = '<details open>@octocat https://evil.example'
    h.report.warnings = ['<img src=x> www.evil.example']
    const md = renderRunMarkdown(parseHandoff(h, 'artifact').report)
    expect(md).not.toMatch(/<details open>@|<img|@octocat|https:\/\/evil|www\.evil/)
  })
})
