/**
 * Action inputs: the same RunConfig as the CLI's flags (the action is `run`
 * started in working-directory), errors that name the input and the value,
 * the base each event implies, and action.yml's documented defaults in step
 * with the code's.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseRunArgs } from '../src/commands/run.js'
import { DEFAULTS } from '../src/config.js'
import type { RunConfig } from '../src/config.js'
import { defaultBase, readEvent } from '../src/github/event.js'
import { readSettings, toRunConfig } from '../src/github/inputs.js'
import { actionDefaults, ROOT } from './helpers/action-runner.js'

const getter = (inputs: Record<string, string>) => (name: string) => (inputs[name] ?? '').trim()
const withoutOutDir = (c: RunConfig) => ({ ...c, outDir: undefined })

describe('inputs -> RunConfig', () => {
  test('every input gives the config the CLI builds from the matching flags (run from the workspace)', () => {
    const inputs = {
      'working-directory': 'services/orders',
      'base-ref': 'origin/main',
      package: './cmd/orders',
      'build-args': "-tags 'integration fast' -trimpath",
      args: '--listen 127.0.0.1:{port} --name "a b"',
      env: 'GOMAXPROCS=2\n# a comment\nMODE=a=b\n',
      'targets-file': 'load/targets.txt',
      targets: 'GET /orders\n\nPOST /orders?x=1\n',
      requests: '500',
      concurrency: '4',
      duration: '10s',
      rate: '250',
      warmup: '50',
      'load-command': 'hey -n 100 $PPROF_GATE_URL',
      'load-command-requests': '100',
      trials: '5',
      rounds: '3',
      'mem-profile-rate': '1024',
      'cpu-pairs': '4',
      'max-cpu-pairs': '6',
      'cpu-seconds': '3',
      'fail-on-inconclusive': 'true',
      'hot-spot-share': '10',
      'max-hot-spot-percent': '25',
      'ready-path': 'healthz',
      'ready-timeout': '12.5',
      'pprof-url': 'http://127.0.0.1:{port}/debug/pprof',
      'max-goroutines': '3',
      'max-heap-growth': '64MiB',
      'max-cpu-percent': '20',
      'cpu-alpha': '0.1',
      ignore: 'top: internal/poll.runtime_pollWait\nany: *.backgroundFlush',
      goroutineleak: 'true',
      'run-dir': 'out/run'
    }
    const fromInputs = toRunConfig(getter(inputs), { hint: 'unused' })
    const wd = 'services/orders'
    const { config: fromCli } = parseRunArgs([
      ...['--head-dir', wd, '--base-ref', 'origin/main', '--package', './cmd/orders'],
      ...['--build-arg=-tags', '--build-arg', 'integration fast', '--build-arg=-trimpath'],
      ...['--args=--listen 127.0.0.1:{port} --name "a b"', '--env', 'GOMAXPROCS=2', '--env', 'MODE=a=b'],
      ...['--targets', `${wd}/load/targets.txt`, '--target', 'GET /orders', '--target', 'POST /orders?x=1'],
      ...['--requests', '500', '--concurrency', '4', '--duration', '10s', '--rate', '250', '--warmup', '50'],
      ...['--load-command', 'hey -n 100 $PPROF_GATE_URL', '--load-command-requests', '100', '--trials', '5'],
      ...['--ready-path', 'healthz', '--ready-timeout', '12.5', '--pprof-url', 'http://127.0.0.1:{port}/debug/pprof'],
      ...['--max-goroutines', '3', '--max-heap-growth', '64MiB', '--max-cpu-percent', '20', '--cpu-alpha', '0.1'],
      ...['--rounds', '3', '--mem-profile-rate', '1024', '--cpu-pairs', '4', '--max-cpu-pairs', '6', '--cpu-seconds', '3', '--fail-on-inconclusive'],
      ...['--hot-spot-share', '10', '--max-hot-spot-percent', '25'],
      ...['--ignore-top', 'internal/poll.runtime_pollWait', '--ignore-any', '*.backgroundFlush', '--goroutineleak', '--out', `${wd}/out/run`]
    ])
    expect(fromInputs).toEqual(fromCli)
  })

  test('no inputs but the base: the CLI defaults', () => {
    const fromInputs = toRunConfig(getter({}), { ref: 'main' })
    const { config: fromCli } = parseRunArgs(['--base-ref', 'main'])
    expect(withoutOutDir(fromInputs)).toEqual(withoutOutDir(fromCli))
    expect(fromInputs.outDir).toMatch(/^\.pprof-gate\/run-\d{8}-\d{6}$/)
  })

  test.each([
    [{ requests: '5k' }, `input 'requests' must be a whole number (0 or more); got "5k"`],
    [{ requests: '0' }, `input 'requests' must be at least 1; got 0`],
    [{ trials: '-1' }, `input 'trials' must be a whole number (0 or more); got "-1"`],
    [{ duration: 'soon' }, `input 'duration' must be a positive number; got "soon"`],
    [{ 'max-heap-growth': 'lots' }, `input 'max-heap-growth' must be a size such as 1048576, 64MiB or 1GiB; got "lots"`],
    [{ 'cpu-alpha': '2' }, `input 'cpu-alpha' must be between 0 and 1; got 2`],
    [{ env: 'NOVALUE' }, `input 'env': each line must be NAME=VALUE; got "NOVALUE"`],
    [{ args: '"open' }, `input 'args': unterminated " quote in "\\"open"`],
    [{ ignore: 'runtime.gopark' }, `input 'ignore': each line must be 'top: PATTERN' or 'any: PATTERN'; got "runtime.gopark"`],
    [{ targets: 'GET /x\nX-Token: 1' }, `input 'targets': each line must be 'METHOD URL' (e.g. 'GET /orders'); got "X-Token: 1"`],
    [{ goroutineleak: 'yes' }, `input 'goroutineleak' must be true or false; got "yes"`],
    [{ 'base-ref': 'main', 'base-dir': '../base' }, `give either input 'base-ref' or input 'base-dir', not both`]
  ])('%j is refused: %s', (inputs, message) => {
    expect(() => toRunConfig(getter({ 'base-ref': 'main', ...inputs }), { hint: 'x' })).toThrow(message)
  })

  test('without a base from the event, base-ref is asked for, saying why', () => {
    expect(() => toRunConfig(getter({}), { hint: 'a workflow_dispatch event has no pull request or previous commit to compare with' })).toThrow(
      `input 'base-ref' is required here: a workflow_dispatch event has no pull request or previous commit to compare with; set base-ref (e.g. main) or base-dir`
    )
  })

  test('settings: defaults, choices, report mode needs artifact-path', () => {
    expect(readSettings(getter({}))).toEqual({
      mode: 'measure',
      comment: 'always',
      failOnRegression: true,
      token: '',
      allowPullRequestTarget: false,
      workingDirectory: '.',
      config: '',
      service: '',
      artifactPath: '',
      maxHandoffs: 50,
      uploadArtifact: true,
      artifactName: 'pprof-gate',
      artifactRetentionDays: null,
      failOnInconclusive: false
    })
    expect(readSettings(getter({ 'working-directory': 'services/orders', 'artifact-retention-days': '7', 'upload-artifact': 'false' }))).toMatchObject({
      uploadArtifact: false,
      artifactName: 'pprof-gate-services-orders',
      artifactRetentionDays: 7
    })
    expect(readSettings(getter({ 'working-directory': 'services/orders', 'artifact-name': 'perf race' })).artifactName).toBe('perf race')
    expect(() => readSettings(getter({ 'artifact-name': 'a/b' }))).toThrow(`input 'artifact-name' holds "/", which artifact names may not`)
    expect(() => readSettings(getter({ 'artifact-retention-days': '0' }))).toThrow(`input 'artifact-retention-days' must be 1 or more; got "0"`)
    expect(() => readSettings(getter({ 'upload-artifact': 'yes' }))).toThrow(`input 'upload-artifact' must be true or false; got "yes"`)
    expect(() => readSettings(getter({ 'fail-on-regression': 'no' }))).toThrow(`input 'fail-on-regression' must be true or false; got "no"`)
    expect(() => readSettings(getter({ mode: 'both' }))).toThrow(`input 'mode' must be measure, report, summarize, services; got "both"`)
    expect(() => readSettings(getter({ mode: 'report' }))).toThrow(`input 'artifact-path' is required with mode: report`)
    expect(readSettings(getter({ comment: 'on-regression', 'fail-on-regression': 'False' }))).toMatchObject({ comment: 'on-regression', failOnRegression: false })
  })
})

describe('action.yml', () => {
  const yml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')

  test('the defaults quoted in the descriptions are the code defaults', () => {
    const quoted = (input: string) => new RegExp(`\\n  ${input}:\\n    description: [^\\n]*\\(default ([^)]+)\\)\\.`).exec(yml)?.[1]
    expect({
      requests: quoted('requests'),
      concurrency: quoted('concurrency'),
      warmup: quoted('warmup'),
      trials: quoted('trials'),
      rounds: quoted('rounds'),
      'mem-profile-rate': quoted('mem-profile-rate'),
      'cpu-pairs': quoted('cpu-pairs'),
      'max-cpu-pairs': quoted('max-cpu-pairs'),
      'cpu-seconds': quoted('cpu-seconds'),
      'ready-path': quoted('ready-path'),
      'ready-timeout': quoted('ready-timeout'),
      'max-goroutines': quoted('max-goroutines'),
      'max-heap-growth': quoted('max-heap-growth'),
      'max-cpu-percent': quoted('max-cpu-percent'),
      'cpu-alpha': quoted('cpu-alpha'),
      'hot-spot-share': quoted('hot-spot-share'),
      'max-hot-spot-percent': quoted('max-hot-spot-percent')
    }).toEqual({
      requests: String(DEFAULTS.requests),
      concurrency: String(DEFAULTS.concurrency),
      warmup: String(DEFAULTS.warmupRequests),
      trials: String(DEFAULTS.leakTrials),
      rounds: String(DEFAULTS.leakRounds),
      'mem-profile-rate': String(DEFAULTS.memProfileRate),
      'cpu-pairs': String(DEFAULTS.cpuPairs),
      'max-cpu-pairs': String(DEFAULTS.maxCpuPairs),
      'cpu-seconds': String(DEFAULTS.cpuSeconds),
      'ready-path': DEFAULTS.readyPath,
      'ready-timeout': String(DEFAULTS.readyTimeoutMs / 1000),
      'max-goroutines': String(DEFAULTS.thresholds.goroutines),
      'max-heap-growth': `${DEFAULTS.thresholds.heapBytes / 1024}KiB`,
      'max-cpu-percent': String(DEFAULTS.thresholds.cpuPercent),
      'cpu-alpha': String(DEFAULTS.thresholds.cpuAlpha),
      'hot-spot-share': String(DEFAULTS.thresholds.hotSpotShare),
      'max-hot-spot-percent': String(DEFAULTS.thresholds.hotSpotPercent)
    })
  })

  test('the defaults the runner passes give the code defaults', () => {
    const d = actionDefaults()
    expect(d).toEqual({
      mode: 'measure',
      'working-directory': '.',
      'fail-on-regression': 'true',
      'github-token': '${{ github.token }}',
      'allow-pull-request-target': 'false',
      'upload-artifact': 'true'
    })
    expect(withoutOutDir(toRunConfig(getter(d), { ref: 'main' }))).toEqual(withoutOutDir(toRunConfig(getter({}), { ref: 'main' })))
  })

  test('every input the code reads is declared, and every output it sets', () => {
    const declared = [...yml.slice(0, yml.indexOf('\noutputs:')).matchAll(/\n {2}([a-z][a-z0-9-]*):\n/g)].map((m) => m[1])
    const src = ['inputs.ts'].map((f) => readFileSync(path.join(ROOT, 'src/github', f), 'utf8')).join('\n')
    const read = new Set([...src.matchAll(/get\('([a-z0-9-]+)'\)|(?:count|num|optional)\('([a-z0-9-]+)'/g)].map((m) => m[1] ?? m[2]))
    for (const r of read) expect(declared).toContain(r)
    const outputs = [...yml.slice(yml.indexOf('\noutputs:')).matchAll(/\n {2}([a-z][a-z0-9-]*):\n/g)].map((m) => m[1])
    expect(outputs.sort()).toEqual([
      'artifact-id',
      'artifact-url',
      'comment-url',
      'cpu-delta-percent',
      'failing-services',
      'goroutine-delta',
      'heap-delta-bytes',
      'report-json',
      'report-markdown',
      'run-dir',
      'services',
      'verdict'
    ])
    expect(yml).toMatch(/runs:\n {2}using: node24\n {2}main: dist\/index.js\n {2}post: dist\/post.js\n {2}post-if: always\(\)/)
  })
})

describe('event context', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-event-'))
  const eventEnv = (name: string, payload: unknown) => {
    const file = path.join(dir, `${name}.json`)
    writeFileSync(file, JSON.stringify(payload))
    return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'octo/shop', GITHUB_RUN_ID: '7', GITHUB_JOB: 'perf' }
  }

  test('pull_request: number, base branch, head commit; the base defaults to the base branch', () => {
    const e = readEvent(eventEnv('pull_request', { number: 3, pull_request: { number: 3, base: { ref: 'main' }, head: { sha: 'abc1234' } } }))
    expect(e.pullRequest).toEqual({ number: 3, baseRef: 'main', headSha: 'abc1234' })
    expect(defaultBase(e)).toEqual({ ref: 'main' })
    expect(e.runUrl).toBe('https://github.com/octo/shop/actions/runs/7')
    expect({ owner: e.owner, repo: e.repo, job: e.job }).toEqual({ owner: 'octo', repo: 'shop', job: 'perf' })
  })

  test('push: the commit before; none for a new branch', () => {
    expect(defaultBase(readEvent(eventEnv('push', { before: 'a'.repeat(40) })))).toEqual({ ref: 'a'.repeat(40) })
    expect(defaultBase(readEvent(eventEnv('push', { before: '0'.repeat(40) })))).toEqual({ hint: expect.stringContaining('created the branch') })
  })

  test('workflow_run: the run metadata; malformed fields count as absent', () => {
    const e = readEvent(
      eventEnv('workflow_run', {
        workflow_run: { event: 'pull_request', head_sha: 'f'.repeat(40), head_branch: 'fix', head_repository: { full_name: 'fork/shop' }, pull_requests: [{ number: 'x' }, { number: 4, head: { sha: 'f' } }] }
      })
    )
    expect(e.workflowRun).toEqual({ event: 'pull_request', headSha: 'f'.repeat(40), headBranch: 'fix', headRepo: 'fork/shop', htmlUrl: '', pullRequests: [{ number: 4, headSha: 'f' }] })
    expect(defaultBase(e)).toEqual({ hint: expect.stringContaining('workflow_run event') })
  })

  test('an unreadable payload is an error naming the file', () => {
    const file = path.join(dir, 'broken.json')
    writeFileSync(file, '{')
    expect(() => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file })).toThrow(`cannot read the event payload ${file}`)
  })
})
