/**
 * The framework leak corpus (testdata/frameworks, issue 5) in the regular
 * suite: for each of the seven frameworks, one leak case and one case that
 * must pass, through the in-process CLI with default settings (real go
 * builds of real framework versions, real load, real profiles). A leak case
 * must fail the check named in its `culprit` file and name the culprit
 * function, a function of the case's own code, in the top stack of that
 * check. The whole corpus runs with `npm run corpus`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../src/commands/cli.js'
import { markedProcesses } from './helpers/marked.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CORPUS = path.join(ROOT, 'testdata', 'frameworks')

// One leak and one pass case per framework (the rest run in `npm run corpus`).
const SELECTED = [
  'nethttp/heap-request-map',
  'nethttp/benign-ctx-done',
  'gin/goroutine-ctx-done',
  'gin/benign-copy',
  'echo/goroutine-ticker',
  'echo/benign-worker-pool',
  'chi/goroutine-hedged',
  'chi/benign-hedged-buffered',
  'fiber/goroutine-ctx-done',
  'fiber/benign-copy-values',
  'gokit/heap-cache-key',
  'gokit/benign-ctx-done',
  'beego/goroutine-finish-shadowed',
  'beego/benign-lease'
]

interface RunJson {
  schemaVersion: number
  verdict: 'pass' | 'fail'
  checks: { id: string; status: string; top: { name: string; site: string; frames: string[] }[] }[]
  load: { base: { requests: number; errors: number }; head: { requests: number; errors: number } }
  outDir: string
}

let tmp: string
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-corpus-'))
})
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

async function run(name: string): Promise<{ code: number; json: RunJson }> {
  let stdout = ''
  let stderr = ''
  const dir = path.join(CORPUS, name)
  const args = ['run', '--base-dir', path.join(dir, 'base'), '--head-dir', path.join(dir, 'head'), '--format', 'json', '--quiet']
  args.push('--out', path.join(tmp, name.replace('/', '-')))
  if (existsSync(path.join(dir, 'targets'))) args.push('--targets', path.join(dir, 'targets'))
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  if (code === 2) throw new Error(`run ${name} failed:\n${stderr}`)
  return { code, json: JSON.parse(stdout) as RunJson }
}

test('the selection has a leak and a pass case for each of the seven frameworks, and every case is well formed', () => {
  const frameworks = ['nethttp', 'gin', 'echo', 'chi', 'fiber', 'gokit', 'beego']
  for (const fw of frameworks) {
    const expects = SELECTED.filter((c) => c.startsWith(`${fw}/`)).map((c) => readFileSync(path.join(CORPUS, c, 'expect'), 'utf8').trim())
    expect({ fw, expects: expects.sort() }).toEqual({ fw, expects: ['fail', 'pass'] })
  }
  // The whole corpus: expect is pass|fail, a failing case names its culprit, every case says why.
  for (const fw of frameworks) {
    for (const c of readdirSync(path.join(CORPUS, fw)).filter((d) => !d.startsWith('_'))) {
      const dir = path.join(CORPUS, fw, c)
      const expected = readFileSync(path.join(dir, 'expect'), 'utf8').trim()
      expect(['pass', 'fail']).toContain(expected)
      expect(existsSync(path.join(dir, 'README.md'))).toBe(true)
      for (const side of ['base', 'head']) expect(existsSync(path.join(dir, side, 'go.mod'))).toBe(true)
      if (expected === 'fail') {
        const [check, fn] = readFileSync(path.join(dir, 'culprit'), 'utf8').trim().split(/\s+/)
        expect(['goroutines', 'heap', 'cpu']).toContain(check)
        expect(fn).toMatch(/^main\./) // a function of the case's own code
      }
    }
  }
})

describe.each(SELECTED)('%s', (name) => {
  test('gives the expected verdict with default settings and names the culprit', async () => {
    const dir = path.join(CORPUS, name)
    const expected = readFileSync(path.join(dir, 'expect'), 'utf8').trim()
    const { code, json } = await run(name)
    expect(json.schemaVersion).toBe(1)
    expect(json.load.base.requests).toBeGreaterThan(0)
    expect(json.load.head.requests).toBe(json.load.base.requests)
    expect(json.load.base.errors + json.load.head.errors).toBe(0)
    const failed = json.checks.filter((c) => c.status === 'fail').map((c) => c.id)
    expect({ verdict: json.verdict, failed }).toEqual({ verdict: expected, failed: expected === 'pass' ? [] : expect.any(Array) })
    expect(code).toBe(expected === 'fail' ? 1 : 0)
    if (expected === 'fail') {
      const [check, fn] = readFileSync(path.join(dir, 'culprit'), 'utf8').trim().split(/\s+/)
      expect(failed).toContain(check)
      const top = json.checks.find((c) => c.id === check)!.top[0]
      expect([top.name, top.site, ...top.frames]).toContain(fn)
    }
    expect(markedProcesses()).toEqual([])
  })
})
