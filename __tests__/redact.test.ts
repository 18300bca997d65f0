/**
 * manifest.json is uploaded with the run directory: the configuration it
 * records keeps its shape, but no value that looks like a credential.
 */
import type { RunConfig } from '../src/config.js'
import { DEFAULTS } from '../src/config.js'
import { manifest } from '../src/pipeline.js'
import type { RunResult } from '../src/pipeline.js'
import { REDACTED, redactArgs, redactText } from '../src/redact.js'

const SECRETS = [
  'hunter2',
  'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
  'AKIAIOSFODNN7EXAMPLE',
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl',
  's3cr3t-value',
  'pa55word'
]

const config = (): RunConfig => ({
  base: { kind: 'dir', dir: '/tmp/base' },
  headDir: '/tmp/head',
  package: './cmd/api',
  buildArgs: ['-tags', 'prod', '-ldflags', '-X main.apiKey=hunter2', '-trimpath'],
  args: ['-port', '{port}', '--db-password', 'pa55word', '--token=ghp_abcdefghijklmnopqrstuvwxyz0123456789', '-dsn', 'postgres://app:s3cr3t-value@127.0.0.1/db'],
  env: { AWS_SECRET_ACCESS_KEY: 'x' },
  readyPath: '/healthz',
  readyTimeoutMs: 30_000,
  pprofUrl: 'http://admin:hunter2@127.0.0.1:{port}/debug/pprof?access_token=AKIAIOSFODNN7EXAMPLE',
  targets: ['GET /orders?api_key=s3cr3t-value&page=2'],
  targetsFile: null,
  requests: 100,
  durationMs: null,
  concurrency: 2,
  rate: null,
  warmupRequests: 10,
  loadCommand: `hey -n 100 -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl' -H "X-Api-Key: pa55word" $PPROF_GATE_URL/orders`,
  loadCommandRequests: 100,
  leakTrials: 1,
  leakRounds: 2,
  memProfileRate: 4096,
  cpuPairs: 0,
  maxCpuPairs: 1,
  cpuSeconds: 1,
  failOnInconclusive: false,
  thresholds: DEFAULTS.thresholds,
  allow: { ignoreTop: [], ignoreAny: [] },
  outDir: '/tmp/out',
  quiesceTimeoutMs: 5000,
  goroutineLeakProfile: false
})

const result = (): RunResult => ({
  verdict: { verdict: 'pass', checks: [] } as unknown as RunResult['verdict'],
  records: [],
  outDir: '/tmp/out',
  goVersion: 'go1.26',
  base: { dir: '/tmp/base' },
  head: { dir: '/tmp/head' },
  timings: { buildMs: 0, trialsMs: 0, analysisMs: 0, totalMs: 0 },
  flameGraphs: { cpu: null, heap: null, goroutines: null }
})

test('manifest.json keeps the configuration, without a credential in args, build-args, load-command, targets or pprof-url', () => {
  const text = JSON.stringify(manifest(config(), result()))
  for (const s of SECRETS) expect(text).not.toContain(s)
  const m = manifest(config(), result()).config as Record<string, unknown>
  expect(m.args).toEqual(['-port', '{port}', '--db-password', REDACTED, `--token=${REDACTED}`, '-dsn', `postgres://app:${REDACTED}@127.0.0.1/db`])
  expect(m.buildArgs).toEqual(['-tags', 'prod', '-ldflags', `-X main.apiKey=${REDACTED}`, '-trimpath'])
  expect(m.pprofUrl).toBe(`http://admin:${REDACTED}@127.0.0.1:{port}/debug/pprof?access_token=${REDACTED}`)
  expect(m.targets).toEqual([`GET /orders?api_key=${REDACTED}&page=2`])
  expect(m.loadCommand).toBe(`hey -n 100 -H 'Authorization: ${REDACTED}' -H "X-Api-Key: ${REDACTED}" $PPROF_GATE_URL/orders`)
  expect(m.env).toEqual(['AWS_SECRET_ACCESS_KEY'])
  expect(m.package).toBe('./cmd/api')
})

test('ordinary arguments are left as they are', () => {
  const args = ['-port', '{port}', '-workers', '8', '--keyspace-size=100', '-tags', 'a b', 'http://127.0.0.1:8080/x?page=2', '-monkey']
  expect(redactArgs(args)).toEqual(args)
  expect(redactText('wrk -t2 -c8 -d10s $PPROF_GATE_URL/orders')).toBe('wrk -t2 -c8 -d10s $PPROF_GATE_URL/orders')
})

test('token shapes are caught wherever they stand', () => {
  expect(redactText('curl -s https://x.invalid/ghs_ABCDEFGHIJKLMNOPQRSTUVWX1234 xoxb-1234567890-abcdef')).toBe(`curl -s https://x.invalid/${REDACTED} ${REDACTED}`)
  expect(redactArgs(['--secret', 'v', '-session', 'abc', '--auth-file=/x'])).toEqual(['--secret', REDACTED, '-session', REDACTED, `--auth-file=${REDACTED}`])
})
