// The proof that pprof-gate's numbers are pprof's numbers: real Go profiles
// from testdata/progs/profgen, our `compare` run in-process, and
// `go tool pprof -top` on the same files, compared function by function with
// exact integers (see helpers/pproftop.ts for how pprof is made to print them).
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../src/commands/cli.js'
import { buildGo, run, runProfgen, type Kind, type Variant } from './helpers/go.js'
import { pprofTop, type Top, type TopOptions, type TopRow } from './helpers/pproftop.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CLI_BUNDLE = path.join(ROOT, 'dist', 'cli.js')

// Every sample type Go writes for each kind, in the profile's order.
const SAMPLE_TYPES: Record<Kind, string[]> = {
  cpu: ['samples', 'cpu'],
  heap: ['alloc_objects', 'alloc_space', 'inuse_objects', 'inuse_space'],
  allocs: ['alloc_objects', 'alloc_space', 'inuse_objects', 'inuse_space'],
  goroutine: ['goroutine']
}
const KINDS = Object.keys(SAMPLE_TYPES) as Kind[]

// The `compare --format json` contract (docs: design.md).
interface Triple {
  base: number
  head: number
  delta: number
}
interface CompareFunction {
  name: string
  flat: Triple
  cum: Triple
}
interface CompareJson {
  sampleType: { type: string; unit: string }
  total: { base: number; head: number }
  functions: CompareFunction[]
}

let dir: string
const profile = (variant: Variant | 'diff', kind: Kind, suffix = ''): string =>
  path.join(dir, `${variant}.${kind}${suffix}.pb.gz`)

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-reference-'))
  const bin = await buildGo(path.join(ROOT, 'testdata', 'progs', 'profgen'))
  // One after another: the CPU workload runs for fixed wall-clock slices, and
  // two runs sharing two cores would blur the base/head difference.
  for (const kind of KINDS) {
    for (const variant of ['base', 'head'] as const) {
      await runProfgen(bin, variant, kind, profile(variant, kind))
    }
  }
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

// pprof runs are the slow part and (b) and (d) need the same one: run each once.
const topCache = new Map<string, Promise<Top>>()
function top(file: string, opts: TopOptions = {}): Promise<Top> {
  const key = JSON.stringify([file, opts])
  let t = topCache.get(key)
  if (!t) {
    t = pprofTop(file, opts)
    topCache.set(key, t)
  }
  return t
}

/** Runs `compare BASE HEAD --format json --top 0` in-process and parses its output. */
async function compare(kind: Kind, sampleType: string, extra: string[] = []): Promise<CompareJson> {
  const args = compareArgs(kind, sampleType, extra)
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: (s: string) => (stdout += s),
    stderr: (s: string) => (stderr += s)
  })
  return parseCompare(`runCli(${args.join(' ')})`, code, stdout, stderr)
}

function compareArgs(kind: Kind, sampleType: string, extra: string[]): string[] {
  return [
    'compare',
    profile('base', kind),
    profile('head', kind),
    '--format',
    'json',
    '--top',
    '0',
    '--sample-type',
    sampleType,
    ...extra
  ]
}

function parseCompare(what: string, code: number, stdout: string, stderr: string): CompareJson {
  // 0 or 1 (pass or "regression"); 2 is a usage/input error and a failure here.
  if (code !== 0 && code !== 1) throw new Error(`${what} exited ${code}: ${stderr}`)
  try {
    return JSON.parse(stdout) as CompareJson
  } catch (e) {
    throw new Error(`${what} printed invalid JSON (${String(e)}):\n${stdout}\nstderr: ${stderr}`)
  }
}

/**
 * Lists every disagreement between pprof's rows and ours, where `pick` takes
 * the pair of our values that pprof's flat and cum columns correspond to.
 * pprof omits a function only when both its values are zero, so a function we
 * list that pprof does not must be zero on both.
 */
function mismatches(pprof: Top, ours: CompareJson, pick: (f: CompareFunction) => TopRow): string[] {
  const byName = new Map<string, CompareFunction>()
  const out: string[] = []
  for (const f of ours.functions) {
    if (byName.has(f.name)) out.push(`${f.name}: listed twice by us`)
    byName.set(f.name, f)
  }
  for (const [name, want] of pprof.rows) {
    const f = byName.get(name)
    if (!f) {
      out.push(`${name}: pprof flat=${want.flat} cum=${want.cum}; ours: missing`)
      continue
    }
    const got = pick(f)
    if (got.flat !== want.flat || got.cum !== want.cum) {
      out.push(`${name}: pprof flat=${want.flat} cum=${want.cum}; ours flat=${got.flat} cum=${got.cum}`)
    }
  }
  for (const [name, f] of byName) {
    const got = pick(f)
    if (!pprof.rows.has(name) && (got.flat !== 0 || got.cum !== 0)) {
      out.push(`${name}: pprof does not list it (0, 0); ours flat=${got.flat} cum=${got.cum}`)
    }
  }
  return out
}

const headValues = (f: CompareFunction): TopRow => ({ flat: f.flat.head, cum: f.cum.head })
const deltaValues = (f: CompareFunction): TopRow => ({ flat: f.flat.delta, cum: f.cum.delta })

describe.each(KINDS)('%s profiles', (kind) => {
  describe.each(SAMPLE_TYPES[kind])('sample type %s', (sampleType) => {
    const base = (): string => profile('base', kind)
    const head = (): string => profile('head', kind)

    test('(a) head flat and cum equal `pprof -top HEAD`', async () => {
      const [want, ours] = await Promise.all([top(head(), { sampleIndex: sampleType }), compare(kind, sampleType)])
      expect(ours.sampleType.type).toBe(sampleType)
      expect(want.rows.size).toBeGreaterThan(0)
      expect(mismatches(want, ours, headValues)).toEqual([])
      // Real profiles have no negative values, so pprof's sum of |v| is the sum.
      expect(ours.total.head).toBe(want.total)
    })

    test('(b) delta flat and cum equal `pprof -top -diff_base=BASE HEAD`', async () => {
      const [want, ours] = await Promise.all([
        top(head(), { sampleIndex: sampleType, diffBase: base() }),
        compare(kind, sampleType)
      ])
      expect(want.rows.size).toBeGreaterThan(0)
      expect(mismatches(want, ours, deltaValues)).toEqual([])
      // With -diff_base pprof's total is the base's.
      expect(ours.total.base).toBe(want.total)
    })

    test('(c) delta with --normalize equals `pprof -top -normalize -diff_base=BASE HEAD`', async () => {
      const [want, ours] = await Promise.all([
        top(head(), { sampleIndex: sampleType, diffBase: base(), normalize: true }),
        compare(kind, sampleType, ['--normalize'])
      ])
      expect(want.rows.size).toBeGreaterThan(0)
      expect(mismatches(want, ours, deltaValues)).toEqual([])
      // -normalize scales head to base, never base.
      expect(ours.total.base).toBe(want.total)
    })

    test('(d) our --output diff read by plain `pprof -top` equals `-diff_base=BASE HEAD`', async () => {
      const out = profile('diff', kind, `.${sampleType}`)
      await compare(kind, sampleType, ['--output', out])
      const [want, got] = await Promise.all([
        top(head(), { sampleIndex: sampleType, diffBase: base() }),
        top(out, { sampleIndex: sampleType })
      ])
      expect(Object.fromEntries(got.rows)).toEqual(Object.fromEntries(want.rows))
    })

    // Not in the written contract, but what a user of --normalize --output
    // expects: the file holds the normalized diff.
    test('(d) with --normalize: our --output diff equals `-normalize -diff_base=BASE HEAD`', async () => {
      const out = profile('diff', kind, `.${sampleType}.normalized`)
      await compare(kind, sampleType, ['--normalize', '--output', out])
      const [want, got] = await Promise.all([
        top(head(), { sampleIndex: sampleType, diffBase: base(), normalize: true }),
        top(out, { sampleIndex: sampleType })
      ])
      expect(Object.fromEntries(got.rows)).toEqual(Object.fromEntries(want.rows))
    })
  })

  test('the bundled CLI (node dist/cli.js) prints the same JSON as runCli', async () => {
    const sampleType = SAMPLE_TYPES[kind][SAMPLE_TYPES[kind].length - 1]
    if (!existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} does not exist: run \`npm run bundle\` first`)
    const args = compareArgs(kind, sampleType, [])
    const r = await run(process.execPath, [CLI_BUNDLE, ...args], { timeoutMs: 60_000, env: process.env })
    const bundled = parseCompare(`node dist/cli.js ${args.join(' ')}`, r.code, r.stdout, r.stderr)
    expect(bundled).toEqual(await compare(kind, sampleType))
  })
})

// The comparisons above would pass vacuously on profiles that lack the hard
// cases; these check, with pprof alone, that the fixtures have them.
describe('profgen fixtures exercise the hard cases', () => {
  test('cpu: recursion, methods, closures, generics, inlining; head adds and drops a function', async () => {
    const head = await top(profile('head', 'cpu'), { sampleIndex: 'cpu' })
    const base = await top(profile('base', 'cpu'), { sampleIndex: 'cpu' })
    for (const name of [
      'main.fib',
      'main.isEven',
      'main.isOdd',
      'main.(*Matrix).Mul',
      'main.closures.func1',
      'main.closures.func2',
      'main.Sum[go.shape.int]',
      'main.Sum[go.shape.float64]',
      'main.mix',
      'main.headOnly'
    ]) {
      expect([name, head.rows.has(name)]).toEqual([name, true])
    }
    expect(head.rows.has('main.baseOnly')).toBe(false)
    expect(base.rows.has('main.baseOnly')).toBe(true)
    expect(base.rows.has('main.headOnly')).toBe(false)
    // fib gets over twice the CPU time in head.
    const diff = await top(profile('head', 'cpu'), { sampleIndex: 'cpu', diffBase: profile('base', 'cpu') })
    expect(diff.rows.get('main.fib')?.flat).toBeGreaterThan(0)
  })

  test.each(['heap', 'allocs'] as const)('%s: head retains 100 more 4 KiB buffers from retainBuffers', async (kind) => {
    const diff = await top(profile('head', kind), { sampleIndex: 'inuse_space', diffBase: profile('base', kind) })
    expect(diff.rows.get('main.retainBuffers')?.flat).toBeGreaterThanOrEqual(100 * 4096)
    const head = await top(profile('head', kind), { sampleIndex: 'alloc_space' })
    for (const name of ['main.retainMap', 'main.(*Cache).Put', 'main.makeGarbage', 'main.makeClosure']) {
      expect([name, head.rows.has(name)]).toEqual([name, true])
    }
  })

  test('goroutine: parked in several places; head leaks exactly 5 more in leakyHandler', async () => {
    const head = await top(profile('head', 'goroutine'))
    for (const name of [
      'main.recvForever',
      'main.selectForever',
      'main.waitGroupForever',
      'main.sleepForever',
      'main.chainC',
      'main.leakyHandler'
    ]) {
      expect([name, head.rows.has(name)]).toEqual([name, true])
    }
    const diff = await top(profile('head', 'goroutine'), { diffBase: profile('base', 'goroutine') })
    expect(diff.rows.get('main.leakyHandler')?.cum).toBe(5)
    expect(diff.rows.has('main.recvForever')).toBe(false)
  })
})

// The profgen fixtures have hundreds of distinct stacks; the totals loop runs
// over stacks in batches (aggregate.ts, STACK_BATCH = 4096), and a stack's
// once-per-stack mark must hold across them. bench-gen writes Go-like CPU
// profiles with recursion and inlined frames; at 1.5 MB a profile has about
// 13,000 distinct stacks, so four batches.
describe('a profile pair larger than one totals batch (bench-gen, 1.5 MB)', () => {
  let base: string
  let head: string
  beforeAll(async () => {
    const bin = await buildGo(path.join(ROOT, 'testdata', 'bench-gen'))
    base = path.join(dir, 'gen.base.pb.gz')
    head = path.join(dir, 'gen.head.pb.gz')
    const r = await run(bin, ['-size-mb', '1.5', '-seed', '7', '-kind', 'cpu', '-o', base, '-pair-o', head], { timeoutMs: 60_000 })
    if (r.code !== 0) throw new Error(`bench-gen failed (exit ${r.code}): ${r.stderr}`)
  })

  test('the bundled CLI equals `pprof -top` and `pprof -top -diff_base` for every function', async () => {
    const args = ['compare', base, head, '--format', 'json', '--top', '0', '--sample-type', 'cpu']
    const r = await run(process.execPath, [CLI_BUNDLE, ...args], { timeoutMs: 60_000, env: process.env })
    // Nothing on stderr: the CLI's V8 setting (cli.ts) is known to this node.
    expect(r.stderr).toBe('')
    const ours = parseCompare(`node dist/cli.js ${args.join(' ')}`, r.code, r.stdout, r.stderr)
    expect(ours.functions.length).toBeGreaterThan(1000)
    const [plain, diff] = await Promise.all([top(head, { sampleIndex: 'cpu' }), top(head, { sampleIndex: 'cpu', diffBase: base })])
    expect(mismatches(plain, ours, headValues)).toEqual([])
    expect(mismatches(diff, ours, deltaValues)).toEqual([])
    expect(ours.total.head).toBe(plain.total)
  })
})
