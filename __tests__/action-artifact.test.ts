/**
 * The run directory as an artifact: which files go (everything but bin/,
 * symbolic links and names the service refuses), the artifact's name per
 * working directory, and the upload itself through the toolkit's real
 * client against the fake artifact service on loopback (CreateArtifact,
 * the blob upload, FinalizeArtifact), unzipped with unzip(1).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { artifactLine, selectRunFiles, uploadRunDir } from '../src/github/artifact.js'
import { artifactName, badArtifactName } from '../src/github/artifact-name.js'
import { FakeGitHub } from './helpers/fake-github.js'

let tmp: string
let runDir: string
const gh = new FakeGitHub()

function write(rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(runDir, rel)), { recursive: true })
  writeFileSync(path.join(runDir, rel), text)
}

/** Names in a zip, as unzip lists them. */
function zipNames(zip: Buffer): string[] {
  const file = path.join(tmp, `listed-${Date.now()}.zip`)
  writeFileSync(file, zip)
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean).sort()
}

function zipFile(zip: Buffer, name: string): string {
  const file = path.join(tmp, `read-${Date.now()}.zip`)
  writeFileSync(file, zip)
  return execFileSync('unzip', ['-p', file, name], { encoding: 'utf8' })
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-artifact-'))
  runDir = path.join(tmp, 'run')
  write('report.json', '{"verdict":"fail"}\n')
  write('flamegraph-cpu.html', '<!doctype html><title>cpu</title>\n')
  write('pprof-gate-handoff.json', '{}\n')
  write('head-1/goroutine-round2.pb.gz', 'profile bytes')
  write('head-1/service.log', 'listening\n')
  write('bin/base', '\x7fELF base binary')
  write('bin/head', '\x7fELF head binary')
  write('head-1/bin/kept.txt', 'only the top-level bin/ is the binaries')
  write('odd:name.txt', 'a colon: the service refuses it')
  write('forged\n::error::file=x::forged', 'a line break: a workflow command if printed bare')
  symlinkSync('/etc/hostname', path.join(runDir, 'head-1', 'hostname-link'))
  await gh.start()
})

afterAll(async () => {
  await gh.stop()
  await rm(tmp, { recursive: true, force: true })
})

test('the files: everything but bin/, symbolic links and names the service refuses', async () => {
  const r = await selectRunFiles(runDir)
  expect(r.files.map((f) => path.relative(runDir, f))).toEqual([
    'flamegraph-cpu.html',
    'head-1/bin/kept.txt',
    'head-1/goroutine-round2.pb.gz',
    'head-1/service.log',
    'pprof-gate-handoff.json',
    'report.json'
  ])
  expect(r.left).toEqual([
    { path: 'forged\n::error::file=x::forged', why: 'its name holds a character artifacts may not' },
    { path: 'head-1/hostname-link', why: 'a symbolic link' },
    { path: 'odd:name.txt', why: 'its name holds a character artifacts may not' }
  ])
  expect(r.bytes).toBe(r.files.reduce((n, f) => n + statSync(f).size, 0))
})

test('one name per working directory, one the service accepts', () => {
  expect(artifactName('.')).toBe('pprof-gate')
  expect(artifactName('')).toBe('pprof-gate')
  expect(artifactName('services/orders')).toBe('pprof-gate-services-orders')
  expect(artifactName('./services/orders/')).toBe('pprof-gate-services-orders')
  expect(artifactName('../x y/ünï:code')).toBe('pprof-gate-x-y-n-code')
  expect(artifactName('a'.repeat(500)).length).toBe(200)
  for (const wd of ['.', 'services/orders', '../x y/ünï:code', 'a\\b|c*?"<>\n', 'a'.repeat(500)]) expect(badArtifactName(artifactName(wd))).toBeNull()
  expect(badArtifactName('a/b')).toMatch(/holds "\/"/)
  expect(badArtifactName('')).toBe('is empty')
})

test('the upload: the toolkit creates, uploads and finalizes; the zip holds the selected files; the credentials leave the environment again', async () => {
  const warnings: string[] = []
  const infos: string[] = []
  const log = { info: (m: string) => infos.push(m), warning: (m: string) => warnings.push(m) }
  const credentials = { runtimeToken: gh.runtimeToken, resultsUrl: gh.url }
  const a = await uploadRunDir({ runDir, name: 'pprof-gate-services-orders', retentionDays: 3, credentials, runPage: 'https://github.example/octo/shop/actions/runs/4242' }, log)
  expect(warnings).toEqual([])
  expect(infos).toContain('artifact pprof-gate-services-orders: leaving out "forged\\n::error::file=x::forged": its name holds a character artifacts may not')
  for (const m of infos) expect(m).not.toContain('\n')
  const stored = gh.artifact('pprof-gate-services-orders')!
  expect(a).toEqual({ name: 'pprof-gate-services-orders', id: stored.id, size: stored.zip.length, url: `https://github.example/octo/shop/actions/runs/4242/artifacts/${stored.id}` })
  expect(zipNames(stored.zip)).toEqual(['flamegraph-cpu.html', 'head-1/bin/kept.txt', 'head-1/goroutine-round2.pb.gz', 'head-1/service.log', 'pprof-gate-handoff.json', 'report.json'])
  expect(zipFile(stored.zip, 'report.json')).toBe('{"verdict":"fail"}\n')
  const days = (Date.parse(stored.expiresAt!) - Date.now()) / 86_400_000
  expect(days).toBeGreaterThan(2.9)
  expect(days).toBeLessThan(3.1)
  expect(process.env.ACTIONS_RUNTIME_TOKEN).toBeUndefined()
  expect(process.env.ACTIONS_RESULTS_URL).toBeUndefined()
  expect(artifactLine(a!)).toBe(`📦 [Open the flame graphs: artifact \`pprof-gate-services-orders\`, ${stored.zip.length} B](${a!.url}) (profiles, reports and service logs too)`)
})

test('a failed upload (the name taken in this run, no runner) is a warning that says what to do', async () => {
  const warnings: string[] = []
  const log = { info: () => {}, warning: (m: string) => warnings.push(m) }
  const request = { runDir, name: 'pprof-gate-services-orders', retentionDays: null, credentials: { runtimeToken: gh.runtimeToken, resultsUrl: gh.url }, runPage: null }
  expect(await uploadRunDir(request, log)).toBeNull()
  expect(await uploadRunDir({ ...request, credentials: null }, log)).toBeNull()
  expect(warnings).toEqual([
    expect.stringMatching(/^pprof-gate: the run directory was not uploaded as artifact pprof-gate-services-orders: .*409.*already exists.*The verdict stands; .*give each its own artifact-name/),
    expect.stringMatching(/ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set.*Set upload-artifact: false/)
  ])
  for (const w of warnings) expect(w).not.toContain('\n')
})
