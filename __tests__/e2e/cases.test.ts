/**
 * `pprof-gate run` end to end on the example services in testdata/cases:
 * real go builds, real processes, real load over loopback, real profiles.
 * Each case must give its expected verdict with default settings, and a
 * failing case must name its culprit function in the check that failed.
 * Afterwards no service process may be left running.
 */
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { caseExpectation, expectCaseResult, runCase } from '../helpers/run-case.js'

const CASES = fileURLToPath(new URL('../../testdata/cases', import.meta.url))

const cases = readdirSync(CASES)
  .filter((c) => existsSync(path.join(CASES, c, 'expect')))
  .sort()

let tmp: string
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-e2e-'))
})
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

describe.each(cases)('%s', (caseName) => {
  test('gives the expected verdict and names the culprit', async () => {
    const dir = path.join(CASES, caseName)
    expectCaseResult(await runCase(dir, path.join(tmp, caseName)), caseExpectation(dir))
  })
})
