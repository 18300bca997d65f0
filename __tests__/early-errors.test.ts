/**
 * Mistakes that used to surface late, or without the file they are about:
 * each is now one clear line (exit 2) before anything runs, naming what is
 * wrong. A warm-up of 0 (the CPU window is sized from the warm-up), a
 * package that is not a main package (go build would write an archive), a
 * working directory that does not exist (it was created, then "not in a git
 * repository"), and profile errors found after decoding (no sample types, a
 * sample type not there, different kinds), which now name the file.
 */
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../src/commands/cli.js'
import { parseRunArgs } from '../src/commands/run.js'
import { toRunConfig } from '../src/github/inputs.js'
import { buildProfile } from '../testdata/gen/protowriter.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-early-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  const code = await runCli(args, { stdout: () => {}, stderr: (s) => (stderr += s) })
  return { code, stderr }
}

test('warm-up 0 is refused where it is given, flag or input', () => {
  expect(() => parseRunArgs(['--base-dir', '.', '--warmup', '0'])).toThrow('--warmup must be at least 1; got 0')
  const inputs: Record<string, string> = { 'base-ref': 'main', warmup: '0' }
  expect(() => toRunConfig((n) => inputs[n] ?? '', { hint: 'x' })).toThrow("input 'warmup' must be at least 1; got 0")
})

test('a package that is not a main package: refused before the build, with what to give instead', async () => {
  const mod = path.join(dir, 'lib')
  await mkdir(path.join(mod, 'internal', 'store'), { recursive: true })
  await writeFile(path.join(mod, 'go.mod'), 'module example.com/lib\n\ngo 1.22\n')
  await writeFile(path.join(mod, 'internal', 'store', 'store.go'), 'package store\n\nfunc Get() int { return 1 }\n')
  const out = path.join(dir, 'run-lib')
  const r = await cli(['run', '--base-dir', mod, '--head-dir', mod, '--package', './internal/store', '--trials', '1', '--requests', '5', '--out', out, '--quiet'])
  expect(r.code).toBe(2)
  expect(r.stderr.split('\n')[0]).toMatch(/^pprof-gate: package \.\/internal\/store in .*lib is package store, not a main package: .*--package/)
  expect(existsSync(path.join(out, 'bin')) ? readdirSync(path.join(out, 'bin')) : []).toEqual([])
})

test('a working directory that does not exist is not created, and is named', async () => {
  const missing = path.join(dir, 'no-such-service')
  const r = await cli(['run', '--base-ref', 'main', '--head-dir', missing, '--out', path.join(missing, '.pprof-gate', 'run'), '--quiet'])
  expect(r.code).toBe(2)
  expect(r.stderr).toMatch(/^pprof-gate: the head directory \(working directory\) .*no-such-service does not exist/)
  expect(r.stderr).not.toMatch(/git repository/)
  expect(existsSync(missing)).toBe(false)
})

describe('profile errors found after decoding name the file', () => {
  const file = async (name: string, bytes: Uint8Array) => {
    const p = path.join(dir, name)
    await writeFile(p, bytes)
    return p
  }
  const good = () => buildProfile({ sampleTypes: [['samples', 'count']], functions: [{ id: 1, name: 'main.f' }], locations: [{ id: 1, lines: [{ functionId: 1 }] }], samples: [{ locationIds: [1], values: [3] }] })

  test('no sample types at all (what a bomb of strings decodes to)', async () => {
    const base = await file('good.pb', good())
    const head = await file('strings-only.pb', buildProfile({ extraStrings: Array(1000).fill('x') }))
    const r = await cli(['compare', base, head])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`pprof-gate: head profile ${head}: the profile has no sample types (no sample_type field): nothing to measure or compare\n`)
  })

  test('a sample type that is not there', async () => {
    const base = await file('good2.pb', good())
    const head = await file('good3.pb', good())
    const r = await cli(['compare', base, head, '--sample-type', 'cpu'])
    expect(r.stderr).toMatch(new RegExp(`^pprof-gate: head profile ${head.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: sample type "cpu" not found`))
    const r2 = await cli(['compare', base, head, '--sample-type', 'cpu', '--normalize'])
    expect(r2.stderr).toContain(`head profile ${head}: sample type "cpu" not found`)
  })

  test('profiles of different kinds: both files named', async () => {
    const base = await file('kind-a.pb', good())
    const head = await file('kind-b.pb', buildProfile({ sampleTypes: [['inuse_space', 'bytes']], functions: [{ id: 1, name: 'main.f' }], locations: [{ id: 1, lines: [{ functionId: 1 }] }], samples: [{ locationIds: [1], values: [3] }] }))
    for (const extra of [[], ['--output', path.join(dir, 'diff.pb.gz')]]) {
      const r = await cli(['compare', base, head, ...extra])
      expect(r.stderr).toContain(`base profile ${base}, head profile ${head}: cannot compare profiles of different kinds`)
    }
  })
})
