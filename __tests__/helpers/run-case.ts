/**
 * Runs `pprof-gate run` on a case (a directory with base/ and head/ Go
 * modules, an `expect` file, a `culprit` file when it must fail, an optional
 * `targets` file) in this process through runCli, and checks the result
 * against the case's own files. The example cases, the framework corpus and
 * the smoke test all run cases this way.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { runCli } from '../../src/commands/cli.js'
import { markedProcesses } from './marked.js'

/** The part of `run --format json` the tests read. */
export interface RunJson {
  schemaVersion: number
  verdict: 'pass' | 'fail' | 'inconclusive'
  checks: { id: string; status: string; top: { name: string; site: string; frames: string[] }[] }[]
  load: { base: { requests: number; errors: number }; head: { requests: number; errors: number } }
  outDir: string
}

export interface CaseRun {
  code: number
  json: RunJson
  stderr: string
}

export interface CaseExpectation {
  verdict: 'pass' | 'fail'
  /** The check that must fail and a function that must be in its top stack. */
  culprit?: { check: string; fn: string }
}

/**
 * `pprof-gate run --base-dir DIR/base --head-dir DIR/head --format json`
 * with the case's targets, writing the run directory to `out`. `extra` are
 * more flags (smaller loads, for example). Exit 2 (an error, not a verdict)
 * throws with what pprof-gate printed.
 */
export async function runCase(dir: string, out: string, extra: string[] = []): Promise<CaseRun> {
  const args = ['run', '--base-dir', path.join(dir, 'base'), '--head-dir', path.join(dir, 'head'), '--format', 'json', '--quiet', '--out', out]
  if (existsSync(path.join(dir, 'targets'))) args.push('--targets', path.join(dir, 'targets'))
  args.push(...extra)
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  if (code === 2) throw new Error(`pprof-gate ${args.join(' ')} failed (exit 2):\n${stderr}`)
  return { code, json: JSON.parse(stdout) as RunJson, stderr }
}

/** The case's `expect` and `culprit` files. */
export function caseExpectation(dir: string): CaseExpectation {
  const verdict = readFileSync(path.join(dir, 'expect'), 'utf8').trim()
  if (verdict !== 'pass' && verdict !== 'fail') throw new Error(`${dir}/expect: want pass or fail, got ${JSON.stringify(verdict)}`)
  const file = path.join(dir, 'culprit')
  if (!existsSync(file)) return { verdict }
  const [check, fn] = readFileSync(file, 'utf8').trim().split(/\s+/)
  return { verdict, culprit: { check, fn } }
}

/**
 * The run gave the expected verdict and exit code, with requests on both
 * sides and no load errors; the culprit's check failed and
 * its top stack names the culprit function; every profile and the manifest
 * are in the run directory; no service process is left running.
 */
export function expectCaseResult(run: CaseRun, expected: CaseExpectation): void {
  const { code, json } = run
  expect(json.schemaVersion).toBe(1)
  expect(json.load.base.requests).toBeGreaterThan(0)
  // Leak rounds send the same count to both sides; CPU trials run for a fixed time, so the totals differ.
  expect(json.load.head.requests).toBeGreaterThan(0)
  expect(json.load.base.errors + json.load.head.errors).toBe(0)
  const failed = json.checks.filter((c) => c.status === 'fail').map((c) => c.id)
  // A case that must pass may leave the CPU answer inconclusive (a busy machine), never failed.
  const verdict = json.verdict === 'inconclusive' && expected.verdict === 'pass' ? 'pass' : json.verdict
  expect({ verdict, failed }).toEqual({
    verdict: expected.verdict,
    failed: expected.verdict === 'pass' ? [] : expect.any(Array)
  })
  expect(code).toBe(expected.verdict === 'fail' ? 1 : 0)
  if (expected.culprit) {
    const { check, fn } = expected.culprit
    expect(failed).toContain(check)
    const top = json.checks.find((c) => c.id === check)!.top[0]
    expect([top.name, top.site, ...top.frames]).toContain(fn)
  }
  // Every profile is there for a person to open.
  for (const f of ['goroutine-start', 'goroutine-round1', 'goroutine-round2', 'heap-start', 'heap-round1', 'heap-round2', 'allocs']) {
    expect(existsSync(path.join(json.outDir, 'head-1', `${f}.pb.gz`))).toBe(true)
  }
  expect(existsSync(path.join(json.outDir, 'head-cpu-1', 'cpu.pb.gz'))).toBe(true)
  expect(existsSync(path.join(json.outDir, 'manifest.json'))).toBe(true)
  expect(markedProcesses()).toEqual([])
}
