/**
 * The profile the decoder warms up on (warmup.ts), as a generator. The
 * bytes are kept, base64, in warmup-data.ts: built here at run time they
 * cost more than the warm-up saves (this code would run cold, byte by byte).
 * The warm-up test checks that the two agree; `UPDATE_WARMUP=1 npm test --
 * warmup` rewrites warmup-data.ts after a change here.
 *
 * What it holds is what the decoder reads differently, each in the first few
 * hundred samples: packed and unpacked repeated fields, values of one to six
 * bytes (past 2^31 and 2^40), location ids past 2^14, stacks of one to 130
 * frames (lengths of one and two bytes), every stack sampled twice and apart
 * (the stack table's equal-hash path), inlined frames, string and numeric
 * labels, names past 127 bytes, and times past 2^53.
 */

const FUNCTIONS = 300
const LOCATIONS = 1100
const STACKS = 160
const SAMPLES = 320
const ROOTS = ['runtime.goexit', 'net/http.(*conn).serve', 'net/http.serverHandler.ServeHTTP']

/**
 * A CPU profile shaped like Go's (field order, packed and unpacked repeated
 * fields, inlined frames, labels, ids past 2^14), with values of every
 * varint size the decoder reads differently, and each stack sampled twice,
 * apart.
 */
export function warmUpProfile(): Uint8Array {
  const out = new ProtoBytes()
  const strings: string[] = ['']
  const str = (s: string): number => strings.push(s) - 1
  let seed = 1
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
    return (seed >>> 8) % n
  }

  for (const [type, unit] of [['samples', 'count'], ['cpu', 'nanoseconds']]) {
    out.message(1, new ProtoBytes().varint(1, str(type)).varint(2, str(unit)))
  }

  const stacks: number[][] = []
  for (let s = 0; s < STACKS; s++) {
    // Mostly typical depths, some past 64 frames (a two-byte length), a few of one or two.
    const depth = s % 17 === 0 ? 70 + random(60) : s % 19 === 0 ? 1 + random(2) : 3 + random(40)
    const stack: number[] = []
    const randomFrames = depth < 3 ? depth : depth - ROOTS.length
    for (let k = 0; k < randomFrames; k++) stack.push(locationId(1 + random(LOCATIONS)))
    // The goroutine's root frames, the same in every stack but the shortest: functions that tie on flat and cum.
    for (let k = ROOTS.length; stack.length < depth; k--) stack.push(locationId(LOCATIONS + k))
    stacks.push(stack)
  }
  const labelKey = str('handler')
  const labelValues = [str('/api/users'), str('/api/orders')]
  const numKey = str('bytes')
  // Values from one byte up to past 2^31, 2^32 and 2^40 (but below 2^53).
  const big = [1, 300, 70_000, 2 ** 29 + 5, 2 ** 31 + 7, 2 ** 33 + 1, 2 ** 41 + 3]
  for (let i = 0; i < SAMPLES; i++) {
    const count = 1 + random(3)
    const ns = i % 5 === 0 ? big[random(big.length)] : count * 10_000_000
    const sample = new ProtoBytes()
    // Go writes a repeated field packed when it has more than two elements;
    // some values here are packed anyway (other writers do that).
    sample.repeated(1, stacks[(i * 7) % STACKS], false)
    sample.repeated(2, [count, ns], i % 7 === 0)
    if (i % 3 === 0) sample.message(3, new ProtoBytes().varint(1, labelKey).varint(2, labelValues[i & 1]))
    if (i % 11 === 0) sample.message(3, new ProtoBytes().varint(1, numKey).varint(3, 4096 + i).varint(4, numKey))
    out.message(2, sample)
  }

  mapping(out, 1, 0x400000, 0x1200000, str('/usr/local/bin/service'), str('0123456789abcdef'))
  mapping(out, 2, 0x7f0000000000, 0x7f0000200000, str('/lib/x86_64-linux-gnu/libc.so.6'), 0)

  for (let l = 1; l <= LOCATIONS + ROOTS.length; l++) {
    const shared = l % 50 === 0
    const loc = new ProtoBytes()
      .varint(1, locationId(l))
      .varint(2, shared ? 2 : 1)
      .varint(3, shared ? 0x7f0000001000 + l * 16 : 0x400000 + l * 64)
    // A quarter of the locations hold inlined calls (two to four lines).
    const lines = l % 4 === 0 && l <= LOCATIONS ? 2 + random(3) : 1
    for (let k = 0; k < lines; k++) {
      const fn = l > LOCATIONS ? FUNCTIONS + l - LOCATIONS : 1 + random(FUNCTIONS)
      loc.message(4, new ProtoBytes().varint(1, fn).varint(2, l % 9 === 0 ? 20_000 + l : 10 + random(900)))
    }
    out.message(4, loc)
  }
  for (let f = 1; f <= FUNCTIONS + ROOTS.length; f++) {
    // Some names past 127 bytes (a two-byte length), as generic instantiations have.
    const name =
      f > FUNCTIONS
        ? ROOTS[f - FUNCTIONS - 1]
        : f % 23 === 0
        ? `example.com/svc/internal/pkg${f}.Map[go.shape.struct { Key string; Value []example.com/svc/internal/model.Record${f}; Meta map[string]string }].Get`
        : `example.com/svc/internal/pkg${f % 37}.(*T${f % 5}).Func${f}`
    const id = str(name)
    out.message(5, new ProtoBytes().varint(1, f).varint(2, id).varint(3, id).varint(4, str(`/src/svc/internal/pkg${f % 37}/file${f % 7}.go`)).varint(5, 10 + f))
  }
  const periodType = new ProtoBytes().varint(1, str('cpu')).varint(2, str('nanoseconds'))
  for (const s of strings) out.string(6, s)
  out.varint(9, 1_700_000_000_000_000_000).varint(10, 30_000_000_000).message(11, periodType).varint(12, 10_000_000)
  return out.bytes()
}

/** Location ids from 1, and past 2^14 (three-byte varints) for the second half. */
function locationId(l: number): number {
  return l <= LOCATIONS / 2 ? l : 16_000 + l
}

function mapping(out: ProtoBytes, id: number, start: number, limit: number, file: number, buildId: number): void {
  const m = new ProtoBytes().varint(1, id).varint(2, start).varint(3, limit).varint(5, file).varint(6, buildId)
  for (const flag of [7, 8, 9, 10]) m.varint(flag, 1)
  out.message(3, m)
}

/** Just enough of a protobuf writer for the profile above (non-negative values only). */
class ProtoBytes {
  private readonly out: number[] = []

  varint(field: number, v: number): this {
    this.raw(field << 3)
    this.raw(v)
    return this
  }

  message(field: number, m: ProtoBytes): this {
    return this.delimited(field, m.out)
  }

  string(field: number, s: string): this {
    return this.delimited(field, Array.from(new TextEncoder().encode(s)))
  }

  /** Packed when asked to or when there are more than two values, as Go writes them. */
  repeated(field: number, values: number[], packed: boolean): this {
    if (!packed && values.length <= 2) {
      for (const v of values) this.varint(field, v)
      return this
    }
    const body = new ProtoBytes()
    for (const v of values) body.raw(v)
    return this.delimited(field, body.out)
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.out)
  }

  private delimited(field: number, body: number[]): this {
    this.raw((field << 3) | 2)
    this.raw(body.length)
    for (const b of body) this.out.push(b)
    return this
  }

  private raw(v: number): void {
    while (v >= 128) {
      this.out.push((v % 128) | 128)
      v = Math.floor(v / 128)
    }
    this.out.push(v)
  }
}
