// Issue 16, "Bounded memory": a few bytes of protobuf can stand for far more
// memory (two bytes make a string, one byte a frame), so the decoder caps
// what it keeps (src/pprof/limits.ts) and refuses past a cap, naming it.
// Each table is exploded in a profile written here: at a small
// --max-profile-entries through the engine, and at the defaults as ~900 KB
// gzip bombs through the CLI, which must name the file and the option.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { runCli } from '../src/commands/cli.js'
import { DEFAULT_MAX_ENTRIES, ProfileError, decodeProfile } from '../src/pprof/index.js'
import { ProtoWriter, buildProfile, type ProfileSpec } from '../testdata/gen/protowriter.js'

const E = 1024
const TYPES: [string, string][] = [['samples', 'count']]

function base(): ProfileSpec {
  return {
    sampleTypes: TYPES,
    samples: [{ locationIds: [1], values: [1] }],
    locations: [{ id: 1, lines: [{ functionId: 1 }] }],
    functions: [{ id: 1, name: 'main.main' }]
  }
}

const range = (n: number, from = 1): number[] => Array.from({ length: n }, (_, i) => i + from)

function refusal(bytes: Uint8Array, maxEntries?: number): string {
  let thrown: unknown
  try {
    decodeProfile(bytes, { maxEntries })
  } catch (e) {
    thrown = e
  }
  expect(thrown).toBeInstanceOf(ProfileError)
  const message = (thrown as Error).message
  expect(message).toMatch(/the decoder's limit/)
  expect(message).toContain('--max-profile-entries')
  return message
}

describe('each table the decoder keeps is capped', () => {
  test('strings', () => {
    const spec = { ...base(), extraStrings: range(E).map((i) => `s${i}`) }
    expect(refusal(buildProfile(spec), E)).toMatch(/more than 1024 strings in the string table/)
  })

  test('locations', () => {
    const spec = { ...base(), locations: range(E + 1).map((id) => ({ id, lines: [{ functionId: 1 }] })) }
    expect(refusal(buildProfile(spec), E)).toMatch(/more than 1024 locations/)
  })

  test('lines of locations', () => {
    const spec = { ...base(), locations: [{ id: 1, lines: range(2 * E + 1).map(() => ({ functionId: 1 })) }] }
    expect(refusal(buildProfile(spec), E)).toMatch(/more than 2048 lines in locations/)
  })

  test('functions', () => {
    const spec = { ...base(), functions: range(E + 1).map((id) => ({ id, name: 'f' })) }
    expect(refusal(buildProfile(spec), E)).toMatch(/more than 1024 functions/)
  })

  test('mappings', () => {
    const spec = { ...base(), mappings: range(E + 1).map((id) => ({ id })) }
    expect(refusal(buildProfile(spec), E)).toMatch(/more than 1024 mappings/)
  })

  test('distinct stacks', () => {
    // 33 x 33 two-frame stacks over 33 locations.
    const samples = range(33).flatMap((a) => range(33).map((b) => ({ locationIds: [a, b], values: [1] })))
    const spec = { ...base(), samples, locations: range(33).map((id) => ({ id, lines: [{ functionId: 1 }] })) }
    expect(refusal(buildProfile(spec), E)).toMatch(/more than 1024 distinct stacks/)
  })

  test('frames of all distinct stacks', () => {
    const samples = range(40).map((i) => ({ locationIds: new Array<number>(1000 + i).fill(1), values: [1] }))
    expect(refusal(buildProfile({ ...base(), samples }), E)).toMatch(/more than 32768 frames in distinct stacks/)
  })

  test('frames of one stack', () => {
    const samples = [{ locationIds: new Array<number>(65537).fill(1), values: [1] }]
    expect(refusal(buildProfile({ ...base(), samples }), E)).toMatch(/more than 65536 frames in one stack/)
  })

  test('sample types, values per sample, comments', () => {
    const types = range(E + 1).map((i): [string, string] => [`t${i}`, 'count'])
    expect(refusal(buildProfile({ ...base(), sampleTypes: types, samples: [] }), E)).toMatch(/more than 1024 sample types/)
    const wide = [{ locationIds: [1], values: new Array<number>(E + 1).fill(1) }]
    expect(refusal(buildProfile({ ...base(), samples: wide }), E)).toMatch(/more than 1024 values in one sample/)
    const comments = (w: ProtoWriter): void => {
      for (let i = 0; i <= E; i++) w.uint(13, 0)
    }
    expect(refusal(buildProfile({ ...base(), after: comments }), 64 * E)).toMatch(/more than 1024 comments/)
  })

  test('a profile just inside every cap decodes', () => {
    const samples = range(31).flatMap((a) => range(33).map((b) => ({ locationIds: [a, b], values: [1] })))
    const spec: ProfileSpec = {
      ...base(),
      samples,
      locations: range(33).map((id) => ({ id, lines: [{ functionId: 1 }] })),
      extraStrings: range(E - 10).map((i) => `s${i}`)
    }
    const p = decodeProfile(buildProfile(spec), { maxEntries: E })
    expect(p.stacks.count).toBe(31 * 33)
  })
})

describe('gzip bombs at the default caps, through the CLI', () => {
  let dir: string
  let good: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bounded-memory-'))
    good = path.join(dir, 'good.pb.gz')
    await writeFile(good, gzipSync(buildProfile(base())))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  /** A gzip file of `head` followed by `unit` repeated to about `size` bytes. */
  function bomb(head: Uint8Array, unit: number[], size: number): Buffer {
    const block = Buffer.alloc(1 << 20)
    for (let i = 0; i + unit.length <= block.length; i += unit.length) block.set(unit, i)
    const blocks = Array.from({ length: Math.ceil(size / block.length) }, () => block)
    return gzipSync(Buffer.concat([head, ...blocks]), { level: 9 })
  }

  async function compareFile(name: string, bytes: Uint8Array, extra: string[] = []): Promise<{ code: number; stderr: string; file: string }> {
    const file = path.join(dir, name)
    await writeFile(file, bytes)
    let stderr = ''
    const code = await runCli(['compare', good, file, ...extra], { stdout: () => {}, stderr: (s) => (stderr += s) })
    return { code, stderr, file }
  }

  test('empty strings (two bytes each) stop at the string cap, naming the file', async () => {
    // 900 MB of `32 00`: 450 million strings, under the 1 GiB decompressed cap.
    const gz = bomb(new Uint8Array([0x32, 0x00]), [0x32, 0x00], 900e6)
    expect(gz.length).toBeLessThan(1e6)
    const r = await compareFile('strings.pb.gz', gz)
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain(`head profile ${r.file}: parsing profile: more than ${DEFAULT_MAX_ENTRIES} strings in the string table`)
    expect(r.stderr).toContain('--max-profile-entries')
  })

  test('empty sample types stop at their cap', async () => {
    const gz = bomb(new Uint8Array([0x32, 0x00]), [0x0a, 0x00], 1e6)
    const r = await compareFile('types.pb.gz', gz)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`head profile ${r.file}: parsing profile: more than 1024 sample types`)
  })

  test('one sample of 900 million frames is refused before it is held', async () => {
    const frames = 900e6
    // sample_type {}, then Sample { location_id: [1 x frames] } (length prefixes as varints).
    const varint = (v: number): number[] => {
      const out: number[] = []
      for (; v >= 128; v = Math.floor(v / 128)) out.push((v % 128) | 128)
      return [...out, v]
    }
    const inner = [0x0a, ...varint(frames)]
    const head = new Uint8Array([0x0a, 0x00, 0x12, ...varint(inner.length + frames), ...inner])
    const gz = bomb(head, [0x01], frames)
    expect(gz.length).toBeLessThan(1e6)
    const r = await compareFile('frames.pb.gz', gz)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`head profile ${r.file}: parsing profile: more than ${16 * DEFAULT_MAX_ENTRIES} bytes in one top-level field`)
  })

  test('--max-profile-entries moves the caps', async () => {
    const spec = { ...base(), extraStrings: range(3000).map((i) => `s${i}`) }
    const gz = gzipSync(buildProfile(spec))
    expect((await compareFile('many.pb.gz', gz)).code).toBe(0)
    const r = await compareFile('many.pb.gz', gz, ['--max-profile-entries', '2000'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/more than 2000 strings in the string table/)
  })
})
