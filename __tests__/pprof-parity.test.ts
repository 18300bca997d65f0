// Profiles that other tools write (delta profiles, labels, other sample
// types and units, legacy formats, C++ and Rust names), checked against
// `go tool pprof` on the same files: our numbers are pprof's numbers.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { runCli } from '../src/commands/cli.js'
import { buildProfile } from '../testdata/gen/protowriter.js'
import type { ProfileSpec } from '../testdata/gen/protowriter.js'
import { GO, run } from './helpers/go.js'
import { pprofTop, type Top } from './helpers/pproftop.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

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

  test('labelled samples of one stack with opposite signs count apart, as pprof merges by stack and labels', async () => {
    const labelled = (grow: number, shrink: number): ProfileSpec => ({
      sampleTypes: [['inuse_space', 'bytes']],
      ...tables(names),
      samples: [
        { locationIds: [1, 4], values: [grow], labels: [{ key: 'tenant', str: 'a' }] },
        { locationIds: [1, 4], values: [shrink], labels: [{ key: 'tenant', str: 'b' }] },
        { locationIds: [2, 4], values: [700] }
      ]
    })
    const lbase = await write('delta.labels.base.pb.gz', labelled(3000, -1000))
    const lhead = await write('delta.labels.head.pb.gz', labelled(5000, -4000))
    const [plain, diff] = await Promise.all([pprofTop(lhead), pprofTop(lhead, { diffBase: lbase })])
    expect(plain.total).toBe(9700)
    for (const extra of [[], ['--output', path.join(dir, 'delta.labels.diff.pb.gz')]]) {
      const ours = await compareJson(lbase, lhead, extra)
      expect(ours.total).toEqual({ base: diff.total, head: plain.total })
    }
  })

  test('against an empty base, percentages are of head\'s total, as pprof takes them', async () => {
    const empty = await write('delta.empty.pb.gz', spec([]))
    const [ours, pprof] = await Promise.all([textPercents(empty, head), pprofDiffPercents(empty, head)])
    expect(pprof.get('main.grow')).toEqual([62.5, 62.5, 62.5])
    for (const [name, want] of pprof) expect([name, ours.get(name)]).toEqual([name, want])
  })
})

/** `go tool pprof ARGS` as text; throws on a non-zero exit. */
async function pprof(args: string[]): Promise<string> {
  const out = await run(GO, ['tool', 'pprof', ...args], { timeoutMs: 120_000 })
  if (out.code !== 0) throw new Error(`go tool pprof ${args.join(' ')}: ${out.stderr}`)
  return out.stdout
}

describe('--output diff.pb.gz keeps sample labels', () => {
  // CPU samples labelled as pprof.Do labels them (string labels), and an
  // allocation-size label with a unit (a numeric label). One stack carries
  // several label sets, which must stay apart.
  const names = ['main.handle', 'main.encode', 'main.serve']
  const spec = (scale: number): ProfileSpec => ({
    sampleTypes: [['samples', 'count'], ['cpu', 'nanoseconds']],
    periodType: ['cpu', 'nanoseconds'],
    period: 10_000_000,
    ...tables(names),
    samples: [
      { locationIds: [1, 3], values: [2 * scale, 20_000_000 * scale], labels: [{ key: 'route', str: '/api' }, { key: 'size', num: 1024, numUnit: 'bytes' }] },
      { locationIds: [1, 3], values: [3 + scale, 30_000_000 + 10_000_000 * scale], labels: [{ key: 'route', str: '/health' }] },
      { locationIds: [2, 1, 3], values: [scale, 10_000_000 * scale], labels: [{ key: 'route', str: '/api' }, { key: 'size', num: 4096, numUnit: 'bytes' }] },
      { locationIds: [2, 1, 3], values: [1, 10_000_000] }
    ]
  })
  let base: string
  let head: string
  let diff: string
  beforeAll(async () => {
    base = await write('labels.base.pb.gz', spec(1))
    head = await write('labels.head.pb.gz', spec(3))
    diff = path.join(dir, 'labels.diff.pb.gz')
    const r = await cli(['compare', base, head, '--output', diff])
    if (r.code !== 0) throw new Error(`compare exited ${r.code}: ${r.stderr}`)
  })

  test('pprof -tags lists the same labels and values as -diff_base', async () => {
    const [want, got] = await Promise.all([pprof(['-tags', `-diff_base=${base}`, head]), pprof(['-tags', diff])])
    expect(want).toMatch(/route/)
    expect(want).toMatch(/size/)
    expect(got).toBe(want)
  })

  test.each([['route=/api'], ['route=/health'], ['size=4kB']])('pprof -top -tagfocus=%s equals -diff_base', async (focus) => {
    const flags = ['-top', '-unit=ns', '-nodefraction=0', '-edgefraction=0', `-tagfocus=${focus}`]
    const [want, got] = await Promise.all([pprof([...flags, `-diff_base=${base}`, head]), pprof([...flags, diff])])
    const rows = (text: string) => text.slice(text.indexOf('Showing nodes'))
    expect(rows(want)).toMatch(/main\.handle/)
    expect(rows(got)).toBe(rows(want))
  })
})

/** Our compare --format json rows against `pprof -top -diff_base` (exact, -unit=ns): the list of disagreements. */
function deltaMismatches(want: Top, ours: CompareJson): string[] {
  const out: string[] = []
  const byName = new Map(ours.functions.map((f) => [f.name, f]))
  for (const [name, row] of want.rows) {
    const f = byName.get(name)
    if (!f || f.flat.delta !== row.flat || f.cum.delta !== row.cum) {
      out.push(`${name}: pprof ${row.flat}/${row.cum}; ours ${f ? `${f.flat.delta}/${f.cum.delta}` : 'missing'}`)
    }
  }
  for (const f of ours.functions) {
    if (!want.rows.has(f.name) && (f.flat.delta !== 0 || f.cum.delta !== 0)) out.push(`${f.name}: not in pprof; ours ${f.flat.delta}/${f.cum.delta}`)
  }
  return out
}

describe('profiles with partly shared sample types or other units', () => {
  const names = ['main.lock', 'main.work', 'main.main']
  const samples = (scale: number, width: number): ProfileSpec['samples'] => [
    { locationIds: [1, 3], values: Array.from({ length: width }, (_, i) => (i + 1) * 7 * scale) },
    { locationIds: [2, 1, 3], values: Array.from({ length: width }, (_, i) => (i + 2) * 1000 * scale) },
    { locationIds: [2, 3], values: Array.from({ length: width }, (_, i) => (i + 1) * 3) }
  ]
  const profile = (types: [string, string][], scale: number): ProfileSpec => ({ sampleTypes: types, ...tables(names), samples: samples(scale, types.length) })

  test('[samples, cpu] against [cpu]: compared on cpu, as pprof -diff_base does, and the report says what was left out', async () => {
    const base = await write('types.base.pb.gz', profile([['cpu', 'nanoseconds']], 1))
    const head = await write('types.head.pb.gz', profile([['samples', 'count'], ['cpu', 'nanoseconds']], 3))
    const [want, ours] = await Promise.all([pprofTop(head, { diffBase: base }), compareJson(base, head)])
    expect(ours.sampleType).toEqual({ type: 'cpu', unit: 'nanoseconds' })
    expect(want.rows.size).toBe(3)
    expect(deltaMismatches(want, ours)).toEqual([])
    expect(ours.total.base).toBe(want.total)
    const text = await cli(['compare', base, head])
    expect(text.stdout).toContain("left out head's samples (count), which base lacks")
    const onlyHead = await cli(['compare', base, head, '--sample-type', 'samples'])
    expect(onlyHead.code).toBe(2)
    expect(onlyHead.stderr).toMatch(/sample type "samples" is only in head; choose one both have: cpu/)
  })

  test('delay in microseconds against delay in nanoseconds: base converted, as pprof converts it', async () => {
    const contention = (unit: string): [string, string][] => [['contentions', 'count'], ['delay', unit]]
    const base = await write('units.base.pb.gz', profile(contention('microseconds'), 1))
    const head = await write('units.head.pb.gz', profile(contention('nanoseconds'), 2))
    for (const sampleType of ['delay', 'contentions']) {
      const [want, ours] = await Promise.all([pprofTop(head, { diffBase: base, sampleIndex: sampleType }), compareJson(base, head, ['--sample-type', sampleType])])
      expect(want.rows.size).toBeGreaterThan(0)
      expect(deltaMismatches(want, ours)).toEqual([])
      expect(ours.total.base).toBe(want.total)
    }
    const text = await cli(['compare', base, head, '--sample-type', 'delay'])
    expect(text.stdout).toContain("converted base's delay from microseconds to nanoseconds")
    // The diff profile holds the converted values too.
    const out = path.join(dir, 'units.diff.pb.gz')
    expect((await cli(['compare', base, head, '--sample-type', 'delay', '--output', out])).code).toBe(0)
    const [fromPprof, fromOurs] = await Promise.all([pprofTop(head, { diffBase: base, sampleIndex: 'delay' }), pprofTop(out, { sampleIndex: 'delay' })])
    expect(Object.fromEntries(fromOurs.rows)).toEqual(Object.fromEntries(fromPprof.rows))
  })

  test('head with a type base lacks: the default type is the first shared one, as pprof picks it', async () => {
    const base = await write('default.base.pb.gz', profile([['alloc_objects', 'count'], ['alloc_space', 'bytes']], 1))
    const head = await write('default.head.pb.gz', profile([['alloc_objects', 'count'], ['alloc_space', 'bytes'], ['inuse_space', 'bytes']], 2))
    const [want, ours] = await Promise.all([pprofTop(head, { diffBase: base }), compareJson(base, head)])
    expect(ours.sampleType.type).toBe('alloc_objects')
    expect(deltaMismatches(want, ours)).toEqual([])
  })

  test('the note names what was left out as plain text in markdown and on a terminal', async () => {
    const hostile = '<img src=x onerror=alert(1)>\u001b[2J'
    const base = await write('hostile.base.pb.gz', profile([['cpu', 'nanoseconds']], 1))
    const head = await write('hostile.head.pb.gz', profile([[hostile, '@octocat'], ['cpu', 'nanoseconds']], 2))
    const md = await cli(['compare', base, head, '--format', 'markdown'])
    expect(md.code).toBe(0)
    const note = md.stdout.split('\n').find((l) => l.startsWith('Note:'))!
    expect(note).toContain('left out head')
    // Names only inside code spans, where markdown shows them as they are.
    expect(note.replace(/`[^`]*`/g, '')).not.toMatch(/[<@]/)
    const text = await cli(['compare', base, head])
    expect(text.stdout).not.toContain('\u001b')
  })

  test('units that do not convert are refused, naming both', async () => {
    const base = await write('badunit.base.pb.gz', profile([['delay', 'cycles']], 1))
    const head = await write('badunit.head.pb.gz', profile([['delay', 'nanoseconds']], 1))
    const r = await cli(['compare', base, head])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/"delay".*"cycles".*"nanoseconds".*do not convert/)
  })
})

describe('legacy formats are named in the refusal', () => {
  const legacy = (name: string) => path.join(ROOT, 'testdata', 'legacy', name)

  test.each(['go.crc32.cpu', 'cppbench.cpu'])('%s: a legacy binary CPU profile (pprof reads it, so it is one)', async (name) => {
    // pprof itself accepts the file: it is what we say it is.
    expect(await pprof(['-top', legacy(name)])).toMatch(/Showing nodes/)
    for (const file of [legacy(name), await gzipped(legacy(name))]) {
      const r = await cli(['compare', file, file])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/legacy binary CPU profile.*go tool pprof -proto/)
      expect(r.stderr).not.toMatch(/field number 0/)
    }
  })

  test('Go\'s debug=1 threadcreate text, gzipped or not', async () => {
    expect(await pprof(['-top', legacy('go.godoc.thread')])).toMatch(/Showing nodes/)
    for (const file of [legacy('go.godoc.thread'), await gzipped(legacy('go.godoc.thread'))]) {
      const r = await cli(['compare', file, file])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/text form \(debug=1\) of a threadcreate profile.*debug=0/)
      expect(r.stderr).not.toMatch(/not gzip/)
    }
  })

  test('other text out of a gzip stream is not called "not gzip"', async () => {
    const file = path.join(dir, 'notes.txt.gz')
    await writeFile(file, gzipSync('just some notes, not a profile at all\n'))
    const r = await cli(['compare', file, file])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/the gzip stream holds text/)
  })
})

async function gzipped(file: string): Promise<string> {
  const out = path.join(dir, `${path.basename(file)}.gz`)
  await writeFile(out, gzipSync(await readFile(file)))
  return out
}

describe('C++ and Rust names as pprof shows them', () => {
  // [name, system name] as profilers write them: demangled C++ (perf,
  // Parca, Pyroscope), demangled Rust (pprof-rs), Go and Java shapes that
  // must stay as they are, and a function whose name differs from its system name.
  const functions: [string, string][] = [
    ['std::vector<int, std::allocator<int> >::push_back(int const&)', 'std::vector<int, std::allocator<int> >::push_back(int const&)'],
    ['std::vector<long, std::allocator<long> >::push_back(long const&)', 'std::vector<long, std::allocator<long> >::push_back(long const&)'],
    ['foo::Bar<T>::baz() const', 'foo::Bar<T>::baz() const'],
    ['core::ptr::drop_in_place<tokio::runtime::Runtime>', 'core::ptr::drop_in_place<tokio::runtime::Runtime>'],
    ['<alloc::vec::Vec<T> as core::ops::drop::Drop>::drop', '<alloc::vec::Vec<T> as core::ops::drop::Drop>::drop'],
    ['', 'ns::only_system_name(int)'],
    ['pretty::name', 'ns::system(int)'],
    ['odd::close)(x)', 'odd::close)(x)'],
    ['main.Sum[go.shape.int]', 'main.Sum[go.shape.int]'],
    ['main.(*Cache[...]).Put', 'main.(*Cache[...]).Put'],
    ['main.apply[go.shape.func(int) int]', 'main.apply[go.shape.func(int) int]'],
    ['java.lang.Object.<init>', 'java.lang.Object.<init>'],
    // Mangled (name = system name, as an unsymbolized profile has them).
    ...[
      '_ZNSt6vectorIiSaIiEE9push_backERKi',
      '_ZNSt6vectorIlSaIlEE9push_backERKl',
      '_ZN3foo3BarC2Ev',
      '_ZN3foo3BarD1Ev',
      '_ZNK3foo3Bar3bazEv',
      '_ZN3foo3BarpLERKS0_',
      '_ZlsRSoRK3Foo',
      '_ZL6helperi',
      '_Z3maxIiET_S0_S0_',
      '_ZNSs6appendEPKc',
      '_ZN3foo3bar17hdeadbeef12345678E.llvm.123',
      '_ZN4core3ptr85drop_in_place$LT$std..rt..lang_start$LT$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h0123456789abcdefE',
      '__ZN3foo3quxEv',
      '_ZN5outer5innerEv.cold'
    ].map((m): [string, string] => [m, m]),
    ['main', 'main']
  ]
  const root = functions.length
  const spec = (scale: number): ProfileSpec => ({
    sampleTypes: [['cpu', 'nanoseconds']],
    functions: functions.map(([name, systemName], i) => ({ id: i + 1, name, systemName })),
    locations: functions.map((_, i) => ({ id: i + 1, lines: [{ functionId: i + 1 }] })),
    samples: functions.slice(0, -1).map((_, i) => ({ locationIds: [i + 1, root], values: [(i + 1) * 1000 * (i % 2 === 0 ? scale : 1) + scale] }))
  })
  let base: string
  let head: string
  beforeAll(async () => {
    base = await write('names.base.pb.gz', spec(1))
    head = await write('names.head.pb.gz', spec(3))
  })

  test('every function and number equals pprof -top, with and without -diff_base', async () => {
    const [plain, diff, ours] = await Promise.all([pprofTop(head), pprofTop(head, { diffBase: base }), compareJson(base, head)])
    const names = ours.functions.map((f) => f.name)
    expect(names).toContain('std::vector::push_back')
    expect(names).not.toContain('std::vector<int, std::allocator<int> >::push_back(int const&)')
    expect([...plain.rows.keys()].sort()).toEqual(names.filter((n) => ours.functions.find((f) => f.name === n)!.cum.head !== 0).sort())
    for (const [name, row] of plain.rows) {
      const f = ours.functions.find((x) => x.name === name)
      expect([name, f?.flat.head, f?.cum.head]).toEqual([name, row.flat, row.cum])
    }
    expect(deltaMismatches(diff, ours)).toEqual([])
  })

  test('--raw-names keeps the names as written', async () => {
    const ours = await compareJson(base, head, ['--raw-names'])
    const names = ours.functions.map((f) => f.name)
    expect(names).toContain('std::vector<int, std::allocator<int> >::push_back(int const&)')
    expect(names).toContain('std::vector<long, std::allocator<long> >::push_back(long const&)')
    expect(names).not.toContain('std::vector::push_back')
  })
})
