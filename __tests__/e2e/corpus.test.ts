/**
 * The framework leak corpus (testdata/frameworks) in the end-to-end lane:
 * for each of the seven frameworks, one leak case and one case that
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
import { caseExpectation, expectCaseResult, runCase } from '../helpers/run-case.js'

const CORPUS = fileURLToPath(new URL('../../testdata/frameworks', import.meta.url))

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

let tmp: string
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-corpus-'))
})
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

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
    expectCaseResult(await runCase(dir, path.join(tmp, name.replace('/', '-'))), caseExpectation(dir))
  })
})
