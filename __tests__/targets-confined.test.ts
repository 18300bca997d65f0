/**
 * Where load and profile requests may reach: a targets file's `@body` must
 * be a file in that file's folder (after symbolic links), and --pprof-url
 * (input pprof-url) must be plain http on loopback, as targets already are.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseRunArgs } from '../src/commands/run.js'
import { toRunConfig } from '../src/github/inputs.js'
import { parseTargets } from '../src/harness/targets.js'

const root = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-confined-'))
const dir = path.join(root, 'load')
mkdirSync(path.join(dir, 'bodies'), { recursive: true })
writeFileSync(path.join(dir, 'body.json'), '{"a":1}')
writeFileSync(path.join(dir, 'bodies', 'item.json'), '{"b":2}')
writeFileSync(path.join(root, 'secret.txt'), 'TOKEN=ghs_x')
symlinkSync(path.join(root, 'secret.txt'), path.join(dir, 'linked.json'))

const parse = (body: string) => parseTargets(`POST /items\n@${body}\n`, { baseUrl: 'http://127.0.0.1:0', bodyDir: dir, source: '--targets t.txt' })

test('bodies in the targets file folder, or below it, are read', () => {
  expect(parse('body.json')[0].body?.toString()).toBe('{"a":1}')
  expect(parse('bodies/item.json')[0].body?.toString()).toBe('{"b":2}')
  expect(parse(path.join(dir, 'body.json'))[0].body?.toString()).toBe('{"a":1}')
})

test.each([
  ['an absolute path elsewhere', '/proc/self/environ'],
  ['a path that climbs out', '../secret.txt'],
  ['a symbolic link that points out', 'linked.json'],
  ['the folder itself', '.']
])('a body outside the folder is refused: %s', (_what, body) => {
  expect(() => parse(body)).toThrow(/--targets t\.txt line 2: body file @.* is outside the targets file's folder/)
})

test('--pprof-url must be http on loopback; {port} is allowed', () => {
  const cli = (url: string) => parseRunArgs(['--base-dir', '.', '--pprof-url', url]).config.pprofUrl
  expect(cli('http://127.0.0.1:{port}/debug/pprof')).toBe('http://127.0.0.1:{port}/debug/pprof')
  expect(cli('http://localhost:6060/debug/pprof')).toBe('http://localhost:6060/debug/pprof')
  expect(() => cli('http://169.254.169.254/latest/meta-data')).toThrow(/--pprof-url: "http:\/\/169\.254\.169\.254\/latest\/meta-data" is not a loopback address/)
  expect(() => cli('http://evil.example:{port}/debug/pprof')).toThrow(/is not a loopback address/)
  expect(() => cli('https://127.0.0.1:{port}/debug/pprof')).toThrow(/is not an http:\/\/ URL/)
  expect(() => cli('http://u:p@127.0.0.1:{port}/')).toThrow(/has credentials in it/)
  expect(() => cli('not a url')).toThrow(/--pprof-url: bad URL/)
})

test("input pprof-url is held the same way", () => {
  const inputs: Record<string, string> = { 'base-ref': 'main', 'pprof-url': 'http://10.0.0.5:6060/debug/pprof' }
  expect(() => toRunConfig((n) => inputs[n] ?? '', { hint: 'x' })).toThrow(/input 'pprof-url': .* is not a loopback address/)
})
