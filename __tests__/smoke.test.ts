/**
 * One real `pprof-gate run` per verdict, at small settings: the whole
 * pipeline (go build, services started in their own process group, load over
 * loopback, profiles fetched and decoded, the gate, the JSON report) works
 * end to end, names the leak in the goroutine-leak case and passes the clean
 * case. Two CPU pairs of 1 s are too few for the CPU check to fail at its
 * level, so this is not a test of the statistics: the cases at default
 * settings are in __tests__/e2e/cases.test.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { caseExpectation, expectCaseResult, runCase } from './helpers/run-case.js'

const CASES = fileURLToPath(new URL('../testdata/cases', import.meta.url))
// One goroutine leaks per request: a round of 200 requests leaves 200, far past the threshold.
const SMALL = ['--requests', '200', '--warmup', '50', '--trials', '1', '--cpu-pairs', '2', '--max-cpu-pairs', '2', '--cpu-seconds', '1']

let tmp: string
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-smoke-'))
})
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

test.each(['goroutine-leak', 'clean'])('%s: the expected verdict at small settings, the culprit named', async (caseName) => {
  const dir = path.join(CASES, caseName)
  expectCaseResult(await runCase(dir, path.join(tmp, caseName), SMALL), caseExpectation(dir))
})
