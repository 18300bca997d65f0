/**
 * `pprof-gate summarize RUN_DIR...` on run directories holding real results:
 * the recorded runs judged again (a leak and a clean run), an unchanged run,
 * a run that errored, and a directory with no result. One row per service,
 * failing first; exit 1 unless every service passed: never a silent pass;
 * results of another version refused.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../src/commands/cli.js'
import { writeErrorResult } from '../src/run/results.js'
import { TOOL_VERSION } from '../src/version.js'

const RECORDED = fileURLToPath(new URL('../testdata/recorded', import.meta.url))

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  return { code, stdout, stderr }
}

let tmp: string
const dir = (name: string) => path.join(tmp, name)

/** A run directory whose report.json is `json` with these fields changed. */
function result(name: string, json: Record<string, unknown>): string {
  mkdirSync(dir(name), { recursive: true })
  writeFileSync(path.join(dir(name), 'report.json'), JSON.stringify(json))
  return dir(name)
}

let leak: Record<string, unknown>
let clean: Record<string, unknown>
beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-summarize-'))
  leak = JSON.parse((await cli(['judge', path.join(RECORDED, 'goroutine-leak'), '--format', 'json'])).stdout)
  clean = JSON.parse((await cli(['judge', path.join(RECORDED, 'clean'), '--format', 'json'])).stdout)
  result('orders', { ...leak, service: 'orders' })
  result('billing', { ...clean, service: 'billing' })
  result('users', { ...clean, service: 'users', unchanged: true, binarySha256: 'ab'.repeat(32) })
  mkdirSync(dir('search'))
  await writeErrorResult(dir('search'), 'head: go build failed (exit 1) in services/search; fix the error below', './main.go:3:15: undefined: x\n', { file: '.pprof-gate.yml', service: 'search' })
  mkdirSync(dir('auth'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

test('results carry the tool and its version (package.json\'s)', () => {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'))
  expect(TOOL_VERSION).toBe(pkg.version)
  expect(leak).toMatchObject({ schemaVersion: 1, tool: 'pprof-gate', toolVersion: TOOL_VERSION, unchanged: false })
})

test('text: failing first, unchanged in one line, the failing service\'s findings below; exit 1', async () => {
  const r = await cli(['summarize', dir('users'), dir('billing'), dir('orders')])
  expect(r.stderr).toBe('')
  expect(r.code).toBe(1)
  const lines = r.stdout.split('\n')
  expect(lines[0]).toBe('pprof-gate summary: FAIL: 1 of 2 measured failed (orders); 1 unchanged')
  expect(lines[2]).toMatch(/^service +verdict +goroutines +heap +cpu +run directory$/)
  expect(lines[3]).toMatch(/^orders +FAIL +fail \+2,000\/round +fail \+381\.6 KiB\/round +fail \+19\.3 µs\/request +.*orders$/)
  expect(lines[4]).toMatch(/^billing +PASS +pass 0\/round +pass -8\.5 KiB\/round +pass -4\.2 µs\/request +.*billing$/)
  expect(lines[5]).toBe('unchanged (same binary, not measured): users')
  expect(r.stdout).toContain('\norders: FAIL\n  goroutines: head keeps adding goroutines: +2,000 in round 1, +2,000 in round 2')
  expect(r.stdout).toContain('\n    grew most: main.notifyAuditor (example.com/goroutine-leak/head/main.go:13)\n')
})

test('all passing or unchanged: exit 0', async () => {
  const r = await cli(['summarize', dir('billing'), dir('users'), '--format', 'json'])
  expect(r.code).toBe(0)
  const json = JSON.parse(r.stdout)
  expect(json).toMatchObject({ schemaVersion: 1, tool: 'pprof-gate', verdict: 'pass', unchanged: ['users'] })
  expect(json.services.map((s: { name: string; status: string }) => [s.name, s.status])).toEqual([
    ['billing', 'pass'],
    ['users', 'unchanged']
  ])
})

test('an errored run and a missing result fail the summary, each with its message', async () => {
  const r = await cli(['summarize', dir('billing'), dir('search'), dir('auth'), '--format', 'json'])
  expect(r.code).toBe(1)
  const json = JSON.parse(r.stdout)
  expect(json.verdict).toBe('fail')
  expect(json.services.map((s: { name: string; status: string; message: string | null }) => [s.name, s.status, s.message])).toEqual([
    ['search', 'error', 'head: go build failed (exit 1) in services/search; fix the error below'],
    ['auth', 'missing', `no report.json in ${dir('auth')}: the run did not finish there (or it is not a run directory)`],
    ['billing', 'pass', null]
  ])
  // Each alone fails it too.
  expect((await cli(['summarize', dir('billing'), dir('auth')])).code).toBe(1)
  expect((await cli(['summarize', dir('billing'), dir('search')])).code).toBe(1)
  const text = await cli(['summarize', dir('billing'), dir('search'), dir('auth'), path.join(tmp, 'never-made')])
  expect(text.stdout.split('\n')[0]).toBe('pprof-gate summary: FAIL: 1 errored (search); 2 without a result (auth, never-made)')
  expect(text.stdout).toContain('\nsearch: ERROR: head: go build failed (exit 1) in services/search; fix the error below\n    ./main.go:3:15: undefined: x\n')
})

test('markdown: one table, escaped names, failing findings open below', async () => {
  result('evil', { ...leak, service: '<img src=x> @octocat |' })
  const r = await cli(['summarize', dir('orders'), dir('users'), dir('search'), dir('evil'), '--format', 'markdown'])
  expect(r.code).toBe(1)
  const md = r.stdout
  expect(md.split('\n')[0]).toMatch(/^### ❌ pprof-gate: 2 of 3 measured failed \(`orders`, `<img src=x> @octocat \\\|`\); 1 errored \(`search`\); 1 unchanged$/)
  expect(md).toContain('| `orders` | ❌ fail | ❌ +2,000/round | ❌ +381.6 KiB/round | ❌ +19.3 µs/request |')
  expect(md).toContain('| `search` | 💥 error | – | – | – |')
  expect(md).toContain('⏸️ Unchanged (same binary, not measured): `users`')
  expect(md).toContain('#### ❌ `orders`\n\n- **Goroutines**: head keeps adding goroutines')
  expect(md).toContain('Grew most: `main.notifyAuditor` (`example.com/goroutine-leak/head/main.go:13`).')
  expect(md).toContain('#### 💥 `search`\n\nhead: go build failed (exit 1) in services/search; fix the error below\n\n    ./main.go:3:15: undefined: x\n')
  expect(md).not.toMatch(/(?<!`)<img/)
})

test('results of another schemaVersion or tool version are refused, naming the file: exit 2', async () => {
  result('future', { ...clean, schemaVersion: 2 })
  const s = await cli(['summarize', dir('billing'), dir('future')])
  expect(s.code).toBe(2)
  expect(s.stdout).toBe('')
  expect(s.stderr).toBe(`pprof-gate: summarize: ${path.join(dir('future'), 'report.json')} has schemaVersion 2; this pprof-gate (${TOOL_VERSION}) reads schemaVersion 1: summarize with the version that wrote it\n`)
  result('old', { ...clean, toolVersion: '0.0.9' })
  const v = await cli(['summarize', dir('old')])
  expect(v.code).toBe(2)
  expect(v.stderr).toMatch(/^pprof-gate: summarize: .*old\/report\.json was written by pprof-gate 0\.0\.9, this is \d+\.\d+\.\d+; summarize results of one version/)
  const { toolVersion: _, ...unversioned } = clean
  result('unversioned', unversioned)
  expect((await cli(['summarize', dir('unversioned')])).stderr).toMatch(/was written by a pprof-gate that does not say its version/)
  expect((await cli(['summarize'])).stderr).toBe('pprof-gate: summarize needs at least one run directory (see pprof-gate summarize --help)\n')
})

test('a result whose verdict its checks contradict is an error, not a pass', async () => {
  result('forged', { ...leak, verdict: 'pass', service: 'forged' })
  const r = await cli(['summarize', dir('forged'), '--format', 'json'])
  expect(r.code).toBe(1)
  expect(JSON.parse(r.stdout).services[0]).toMatchObject({ status: 'error', message: expect.stringContaining('verdict pass, but a check failed') })
})
