/**
 * `pprof-gate judge` on recorded runs (testdata/recorded, made by
 * scripts/record-run.js from real runs): the gate and the reports in
 * milliseconds, against golden files, pprof's way. UPDATE_GOLDEN=1
 * rewrites the golden files; review the diff before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../src/commands/cli.js'

const RECORDED = fileURLToPath(new URL('../testdata/recorded', import.meta.url))

async function judge(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['judge', ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  return { code, stdout, stderr }
}

function golden(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

/** The report without the one thing that depends on where the repository is. */
const portable = (text: string, dir: string) => text.split(dir).join('<run>')

describe.each([
  ['goroutine-leak', 'fail', 1],
  ['clean', 'pass', 0]
])('%s', (name, verdict, code) => {
  const dir = path.join(RECORDED, name)

  test(`judged again: ${verdict}, as golden`, async () => {
    const r = await judge([dir, '--format', 'json'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(code)
    const json = JSON.parse(r.stdout)
    expect(json.verdict).toBe(verdict)
    golden(path.join(dir, 'judge.golden.json'), portable(r.stdout, dir))
    const text = await judge([dir])
    golden(path.join(dir, 'judge.golden.txt'), portable(text.stdout, dir))
  })
})

test('other thresholds give another verdict: would a looser gate have passed the leak?', async () => {
  const dir = path.join(RECORDED, 'goroutine-leak')
  const strict = JSON.parse((await judge([dir, '--format', 'json'])).stdout)
  expect(strict.checks.find((c: { id: string }) => c.id === 'goroutines')).toMatchObject({ status: 'fail', top: [expect.objectContaining({ name: 'main.notifyAuditor' })] })
  const loose = await judge([dir, '--format', 'json', '--max-goroutines', '100000', '--max-heap-growth', '1GiB', '--max-cpu-percent', '500', '--max-hot-spot-percent', '1000'])
  const json = JSON.parse(loose.stdout)
  expect(json.checks.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
    ['goroutines', 'pass'],
    ['heap', 'pass'],
    ['cpu', 'pass']
  ])
  expect(loose.code).toBe(0)
  // The allowlist too: ignoring the leaking goroutine's function passes the goroutine check.
  const ignored = JSON.parse((await judge([dir, '--format', 'json', '--ignore-any', 'main.notify*'])).stdout)
  expect(ignored.checks[0].status).toBe('pass')
})

test('a directory without a manifest is a clear error, exit 2', async () => {
  const r = await judge([RECORDED])
  expect(r.code).toBe(2)
  expect(r.stderr).toMatch(/^pprof-gate: judge: .*manifest\.json: no such file; give the run directory that pprof-gate run wrote\n$/)
})
