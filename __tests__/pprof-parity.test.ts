// Profiles that other tools write (delta profiles, labels, other sample
// types and units, legacy formats, C++ and Rust names), checked against
// `go tool pprof` on the same files: our numbers are pprof's numbers.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { runCli } from '../src/commands/cli.js'
import { buildProfile } from '../testdata/gen/protowriter.js'
import type { ProfileSpec } from '../testdata/gen/protowriter.js'
import { GO, run } from './helpers/go.js'
import { pprofTop } from './helpers/pproftop.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-parity-'))
})
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function write(name: string, spec: ProfileSpec): Promise<string> {
  const file = path.join(dir, name)
  await writeFile(file, gzipSync(buildProfile(spec)))
  return file
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s) })
  return { code, stdout, stderr }
}

interface CompareJson {
  sampleType: { type: string; unit: string }
  total: { base: number; head: number }
  functions: { name: string; flat: { base: number; head: number; delta: number }; cum: { base: number; head: number; delta: number } }[]
}

async function compareJson(base: string, head: string, extra: string[] = []): Promise<CompareJson> {
  const r = await cli(['compare', base, head, '--format', 'json', '--top', '0', ...extra])
  if (r.code !== 0) throw new Error(`compare exited ${r.code}: ${r.stderr}`)
  return JSON.parse(r.stdout) as CompareJson
}

/** Functions 1..n named, each at location i (one line), leaf first stacks by function index. */
function tables(names: string[]): Pick<ProfileSpec, 'locations' | 'functions'> {
  return {
    functions: names.map((name, i) => ({ id: i + 1, name })),
    locations: names.map((_, i) => ({ id: i + 1, lines: [{ functionId: i + 1 }] }))
  }
}

type Percents = Map<string, [number, number, number]>

/** flat%, sum% and cum% per function, as `pprof -top -diff_base=BASE HEAD` prints them. */
async function pprofDiffPercents(base: string, head: string): Promise<Percents> {
  const args = ['tool', 'pprof', '-top', '-nodecount=100', '-nodefraction=0', '-edgefraction=0', `-diff_base=${base}`, head]
  const out = await run(GO, args, { timeoutMs: 120_000 })
  if (out.code !== 0) throw new Error(`go ${args.join(' ')}: ${out.stderr}`)
  const rows: Percents = new Map()
  for (const line of out.stdout.split('\n')) {
    const m = /^\s*\S+\s+(\S+)%\s+(\S+)%\s+\S+\s+(\S+)%\s+(\S+)$/.exec(line)
    if (m) rows.set(m[4], [Number(m[1]), Number(m[2]), Number(m[3])])
  }
  return rows
}

/** The same columns of our text report, unsigned as pprof prints them. */
async function textPercents(base: string, head: string): Promise<Percents> {
  const r = await cli(['compare', base, head, '--top', '0'])
  if (r.code !== 0) throw new Error(`compare exited ${r.code}: ${r.stderr}`)
  const rows: Percents = new Map()
  for (const line of r.stdout.split('\n')) {
    // flat Δ, flat%, sum%, cum Δ, cum%, base flat, head flat, function
    const m = /^\s*\S+\s+(\S+)%\s+(\S+)%\s+\S+\s+(\S+)%\s+\S+\s+\S+\s+(\S+)$/.exec(line)
    if (m) rows.set(m[4], [Math.abs(Number(m[1])), Math.abs(Number(m[2])), Math.abs(Number(m[3]))])
  }
  return rows
}

describe('negative sample values (delta profiles)', () => {
  // A delta profile (what a continuous profiler uploads for an interval):
  // in-use figures fell for some sites, so some values are negative.
  const names = ['main.grow', 'main.shrink', 'main.steady', 'main.root']
  const spec = (values: [number[], number][]): ProfileSpec => ({
    sampleTypes: [['inuse_space', 'bytes']],
    ...tables(names),
    samples: values.map(([stack, v]) => ({ locationIds: stack, values: [v] }))
  })
  let base: string
  let head: string
  beforeAll(async () => {
    base = await write('delta.base.pb.gz', spec([[[1, 4], 3000], [[2, 4], -1000], [[3, 4], 500]]))
    head = await write('delta.head.pb.gz', spec([[[1, 4], 5000], [[2, 4], -2500], [[3, 4], 500]]))
  })

  test('each side\'s total is pprof\'s (the sum of |value|)', async () => {
    const ours = await compareJson(base, head)
    const [plainHead, plainBase, diff] = await Promise.all([pprofTop(head), pprofTop(base), pprofTop(head, { diffBase: base })])
    expect(ours.total.head).toBe(plainHead.total)
    expect(ours.total.base).toBe(plainBase.total)
    // -diff_base takes percentages of the base total.
    expect(ours.total.base).toBe(diff.total)
    expect(ours.total.head).toBe(8000)
  })

  test('every flat%, sum% and cum% of the text report is pprof\'s', async () => {
    const [ours, pprof] = await Promise.all([textPercents(base, head), pprofDiffPercents(base, head)])
    // main.steady did not change: pprof lists neither it nor a 0%.
    expect([...pprof.keys()].sort()).toEqual(['main.grow', 'main.root', 'main.shrink'])
    for (const [name, want] of pprof) expect([name, ours.get(name)]).toEqual([name, want])
  })

  test('against an empty base, percentages are of head\'s total, as pprof takes them', async () => {
    const empty = await write('delta.empty.pb.gz', spec([]))
    const [ours, pprof] = await Promise.all([textPercents(empty, head), pprofDiffPercents(empty, head)])
    expect(pprof.get('main.grow')).toEqual([62.5, 62.5, 62.5])
    for (const [name, want] of pprof) expect([name, ours.get(name)]).toEqual([name, want])
  })
})
