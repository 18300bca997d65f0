/**
 * `run --all`: each service of the config file in turn, into ROOT/NAME, then
 * one summary. The arguments each service gets, and a real run whose
 * services fail to build: each is an error in the summary (the next one
 * still runs), never a pass. The whole measured monorepo is in the e2e lane.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../src/commands/cli.js'
import { allServicesRunArgs } from '../src/run/config-file.js'

let repo: string
beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-all-'))
  for (const name of ['alpha', 'beta']) {
    const dir = path.join(repo, 'services', name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'go.mod'), `module example.com/${name}\n\ngo 1.22\n`)
    writeFileSync(path.join(dir, 'main.go'), `package main\n\nfunc main() { undefinedIn${name}() }\n`)
  }
  writeFileSync(path.join(repo, '.pprof-gate.yml'), 'defaults:\n  requests: 100\nservices:\n  - name: alpha\n    dir: services/alpha\n  - name: beta\n    dir: services/beta\n    requests: 200\n')
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

test('each service runs with its own settings into ROOT/NAME; --base-dir maps to the service\'s dir in the base checkout', () => {
  const all = allServicesRunArgs(['--all', '--base-dir', '/checkout/base', '--out', 'runs', '--trials', '1'], repo)!
  expect(all.outRoot).toBe('runs')
  expect(all.services.map((argv) => argv('runs'))).toEqual([
    ['--trials', '1', '--base-dir=/checkout/base/services/alpha', '--service=alpha', '--out=runs/alpha'],
    ['--trials', '1', '--base-dir=/checkout/base/services/beta', '--service=beta', '--out=runs/beta']
  ])
  expect(allServicesRunArgs(['--base-ref', 'main'], repo)).toBeNull()
  expect(() => allServicesRunArgs(['--all', '--service', 'alpha'], repo)).toThrow('give either --service NAME or --all, not both')
})

test('services that fail to build: each an error in the summary with the compiler\'s complaint, exit 1', async () => {
  const out = path.join(repo, 'runs')
  let stdout = ''
  let stderr = ''
  const cwd = process.cwd()
  process.chdir(repo)
  let code
  try {
    code = await runCli(['run', '--all', '--base-dir', repo, '--out', out, '--quiet'], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  } finally {
    process.chdir(cwd)
  }
  expect(code).toBe(1)
  // Both ran: the first one's error did not stop the second.
  expect(stderr).toMatch(/^pprof-gate: service alpha: base: go build failed \(exit 1\) in .*services\/alpha;.*\npprof-gate: service beta: base: go build failed/)
  expect(stdout.split('\n')[0]).toBe('pprof-gate summary: FAIL: 2 errored (alpha, beta)')
  expect(stdout).toMatch(/\nalpha: ERROR: base: go build failed \(exit 1\) in .*services\/alpha.*\n(.*\n)*? {4}.*undefined: undefinedInalpha\n/)
  const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'))
  expect(summary.services.map((s: { name: string; status: string }) => [s.name, s.status])).toEqual([
    ['alpha', 'error'],
    ['beta', 'error']
  ])
  expect(existsSync(path.join(out, 'summary.md'))).toBe(true)
  expect(JSON.parse(readFileSync(path.join(out, 'beta', 'report.json'), 'utf8'))).toMatchObject({ verdict: 'error', service: 'beta', configFile: '.pprof-gate.yml' })
})
