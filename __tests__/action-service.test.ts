/**
 * input 'service': a leg takes the service's settings from the config file
 * exactly as `pprof-gate run --service NAME` does, inputs given explicitly
 * override them as flags do, and the file's errors fail with its
 * line:column. The CLI's own parse is the reference.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseRunArgs } from '../src/commands/run.js'
import type { RunConfig } from '../src/config.js'
import { readSettings } from '../src/github/inputs.js'
import { isStickyKey, serviceStickyKey, stickyKey, summaryStickyKey } from '../src/github/marker.js'
import { OVERRIDDEN_INPUTS, serviceRunConfig } from '../src/github/service-inputs.js'
import { serviceRunArgs } from '../src/run/config-file.js'
import { ROOT } from './helpers/action-runner.js'

const getter = (inputs: Record<string, string>) => (name: string) => (inputs[name] ?? '').trim()
const withoutOutDir = (c: RunConfig) => ({ ...c, outDir: undefined })

let repo: string
beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-service-inputs-'))
  cpSync(path.join(ROOT, 'testdata', 'monorepo', 'head'), repo, { recursive: true })
  // A service with settings of every kind, so that each override has something to replace.
  writeFileSync(
    path.join(repo, 'full.yml'),
    `defaults:
  requests: 3000
  env: { MODE: file, KEEP: "1" }
  ignore: ["top: main.fromDefaults"]
  thresholds: { goroutines: 10, cpu-percent: 20 }
services:
  - name: orders
    dir: services/orders
    targets: [GET /orders/1, GET /healthz]
    cpu-pairs: 6
    fail-on-inconclusive: true
    measure-unchanged: true
    args: [--mode, "a b"]
    known:
      - goroutine: main.notifyAuditor
        reason: fix in flight
`
  )
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

/** What `pprof-gate run --service orders --config FILE ...flags` builds, started in the repository. */
function cli(file: string, flags: string[]): RunConfig {
  const r = serviceRunArgs(['--service', 'orders', '--config', file, '--base-ref', 'main', ...flags], repo)!
  return { ...parseRunArgs(r.argv).config, known: r.service.known }
}

test('service alone: the config the CLI builds for run --service', () => {
  const leg = serviceRunConfig(getter({ service: 'orders', config: 'full.yml' }), { ref: 'main' }, repo)
  expect(leg.from).toEqual({ file: 'full.yml', service: 'orders' })
  expect(leg.dir).toBe('services/orders')
  expect(withoutOutDir(leg.config)).toEqual(withoutOutDir(cli('full.yml', [])))
  expect(leg.config).toMatchObject({ requests: 3000, cpuPairs: 6, failOnInconclusive: true, measureUnchanged: true, args: ['--mode', 'a b'], targets: ['GET /orders/1', 'GET /healthz'] })
  expect(leg.config.known).toEqual([expect.objectContaining({ kind: 'goroutine', pattern: 'main.notifyAuditor', reason: 'fix in flight' })])
  // Path inputs are relative to the service's dir, as to working-directory.
  expect(leg.config.outDir.startsWith(path.join('services', 'orders', '.pprof-gate', 'run-'))).toBe(true)
})

test('inputs given override the file as flags do; env and ignore add to it', () => {
  const inputs = { service: 'orders', config: 'full.yml', requests: '300', 'cpu-pairs': '0', 'max-goroutines': '3', targets: 'GET /orders/2', env: 'MODE=input\nNEW=2', ignore: 'any: main.fromInput', 'base-ref': 'origin/main' }
  const leg = serviceRunConfig(getter(inputs), { ref: 'main' }, repo)
  const flags = ['--requests', '300', '--cpu-pairs', '0', '--max-goroutines', '3', '--target', 'GET /orders/2', '--env', 'MODE=input', '--env', 'NEW=2', '--ignore-any', 'main.fromInput']
  const expected = cli('full.yml', flags)
  expected.base = { kind: 'ref', ref: 'origin/main', repoDir: 'services/orders' }
  expect(withoutOutDir(leg.config)).toEqual(withoutOutDir(expected))
  expect(leg.config.env).toEqual({ MODE: 'input', KEEP: '1', NEW: '2' })
  expect(leg.config.allow).toEqual({ ignoreTop: ['main.fromDefaults'], ignoreAny: ['main.fromInput'] })
  expect(leg.config.thresholds).toMatchObject({ goroutines: 3, cpuPercent: 20 })
  // A flag cannot say false; an input can.
  expect(serviceRunConfig(getter({ ...inputs, 'fail-on-inconclusive': 'false' }), { ref: 'main' }, repo).config.failOnInconclusive).toBe(false)
})

test('every input a service can override is declared in action.yml', () => {
  const yml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
  const declared = [...yml.slice(0, yml.indexOf('\noutputs:')).matchAll(/\n {2}([a-z][a-z0-9-]*):\n/g)].map((m) => m[1])
  for (const input of OVERRIDDEN_INPUTS) expect(declared).toContain(input)
  // Inputs with a default in action.yml always arrive; they could not be told from the file's values.
  for (const input of OVERRIDDEN_INPUTS) expect(yml).not.toMatch(new RegExp(`\\n  ${input}:\\n(    .*\\n|      .*\\n)*?    default:`))
})

test("the file's errors, an unknown service and a clash with working-directory: one line each", () => {
  writeFileSync(path.join(repo, 'typo.yml'), 'services:\n  - name: orders\n    dir: services/orders\n    tragets: [GET /]\n')
  expect(() => serviceRunConfig(getter({ service: 'orders', config: 'typo.yml' }), { ref: 'main' }, repo)).toThrow("unknown key 'tragets' at typo.yml:4:5; did you mean 'targets'?")
  expect(() => serviceRunConfig(getter({ service: 'billing' }), { ref: 'main' }, repo)).toThrow('no service "billing" in .pprof-gate.yml; its services are: orders, users, search')
  expect(() => serviceRunConfig(getter({ service: 'orders', 'working-directory': 'services/users' }), { ref: 'main' }, repo)).toThrow(
    `give either input 'service' (its dir comes from the config file) or input 'working-directory' ("services/users"), not both`
  )
})

test('settings: a leg is named after its service and leaves the comment to the summarize job', () => {
  expect(readSettings(getter({ service: 'orders' }))).toMatchObject({ service: 'orders', artifactName: 'pprof-gate-orders', comment: 'never' })
  expect(readSettings(getter({ service: 'orders', comment: 'always' })).comment).toBe('always')
  expect(readSettings(getter({ mode: 'summarize', 'artifact-path': 'legs' }))).toMatchObject({ mode: 'summarize', comment: 'always' })
  expect(() => readSettings(getter({ mode: 'summarize' }))).toThrow("input 'artifact-path' is required with mode: summarize")
  expect(() => readSettings(getter({ mode: 'summarize', 'artifact-path': 'x', service: 'orders' }))).toThrow("input 'service' names the service a mode: measure leg runs")
  expect(() => readSettings(getter({ service: '../x' }))).toThrow(`input 'service' must be a service name of the config file; got "../x"`)
})

test("a leg's comment key, the summary's and a working directory's never coincide", () => {
  const keys = [stickyKey('perf', '.'), stickyKey('perf', 'services/orders'), serviceStickyKey('perf', 'orders'), serviceStickyKey('perf', 'users'), summaryStickyKey('perf'), summaryStickyKey('summary')]
  expect(new Set(keys).size).toBe(keys.length)
  for (const k of keys) expect(isStickyKey(k)).toBe(true)
})
