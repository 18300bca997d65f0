// The bad profile bytes pprof-gate must survive (empty, garbage, broken gzip, bombs, cut and
// malformed protobuf, bad tables and ids), one test per case.
// Each bad input must give one clear line on stderr and exit code 2 (checked
// through the CLI on files in a temp dir, and on the engine: a ProfileError,
// never another error type); each valid but unusual input must give the right
// numbers. Synthetic profiles come from testdata/gen/protowriter.ts (a
// hand-written writer, independent of src/pprof/encode.ts); real ones from
// testdata/progs/tinyprof, built and run in beforeAll.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'
import { runCli } from '../src/commands/cli.js'
import {
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  ProfileDecoder,
  ProfileError,
  compareProfiles,
  decodeProfile
} from '../src/pprof/index.js'
import type { Profile } from '../src/pprof/index.js'
import {
  BYTES,
  ProtoWriter,
  buildProfile,
  idx,
  topLevelFields,
  varintSize,
  type Encoding,
  type ProfileSpec
} from '../testdata/gen/protowriter.js'
import { buildGo, run } from './helpers/go.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const MiB = 1024 * 1024

// ---------------------------------------------------------------------------
// Profiles

const HEAP_TYPES: [string, string][] = [
  ['alloc_objects', 'count'],
  ['alloc_space', 'bytes'],
  ['inuse_objects', 'count'],
  ['inuse_space', 'bytes']
]

/**
 * A small heap profile: main.main -> main.mid -> main.leaf. For inuse_space
 * (the default: the last type) the total is 150; main.leaf flat 100 cum 100,
 * main.mid flat 50 cum 150, main.main flat 0 cum 150.
 */
function heapSpec(encoding: Encoding = 'go'): ProfileSpec {
  return {
    encoding,
    sampleTypes: HEAP_TYPES.map(([t, u]): [string, string] => [t, u]),
    samples: [
      { locationIds: [1, 2, 3], values: [2, 200, 1, 100], labels: [{ key: 'bytes', num: 100 }] },
      { locationIds: [2, 3], values: [1, 50, 1, 50], labels: [{ key: 'kind', str: 'buffer' }] },
      { locationIds: [1, 3], values: [4, 400, 0, 0] }
    ],
    mappings: [
      { id: 1, memoryStart: 0x400000, memoryLimit: 0x800000, filename: '/srv/app', buildId: 'b1d', hasFunctions: true }
    ],
    locations: [
      { id: 1, mappingId: 1, address: 0x401000, lines: [{ functionId: 1, line: 10 }] },
      { id: 2, mappingId: 1, address: 0x402000, lines: [{ functionId: 2, line: 20 }] },
      { id: 3, mappingId: 1, address: 0x403000, lines: [{ functionId: 3, line: 30 }] }
    ],
    functions: [
      { id: 1, name: 'main.leaf', systemName: 'main.leaf', filename: '/srv/main.go', startLine: 9 },
      { id: 2, name: 'main.mid', systemName: 'main.mid', filename: '/srv/main.go', startLine: 19 },
      { id: 3, name: 'main.main', systemName: 'main.main', filename: '/srv/main.go', startLine: 29 }
    ],
    periodType: ['space', 'bytes'],
    period: 524288,
    timeNanos: 1_700_000_000_123_456_789n,
    durationNanos: 0
  }
}

/** What heapSpec gives for inuse_space: name -> [flat, cum]. */
const HEAP_EXPECTED: Record<string, [number, number]> = {
  'main.leaf': [100, 100],
  'main.mid': [50, 150],
  'main.main': [0, 150]
}
const HEAP_TOTAL = 150

const CPU_TYPES: [string, string][] = [
  ['samples', 'count'],
  ['cpu', 'nanoseconds']
]

function cpuSpec(): ProfileSpec {
  return {
    sampleTypes: CPU_TYPES,
    samples: [{ locationIds: [1, 2], values: [3, 30_000_000] }],
    locations: [
      { id: 1, lines: [{ functionId: 1, line: 5 }] },
      { id: 2, lines: [{ functionId: 2, line: 6 }] }
    ],
    functions: [
      { id: 1, name: 'main.spin', filename: 'main.go' },
      { id: 2, name: 'main.main', filename: 'main.go' }
    ],
    periodType: ['cpu', 'nanoseconds'],
    period: 10_000_000
  }
}

/** A goroutine profile as Go writes it; no samples unless given. */
function goroutineSpec(samples: ProfileSpec['samples'] = []): ProfileSpec {
  return {
    sampleTypes: [['goroutine', 'count']],
    samples,
    locations: [
      { id: 1, lines: [{ functionId: 1 }] },
      { id: 2, lines: [{ functionId: 2 }] }
    ],
    functions: [
      { id: 1, name: 'runtime.gopark' },
      { id: 2, name: 'main.worker' }
    ],
    periodType: ['goroutine', 'count'],
    period: 1
  }
}

const gz = (b: Uint8Array): Uint8Array => gzipSync(b)
const GOOD_RAW = buildProfile(heapSpec())
const GOOD = gz(GOOD_RAW)

// ---------------------------------------------------------------------------
// Real profiles from testdata/progs/tinyprof

let dir: string
let realGz: Uint8Array
let realRaw: Uint8Array
let goroutineGz: Uint8Array
let goroutineDebug1: Uint8Array
let goroutineDebug2: Uint8Array
let heapDebug1: Uint8Array

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-bad-inputs-'))
  const bin = await buildGo(path.join(ROOT, 'testdata', 'progs', 'tinyprof'))
  const make = async (kind: string): Promise<Uint8Array> => {
    const file = path.join(dir, `tinyprof.${kind}`)
    const r = await run(bin, [file, kind], { timeoutMs: 60_000 })
    if (r.code !== 0) throw new Error(`tinyprof ${kind} failed (exit ${r.code}): ${r.stderr}`)
    return new Uint8Array(await readFile(file))
  }
  realGz = await make('heap')
  realRaw = new Uint8Array(gunzipSync(realGz))
  goroutineGz = await make('goroutine')
  goroutineDebug1 = await make('goroutine-debug1')
  goroutineDebug2 = await make('goroutine-debug2')
  heapDebug1 = await make('heap-debug1')
  // The real profile must be one: gzip, then a protobuf with samples.
  expect(Array.from(realGz.subarray(0, 2))).toEqual([0x1f, 0x8b])
  expect(decodeProfile(realGz).sampleCount).toBeGreaterThan(10)
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

// ---------------------------------------------------------------------------
// Running the CLI

interface CliResult {
  code: number
  stdout: string
  stderr: string
  basePath: string
  headPath: string
}

let fileNo = 0

/** `pprof-gate compare BASE HEAD --format json --top 0 [extra]` on files in the temp dir. */
async function compare(base: Uint8Array, head: Uint8Array, extra: string[] = []): Promise<CliResult> {
  fileNo++
  const basePath = path.join(dir, `base-${fileNo}.pb.gz`)
  const headPath = path.join(dir, `head-${fileNo}.pb.gz`)
  await writeFile(basePath, base)
  await writeFile(headPath, head)
  let stdout = ''
  let stderr = ''
  const code = await runCli(['compare', basePath, headPath, '--format', 'json', '--top', '0', ...extra], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s)
  })
  return { code, stdout, stderr, basePath, headPath }
}

/** Asserts the CLI refused with one clean line on stderr; returns that line. */
function expectOneLineError(r: CliResult, patterns: RegExp[]): string {
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' })
  expect(r.stderr.endsWith('\n')).toBe(true)
  const lines = r.stderr.slice(0, -1).split('\n')
  expect(lines).toHaveLength(1)
  const line = lines[0]
  expect(line).toMatch(/^pprof-gate: \S/)
  // No stack trace, no JavaScript internals, no "unexpected error" (an error that was not a ProfileError).
  expect(line).not.toMatch(/unexpected error|TypeError|RangeError|ReferenceError|undefined|NaN|\bat \S+ \(|\.ts:\d+/)
  for (const p of patterns) expect(line).toMatch(p)
  return line
}

/**
 * The engine throws a ProfileError matching `patterns`, and the CLI, given the
 * bytes as HEAD (base is good), exits 2 with one line naming the head file.
 */
async function expectRefused(bytes: Uint8Array, patterns: RegExp[], extra: string[] = []): Promise<string> {
  let thrown: unknown
  try {
    decodeProfile(bytes)
  } catch (e) {
    thrown = e
  }
  if (extra.length === 0) {
    expect(thrown).toBeInstanceOf(ProfileError)
    for (const p of patterns) expect((thrown as Error).message).toMatch(p)
  }
  const r = await compare(GOOD, bytes, extra)
  const line = expectOneLineError(r, patterns)
  expect(line).toContain(`head profile ${r.headPath}:`)
  return line
}

interface Triple {
  base: number
  head: number
  delta: number
}
interface CompareJson {
  sampleType: { type: string; unit: string }
  total: { base: number; head: number }
  functions: { name: string; flat: Triple; cum: Triple }[]
}

/** Runs compare and returns its JSON (the run must succeed). */
async function compareJson(base: Uint8Array, head: Uint8Array, extra: string[] = []): Promise<CompareJson> {
  const r = await compare(base, head, extra)
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' })
  return JSON.parse(r.stdout) as CompareJson
}

/** name -> [flat, cum] of the head side; asserts base == head when `same`. */
function headNumbers(j: CompareJson): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {}
  for (const f of j.functions) out[f.name] = [f.flat.head, f.cum.head]
  return out
}

/** HEAD decodes to exactly heapSpec's numbers: compared with GOOD, nothing changed. */
async function expectSameAsGood(head: Uint8Array): Promise<void> {
  const j = await compareJson(GOOD, head)
  expect(j.sampleType).toEqual({ type: 'inuse_space', unit: 'bytes' })
  expect(j.total).toEqual({ base: HEAP_TOTAL, head: HEAP_TOTAL })
  expect(headNumbers(j)).toEqual(HEAP_EXPECTED)
  for (const f of j.functions) {
    expect([f.name, f.flat.delta, f.cum.delta]).toEqual([f.name, 0, 0])
  }
}

/** Feeds bytes to a ProfileDecoder in chunks of `size` bytes. */
function decodeChunked(bytes: Uint8Array, size: number): Profile {
  const d = new ProfileDecoder()
  for (let i = 0; i < bytes.length; i += size) d.push(bytes.slice(i, i + size))
  return d.finish()
}

/** The outcome of a decode, comparable across chunkings: the error message or the numbers. */
function outcome(f: () => Profile): string {
  try {
    const p = f()
    const c = compareProfiles(p, p)
    return `ok ${p.sampleCount} ${JSON.stringify(c, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))}`
  } catch (e) {
    if (!(e instanceof ProfileError)) throw e
    return `error ${e.message}`
  }
}

const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts))

// ---------------------------------------------------------------------------

describe('not a profile at all', () => {
  test('empty body', async () => {
    await expectRefused(new Uint8Array(0), [/empty/i])
  })

  test('the text "garbage"', async () => {
    await expectRefused(Buffer.from('garbage'), [/not a profile/, /text/, /garbage/])
  })

  test('the debug=1 text form of a goroutine profile', async () => {
    expect(Buffer.from(goroutineDebug1).toString('latin1')).toMatch(/^goroutine profile: total \d+\n/)
    await expectRefused(goroutineDebug1, [/text form.*goroutine/, /debug/])
  })

  test('the debug=2 text form of a goroutine profile', async () => {
    expect(Buffer.from(goroutineDebug2).toString('latin1')).toMatch(/^goroutine \d+ \[/)
    await expectRefused(goroutineDebug2, [/text form.*goroutine/, /debug/])
  })

  test('the legacy debug=1 text form of a heap profile', async () => {
    expect(Buffer.from(heapDebug1).toString('latin1')).toMatch(/^heap profile: /)
    await expectRefused(heapDebug1, [/text form/, /debug/])
  })

  test('the HTML index page of /debug/pprof/', async () => {
    // The start of net/http/pprof's index page, as Go 1.26 writes it.
    const html = Buffer.from(
      '<html>\n<head>\n<title>/debug/pprof/</title>\n<style>\n.profile-name{\n\tdisplay:inline-block;\n\twidth:6rem;\n}\n' +
        '</style>\n</head>\n<body>\n/debug/pprof/\n<br>\n<p>Set debug=1 as a query parameter to export in legacy text format</p>\n' +
        '<br>\nTypes of profiles available:\n<table>\n<thead><td>Count</td><td>Profile</td></thead>\n' +
        "<tr><td>3</td><td><a href='goroutine?debug=1'>goroutine</a></td></tr>\n</table>\n</body>\n</html>\n"
    )
    await expectRefused(html, [/HTML/, /\/debug\/pprof\/(heap|goroutine|profile)/])
  })

  test('text forms are recognised whatever size the first chunk has (HTTP bodies arrive in pieces)', () => {
    // An HTTP body can arrive in chunks of any size; the answer must not depend on them.
    const html = Buffer.from('<html>\n<head>\n<title>/debug/pprof/</title>\n</head>\n<body>\n/debug/pprof/\n</body>\n</html>\n')
    for (const [bytes, pattern] of [
      [html, /HTML/],
      [goroutineDebug1, /text form.*goroutine/],
      [Buffer.from('garbage'), /not a profile.*text/]
    ] as const) {
      const whole = outcome(() => decodeProfile(bytes))
      expect(whole).toMatch(pattern)
      for (const size of [1, 2, 3, 5, 16, 63]) {
        expect([size, outcome(() => decodeChunked(bytes, size))]).toEqual([size, whole])
      }
    }
  })
})

describe('gzip', () => {
  test('a bare gzip magic (1f 8b)', async () => {
    await expectRefused(Uint8Array.of(0x1f, 0x8b), [/gzip/, /truncated|incomplete|ends before/])
  })

  test('an empty gzip stream', async () => {
    // Go's pprof says "empty input file"; the user must learn the profile holds no data.
    const line = await expectRefused(gz(new Uint8Array(0)), [/empty/i])
    expect(line).toMatch(/not a profile|no data|0 bytes|nothing/)
  })

  test('a gzip stream missing its tail (CRC and size)', async () => {
    await expectRefused(GOOD.subarray(0, GOOD.length - 8), [/gzip/, /truncated/])
  })

  test('a gzip stream cut inside the compressed data', async () => {
    await expectRefused(realGz.subarray(0, Math.floor(realGz.length / 2)), [/gzip/, /truncated/])
  })

  test('a gzip stream with a corrupt CRC', async () => {
    const bad = realGz.slice()
    bad[bad.length - 6] ^= 0xff
    await expectRefused(bad, [/gzip/, /corrupt|check/])
  })

  test('two gzip members concatenated decode as their concatenated content', async () => {
    // Go's gzip reader reads multistream gzip; a member boundary may even fall inside a field.
    for (const cut of [topLevelFields(realRaw)[3].end, Math.floor(realRaw.length / 2) + 1]) {
      const two = concat(gz(realRaw.subarray(0, cut)), gz(realRaw.subarray(cut)))
      expect(await compareJson(realGz, two)).toEqual(await compareJson(realGz, realGz))
    }
    // Three members, the middle one empty.
    const three = concat(gz(GOOD_RAW.subarray(0, 10)), gz(new Uint8Array(0)), gz(GOOD_RAW.subarray(10)))
    await expectSameAsGood(three)
  })

  test('two gzip members decode the same however the bytes are chunked', () => {
    const cut = Math.floor(realRaw.length / 2) + 1
    const first = gz(realRaw.subarray(0, cut))
    const two = concat(first, gz(realRaw.subarray(cut)))
    const whole = outcome(() => decodeProfile(realGz))
    expect(whole).toMatch(/^ok /)
    expect(outcome(() => decodeProfile(two))).toEqual(whole)
    // Chunk boundaries at, just before and just after the member boundary (1f | 8b | ...).
    for (const split of [first.length - 1, first.length, first.length + 1, first.length + 2]) {
      const d = new ProfileDecoder()
      const r = outcome(() => {
        d.push(two.slice(0, split))
        d.push(two.slice(split, split + 1))
        d.push(two.slice(split + 1))
        return d.finish()
      })
      expect([split - first.length, r]).toEqual([split - first.length, whole])
    }
    for (const size of [1, 7, 64]) expect([size, outcome(() => decodeChunked(two, size))]).toEqual([size, whole])
  })

  test('junk or zero padding after the gzip stream is refused, however the bytes are chunked', () => {
    // Go's gzip reader (and so pprof) refuses anything after the last member that is not another member.
    for (const tail of [Buffer.from('junk'), concat(new Uint8Array(4), Buffer.from('junk')), new Uint8Array(16)]) {
      const bytes = concat(GOOD, tail)
      const results = [outcome(() => decodeProfile(bytes))]
      for (const size of [1, 3, GOOD.length, GOOD.length + 1]) results.push(outcome(() => decodeChunked(bytes, size)))
      for (const r of results) expect(r).toMatch(/^error .*gzip stream has trailing data after its end/)
    }
  })

  test('an ungzipped (raw protobuf) profile decodes the same as the gzipped one', async () => {
    const fromGz = await compareJson(realGz, realGz)
    expect(await compareJson(realRaw, realRaw)).toEqual(fromGz)
    const mixed = await compareJson(realGz, realRaw)
    expect(mixed).toEqual(fromGz)
    expect(mixed.functions.length).toBeGreaterThan(5)
    expect(mixed.total.base).toBeGreaterThan(0)
    expect(mixed.total.head).toBe(mixed.total.base)
    await expectSameAsGood(GOOD_RAW)
  })
})

describe('decompression bomb', () => {
  test('64 MiB of zeros gzipped is refused (field 0 is not a profile) with a lower cap', async () => {
    const bomb = gz(new Uint8Array(64 * MiB))
    expect(bomb.length).toBeLessThan(100 * 1024)
    // Zeros are not protobuf (a tag 0): refused at the first decompressed chunk,
    // long before the cap; the message must say the data is not a valid profile.
    await expectRefused(bomb, [/field (number )?0|not a profile|corrupt|invalid/], ['--max-profile-bytes', '16MiB'])
  })

  test('a bomb that looks like a profile (one 64 MiB field) stops at the cap and says so', async () => {
    const header = new ProtoWriter().tag(100, 2).varint(64 * MiB).finish()
    const bomb = gz(concat(header, new Uint8Array(64 * MiB)))
    expect(bomb.length).toBeLessThan(100 * 1024)
    const line = await expectRefused(bomb, [/decompress/, /limit/, /16 MiB/, /--max-profile-bytes/], [
      '--max-profile-bytes',
      '16MiB'
    ])
    expect(line).toMatch(/bomb|corrupt/)
    // The engine option says the same.
    expect(() => decodeProfile(bomb, { maxDecompressedBytes: 16 * MiB })).toThrow(/more than 16 MiB/)
  })

  test('a genuine profile above the cap is refused, and accepted once the cap is raised', async () => {
    const spec = heapSpec()
    spec.extraStrings = ['x'.repeat(20 * MiB)]
    const big = gz(buildProfile(spec))
    await expectRefused(big, [/decompress/, /limit/, /16 MiB/], ['--max-profile-bytes', '16MiB'])
    const j = await compareJson(GOOD, big, ['--max-profile-bytes', '32MiB'])
    expect(headNumbers(j)).toEqual(HEAP_EXPECTED)
  })

  test('the default cap is 1 GiB', () => {
    expect(DEFAULT_MAX_DECOMPRESSED_BYTES).toBe(1024 * MiB)
  })

  // Inflating 1 GiB takes several seconds; the default cap is what users get, so it is checked.
  test('the default cap refuses a bomb larger than 1 GiB', async () => {
    // 1025 gzip members of 1 MiB each (an unknown 1 MiB field): about 1 MB of file.
    const header = new ProtoWriter().tag(100, 2).varint(MiB - 5).finish()
    expect(header.length).toBe(5)
    const member = gz(concat(header, new Uint8Array(MiB - 5)))
    const bomb = concat(...Array.from({ length: 1025 }, () => member))
    await expectRefused(bomb, [/decompress/, /1 GiB/, /limit/])
  })
})

describe('cut profiles', () => {
  /** A cut point near `fraction` of the bytes that is not a top-level field boundary (a cut there is not detectable). */
  function cutPoint(raw: Uint8Array, fraction: number): number {
    const boundaries = new Set(topLevelFields(raw).map((f) => f.end))
    let at = Math.floor(raw.length * fraction)
    while (boundaries.has(at)) at++
    return at
  }

  for (const fraction of [0.2, 0.5, 0.9]) {
    test(`a real profile cut at ${fraction * 100}% of its decoded bytes (raw and re-gzipped)`, async () => {
      const at = cutPoint(realRaw, fraction)
      const cut = realRaw.subarray(0, at)
      await expectRefused(cut, [/truncated/])
      await expectRefused(gz(cut), [/truncated/])
    })

    test(`a real gzipped profile cut at ${fraction * 100}% of its file`, async () => {
      await expectRefused(realGz.subarray(0, Math.floor(realGz.length * fraction)), [/gzip/, /truncated/])
    })
  }
})

describe('wire format', () => {
  const overlong = (where: string, spec: ProfileSpec) => [where, spec] as const
  const cases = [
    overlong('a top-level int64 field (period)', { ...heapSpec(), after: (w) => w.tag(12, 0).paddedVarint(5, 11) }),
    overlong('a sample value', {
      ...heapSpec(),
      samples: [{ locationIds: [1], values: [1, 2, 3, 4], extra: (w) => w.tag(2, 0).paddedVarint(1, 11) }]
    }),
    overlong('an unpacked location id', {
      ...heapSpec(),
      samples: [{ locationIds: [], values: [1, 2, 3, 4], extra: (w) => w.tag(1, 0).paddedVarint(1, 11) }]
    }),
    overlong('a packed location id', {
      ...heapSpec(),
      samples: [
        {
          locationIds: [],
          values: [1, 2, 3, 4],
          extra: (w) => w.bytes(1, new ProtoWriter().varint(2).paddedVarint(1, 12).varint(3).finish())
        }
      ]
    }),
    overlong('a location id field', { ...heapSpec(), locations: [{ id: 1, extra: (w) => w.tag(1, 0).paddedVarint(9, 11) }] }),
    overlong('a string-table length prefix', { ...heapSpec(), after: (w) => w.tag(6, 2).paddedVarint(1, 11).byte(0x41) }),
    overlong('a field tag', { ...heapSpec(), after: (w) => w.paddedVarint(12 * 8, 11).varint(5) })
  ]
  for (const [where, spec] of cases) {
    test(`a varint longer than 10 bytes in ${where}`, async () => {
      await expectRefused(buildProfile(spec), [/varint/, /10 bytes/])
    })
  }

  test('10-byte varints (the longest valid) are accepted', async () => {
    const spec = heapSpec()
    spec.samples![0].extra = (w) => w.tag(1, 0).paddedVarint(3, 10) // appends location 3 to the first stack
    spec.after = (w) => w.tag(12, 0).paddedVarint(524288, 10)
    const j = await compareJson(GOOD, buildProfile(spec))
    // main.main (location 3) was already on the first stack: cum counts it once.
    expect(headNumbers(j)).toEqual(HEAP_EXPECTED)
  })

  test('a top-level length prefix larger than what is left', async () => {
    const spec = heapSpec()
    spec.after = (w) => w.tag(6, 2).varint(1000).raw([0x61, 0x62, 0x63])
    await expectRefused(buildProfile(spec), [/truncated|runs past|past the end/])
  })

  test('a length prefix inside a sample larger than what is left of the sample', async () => {
    const spec = heapSpec()
    spec.samples![0].extra = (w) => w.tag(1, 2).varint(50).raw([1])
    await expectRefused(buildProfile(spec), [/sample 0/, /length|past the end|truncated/])
  })

  test('a length prefix inside a location (its line) larger than what is left', async () => {
    const spec = heapSpec()
    spec.locations![1].extra = (w) => w.tag(4, 2).varint(9).raw([0x08, 0x01])
    await expectRefused(buildProfile(spec), [/location/, /length|past the end|truncated/])
  })

  for (const wire of [3, 4, 6, 7]) {
    test(`wire type ${wire} (top level, known and unknown field; inside a sample and a function)`, async () => {
      const places: ((s: ProfileSpec) => void)[] = [
        (s) => (s.after = (w) => w.tag(12, wire).varint(0)),
        (s) => (s.after = (w) => w.tag(100, wire).varint(0)),
        (s) => (s.samples![1].extra = (w) => w.tag(9, wire).varint(0)),
        (s) => (s.functions![0].extra = (w) => w.tag(2, wire).varint(0))
      ]
      for (const place of places) {
        const spec = heapSpec()
        place(spec)
        await expectRefused(buildProfile(spec), [new RegExp(`wire type ${wire}\\b`)])
      }
    })
  }

  test('unknown fields of wire types 1 and 5 (fixed64/fixed32) are skipped everywhere', async () => {
    const spec = heapSpec()
    spec.before = (w) => w.fixed64(100, -1n).fixed32(101, 0xffffffff)
    spec.after = (w) => w.fixed32(102, 7).fixed64(103, 2n ** 63n)
    spec.samples![0].extra = (w) => w.fixed64(9, 0x0a0a0a0a0a0a0a0an).fixed32(10, 0x08080808)
    spec.mappings![0].extra = (w) => w.fixed32(11, 1).fixed64(12, 1)
    spec.locations![0].extra = (w) => w.fixed64(9, 0x12).fixed32(10, 0x22)
    spec.locations![1].lines![0].extra = (w) => w.fixed32(9, 1).fixed64(10, 1)
    spec.functions![2].extra = (w) => w.fixed64(9, 5).fixed32(10, 6)
    const bytes = buildProfile(spec)
    expect(bytes.length).toBeGreaterThan(GOOD_RAW.length + 60)
    await expectSameAsGood(bytes)
    await expectSameAsGood(gz(bytes))
  })

  test('field numbers >= 16 (two-byte and longer tags) are skipped everywhere', async () => {
    const spec = heapSpec()
    const junk = (w: ProtoWriter) =>
      w
        .uint(16, 1)
        .string(100, 'two-byte tag')
        .fixed32(2047, 9)
        .uint(2048, 300) // three-byte tag
        .bytes(536870911, [1, 2, 3]) // the largest field number: a five-byte tag
    spec.before = junk
    spec.after = junk
    spec.samples![2].extra = junk
    spec.mappings![0].extra = junk
    spec.locations![2].extra = junk
    spec.locations![0].lines![0].extra = junk
    spec.functions![1].extra = junk
    const bytes = buildProfile(spec)
    expect(bytes[0]).toBe(0x80) // field 16, wire 0: 0x80 0x01
    expect(bytes[1]).toBe(0x01)
    await expectSameAsGood(bytes)
  })

  test('packed and unpacked repeated fields give identical results', async () => {
    const packed = buildProfile(heapSpec('packed'))
    const unpacked = buildProfile(heapSpec('unpacked'))
    expect(Buffer.from(packed).equals(Buffer.from(unpacked))).toBe(false)
    await expectSameAsGood(packed)
    await expectSameAsGood(unpacked)
    await expectSameAsGood(GOOD_RAW)
    // Both encodings mixed within one sample: one location id unpacked, two packed; values split too.
    const spec = heapSpec()
    spec.samples![0] = {
      locationIds: [],
      values: [],
      extra: (w) => w.uint(1, 1).packed(1, [2, 3]).packed(2, [2, 200]).uint(2, 1).uint(2, 100)
    }
    await expectSameAsGood(buildProfile(spec))
  })
})

describe('string table', () => {
  test('string_table[0] not empty', async () => {
    const spec = heapSpec()
    spec.strings = ['not-empty']
    await expectRefused(buildProfile(spec), [/string_table\[0\]/, /empty/, /not-empty/])
  })

  test('no string table at all', async () => {
    const spec = heapSpec()
    spec.strings = []
    spec.sampleTypes = []
    spec.samples = []
    spec.mappings = []
    spec.locations = []
    spec.functions = []
    spec.periodType = undefined
    const bytes = buildProfile(spec)
    expect(topLevelFields(bytes).some((f) => f.field === 6)).toBe(false)
    await expectRefused(bytes, [/string table|string_table/])
  })

  /** The number of entries in the string table of a built profile. */
  const tableLength = (bytes: Uint8Array) => topLevelFields(bytes).filter((f) => f.field === 6).length

  test('a string index of -1 (function name, sample type, mapping file, label key)', async () => {
    const places: [string, (s: ProfileSpec) => void, RegExp][] = [
      ['function name', (s) => (s.functions![1].name = idx(-1)), /function 2/],
      ['sample type', (s) => (s.sampleTypes![1] = [idx(-1), 'bytes']), /sample_type\[1\]/],
      ['mapping file', (s) => (s.mappings![0].filename = idx(-1)), /mapping 1/],
      ['label key', (s) => (s.samples![1].labels = [{ key: idx(-1), str: 'x' }]), /label/]
    ]
    for (const [, place, where] of places) {
      const spec = heapSpec()
      place(spec)
      await expectRefused(buildProfile(spec), [where, /string index -1\b/, /out of range|string table has \d+/])
    }
  })

  test('a string index equal to the table length', async () => {
    const places: [string, (s: ProfileSpec, n: number) => void, RegExp][] = [
      ['function name', (s, n) => (s.functions![0].name = idx(n)), /function 1/],
      ['period type', (s, n) => (s.periodType = ['space', idx(n)]), /period_type/],
      ['label value', (s, n) => (s.samples![0].labels = [{ key: 'k', str: idx(n) }]), /label/],
      ['comment', (s, n) => (s.comments = [idx(n)]), /comment/]
    ]
    for (const [, place, where] of places) {
      // The table length does not depend on the index written (a raw index is not interned).
      const probe = heapSpec()
      place(probe, 0)
      const n = tableLength(buildProfile(probe))
      const spec = heapSpec()
      place(spec, n)
      const bytes = buildProfile(spec)
      expect(tableLength(bytes)).toBe(n)
      await expectRefused(bytes, [where, new RegExp(`string index ${n}\\b`), new RegExp(`\\b${n} entries|out of range`)])
    }
  })
})

describe('ids and references', () => {
  for (const kind of ['mapping', 'location', 'function'] as const) {
    test(`${kind} id 0`, async () => {
      const spec = heapSpec()
      if (kind === 'mapping') spec.mappings!.push({ id: 0, filename: '/lib/x.so' })
      if (kind === 'location') spec.locations!.push({ id: 0, lines: [{ functionId: 1 }] })
      if (kind === 'function') spec.functions!.push({ id: 0, name: 'main.zero' })
      await expectRefused(buildProfile(spec), [new RegExp(kind), /id 0\b/, /reserved|invalid|not allowed/])
    })

    test(`duplicate ${kind} ids`, async () => {
      const spec = heapSpec()
      if (kind === 'mapping') spec.mappings!.push({ id: 1, filename: '/lib/x.so' })
      if (kind === 'location') spec.locations!.push({ id: 2, lines: [{ functionId: 1 }] })
      if (kind === 'function') spec.functions!.push({ id: 3, name: 'main.other' })
      const id = kind === 'mapping' ? 1 : kind === 'location' ? 2 : 3
      await expectRefused(buildProfile(spec), [new RegExp(kind), new RegExp(`id ${id}\\b`), /earlier|duplicate|more than once|twice/])
    })
  }

  test('a sample naming a missing location', async () => {
    const spec = heapSpec()
    // Twelve good samples, then sample 12 (0-based) names location 99.
    spec.samples = [
      ...Array.from({ length: 12 }, (_, i) => ({ locationIds: [1 + (i % 3)], values: [1, 2, 3, 4] })),
      { locationIds: [1, 99, 3], values: [1, 2, 3, 4] },
      { locationIds: [2], values: [1, 2, 3, 4] }
    ]
    await expectRefused(buildProfile(spec), [/sample 12\b/, /location 99 not found/])
  })

  test('locations numbered out of order or with gaps resolve as Go-numbered ones do', async () => {
    // Go numbers locations 1..N in the order it writes them, and the decoder then
    // skips resolving ids (the frame is the index); any other numbering must give
    // the same numbers through the resolving path.
    const renumber = (map: Record<number, number>, order: number[]): ProfileSpec => {
      const spec = heapSpec()
      spec.samples = spec.samples!.map((s) => ({ ...s, locationIds: s.locationIds.map((id) => map[Number(id)]) }))
      const locs = spec.locations!.map((l) => ({ ...l, id: map[Number(l.id)] }))
      spec.locations = order.map((i) => locs[i])
      return spec
    }
    await expectSameAsGood(buildProfile(renumber({ 1: 1, 2: 2, 3: 3 }, [2, 0, 1])))
    await expectSameAsGood(buildProfile(renumber({ 1: 3, 2: 1, 3: 2 }, [0, 1, 2])))
    await expectSameAsGood(buildProfile(renumber({ 1: 5, 2: 9, 3: 2 }, [0, 1, 2])))
  })

  test('a sample naming location 0, or one past the last of 1..N', async () => {
    for (const bad of [0, 4]) {
      const spec = heapSpec()
      spec.samples!.push({ locationIds: [1, bad], values: [1, 2, 3, 4] })
      await expectRefused(buildProfile(spec), [/sample 3\b/, new RegExp(`location ${bad} not found`)])
    }
  })

  test('location ids of every varint width (up to 2^64-1) resolve exactly, packed and unpacked', async () => {
    // One function per id; the decoder keeps ids below 2^28 inline, up to 2^31 as they are, and
    // larger ones (up to bigint) through a side table: each width must find its own location.
    const empty = gz(buildProfile({ sampleTypes: [['v', 'count']] }))
    const ids: bigint[] = [1n, 200n, 2n ** 21n + 5n, 2n ** 28n + 3n, 2n ** 31n + 7n, 2n ** 53n + 9n, 2n ** 64n - 1n]
    for (const encoding of ['packed', 'unpacked'] as const) {
      const spec: ProfileSpec = {
        encoding,
        sampleTypes: [['v', 'count']],
        locations: ids.map((id, i) => ({ id, lines: [{ functionId: i + 1 }] })),
        functions: ids.map((_, i) => ({ id: i + 1, name: `main.f${i}` })),
        // Leaf first: f_i called by f_(i+1) ... by f6; plus the all-huge stack twice (summed).
        samples: [
          ...ids.map((_, i) => ({ locationIds: ids.slice(i), values: [i + 1] })),
          { locationIds: [ids[6], ids[5]], values: [100] },
          { locationIds: [ids[6], ids[5]], values: [1000] }
        ]
      }
      const j = await compareJson(empty, gz(buildProfile(spec)))
      const want: Record<string, [number, number]> = {}
      // f_i is the leaf of sample i (value i+1) and on every sample k <= i.
      ids.forEach((_, i) => (want[`main.f${i}`] = [i + 1, ((i + 1) * (i + 2)) / 2]))
      want['main.f6'] = [7 + 1100, 28 + 1100]
      want['main.f5'] = [6, 21 + 1100]
      expect(headNumbers(j)).toEqual(want)
      expect(j.total.head).toBe(28 + 1100)
    }
    // A missing huge id is named exactly, with its sample.
    const missing = buildProfile({
      sampleTypes: [['v', 'count']],
      locations: [{ id: 1, lines: [{ functionId: 1 }] }],
      functions: [{ id: 1, name: 'main.a' }],
      samples: [{ locationIds: [1], values: [1] }, { locationIds: [1, 2n ** 64n - 2n], values: [1] }]
    })
    await expectRefused(missing, [/sample 1\b/, /location 18446744073709551614 not found/])
  })

  test('a line naming a missing function', async () => {
    const spec = heapSpec()
    spec.locations!.push({ id: 4, lines: [{ functionId: 1 }, { functionId: 77 }] })
    await expectRefused(buildProfile(spec), [/location 4\b/, /function 77 not found/])
  })

  test('a location naming a missing mapping is valid (treated as unmapped)', async () => {
    const spec = heapSpec()
    // Location 2 (main.mid) names mapping 9, which does not exist; location 4 has no lines.
    spec.locations![1].mappingId = 9
    spec.locations!.push({ id: 4, mappingId: 9, address: 0x9000 }, { id: 5, mappingId: 1, address: 0x401234 })
    spec.samples!.push({ locationIds: [4, 3], values: [1, 7, 1, 7] }, { locationIds: [5, 3], values: [1, 5, 1, 5] })
    const j = await compareJson(GOOD, buildProfile(spec))
    expect(j.total).toEqual({ base: HEAP_TOTAL, head: HEAP_TOTAL + 12 })
    // No lines, no (existing) mapping: pprof's "<unknown>"; no lines in mapping /srv/app: "[app]".
    expect(headNumbers(j)).toEqual({ ...HEAP_EXPECTED, 'main.main': [0, 162], '<unknown>': [7, 7], '[app]': [5, 5] })
  })
})

describe('sample values and types', () => {
  test('a sample with more values than sample types', async () => {
    const spec = heapSpec()
    spec.samples = [{ locationIds: [1], values: [1, 2, 3, 4, 5] }]
    await expectRefused(buildProfile(spec), [/sample 0\b/, /5 values/, /want 4|4 sample types/])
  })

  test('a sample with fewer values than sample types (a later sample)', async () => {
    const spec = heapSpec()
    spec.samples!.push({ locationIds: [1], values: [1, 2] })
    await expectRefused(buildProfile(spec), [/sample 3\b/, /2 values/, /want 4|4 sample types/])
  })

  test('samples that agree with each other but not with sample types written after them', async () => {
    const spec = heapSpec()
    spec.sampleTypesLast = true
    spec.samples = [
      { locationIds: [1], values: [1, 2, 3] },
      { locationIds: [2], values: [1, 2, 3] }
    ]
    await expectRefused(buildProfile(spec), [/3 values/, /want 4|4 sample types/])
  })

  test('sample types written after the samples are fine when they agree', async () => {
    const spec = heapSpec()
    spec.sampleTypesLast = true
    await expectSameAsGood(buildProfile(spec))
  })

  test('samples but no sample types', async () => {
    const spec = heapSpec()
    spec.sampleTypes = []
    await expectRefused(buildProfile(spec), [/no sample types/])
  })

  /** A gzipped profile of one sample type over main.a (location 1) and main.b (location 2). */
  const twoFunctions = (samples: ProfileSpec['samples'], encoding?: ProfileSpec['encoding']): Uint8Array =>
    gz(
      buildProfile({
        encoding,
        sampleTypes: [['v', 'count']],
        samples,
        locations: [
          { id: 1, lines: [{ functionId: 1 }] },
          { id: 2, lines: [{ functionId: 2 }] }
        ],
        functions: [
          { id: 1, name: 'main.a' },
          { id: 2, name: 'main.b' }
        ]
      })
    )

  test.each(['go', 'unpacked'] as const)('negative int64 values and values above 2^53 come out exact in the JSON text (%s encoding)', async (encoding) => {
    const spec = (samples: ProfileSpec['samples']): Uint8Array => twoFunctions(samples, encoding)
    const A = 2n ** 60n + 1n
    const B = -(2n ** 62n)
    const C = 2n ** 53n + 1n // not a float64
    const base = spec([{ locationIds: [1], values: [A] }])
    const head = spec([
      { locationIds: [1], values: [B] },
      { locationIds: [2, 1], values: [C] },
      { locationIds: [2, 1], values: [C] } // same stack: summed exactly to 2^54 + 2
    ])
    const r = await compare(base, head)
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' })
    // Read every number as its digits (JSON.parse would round them).
    const exact = JSON.parse(r.stdout.replace(/(:\s*)(-?\d+)(?=\s*[,}\]])/g, '$1"$2"')) as {
      total: { base: string; head: string }
      functions: { name: string; flat: Record<string, string>; cum: Record<string, string> }[]
    }
    const s = (v: bigint) => v.toString()
    // Totals are pprof's: the sum of |value|.
    expect(exact.total).toEqual({ base: s(A), head: s(-B + 2n * C) })
    const byName = Object.fromEntries(exact.functions.map((f) => [f.name, f]))
    expect(byName['main.a'].flat).toEqual({ base: s(A), head: s(B), delta: s(B - A) })
    expect(byName['main.a'].cum).toEqual({ base: s(A), head: s(B + 2n * C), delta: s(B + 2n * C - A) })
    expect(byName['main.b'].flat).toEqual({ base: '0', head: s(2n * C), delta: s(2n * C) })
    // The digits really are in the text (e.g. 2^60+1 = 1152921504606846977).
    expect(r.stdout).toContain('1152921504606846977')
    expect(r.stdout).toContain('-4611686018427387904')
    expect(r.stdout).toContain('18014398509481986')
    // And the engine gives exact bigints.
    const c = compareProfiles(decodeProfile(base), decodeProfile(head))
    expect(c.total).toEqual({ base: A, head: -B + 2n * C, delta: -B + 2n * C - A })
  })

  test('values that are each below 2^53 but add up past it are summed exactly', async () => {
    // Every value fits a float64, so the totals start in float64 arrays; their
    // sum does not (2^53 + 3 has no float64), so they must be done exactly.
    const A = 2n ** 52n + 1n
    const B = 2n ** 52n + 2n
    const base = twoFunctions([{ locationIds: [2], values: [1n] }])
    const head = twoFunctions([
      { locationIds: [1], values: [A] },
      { locationIds: [2, 1], values: [B] }
    ])
    const r = await compare(base, head)
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' })
    const exact = JSON.parse(r.stdout.replace(/(:\s*)(-?\d+)(?=\s*[,}\]])/g, '$1"$2"')) as {
      total: { base: string; head: string }
      functions: { name: string; cum: Record<string, string> }[]
    }
    expect(exact.total).toEqual({ base: '1', head: (A + B).toString() })
    const cumA = exact.functions.find((f) => f.name === 'main.a')!.cum
    expect(cumA).toEqual({ base: '0', head: '9007199254740995', delta: '9007199254740995' })
    const c = compareProfiles(decodeProfile(base), decodeProfile(head))
    expect(c.total).toEqual({ base: 1, head: A + B, delta: A + B - 1n })
  })
})

describe('shapes', () => {
  test('functions read inline (the common shape) and field by field give the same records', () => {
    // The decoder reads a function with one-byte tags and short values inline,
    // and anything else field by field; both must give what the profile says.
    const spec = heapSpec()
    spec.functions = [
      { id: 1, name: 'main.leaf', systemName: 'main.leaf·sys', filename: '/srv/leaf.go', startLine: 9 },
      // A start line past 2^49, an unknown field, a two-byte id: read field by field.
      { id: 2, name: 'main.mid', systemName: 'main.mid', filename: '/srv/mid.go', startLine: 2n ** 60n },
      { id: 3, name: 'main.main', filename: '/srv/main.go', startLine: 29, extra: (w) => w.tag(9, 0).varint(7) }
    ]
    spec.locations!.push({ id: 4, lines: [{ functionId: 300 }] })
    spec.functions.push({ id: 300, name: 'main.far', systemName: 'main.far', filename: '/srv/far.go', startLine: 1 })
    const p = decodeProfile(buildProfile(spec))
    expect([...p.functions.values()]).toEqual([
      { id: 1, name: 'main.leaf', systemName: 'main.leaf·sys', filename: '/srv/leaf.go', startLine: 9 },
      { id: 2, name: 'main.mid', systemName: 'main.mid', filename: '/srv/mid.go', startLine: 2n ** 60n },
      { id: 3, name: 'main.main', systemName: '', filename: '/srv/main.go', startLine: 29 },
      { id: 300, name: 'main.far', systemName: 'main.far', filename: '/srv/far.go', startLine: 1 }
    ])
  })

  test('a goroutine profile with zero samples compares fine with total 0', async () => {
    const empty = gz(buildProfile(goroutineSpec()))
    const j = await compareJson(empty, empty)
    expect(j.sampleType).toEqual({ type: 'goroutine', unit: 'count' })
    expect(j.total).toEqual({ base: 0, head: 0 })
    expect(j.functions).toEqual([])
    // Zero-sample base against a real goroutine profile (main and three parked goroutines).
    const real = await compareJson(empty, goroutineGz)
    expect(real.total.base).toBe(0)
    expect(real.total.head).toBeGreaterThanOrEqual(4)
    const park = real.functions.find((f) => f.name === 'main.park')
    expect(park?.cum).toEqual({ base: 0, head: 3, delta: 3 })
    // And a synthetic one with samples.
    const some = gz(buildProfile(goroutineSpec([{ locationIds: [1, 2], values: [5] }])))
    const k = await compareJson(empty, some)
    expect(k.total).toEqual({ base: 0, head: 5 })
    expect(headNumbers(k)).toEqual({ 'runtime.gopark': [5, 5], 'main.worker': [0, 5] })
  })

  test('a stack longer than a frame block (70,000 frames) among short ones: totals, stacks and the diff profile', async () => {
    // Frames are stored in blocks of 2^16 ids; a longer stack gets a block of its own, between
    // the blocks of ordinary stacks, and must be found again when it repeats.
    const N = 70_000
    const long = Array.from({ length: N }, (_, i) => (i % 1000) + 1)
    const spec: ProfileSpec = {
      sampleTypes: [['goroutine', 'count']],
      samples: [
        ...Array.from({ length: 3000 }, (_, i) => ({ locationIds: [1000 - (i % 7), 999, 998], values: [1] })),
        { locationIds: long, values: [5] },
        ...Array.from({ length: 3000 }, (_, i) => ({ locationIds: [1 + (i % 5), 2, 3], values: [1] })),
        { locationIds: long, values: [2] }
      ],
      locations: Array.from({ length: 1000 }, (_, i) => ({ id: i + 1, lines: [{ functionId: i + 1 }] })),
      functions: Array.from({ length: 1000 }, (_, i) => ({ id: i + 1, name: `main.f${i}` }))
    }
    const empty = gz(buildProfile({ sampleTypes: [['goroutine', 'count']] }))
    const head = gz(buildProfile(spec))
    const j = await compareJson(empty, head)
    expect(j.total.head).toBe(6000 + 7)
    const nums = headNumbers(j)
    // main.f0 is the long stack's leaf (7) and in the second batch's leaves (i % 5 === 0: 600).
    expect(nums['main.f0']).toEqual([7 + 600, 7 + 600])
    // main.f500 only appears in the long stack (70 times there, once in cum per sample).
    expect(nums['main.f500']).toEqual([0, 7])
    const p = decodeProfile(head)
    expect(p.stacks.count).toBe(7 + 5 + 1)
    expect(Math.max(...p.stacks.depth)).toBe(N)
    // The goroutine stacks list names the long stack with all its frames.
    const grown = (j as unknown as { stacks: { head: number; frames: string[] }[] }).stacks
    const longest = grown.find((g) => g.head === 7)!
    expect(longest.frames).toHaveLength(N)
    expect(longest.frames[0]).toBe('main.f0')
    expect(longest.frames[N - 1]).toBe(`main.f${(N - 1) % 1000}`)
    // The diff profile carries the long stack through: pprof-gate reads its own output back.
    const r = await compare(empty, head, ['--output', path.join(dir, 'long-diff.pb.gz')])
    expect(r.code).toBe(0)
    const diff = decodeProfile(await readFile(path.join(dir, 'long-diff.pb.gz')))
    expect(Math.max(...diff.stacks.depth)).toBe(N)
  })

  test('stacks deeper than 128 frames', async () => {
    const N = 300
    const spec: ProfileSpec = {
      sampleTypes: [['samples', 'count']],
      samples: [
        { locationIds: Array.from({ length: N }, (_, i) => i + 1), values: [7] },
        // Recursion 300 deep: f0 calls itself; cum counts it once per sample.
        { locationIds: Array.from({ length: N }, () => 1), values: [3] }
      ],
      locations: Array.from({ length: N }, (_, i) => ({ id: i + 1, lines: [{ functionId: i + 1 }] })),
      functions: Array.from({ length: N }, (_, i) => ({ id: i + 1, name: `main.f${i}` }))
    }
    const j = await compareJson(gz(buildProfile(spec)), gz(buildProfile(spec)))
    expect(j.total).toEqual({ base: 10, head: 10 })
    const nums = headNumbers(j)
    expect(Object.keys(nums)).toHaveLength(N)
    expect(nums['main.f0']).toEqual([10, 10])
    expect(nums['main.f128']).toEqual([0, 7])
    expect(nums['main.f129']).toEqual([0, 7])
    expect(nums[`main.f${N - 1}`]).toEqual([0, 7])
  })

  test('~10^6 distinct stacks decode', () => {
    // 1000 leaf functions x 1000 middle functions under main.main: stack i is
    // [leaf(i % 1000), mid(i / 1000), main], values [1, i]. Written directly
    // with a ProtoWriter (about 16 MB).
    const K = 1000
    const w = new ProtoWriter(20 * MiB)
    w.message(1, (m) => m.uint(1, 1).uint(2, 2)).message(1, (m) => m.uint(1, 3).uint(2, 4))
    for (let i = 0; i < K * K; i++) {
      // Sample { location_id: packed [leaf, mid, main], value: packed [1, i] }, lengths computed up front.
      const leaf = (i % K) + 1
      const mid = Math.floor(i / K) + K + 1
      const ids = varintSize(leaf) + varintSize(mid) + varintSize(2 * K + 1)
      const vals = 1 + varintSize(i)
      w.tag(2, BYTES).varint(2 + ids + 2 + vals)
      w.tag(1, BYTES).varint(ids).varint(leaf).varint(mid).varint(2 * K + 1)
      w.tag(2, BYTES).varint(vals).varint(1).varint(i)
    }
    for (let id = 1; id <= 2 * K + 1; id++) w.message(4, (m) => m.uint(1, id).message(4, (l) => l.uint(1, id)))
    for (let id = 1; id <= 2 * K + 1; id++) w.message(5, (m) => m.uint(1, id).uint(2, 4 + id))
    for (const s of ['', 'samples', 'count', 'value', 'units']) w.string(6, s)
    for (let id = 1; id <= 2 * K + 1; id++) {
      w.string(6, id <= K ? `leaf.f${id - 1}` : id <= 2 * K ? `mid.f${id - K - 1}` : 'main.main')
    }
    const bytes = w.finish()
    const started = Date.now()
    const p = decodeProfile(bytes)
    const elapsed = Date.now() - started
    expect(p.sampleCount).toBe(K * K)
    expect(p.stacks.count).toBe(K * K)
    // Against an empty profile of the same kind, so only the big one is aggregated.
    const empty = decodeProfile(buildProfile({ sampleTypes: [['samples', 'count'], ['value', 'units']] }))
    const c = compareProfiles(empty, p)
    expect(c.sampleType).toEqual({ type: 'value', unit: 'units' })
    const total = (K * K * (K * K - 1)) / 2
    expect(c.total).toEqual({ base: 0, head: total, delta: total })
    expect(c.functions).toHaveLength(2 * K + 1)
    const fn = (name: string) => c.functions.find((f) => f.name === name)!
    // leaf.f7: i = 7, 1007, ..., 999007.
    expect(fn('leaf.f7').flat).toEqual({ base: 0, head: 499_507_000, delta: 499_507_000 })
    // mid.f7: i in [7000, 8000).
    expect(fn('mid.f7').cum.head).toBe(7000 * 1000 + 499_500)
    expect(fn('mid.f7').flat.head).toBe(0)
    expect(fn('main.main').cum.head).toBe(total)
    const counts = compareProfiles(empty, p, { sampleType: 'samples' })
    expect(counts.total.head).toBe(K * K)
    expect(counts.functions.find((f) => f.name === 'leaf.f999')!.flat.head).toBe(K)
    // Generous: a decoder gone quadratic takes minutes.
    expect(elapsed).toBeLessThan(20_000)
  })
})

describe('files', () => {
  test('a missing base is named before head is read, whichever side would fail later', async () => {
    const headPath = path.join(dir, 'files-head.pb.gz')
    await writeFile(headPath, GOOD)
    let stderr = ''
    const code = await runCli(['compare', path.join(dir, 'no-such-base.pb.gz'), headPath], { stdout: () => {}, stderr: (t) => (stderr += t) })
    expect(code).toBe(2)
    expect(stderr).toMatch(/^pprof-gate: base profile \S+no-such-base\.pb\.gz: no such file\n$/)
    // A directory as head, a good base: named as head.
    stderr = ''
    expect(await runCli(['compare', headPath, dir], { stdout: () => {}, stderr: (t) => (stderr += t) })).toBe(2)
    expect(stderr).toMatch(/head profile .*: is a directory, not a profile file/)
  })
})

describe('base and head of different kinds', () => {
  test('cpu vs heap: refused, naming both', async () => {
    const cpu = gz(buildProfile(cpuSpec()))
    const line = expectOneLineError(await compare(cpu, GOOD), [/different kinds/])
    expect(line).toMatch(/base/)
    expect(line).toMatch(/head/)
    expect(line).toMatch(/cpu\/nanoseconds/)
    expect(line).toMatch(/inuse_space\/bytes/)
    // Which is which: base is the cpu profile.
    expect(line.indexOf('cpu/nanoseconds')).toBeLessThan(line.indexOf('inuse_space'))
    const reversed = expectOneLineError(await compare(GOOD, cpu), [/different kinds/, /cpu\/nanoseconds/, /inuse_space\/bytes/])
    expect(reversed.indexOf('inuse_space')).toBeLessThan(reversed.indexOf('cpu/nanoseconds'))
    expect(() => compareProfiles(decodeProfile(cpu), decodeProfile(GOOD))).toThrow(ProfileError)
  })

  test('same sample types, different period types: refused, naming both', async () => {
    const a = cpuSpec()
    const b = cpuSpec()
    b.periodType = ['wall', 'milliseconds']
    const line = expectOneLineError(await compare(gz(buildProfile(a)), gz(buildProfile(b))), [/different kinds/])
    expect(line).toMatch(/cpu\/nanoseconds/)
    expect(line).toMatch(/wall\/milliseconds/)
  })

  test('different sample types of the same count: compared on the shared ones, as pprof does, naming what was left out', async () => {
    const b = heapSpec()
    b.sampleTypes = [...HEAP_TYPES.slice(0, 3), ['retained_space', 'bytes']]
    const r = await compare(GOOD, gz(buildProfile(b)))
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' })
    const j = JSON.parse(r.stdout) as { alignment: { dropped: { side: string; type: string }[] } }
    expect(j.alignment.dropped).toEqual([
      { side: 'base', type: 'inuse_space', unit: 'bytes' },
      { side: 'head', type: 'retained_space', unit: 'bytes' }
    ])
  })

  test('a goroutine profile against a heap profile', async () => {
    expectOneLineError(await compare(goroutineGz, realGz), [/different kinds/, /goroutine\/count/, /inuse_space\/bytes/])
  })
})

describe('the test writer itself (testdata/gen/protowriter.ts)', () => {
  const hex = (w: ProtoWriter) => Buffer.from(w.finish()).toString('hex')

  test('varints, tags and fixed fields are written as protobuf specifies', () => {
    expect(hex(new ProtoWriter().varint(0).varint(1).varint(127).varint(128).varint(300))).toBe('00017f8001ac02')
    expect(hex(new ProtoWriter().varint(-1))).toBe('ffffffffffffffffff01')
    expect(hex(new ProtoWriter().varint(-(2n ** 62n)))).toBe('8080808080808080c001')
    expect(hex(new ProtoWriter().varint(2n ** 60n + 1n))).toBe('818080808080808010')
    expect(hex(new ProtoWriter().varint(2 ** 53 - 1))).toBe('ffffffffffffff0f')
    expect(hex(new ProtoWriter().paddedVarint(5, 11))).toBe('85808080808080808080' + '00')
    expect(hex(new ProtoWriter().paddedVarint(300, 2))).toBe('ac02')
    expect(hex(new ProtoWriter().tag(1, 2).tag(15, 0).tag(16, 0).tag(2048, 5))).toBe('0a788001858001')
    expect(hex(new ProtoWriter().fixed32(1, 0x01020304).fixed64(2, -2n))).toBe('0d04030201' + '11feffffffffffffff')
    expect(hex(new ProtoWriter().packed(1, [1, 300]).unpacked(2, [1, 2]))).toBe('0a0301ac02' + '10011002')
    expect(hex(new ProtoWriter().repeated(1, [1, 2]).repeated(1, [1, 2, 3]))).toBe('08010802' + '0a03010203')
    expect(varintSize(127)).toBe(1)
    expect(varintSize(128)).toBe(2)
    expect(varintSize(2 ** 53 - 1)).toBe(8)
  })

  test('topLevelFields finds every top-level field', () => {
    const bytes = new ProtoWriter().uint(12, 300).string(6, 'ab').fixed64(9, 1).fixed32(100, 1).finish()
    expect(topLevelFields(bytes)).toEqual([
      { field: 12, wire: 0, start: 0, end: 3 },
      { field: 6, wire: 2, start: 3, end: 7 },
      { field: 9, wire: 1, start: 7, end: 16 },
      { field: 100, wire: 5, start: 16, end: 22 }
    ])
  })
})
