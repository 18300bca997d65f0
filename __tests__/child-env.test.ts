/**
 * No child of pprof-gate (go build, the service, a load command) gets the
 * runner's file commands: a child that could write GITHUB_ENV, GITHUB_OUTPUT,
 * GITHUB_STATE, GITHUB_PATH or GITHUB_STEP_SUMMARY would set later steps'
 * environment, PATH, outputs or summary. Checked on real processes.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { goBuild } from '../src/harness/build.js'
import { RUNNER_FILE_COMMANDS } from '../src/harness/child-env.js'
import { runLoadCommand } from '../src/harness/load.js'
import { startService, stopAllServices } from '../src/harness/process.js'
import { buildGo } from './helpers/go.js'

let tmp: string
const saved: Record<string, string | undefined> = {}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-childenv-'))
  for (const name of RUNNER_FILE_COMMANDS) {
    saved[name] = process.env[name]
    process.env[name] = path.join(tmp, `${name}.txt`)
  }
})

afterAll(async () => {
  for (const name of RUNNER_FILE_COMMANDS) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
  await stopAllServices()
  await rm(tmp, { recursive: true, force: true })
})

const names = (environ: string) => environ.split(/\0|\n/).map((kv) => kv.split('=')[0])

test('a load command sees none of them', async () => {
  const out = path.join(tmp, 'load-env.txt')
  await runLoadCommand({ command: `env > "${out}"`, env: { PPROF_GATE_URL: 'http://127.0.0.1:1' }, cwd: tmp, timeoutMs: 10_000, logFile: path.join(tmp, 'load.log') })
  const seen = names(await readFile(out, 'utf8'))
  expect(seen).toContain('PPROF_GATE_URL')
  for (const name of RUNNER_FILE_COMMANDS) expect(seen).not.toContain(name)
})

test('the service sees none of them', async () => {
  const bin = await buildGo('testdata/services/misbehave')
  const svc = await startService({ name: 'env', binary: bin, args: ['-mode', 'ok'], env: {}, cwd: tmp, logFile: path.join(tmp, 'svc.log') })
  try {
    const seen = names(await readFile(`/proc/${svc.pid}/environ`, 'latin1'))
    expect(seen).toContain('PORT')
    for (const name of RUNNER_FILE_COMMANDS) expect(seen).not.toContain(name)
  } finally {
    await svc.stop()
  }
})

test('go build sees none of them (a -toolexec program writes what it sees)', async () => {
  const mod = path.join(tmp, 'mod')
  const out = path.join(tmp, 'build-env.txt')
  await rm(mod, { recursive: true, force: true })
  await mkdir(mod, { recursive: true })
  await writeFile(path.join(mod, 'go.mod'), 'module example.com/m\n\ngo 1.22\n')
  await writeFile(path.join(mod, 'main.go'), 'package main\n\nfunc main() {}\n')
  const tool = path.join(tmp, 'toolexec.sh')
  await writeFile(tool, `#!/bin/sh\nenv > "${out}"\nexec "$@"\n`, { mode: 0o755 })
  await goBuild({ side: 'head', dir: mod, pkg: '.', out: path.join(tmp, 'm'), buildArgs: [`-toolexec=${tool}`], env: { GOTOOLCHAIN: 'local' } })
  const seen = names(await readFile(out, 'utf8'))
  expect(seen).toContain('GOTOOLCHAIN')
  for (const name of RUNNER_FILE_COMMANDS) expect(seen).not.toContain(name)
})
