/**
 * `.pprof-gate.yml`: a service's settings give the RunConfig its equivalent
 * flags give (defaults under the service, the command line over both); every
 * bad file is one line naming file:line:column, exit 2, nothing run; and
 * `services --format json` is a matrix's list.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../src/commands/cli.js'
import { parseRunArgs } from '../src/commands/run.js'
import type { RunConfig } from '../src/config.js'
import { renderRunMarkdown, renderRunText, runJson } from '../src/report/run.js'
import { loadConfigFile, serviceRunArgs } from '../src/run/config-file.js'
import { fixedReport } from './helpers/report-fixture.js'

let repo: string
let outside: string

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-config-'))
  outside = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-outside-'))
  mkdirSync(path.join(repo, '.git'))
  for (const d of ['services/orders', 'services/users', 'load']) mkdirSync(path.join(repo, d), { recursive: true })
  writeFileSync(path.join(repo, 'services/orders/not-a-dir'), '')
  symlinkSync(outside, path.join(repo, 'services/escape'))
})

afterAll(() => {
  rmSync(repo, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

const GOOD = `# two services
defaults:
  requests: 3000
  thresholds: { goroutines: 10, cpu-percent: 15 }
  env: { GOMAXPROCS: 2, MODE: shared }
  ignore: ["top: internal/poll.runtime_pollWait"]
  known:
    - heap: main.warmCache
      reason: "a cache that fills once"
services:
  - name: orders
    dir: services/orders
    package: ./cmd/orders
    build-args: "-tags 'integration fast' -trimpath"
    args: [--listen, "127.0.0.1:{port}", "it's a b"]
    targets: [GET /orders, POST /orders?x=1]
    targets-file: load/orders.txt
    env: { DB_URL: "memory://", MODE: own }
    ignore: ["any: go.opencensus.io/stats/view.*"]
    thresholds: { goroutines: 3, heap-growth: 64MiB, cpu-alpha: 0.1 }
    trials: 5
    rounds: 3
    duration: 10s
    fail-on-inconclusive: true
    goroutineleak: true
    known:
      - goroutine: main.(*Cache).janitor
        reason: "fixed in #412"
        until: 2027-03-01
  - name: users
    dir: services/users
`

function writeConfig(text: string, name = '.pprof-gate.yml'): string {
  const file = path.join(repo, name)
  writeFileSync(file, text)
  return file
}

const withoutOutDir = (c: RunConfig) => ({ ...c, outDir: undefined, known: undefined })

describe('a service of .pprof-gate.yml', () => {
  test('gives the RunConfig of the equivalent flags: defaults under the service, the command line over both', () => {
    writeConfig(GOOD)
    const fromFile = serviceRunArgs(['--service', 'orders', '--base-ref', 'origin/main', '--requests', '500', '--env', 'MODE=cli', '--max-cpu-percent=20'], repo)!
    expect(fromFile.configFile).toBe('.pprof-gate.yml')
    const { config } = parseRunArgs(fromFile.argv)
    const { config: fromFlags } = parseRunArgs([
      ...['--head-dir', 'services/orders', '--base-ref', 'origin/main', '--package', './cmd/orders'],
      ...['--build-arg=-tags', '--build-arg', 'integration fast', '--build-arg=-trimpath'],
      `--args=--listen 127.0.0.1:{port} "it's a b"`,
      ...['--env', 'GOMAXPROCS=2', '--env', 'MODE=cli', '--env', 'DB_URL=memory://'],
      ...['--target', 'GET /orders', '--target', 'POST /orders?x=1', '--targets', 'load/orders.txt'],
      ...['--requests', '500', '--trials', '5', '--rounds', '3', '--duration', '10', '--fail-on-inconclusive', '--goroutineleak'],
      ...['--max-goroutines', '3', '--max-heap-growth', '64MiB', '--max-cpu-percent', '20', '--cpu-alpha', '0.1'],
      ...['--ignore-top', 'internal/poll.runtime_pollWait', '--ignore-any', 'go.opencensus.io/stats/view.*']
    ])
    expect(withoutOutDir(config)).toEqual(withoutOutDir(fromFlags))
    expect(config.args).toEqual(['--listen', '127.0.0.1:{port}', "it's a b"])
    expect(fromFile.service.known).toEqual([
      { kind: 'heap', pattern: 'main.warmCache', reason: 'a cache that fills once', until: null, where: '.pprof-gate.yml:8:7' },
      { kind: 'goroutine', pattern: 'main.(*Cache).janitor', reason: 'fixed in #412', until: '2027-03-01', where: '.pprof-gate.yml:27:9' }
    ])
  })

  test('a service with only name and dir takes the defaults; --head-dir on the command line wins', () => {
    writeConfig(GOOD)
    const { config } = parseRunArgs(serviceRunArgs(['--base-dir', '../base', '--service=users', '--head-dir', 'elsewhere'], repo)!.argv)
    const { config: fromFlags } = parseRunArgs(['--base-dir', '../base', '--head-dir', 'elsewhere', '--requests', '3000', '--max-goroutines', '10', '--max-cpu-percent', '15', '--env', 'GOMAXPROCS=2', '--env', 'MODE=shared', '--ignore-top', 'internal/poll.runtime_pollWait'])
    expect(withoutOutDir(config)).toEqual(withoutOutDir(fromFlags))
  })

  test('the file is found at the top of the repository from a directory inside it', () => {
    writeConfig(GOOD)
    const r = serviceRunArgs(['--service', 'users', '--base-ref', 'main'], path.join(repo, 'services/orders'))!
    expect(r.configFile).toBe(path.join(repo, '.pprof-gate.yml'))
    expect(parseRunArgs(r.argv).config.headDir).toBe('../users')
  })

  test('without --service the arguments stand as they are', () => {
    expect(serviceRunArgs(['--base-ref', 'main', '--requests', '5'], repo)).toBeNull()
  })
})

/** Runs the CLI; an out dir that must stay absent shows that nothing ran. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string; ran: boolean }> {
  const out = path.join(outside, `out-${Math.random().toString(36).slice(2)}`)
  let stdout = ''
  let stderr = ''
  const code = await runCli(args[0] === 'run' ? [...args, '--base-dir', outside, '--out', out, '--quiet'] : args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
  return { code, stdout, stderr, ran: existsSync(out) }
}

const SERVICE = `services:\n  - name: orders\n    dir: services/orders\n`

describe('a bad config file: one line naming file:line:column, exit 2, nothing run', () => {
  test.each([
    ['a misspelt key', `${SERVICE}    tragets: [GET /]\n`, `unknown key 'tragets' at F:4:5; did you mean 'targets'?`],
    ['a misspelt threshold', `${SERVICE}    thresholds:\n      goroutine: 3\n`, `unknown key 'goroutine' at F:5:7; did you mean 'goroutines'?`],
    ['a misspelt top-level key', `service:\n  - name: a\n`, `unknown key 'service' at F:1:1; did you mean 'services'?`],
    ['a key far from any', `${SERVICE}    colour: blue\n`, `unknown key 'colour' at F:4:5; services[0] takes name, dir, package,`],
    ['name in defaults', `defaults:\n  name: x\n${SERVICE}`, `unknown key 'name' at F:2:3;`],
    ['a count that is a word', `${SERVICE}    requests: many\n`, `'requests' must be a whole number (0 or more); got "many" at F:4:15`],
    ['zero requests', `${SERVICE}    requests: 0\n`, `'requests' must be at least 1; got 0 at F:4:15`],
    ['one round', `defaults:\n  rounds: 1\n${SERVICE}`, `'rounds' must be at least 2; got 1 at F:2:11`],
    ['targets as a string', `${SERVICE}    targets: GET /orders\n`, `'targets' must be a list of strings at F:4:14`],
    ['a target that is a map', `${SERVICE}    targets: [{GET: /}]\n`, `'targets' must be a list of strings; this entry is not a non-empty string at F:4:15`],
    ['env as a list', `${SERVICE}    env: [A=1]\n`, `'env' must be a map of NAME: value at F:4:10`],
    ['env with a null value', `${SERVICE}    env: { A: }\n`, `'env': A must have a string, number or boolean value at F:4:12`],
    ['a boolean as a word', `${SERVICE}    goroutineleak: "yes"\n`, `'goroutineleak' must be true or false at F:4:20`],
    ['a bad size', `${SERVICE}    thresholds: { heap-growth: lots }\n`, `'heap-growth' must be a size such as 1048576, 64MiB or 1GiB; got "lots" at F:4:32`],
    ['a remote pprof URL', `${SERVICE}    pprof-url: http://example.invalid/debug/pprof\n`, `is not a loopback address;`],
    ['an ignore line without its kind', `${SERVICE}    ignore: [runtime.gopark]\n`, `'ignore': each entry must be 'top: PATTERN' or 'any: PATTERN'; got "runtime.gopark" at F:4:14`],
    ['a service as a string', `services:\n  - orders\n`, `services[0] must be a map of keys at F:2:5`],
    ['a service without dir', `services:\n  - name: orders\n`, `service 'orders' has no 'dir' at F:2:5`],
    ['a service without name', `services:\n  - dir: services/orders\n`, `services[0] has no 'name' at F:2:5`],
    ['a name that is not plain', `services:\n  - name: "a b"\n    dir: services/orders\n`, `service name "a b" is not a plain name at F:2:11`],
    ['duplicate service names', `${SERVICE}  - name: users\n    dir: services/users\n  - name: orders\n    dir: services/users\n`, `service name 'orders' is used twice (first at F:2:11) at F:6:11; give each service its own name`],
    ['a dir above the repository', `services:\n  - name: orders\n    dir: ../elsewhere\n`, `dir "../elsewhere" is outside the repository (R) at F:3:10`],
    ['an absolute dir', `services:\n  - name: orders\n    dir: /etc\n`, `dir "/etc" is outside the repository (R) at F:3:10`],
    ['a dir that leads out by a symlink', `services:\n  - name: orders\n    dir: services/escape\n`, `dir "services/escape" leads outside the repository`],
    ['a dir that is not there', `services:\n  - name: orders\n    dir: services/payments\n`, `dir "services/payments" does not exist`],
    ['a dir that is a file', `services:\n  - name: orders\n    dir: services/orders/not-a-dir\n`, `dir "services/orders/not-a-dir" is not a directory at F:3:10`],
    ['an empty services list', `services: []\n`, `'services' is empty at F:1:1; list each service with at least its name and dir`],
    ['services with nothing after it', `defaults:\n  requests: 5\nservices:\n`, `'services' is empty at F:3:1`],
    ['no services key', `defaults:\n  requests: 5\n`, `no 'services:' list at F:1:1`],
    ['an empty file', ``, `the config file is empty at F:1:1; it needs a services: list`],
    ['a list at the top', `- a\n`, `the config file must be a map of keys at F:1:1`],
    ['a known entry without reason', `${SERVICE}    known:\n      - goroutine: main.janitor\n`, `known[0] has no 'reason' at F:5:9`],
    ['a known entry with both kinds', `${SERVICE}    known:\n      - { goroutine: a, heap: b, reason: r }\n`, `known[0] must name exactly one of 'goroutine' (the creating function) or 'heap' (the allocation site) at F:5:9`],
    ['a known entry with a date that is not one', `${SERVICE}    known:\n      - { heap: a, reason: r, until: 2027-02-30 }\n`, `'until' must be a date YYYY-MM-DD; got "2027-02-30" at F:5:38`],
    ['a misspelt known key', `${SERVICE}    known:\n      - { heap: a, reason: r, untill: 2027-02-03 }\n`, `unknown key 'untill' at F:5:31; did you mean 'until'?`],
    ['a key given twice', `${SERVICE}    requests: 5\n    requests: 6\n`, `Map keys must be unique at F:5:5; the file is not valid YAML`],
    ['YAML that does not parse', `services: [\n  - name: orders\n`, `at F:`]
  ])('%s', async (_what, text, expected) => {
    const file = writeConfig(text, 'bad.yml')
    const want = expected.replace(/\bF:/g, `${file}:`).replace('(R)', `(${repo})`)
    for (const args of [
      ['run', '--service', 'orders', '--config', file],
      ['services', '--config', file, '--format', 'json']
    ]) {
      const r = await cli(args)
      expect({ code: r.code, stdout: r.stdout, ran: r.ran }).toEqual({ code: 2, stdout: '', ran: false })
      expect(r.stderr).toContain(want)
      expect(r.stderr).toMatch(/^pprof-gate: [^\n]+\n$/)
      expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+`))
    }
  })

  test('an unknown service: the names there are', async () => {
    const file = writeConfig(GOOD, 'good.yml')
    const r = await cli(['run', '--service', 'payments', '--config', file])
    expect(r).toEqual({ code: 2, stdout: '', ran: false, stderr: `pprof-gate: no service "payments" in ${file}; its services are: orders, users\n` })
  })

  test('a config file that is not there', async () => {
    const r = await cli(['services', '--config', path.join(repo, 'none.yml')])
    expect(r.stderr).toBe(`pprof-gate: config file ${path.join(repo, 'none.yml')} not found; create it at the repository root or name it with --config FILE\n`)
    expect(r.code).toBe(2)
  })

  test('the probe sees a run: a good service starts one (which then fails to build the empty base)', async () => {
    const r = await cli(['run', '--service', 'users', '--config', writeConfig(GOOD, 'good.yml')])
    expect(r.ran).toBe(true)
    expect(r.code).toBe(2)
  })

  test('--config without --service is refused', async () => {
    const r = await cli(['run', '--config', writeConfig(GOOD, 'good.yml')])
    expect(r).toMatchObject({ code: 2, ran: false, stderr: "pprof-gate: --config names the file that --service NAME reads; give --service too\n" })
  })
})

describe('pprof-gate services', () => {
  test('--format json: the names as one JSON array line, for a matrix', async () => {
    const r = await cli(['services', '--config', writeConfig(GOOD, 'good.yml'), '--format', 'json'])
    expect(r).toEqual({ code: 0, stdout: '["orders","users"]\n', stderr: '', ran: false })
  })

  test('--format text: names and directories', async () => {
    const file = writeConfig(GOOD, 'good.yml')
    const r = await cli(['services', '--config', file])
    expect(r.stdout).toBe(`2 services in ${file}:\n  orders  ${path.join(repo, 'services/orders')}  (2 known leaks)\n  users   ${path.join(repo, 'services/users')}  (1 known leak)\n`)
    expect(loadConfigFile(file, repo).services.map((s) => s.dir)).toEqual(['services/orders', 'services/users'])
  })
})

describe('the report names the file and the service', () => {
  test('JSON has configFile and service (null without --service); text and markdown say them', () => {
    const plain = JSON.parse(runJson(fixedReport()))
    expect(plain).toMatchObject({ schemaVersion: 1, configFile: null, service: null })
    const report = { ...fixedReport(), config: { file: '.pprof-gate.yml', service: 'orders' } }
    expect(JSON.parse(runJson(report))).toMatchObject({ schemaVersion: 1, verdict: 'fail', configFile: '.pprof-gate.yml', service: 'orders' })
    expect(renderRunText(report)).toContain('Service: orders (.pprof-gate.yml)\n')
    expect(renderRunMarkdown(report)).toContain('Service `orders` of `.pprof-gate.yml`\n')
  })
})
