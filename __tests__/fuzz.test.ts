// Property tests: real profiles (testdata/progs/tinyprof, gzipped as Go writes
// them and as raw protobuf) mutated thousands of times - bit flips, byte
// overwrites, truncation, splicing two profiles, inserted random bytes,
// duplicated ranges - must never crash, hang or blow up the decoder:
//
// - decodeProfile returns a profile or throws a ProfileError, never anything
//   else (no TypeError, RangeError, undefined access);
// - a decoded profile compares with itself without throwing, all deltas zero;
// - the streaming ProfileDecoder fed the same bytes in random chunk sizes gives
//   the same answer: the same error message or the same per-function numbers;
// - every decode finishes (a watchdog ends it) and memory stays bounded.
//
// The decoding runs in a worker thread on the same sources (src/pprof,
// transpiled in beforeAll), so that a decoder stuck in a loop can be stopped
// and reported with its input instead of hanging the test run.
// Reproduce a failure with FUZZ_SEED=<seed printed by fast-check>.
import fc from 'fast-check'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { gunzipSync, gzipSync } from 'node:zlib'
import ts from 'typescript'
import { buildProfile, type Encoding, type Int, type ProfileSpec } from '../testdata/gen/protowriter.js'
import { buildGo, run } from './helpers/go.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** A decode (one-shot plus streamed, plus self-compare) taking longer than this is a hang. */
const HANG_MS = 20_000
/** Each decode of these ~20 KB inputs takes milliseconds; this is a generous bound for a loaded machine. */
const SLOW_MS = 5_000
const MAX_RSS = 1.5 * 1024 ** 3
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined

// ---------------------------------------------------------------------------
// The worker: decodes one input both ways and summarizes the outcomes.

const WORKER_SOURCE = `
import { parentPort } from 'node:worker_threads'
import { performance } from 'node:perf_hooks'
import { decodeProfile, ProfileDecoder, ProfileError, compareProfiles } from './src/pprof/index.js'

const str = (v) => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() + 'n' : x))

function isZero(v) { return v === 0 || v === 0n }

// Compares p with itself for every sample type; returns the per-function numbers.
function selfCompare(p) {
  const out = []
  const names = [...new Set(p.sampleTypes.map((t) => t.type))]
  if (names.length === 0) {
    // Nothing to compare: refusing with a ProfileError is fine, anything else must not crash.
    try {
      compareProfiles(p, p)
    } catch (e) {
      if (!(e instanceof ProfileError)) throw e
    }
    return { numbers: str([p.sampleCount, p.stacks.count, p.sampleTypes, []]) }
  }
  for (const name of names) {
    const c = compareProfiles(p, p, { sampleType: name })
    if (!isZero(c.total.delta) || str(c.total.base) !== str(c.total.head)) {
      return { problem: 'self-compare: total delta ' + str(c.total) }
    }
    for (const f of c.functions) {
      if (!isZero(f.flat.delta) || !isZero(f.cum.delta) || str(f.flat.base) !== str(f.flat.head) || str(f.cum.base) !== str(f.cum.head)) {
        return { problem: 'self-compare: ' + str(f) }
      }
    }
    out.push([name, c.total.head, c.functions.map((f) => [f.name, f.flat.head, f.cum.head])])
  }
  return { numbers: str([p.sampleCount, p.stacks.count, p.sampleTypes, out]) }
}

function attempt(decode) {
  const started = performance.now()
  let p
  try {
    p = decode()
  } catch (e) {
    const ms = performance.now() - started
    if (e instanceof ProfileError) return { kind: 'error', message: e.message, ms }
    return { kind: 'crash', where: 'decode', message: String(e && e.stack || e), ms }
  }
  const ms = performance.now() - started
  try {
    const r = selfCompare(p)
    if (r.problem) return { kind: 'crash', where: 'compare', message: r.problem, ms }
    return { kind: 'ok', numbers: r.numbers, ms }
  } catch (e) {
    return { kind: 'crash', where: 'compare', message: String(e && e.stack || e), ms }
  }
}

parentPort.on('message', ({ id, bytes, chunks }) => {
  const oneShot = attempt(() => decodeProfile(bytes))
  const streamed = attempt(() => {
    const d = new ProfileDecoder()
    let at = 0
    let k = 0
    while (at < bytes.length) {
      const n = chunks[k++ % chunks.length]
      // A copy per chunk, as a network or file stream hands out fresh buffers.
      d.push(bytes.slice(at, at + n))
      at += n
    }
    return d.finish()
  })
  parentPort.postMessage({ id, oneShot, streamed })
})
`

interface Attempt {
  kind: 'ok' | 'error' | 'crash'
  numbers?: string
  message?: string
  where?: string
  ms: number
}
interface Reply {
  id: number
  oneShot: Attempt
  streamed: Attempt
}

/** Transpiles src/pprof to JavaScript next to the worker script (the worker cannot load TypeScript). */
async function prepareWorkerDir(): Promise<string> {
  await mkdir(path.join(ROOT, '.tmp'), { recursive: true })
  // Under the repository, so that pako and protobufjs resolve from its node_modules.
  const dir = await mkdtemp(path.join(ROOT, '.tmp', 'fuzz-worker-'))
  const srcDir = path.join(ROOT, 'src', 'pprof')
  const outDir = path.join(dir, 'src', 'pprof')
  await mkdir(outDir, { recursive: true })
  for (const name of await readdir(srcDir)) {
    if (!name.endsWith('.ts')) continue
    const source = await readFile(path.join(srcDir, name), 'utf8')
    const out = ts.transpileModule(source, {
      fileName: name,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, isolatedModules: true }
    })
    await writeFile(path.join(outDir, name.replace(/\.ts$/, '.js')), out.outputText)
  }
  await writeFile(path.join(dir, 'package.json'), '{"type":"module"}\n')
  await writeFile(path.join(dir, 'worker.mjs'), WORKER_SOURCE)
  return dir
}

/** One worker at a time; a stuck one is terminated and replaced. */
class Decoder {
  private worker: Worker | null = null
  private nextId = 0
  constructor(private readonly script: string) {}

  private start(): Worker {
    // The heap limit turns runaway allocation into a reported failure instead of a dead machine.
    this.worker ??= new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: 1024 } })
    return this.worker
  }

  decode(bytes: Uint8Array, chunks: number[]): Promise<Reply> {
    const worker = this.start()
    const id = this.nextId++
    return new Promise<Reply>((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
      }
      const fail = (why: string) => {
        cleanup()
        void worker.terminate()
        this.worker = null
        reject(new Error(`${why} on input of ${bytes.length} bytes: ${Buffer.from(bytes).toString('base64')}`))
      }
      const timer = setTimeout(() => fail(`decoder did not finish within ${HANG_MS} ms (hang)`), HANG_MS)
      const onMessage = (m: Reply) => {
        if (m.id !== id) return
        cleanup()
        resolve(m)
      }
      const onError = (e: Error) => fail(`decoder worker died: ${e.message}`)
      const onExit = (code: number) => fail(`decoder worker exited with code ${code}`)
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      worker.postMessage({ id, bytes, chunks })
    })
  }

  async stop(): Promise<void> {
    if (this.worker) await this.worker.terminate()
    this.worker = null
  }
}

// ---------------------------------------------------------------------------
// Mutations

type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'overwrite'; at: number; bytes: number[] }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; bytes: number[] }
  | { op: 'duplicate'; from: number; length: number; at: number }
  | { op: 'splice'; other: number; at: number; from: number }

/** Bytes that steer a protobuf parser somewhere interesting: tags, continuation bits, extremes. */
const byteArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 255 }) },
  { weight: 2, arbitrary: fc.constantFrom(0x00, 0x01, 0x7f, 0x80, 0xff, 0x08, 0x0a, 0x10, 0x12, 0x1a, 0x22, 0x2a, 0x32, 0x1f, 0x8b) }
)
const bytesArb = fc.array(byteArb, { minLength: 1, maxLength: 24 })
const posArb = fc.nat({ max: 1 << 20 })

const mutationArb = (allowSplice: boolean): fc.Arbitrary<Mutation> => {
  const ops: fc.Arbitrary<Mutation>[] = [
    fc.record({ op: fc.constant('flip' as const), at: posArb, bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ op: fc.constant('overwrite' as const), at: posArb, bytes: bytesArb }),
    fc.record({ op: fc.constant('truncate' as const), at: posArb }),
    fc.record({ op: fc.constant('insert' as const), at: posArb, bytes: bytesArb }),
    fc.record({
      op: fc.constant('duplicate' as const),
      from: posArb,
      length: fc.integer({ min: 1, max: 4096 }),
      at: posArb
    })
  ]
  if (allowSplice) {
    ops.push(fc.record({ op: fc.constant('splice' as const), other: fc.nat({ max: 3 }), at: posArb, from: posArb }))
  }
  return fc.oneof(...ops)
}

function applyMutation(input: Uint8Array, m: Mutation, corpus: Uint8Array[]): Uint8Array {
  const n = input.length
  const pos = (p: number, len = n) => (len === 0 ? 0 : p % (len + 1))
  switch (m.op) {
    case 'flip': {
      if (n === 0) return input
      const out = input.slice()
      out[m.at % n] ^= 1 << m.bit
      return out
    }
    case 'overwrite': {
      if (n === 0) return input
      const out = input.slice()
      const at = m.at % n
      for (let i = 0; i < m.bytes.length && at + i < n; i++) out[at + i] = m.bytes[i]
      return out
    }
    case 'truncate':
      return input.slice(0, pos(m.at))
    case 'insert': {
      const at = pos(m.at)
      return concat(input.subarray(0, at), Uint8Array.from(m.bytes), input.subarray(at))
    }
    case 'duplicate': {
      if (n === 0) return input
      const from = m.from % n
      const range = input.subarray(from, Math.min(n, from + m.length))
      const at = pos(m.at)
      return concat(input.subarray(0, at), range, input.subarray(at))
    }
    case 'splice': {
      // The head of this input, then the tail of another profile.
      const other = corpus[m.other % corpus.length]
      return concat(input.subarray(0, pos(m.at)), other.subarray(pos(m.from, other.length)))
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** Chunk sizes for the streaming decode, used in turn: mostly small, sometimes large. */
const chunksArb = fc.array(
  fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 16 }) }, { weight: 1, arbitrary: fc.integer({ min: 17, max: 4096 }) }),
  { minLength: 1, maxLength: 8 }
)

// ---------------------------------------------------------------------------

let workDir: string
let workerDir: string
let decoder: Decoder
/** heap.pb.gz, heap raw, goroutine.pb.gz, goroutine raw. */
let corpus: Uint8Array[]

const stats = { runs: 0, ok: 0, errors: 0, decodeMs: 0, maxDecodeMs: 0, maxRss: 0, started: 0 }
const messages = new Map<string, number>()

beforeAll(async () => {
  stats.started = Date.now()
  workDir = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-fuzz-'))
  const bin = await buildGo(path.join(ROOT, 'testdata', 'progs', 'tinyprof'))
  const make = async (kind: string): Promise<Uint8Array> => {
    const file = path.join(workDir, `tinyprof.${kind}`)
    const r = await run(bin, [file, kind], { timeoutMs: 60_000 })
    if (r.code !== 0) throw new Error(`tinyprof ${kind} failed (exit ${r.code}): ${r.stderr}`)
    return new Uint8Array(await readFile(file))
  }
  const heap = await make('heap')
  const goroutine = await make('goroutine')
  corpus = [heap, new Uint8Array(gunzipSync(heap)), goroutine, new Uint8Array(gunzipSync(goroutine))]
  workerDir = await prepareWorkerDir()
  decoder = new Decoder(path.join(workerDir, 'worker.mjs'))
})

afterAll(async () => {
  await decoder?.stop()
  if (workerDir) await rm(workerDir, { recursive: true, force: true })
  if (workDir) await rm(workDir, { recursive: true, force: true })
  const top = [...messages.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)
  console.log(
    `fuzz: ${stats.runs} inputs (${stats.ok} decoded, ${stats.errors} refused with a ProfileError) in ` +
      `${((Date.now() - stats.started) / 1000).toFixed(1)} s; decoding took ${(stats.decodeMs / 1000).toFixed(1)} s, ` +
      `slowest ${stats.maxDecodeMs.toFixed(0)} ms; max RSS ${(stats.maxRss / 2 ** 20).toFixed(0)} MiB\n` +
      `most common errors:\n${top.map(([m, n]) => `  ${n}  ${m}`).join('\n')}`
  )
})

/** The checks every input gets; throws (with the details) when one fails. */
async function check(bytes: Uint8Array, chunks: number[]): Promise<Reply> {
  const r = await decoder.decode(bytes, chunks)
  const rss = process.memoryUsage().rss
  stats.runs++
  stats.maxRss = Math.max(stats.maxRss, rss)
  for (const a of [r.oneShot, r.streamed]) {
    stats.decodeMs += a.ms
    stats.maxDecodeMs = Math.max(stats.maxDecodeMs, a.ms)
  }
  if (r.oneShot.kind === 'ok') stats.ok++
  if (r.oneShot.kind === 'error') {
    stats.errors++
    // Bucket by wording, numbers elided.
    const key = r.oneShot.message!.replace(/\d+/g, 'N').replace(/"[^"]*"/g, '"…"').slice(0, 120)
    messages.set(key, (messages.get(key) ?? 0) + 1)
  }
  const describe = (a: Attempt) =>
    a.kind === 'ok' ? `ok ${a.numbers!.slice(0, 300)}` : `${a.kind}${a.where ? ` in ${a.where}` : ''}: ${a.message}`
  // Only ProfileErrors, and a profile that compares with itself.
  expect(describe(r.oneShot)).not.toMatch(/^crash/)
  expect(describe(r.streamed)).not.toMatch(/^crash/)
  // Streaming must not change the answer.
  expect({ chunks, streamed: describe(r.streamed) }).toEqual({ chunks, streamed: describe(r.oneShot) })
  if (r.streamed.kind === 'ok') expect(r.streamed.numbers).toBe(r.oneShot.numbers)
  expect(r.oneShot.ms).toBeLessThan(SLOW_MS)
  expect(r.streamed.ms).toBeLessThan(SLOW_MS)
  expect(rss).toBeLessThan(MAX_RSS)
  return r
}

const params = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  seed: SEED,
  // Bounds the whole property (including shrinking) well inside the test timeout.
  interruptAfterTimeLimit: 200_000,
  markInterruptAsFailure: true
})

test('the unmutated corpus decodes, one-shot and streamed, to the same numbers', async () => {
  for (const bytes of corpus) {
    const r = await decoder.decode(bytes, [1, 3, 4096])
    expect(r.oneShot.kind).toBe('ok')
    expect(r.streamed).toEqual({ ...r.oneShot, ms: r.streamed.ms })
  }
  // gzip and raw forms of one profile give the same numbers.
  const [heapGz, heapRaw] = await Promise.all([decoder.decode(corpus[0], [1 << 20]), decoder.decode(corpus[1], [1 << 20])])
  expect(heapRaw.oneShot.numbers).toBe(heapGz.oneShot.numbers)
})

test('mutated raw profiles (optionally gzipped after mutating)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(1, 3),
      fc.array(mutationArb(false), { minLength: 1, maxLength: 4 }),
      fc.boolean(),
      chunksArb,
      async (base, mutations, regzip, chunks) => {
        let bytes = corpus[base]
        for (const m of mutations) bytes = applyMutation(bytes, m, corpus)
        if (regzip) bytes = new Uint8Array(gzipSync(bytes))
        await check(bytes, chunks)
      }
    ),
    params(1200)
  )
})

test('mutated gzip files', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(0, 2),
      fc.array(mutationArb(false), { minLength: 1, maxLength: 3 }),
      chunksArb,
      async (base, mutations, chunks) => {
        let bytes = corpus[base]
        for (const m of mutations) bytes = applyMutation(bytes, m, corpus)
        await check(bytes, chunks)
      }
    ),
    params(700)
  )
})

test('spliced profiles, with duplicated ranges and inserted bytes', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.nat({ max: 3 }),
      fc.record({ op: fc.constant('splice' as const), other: fc.nat({ max: 3 }), at: posArb, from: posArb }),
      fc.array(mutationArb(true), { maxLength: 2 }),
      chunksArb,
      async (base, splice, more, chunks) => {
        let bytes = applyMutation(corpus[base], splice, corpus)
        for (const m of more) bytes = applyMutation(bytes, m, corpus)
        await check(bytes, chunks)
      }
    ),
    params(700)
  )
})

// ---------------------------------------------------------------------------
// Valid profiles of random shape, checked against an independent oracle.

interface Shape {
  types: number
  funcs: string[]
  mappings: number
  locations: { mapping: number; lines: number[] }[]
  samples: { locs: number[]; values: Int[] }[]
  encoding: Encoding
  typesLast: boolean
  noise: boolean
}

/** Values up to ±2^58: twenty of them cannot overflow int64, but they do leave float64's exact range. */
const valueArb: fc.Arbitrary<Int> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5, max: 1000 }) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 58n), max: 2n ** 58n }) }
)

const shapeArb: fc.Arbitrary<Shape> = fc
  .record({
    types: fc.integer({ min: 1, max: 4 }),
    // Duplicate names on purpose: pprof groups frames by function name.
    funcs: fc.array(fc.constantFrom('main.a', 'main.b', 'main.(*T).M', 'pkg.F.func1', 'runtime.gopark', ''), {
      minLength: 1,
      maxLength: 6
    }),
    mappings: fc.integer({ min: 0, max: 2 }),
    locationCount: fc.integer({ min: 1, max: 8 }),
    encoding: fc.constantFrom<Encoding>('packed', 'unpacked', 'go'),
    typesLast: fc.boolean(),
    noise: fc.boolean()
  })
  .chain((b) =>
    fc.record({
      types: fc.constant(b.types),
      funcs: fc.constant(b.funcs),
      mappings: fc.constant(b.mappings),
      encoding: fc.constant(b.encoding),
      typesLast: fc.constant(b.typesLast),
      noise: fc.constant(b.noise),
      locations: fc.array(
        fc.record({
          // 0: unmapped; mappings + 1: a mapping that does not exist (valid: unmapped).
          mapping: fc.integer({ min: 0, max: b.mappings + 1 }),
          lines: fc.array(fc.integer({ min: 1, max: b.funcs.length }), { maxLength: 3 })
        }),
        { minLength: b.locationCount, maxLength: b.locationCount }
      ),
      samples: fc.array(
        fc.record({
          locs: fc.array(fc.integer({ min: 1, max: b.locationCount }), { maxLength: 10 }),
          values: fc.array(valueArb, { minLength: b.types, maxLength: b.types })
        }),
        { maxLength: 20 }
      )
    })
  )

function shapeSpec(x: Shape): ProfileSpec {
  const noise = x.noise
    ? (w: import('../testdata/gen/protowriter.js').ProtoWriter) => w.fixed32(17, 1).fixed64(1000, -1n).bytes(99, [0xff, 0x00])
    : undefined
  return {
    encoding: x.encoding,
    sampleTypesLast: x.typesLast,
    sampleTypes: Array.from({ length: x.types }, (_, i): [string, string] => [`type${i}`, 'count']),
    samples: x.samples.map((smp) => ({ locationIds: smp.locs, values: smp.values, extra: noise })),
    mappings: Array.from({ length: x.mappings }, (_, i) => ({ id: i + 1, filename: `/opt/bin/app${i + 1}`, extra: noise })),
    locations: x.locations.map((l, i) => ({
      id: i + 1,
      mappingId: l.mapping,
      address: 0x1000 * (i + 1),
      lines: l.lines.map((f) => ({ functionId: f, line: 10 + f })),
      extra: noise
    })),
    functions: x.funcs.map((name, i) => ({ id: i + 1, name, filename: 'x.go', extra: noise })),
    after: noise
  }
}

/** pprof -top's flat, cum and total by function name, computed here from the shape (not by the product). */
function oracle(x: Shape): Map<string, { total: bigint; fns: Map<string, [bigint, bigint]> }> {
  const frameNames = (locId: number): string[] => {
    const l = x.locations[locId - 1]
    const mapped = l.mapping >= 1 && l.mapping <= x.mappings ? `[app${l.mapping}]` : '<unknown>'
    if (l.lines.length === 0) return [mapped]
    return l.lines.map((f) => x.funcs[f - 1] || mapped)
  }
  const out = new Map<string, { total: bigint; fns: Map<string, [bigint, bigint]> }>()
  for (let t = 0; t < x.types; t++) {
    const fns = new Map<string, [bigint, bigint]>()
    const get = (n: string) => fns.get(n) ?? (fns.set(n, [0n, 0n]), fns.get(n)!)
    // pprof merges samples of one stack (profile.Merge), then totals |value| (report.computeTotal).
    const byStack = new Map<string, bigint>()
    for (const smp of x.samples) {
      const v = BigInt(smp.values[t])
      const key = smp.locs.join(',')
      byStack.set(key, (byStack.get(key) ?? 0n) + v)
      const names = smp.locs.flatMap(frameNames)
      if (names.length > 0) get(names[0])[0] += v
      for (const n of new Set(names)) get(n)[1] += v
    }
    for (const [n, [flat, cum]] of fns) if (flat === 0n && cum === 0n) fns.delete(n)
    let total = 0n
    for (const v of byStack.values()) total += v < 0n ? -v : v
    out.set(`type${t}`, { total, fns })
  }
  return out
}

/** The worker's numbers, parsed back with exact integers. */
function parseNumbers(numbers: string) {
  const big = (v: number | string) => (typeof v === 'string' ? BigInt(v.slice(0, -1)) : BigInt(v))
  const [sampleCount, stackCount, , per] = JSON.parse(numbers) as [number, number, unknown, [string, number | string, [string, number | string, number | string][]][]]
  const types = new Map<string, { total: bigint; fns: Map<string, [bigint, bigint]> }>()
  for (const [name, total, fns] of per) {
    types.set(name, { total: big(total), fns: new Map(fns.map(([n, f, c]) => [n, [big(f), big(c)]])) })
  }
  return { sampleCount, stackCount, types }
}

test('valid profiles of random shape decode to the numbers an independent oracle computes', async () => {
  await fc.assert(
    fc.asyncProperty(shapeArb, chunksArb, fc.boolean(), async (shape, chunks, gzip) => {
      const raw = buildProfile(shapeSpec(shape))
      const bytes = gzip ? new Uint8Array(gzipSync(raw)) : raw
      const r = await check(bytes, chunks)
      expect(r.oneShot.kind === 'ok' ? 'ok' : r.oneShot.message).toBe('ok')
      const got = parseNumbers(r.oneShot.numbers!)
      expect(got.sampleCount).toBe(shape.samples.length)
      expect(got.stackCount).toBe(new Set(shape.samples.map((smp) => smp.locs.join(','))).size)
      expect(got.types).toEqual(oracle(shape))
    }),
    params(500)
  )
})
