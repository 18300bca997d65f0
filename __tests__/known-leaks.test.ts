/**
 * Known leaks (`known:` in .pprof-gate.yml) on recorded runs: the head of
 * goroutine-leak leaks a goroutine per request (main.notifyAuditor) and
 * retains heap in main.order; clean leaks nothing. Each run's profiles are
 * reduced once, then the pure gate judges them in milliseconds per case; a
 * few cases go through `pprof-gate judge` for the flags and the reports.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../src/commands/cli.js'
import { readManifest, rebased } from '../src/commands/judge.js'
import { DEFAULT_THRESHOLDS, EMPTY_ALLOWLIST, judge } from '../src/gate/index.js'
import type { KnownLeak, TrialFigures } from '../src/gate/index.js'
import { knownSummary } from '../src/report/words.js'
import { reduceTrials } from '../src/run/reduce.js'

const LEAK = fileURLToPath(new URL('../testdata/recorded/goroutine-leak', import.meta.url))
const CLEAN = fileURLToPath(new URL('../testdata/recorded/clean', import.meta.url))
const PLAN = { minPairs: 4, maxPairs: 8 }

async function figuresOf(dir: string): Promise<TrialFigures> {
  const m = await readManifest(dir)
  return reduceTrials(m.trials.map((r) => rebased(r, dir)))
}

let leak: TrialFigures
let clean: TrialFigures
let repo: string
beforeAll(async () => {
  ;[leak, clean] = await Promise.all([figuresOf(LEAK), figuresOf(CLEAN)])
  repo = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-known-'))
  mkdirSync(path.join(repo, 'svc'))
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

const entry = (kind: KnownLeak['kind'], pattern: string, until: string | null = null, reason = 'fixed in #412'): KnownLeak => ({ kind, pattern, reason, until, where: '.pprof-gate.yml:9:7' })
const judged = (figures: TrialFigures, entries: KnownLeak[], date = '2026-12-07') => judge(figures, DEFAULT_THRESHOLDS, EMPTY_ALLOWLIST, PLAN, 0, { entries, date })
const statuses = (v: ReturnType<typeof judge>) => Object.fromEntries(v.checks.map((c) => [c.id, c.status]))

test('an entry in date takes the matching growth out of its check and reports it as known', () => {
  const before = judged(leak, [])
  expect(statuses(before)).toMatchObject({ goroutines: 'fail', heap: 'fail' })
  expect(before.known).toBeUndefined()
  const v = judged(leak, [entry('goroutine', 'main.notify*', '2027-03-01')])
  expect(statuses(v)).toMatchObject({ goroutines: 'pass', heap: 'fail' })
  const goroutines = v.checks[0]
  expect([goroutines.head, goroutines.top]).toEqual([0, []])
  expect(v.known).toHaveLength(1)
  const [o] = v.known!
  expect(o).toMatchObject({ check: 'goroutines', status: 'accepted', expired: false, base: 0, head: 2000, delta: 2000, unit: 'goroutines' })
  expect(o.top.map((g) => g.name)).toEqual(['main.notifyAuditor'])
  expect(knownSummary(o)).toBe('known (fixed in #412): goroutine main.notify* keeps adding +2,000 per round beyond base; not failing until after 2027-03-01 (.pprof-gate.yml:9:7)')
})

test('a heap entry matches the allocation site; with both, the leaking run passes', () => {
  const heapOnly = judged(leak, [entry('heap', 'main.order')])
  expect(heapOnly.known![0]).toMatchObject({ check: 'heap', status: 'accepted' })
  // What the leaked goroutines retain (allocated in main.notifyAuditor) still counts.
  expect(statuses(heapOnly).heap).toBe('fail')
  const v = judged(leak, [entry('goroutine', 'main.notifyAuditor'), entry('heap', 'main.*')])
  expect(statuses(v)).toMatchObject({ goroutines: 'pass', heap: 'pass' })
  expect(v.known!.map((o) => [o.check, o.status])).toEqual([
    ['goroutines', 'accepted'],
    ['heap', 'accepted']
  ])
  // Entries are reported in the config's order, whichever check they belong to.
  expect(judged(leak, [entry('heap', 'main.*'), entry('goroutine', 'main.notifyAuditor')]).known!.map((o) => o.check)).toEqual(['heap', 'goroutines'])
})

test('the last day still accepts; the day after, the growth counts again and fails', () => {
  const e = entry('goroutine', 'main.notifyAuditor', '2026-12-07')
  expect(judged(leak, [e], '2026-12-07').known![0].status).toBe('accepted')
  const v = judged(leak, [e], '2026-12-08')
  expect(v.checks[0]).toMatchObject({ status: 'fail', head: 2000 })
  expect(v.verdict).toBe('fail')
  expect(v.known![0]).toMatchObject({ status: 'expired', expired: true, delta: 2000 })
  expect(knownSummary(v.known![0])).toBe(
    'known leak expired on 2026-12-07 (fixed in #412): goroutine main.notifyAuditor keeps adding +2,000 per round beyond base, which counts again (.pprof-gate.yml:9:7); fix it or move the date'
  )
})

test('an entry that nothing growing matches is stale: in a clean run, or a pattern naming nothing', () => {
  const entries = [entry('goroutine', 'main.notifyAuditor'), entry('heap', 'example.com/gone.*', '2020-01-01', 'never matched')]
  const v = judged(clean, entries)
  expect(v.verdict).toBe('pass')
  expect(v.known!.map((o) => [o.status, o.expired])).toEqual([
    ['stale', false],
    ['stale', true]
  ])
  expect(knownSummary(v.known![1])).toBe('stale known entry (never matched): nothing matching heap example.com/gone.* kept growing, and its date 2020-01-01 has passed; remove it (.pprof-gate.yml:9:7)')
  expect(judged(leak, entries).known!.map((o) => o.status)).toEqual(['accepted', 'stale'])
})

/** A config file whose service `svc` has these known entries (YAML lines under known:). */
function config(known: string): string {
  const file = path.join(repo, `known-${Math.random().toString(36).slice(2)}.yml`)
  writeFileSync(file, `services:\n  - name: svc\n    dir: svc\n    known:\n${known}`)
  return file
}

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['judge', LEAK, ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  return { code, stdout, stderr }
}

test('judge --service takes the config file\'s entries; the run\'s day decides unless --date; JSON and text show them', async () => {
  const file = config('      - goroutine: main.notifyAuditor\n        reason: "fixed in #412"\n        until: 2026-12-07\n')
  // The recorded run's manifest says 2026-12-07: its last accepted day.
  const onTheDay = await cli(['--config', file, '--service', 'svc', '--format', 'json'])
  expect(onTheDay.stderr).toBe('')
  const json = JSON.parse(onTheDay.stdout)
  expect(json.checks[0].status).toBe('pass')
  expect(json.known).toEqual([
    expect.objectContaining({ kind: 'goroutine', pattern: 'main.notifyAuditor', reason: 'fixed in #412', until: '2026-12-07', check: 'goroutines', status: 'accepted', expired: false, delta: 2000 })
  ])
  expect(json.known[0].where).toMatch(/known-\w+\.yml:5:9$/)
  const after = await cli(['--config', file, '--service', 'svc', '--date', '2026-12-08'])
  expect(after.code).toBe(1)
  expect(after.stdout).toContain('\ngoroutines: head keeps adding goroutines')
  expect(after.stdout).toMatch(/\n {2}expired: known leak expired on 2026-12-07 \(fixed in #412\): goroutine main.notifyAuditor keeps adding \+2,000 per round beyond base, which counts again/)
  const bad = await cli(['--date', '7 Dec'])
  expect(bad.code).toBe(2)
  expect(bad.stderr).toBe('pprof-gate: --date must be YYYY-MM-DD; got "7 Dec"\n')
})

test('markdown escapes what the config file says: no link, mention, HTML or code span', async () => {
  const file = config('      - goroutine: "main.notify*"\n        reason: "[x](https://example.invalid) @octocat <img src=x> `tick`"\n')
  const md = await cli(['--config', file, '--service', 'svc', '--format', 'markdown', '--max-heap-growth', '1GiB', '--max-cpu-percent', '500', '--max-hot-spot-percent', '1000'])
  expect(md.stdout).toMatch(/^### ✅ pprof-gate: no regression beyond 1 known leak:/)
  const line = md.stdout.split('\n').find((l) => l.includes('octocat'))!
  expect(line).toMatch(/^- ☑️ known \(/)
  expect(line).toContain('\\[x\\](https://example.invalid) \\@octocat \\<img src=x\\> \\`tick\\`')
  expect(line).toContain('goroutine main.notify\\* keeps adding')
})
