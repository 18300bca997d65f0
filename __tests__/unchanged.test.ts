/**
 * A service the pull request did not change builds to the same binary on
 * both sides, so the run says "unchanged" and measures nothing. Real git
 * history, real go build, with Go's VCS stamping on (GOFLAGS=-buildvcs=auto,
 * as on a GitHub runner): base is checked out at another commit, which would
 * stamp another vcs.revision but for the -buildvcs=false of both builds.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../src/commands/cli.js'
import { binarySha256, goBuild } from '../src/harness/build.js'

const SERVICE = fileURLToPath(new URL('../testdata/services/pprofhttp', import.meta.url))
const STAMPING = { GOTOOLCHAIN: 'local', GOFLAGS: '-buildvcs=auto' }

let tmp: string
let repo: string
const savedGoflags = process.env.GOFLAGS

function git(args: string[], cwd = repo): string {
  return execFileSync('git', ['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' })
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-unchanged-'))
  repo = path.join(tmp, 'repo')
  mkdirSync(repo)
  cpSync(SERVICE, path.join(repo, 'svc'), { recursive: true })
  git(['init', '-q'])
  git(['add', '-A'])
  git(['commit', '-qm', 'service'])
  // The pull request changes something else in the repository, not the service.
  writeFileSync(path.join(repo, 'README.md'), 'another service changed\n')
  git(['add', '-A'])
  git(['commit', '-qm', 'elsewhere'])
  process.env.GOFLAGS = '-buildvcs=auto'
})
afterAll(() => {
  if (savedGoflags === undefined) delete process.env.GOFLAGS
  else process.env.GOFLAGS = savedGoflags
  rmSync(tmp, { recursive: true, force: true })
})

test('identical sources at two commits give identical binaries; with VCS stamping they would not', async () => {
  const base = path.join(tmp, 'base-checkout')
  git(['worktree', 'add', '-q', '--detach', base, 'HEAD~1'])
  try {
    const build = async (dir: string, out: string, buildArgs: string[] = []) => {
      await goBuild({ side: 'head', dir: path.join(dir, 'svc'), out: path.join(tmp, out), buildArgs, env: STAMPING })
      return binarySha256(path.join(tmp, out))
    }
    expect(await build(base, 'base.bin')).toBe(await build(repo, 'head.bin'))
    // The user's own -buildvcs is kept: stamped, the two differ (vcs.revision), so the default matters.
    const stampedBase = await build(base, 'base-vcs.bin', ['-buildvcs=true'])
    const stampedHead = await build(repo, 'head-vcs.bin', ['-buildvcs=true'])
    expect(stampedBase).not.toBe(stampedHead)
    expect(execFileSync('go', ['version', '-m', path.join(tmp, 'head-vcs.bin')], { encoding: 'utf8' })).toMatch(/vcs\.revision=/)
    expect(execFileSync('go', ['version', '-m', path.join(tmp, 'head.bin')], { encoding: 'utf8' })).not.toMatch(/vcs\.revision=/)
  } finally {
    git(['worktree', 'remove', '--force', base])
  }
})

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  return { code, stdout, stderr }
}

test('run --base-ref on an unchanged service: verdict pass, "unchanged", nothing measured', async () => {
  const out = path.join(tmp, 'run-unchanged')
  const r = await cli(['run', '--base-ref', 'HEAD~1', '--head-dir', path.join(repo, 'svc'), '--out', out, '--format', 'json', '--quiet'])
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  const json = JSON.parse(r.stdout)
  expect(json).toMatchObject({ schemaVersion: 1, verdict: 'pass', unchanged: true, binarySha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
  expect(json.checks.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
    ['goroutines', 'skipped'],
    ['heap', 'skipped'],
    ['cpu', 'skipped']
  ])
  expect(json.load.base.trials + json.load.head.trials).toBe(0)
  // No trial was run: only the two binaries and the manifest.
  expect(readdirSync(out).sort()).toEqual(['bin', 'manifest.json', 'report.json', 'report.md'])
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))
  expect(manifest).toMatchObject({ verdict: 'pass', trials: [], unchanged: { sha256: json.binarySha256 } })
  // summarize reads the run directory's result as unchanged.
  const summary = await cli(['summarize', out, '--format', 'json'])
  expect(summary.code).toBe(0)
  expect(JSON.parse(summary.stdout)).toMatchObject({ verdict: 'pass', unchanged: ['run-unchanged'] })
  // The saved run reads the same when judged again.
  const text = await cli(['judge', out])
  expect(text.code).toBe(0)
  expect(text.stdout).toBe(`pprof-gate: PASS: unchanged: base and head build to the same binary (sha256 ${json.binarySha256.slice(0, 12)}), so nothing was measured\n\nRun directory: ${out}\n`)
  const md = await cli(['judge', out, '--format', 'markdown'])
  expect(md.stdout).toMatch(/^### ✅ pprof-gate: unchanged: base and head build to the same binary/)
  // The base worktree is gone.
  expect(git(['worktree', 'list']).trim().split('\n')).toHaveLength(1)
  expect(existsSync(path.join(out, 'base-1'))).toBe(false)
})
