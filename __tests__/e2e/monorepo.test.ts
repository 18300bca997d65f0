/**
 * A monorepo pull request (testdata/monorepo): orders leaks a goroutine per
 * request, users is untouched, search changes benignly. `run --all
 * --base-ref HEAD~1` measures each in turn, with small settings (300
 * requests a round, one leak trial a side, no CPU pairs), and prints one
 * summary: orders fails naming main.notifyAuditor, search passes, users is
 * unchanged and was never started. Real git, go build, services and pprof.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../src/commands/cli.js'

const MONOREPO = fileURLToPath(new URL('../../testdata/monorepo', import.meta.url))
const SMALL = ['--requests', '300', '--warmup', '50', '--trials', '1', '--cpu-pairs', '0']

let tmp: string
let repo: string

function git(args: string[]): void {
  execFileSync('git', ['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', ...args], { cwd: repo })
}

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  return { code, stdout, stderr }
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-monorepo-'))
  repo = path.join(tmp, 'repo')
  cpSync(path.join(MONOREPO, 'base'), repo, { recursive: true })
  git(['init', '-q'])
  git(['add', '-A'])
  git(['commit', '-qm', 'base'])
  cpSync(path.join(MONOREPO, 'head'), repo, { recursive: true })
  git(['add', '-A'])
  git(['commit', '-qm', 'head: orders notifies an auditor, search remembers queries'])
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

test('run --all: one summary; the leaking service fails, the untouched one is unchanged, the benign one passes', async () => {
  const out = path.join(tmp, 'runs')
  const config = path.join(repo, '.pprof-gate.yml')
  const r = await cli(['run', '--all', '--config', config, '--base-ref', 'HEAD~1', ...SMALL, '--out', out, '--format', 'json', '--quiet'])
  expect(r.stderr).toBe('')
  expect(r.code).toBe(1)
  const summary = JSON.parse(r.stdout)
  expect(summary).toMatchObject({ schemaVersion: 1, verdict: 'fail', unchanged: ['users'] })
  expect(summary.services.map((s: { name: string; status: string }) => [s.name, s.status])).toEqual([
    ['orders', 'fail'],
    ['search', 'pass'],
    ['users', 'unchanged']
  ])
  const orders = summary.services[0]
  const goroutines = orders.checks.find((c: { id: string }) => c.id === 'goroutines')
  expect(goroutines).toMatchObject({ status: 'fail', top: { name: 'main.notifyAuditor' } })
  expect(goroutines.delta).toBeGreaterThan(100)
  expect(summary.services[1].checks.map((c: { status: string }) => c.status)).toEqual(['pass', 'pass', 'skipped'])

  // users was built twice and never started: no trial, no measuring time.
  const users = JSON.parse(readFileSync(path.join(out, 'users', 'manifest.json'), 'utf8'))
  expect(users).toMatchObject({ trials: [], unchanged: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }, timings: { trialsMs: 0 } })
  expect(existsSync(path.join(out, 'users', 'base-1'))).toBe(false)
  expect(existsSync(path.join(out, 'orders', 'base-1'))).toBe(true)

  // The same summary from the run directories, as the legs of a matrix would give it.
  const md = await cli(['summarize', path.join(out, 'users'), path.join(out, 'search'), path.join(out, 'orders'), '--format', 'markdown'])
  expect(md.code).toBe(1)
  expect(md.stdout).toBe(readFileSync(path.join(out, 'summary.md'), 'utf8'))
  expect(md.stdout.split('\n')[0]).toBe('### ❌ pprof-gate: 1 of 2 measured failed (`orders`); 1 unchanged')
  expect(md.stdout.match(/^\| `\w+` \|/gm)).toEqual(['| `orders` |', '| `search` |'])
  expect(md.stdout).toContain('⏸️ Unchanged (same binary, not measured): `users`')
  expect(md.stdout).toMatch(/#### ❌ `orders`\n\n- \*\*Goroutines\*\*: head keeps adding goroutines: .* Grew most: `main.notifyAuditor`/)

  // A known-leak entry accepts the orders leak when the saved run is judged again; expired, it fails again.
  const known = (until: string) => {
    const file = path.join(repo, `known-${until}.yml`)
    writeFileSync(file, readFileSync(config, 'utf8').replace('    targets: [GET /orders/1]\n', `    targets: [GET /orders/1]\n    known:\n      - goroutine: main.notifyAuditor\n        reason: "auditor fix in flight"\n        until: ${until}\n`))
    return file
  }
  const accepted = await cli(['judge', path.join(out, 'orders'), '--config', known('2999-01-01'), '--service', 'orders', '--format', 'json'])
  expect(accepted.code).toBe(0)
  expect(JSON.parse(accepted.stdout).known[0]).toMatchObject({ status: 'accepted', reason: 'auditor fix in flight' })
  const expired = await cli(['judge', path.join(out, 'orders'), '--config', known('2000-01-01'), '--service', 'orders', '--format', 'json'])
  expect(expired.code).toBe(1)
  expect(JSON.parse(expired.stdout).known[0]).toMatchObject({ status: 'expired' })
})
