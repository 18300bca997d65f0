/**
 * A tiny protobuf writer for TESTS, written by hand and independent of the
 * product's encoder (src/pprof/encode.ts), so it can also write what no
 * correct encoder would: overlong varints, wrong wire types, lengths that run
 * past the end, unknown fields anywhere.
 *
 * `buildProfile(spec)` writes a profile.proto Profile from a small JS
 * description; every message takes an `extra` hook to append raw fields, and
 * every string reference can be a raw index (`idx(-1)`) instead of a string.
 *
 * Field numbers (profile.proto): Profile 1 sample_type, 2 sample, 3 mapping,
 * 4 location, 5 function, 6 string_table, 7 drop_frames, 8 keep_frames,
 * 9 time_nanos, 10 duration_nanos, 11 period_type, 12 period, 13 comment,
 * 14 default_sample_type; ValueType 1 type 2 unit; Sample 1 location_id
 * 2 value 3 label; Label 1 key 2 str 3 num 4 num_unit; Mapping 1 id
 * 2 memory_start 3 memory_limit 4 file_offset 5 filename 6 build_id
 * 7-10 has_*; Location 1 id 2 mapping_id 3 address 4 line 5 is_folded;
 * Line 1 function_id 2 line 3 column; Function 1 id 2 name 3 system_name
 * 4 filename 5 start_line.
 */

export const VARINT = 0
export const FIXED64 = 1
export const BYTES = 2
export const START_GROUP = 3
export const END_GROUP = 4
export const FIXED32 = 5

/** An integer as the tests write it: a number (safe integer) or a bigint (any int64/uint64). */
export type Int = number | bigint

const MASK64 = (1n << 64n) - 1n

/** The number of bytes of a non-negative safe integer as a varint. */
export function varintSize(v: number): number {
  let n = 1
  while (v >= 0x80) {
    v = Math.floor(v / 0x80)
    n++
  }
  return n
}

/** Growable byte buffer with protobuf primitives. All methods return `this`. */
export class ProtoWriter {
  private buf: Uint8Array
  private len = 0

  constructor(initialSize = 256) {
    this.buf = new Uint8Array(initialSize)
  }

  get length(): number {
    return this.len
  }

  private reserve(n: number): void {
    if (this.len + n <= this.buf.length) return
    let size = this.buf.length * 2
    while (size < this.len + n) size *= 2
    const next = new Uint8Array(size)
    next.set(this.buf.subarray(0, this.len))
    this.buf = next
  }

  /** Appends one byte. */
  byte(b: number): this {
    this.reserve(1)
    this.buf[this.len++] = b & 0xff
    return this
  }

  /** Appends bytes as they are. */
  raw(bytes: ArrayLike<number>): this {
    this.reserve(bytes.length)
    this.buf.set(bytes, this.len)
    this.len += bytes.length
    return this
  }

  /**
   * An unsigned varint of the value's 64-bit two's complement: a negative
   * int64 takes 10 bytes, as Go writes it.
   */
  varint(v: Int): this {
    if (typeof v === 'number' && v >= 0 && v < 0x80) return this.byte(v)
    if (typeof v === 'number' && !Number.isSafeInteger(v)) throw new Error(`varint: ${v} is not a safe integer; use a bigint`)
    if (typeof v === 'number' && v > 0) {
      this.reserve(10)
      while (v >= 0x80) {
        this.buf[this.len++] = (v % 0x80) | 0x80
        v = Math.floor(v / 0x80)
      }
      this.buf[this.len++] = v
      return this
    }
    let x = BigInt(v) & MASK64
    this.reserve(10)
    while (x >= 0x80n) {
      this.buf[this.len++] = Number(x & 0x7fn) | 0x80
      x >>= 7n
    }
    this.buf[this.len++] = Number(x)
    return this
  }

  /**
   * A varint of `v` padded with continuation bytes to exactly `size` bytes
   * (size > 10 makes an invalid, overlong varint; the value bits stay `v`).
   */
  paddedVarint(v: Int, size: number): this {
    const w = new ProtoWriter(16).varint(v).finish()
    if (size < w.length) throw new Error(`paddedVarint: ${v} needs ${w.length} bytes, not ${size}`)
    const out = new Uint8Array(size)
    out.set(w)
    // Every byte but the last carries the continuation bit; the padding bytes add zero bits.
    for (let i = 0; i < size - 1; i++) out[i] |= 0x80
    return this.raw(out)
  }

  /** A field tag: (field << 3) | wire; field numbers >= 16 take two or more bytes. */
  tag(field: number, wire: number): this {
    return this.varint(field * 8 + wire)
  }

  /** A varint field (int64, uint64, bool). */
  uint(field: number, v: Int): this {
    return this.tag(field, VARINT).varint(v)
  }

  /** A fixed64 field (8 bytes little endian). */
  fixed64(field: number, v: Int): this {
    let x = BigInt(v) & MASK64
    this.tag(field, FIXED64)
    this.reserve(8)
    for (let i = 0; i < 8; i++) {
      this.buf[this.len++] = Number(x & 0xffn)
      x >>= 8n
    }
    return this
  }

  /** A fixed32 field (4 bytes little endian). */
  fixed32(field: number, v: number): this {
    this.tag(field, FIXED32)
    this.reserve(4)
    for (let i = 0; i < 4; i++) this.buf[this.len++] = (v >>> (8 * i)) & 0xff
    return this
  }

  /** A length-delimited field holding `data`. */
  bytes(field: number, data: ArrayLike<number>): this {
    return this.tag(field, BYTES).varint(data.length).raw(data)
  }

  /** A length-delimited field holding a UTF-8 string. */
  string(field: number, s: string): this {
    return this.bytes(field, Buffer.from(s, 'utf8'))
  }

  /** A length-delimited field holding the bytes `body` writes (a nested message). */
  message(field: number, body: (w: ProtoWriter) => void): this {
    const inner = new ProtoWriter(64)
    body(inner)
    return this.bytes(field, inner.finish())
  }

  /** A repeated varint field, packed (one length-delimited field). */
  packed(field: number, values: readonly Int[]): this {
    const inner = new ProtoWriter(values.length * 2 + 8)
    for (const v of values) inner.varint(v)
    return this.bytes(field, inner.finish())
  }

  /** A repeated varint field, one tag per value. */
  unpacked(field: number, values: readonly Int[]): this {
    for (const v of values) this.uint(field, v)
    return this
  }

  /**
   * A repeated varint field in the given encoding; 'go' packs only lists of
   * more than two entries, as Go's encoder does. An empty list writes nothing.
   */
  repeated(field: number, values: readonly Int[], encoding: Encoding = 'go'): this {
    if (values.length === 0) return this
    const pack = encoding === 'packed' || (encoding === 'go' && values.length > 2)
    return pack ? this.packed(field, values) : this.unpacked(field, values)
  }

  /** A copy of the bytes written so far. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.len)
  }
}

export type Encoding = 'packed' | 'unpacked' | 'go'

/** A raw string-table index, to write a reference the table may not have. */
export interface StringIndex {
  index: Int
}
export function idx(index: Int): StringIndex {
  return { index }
}
/** A string reference: a string (interned into the table) or a raw index. */
export type Str = string | StringIndex

export interface LabelSpec {
  key: Str
  str?: Str
  num?: Int
  numUnit?: Str
}

export interface SampleSpec {
  /** Leaf first. */
  locationIds: readonly Int[]
  values: readonly Int[]
  labels?: LabelSpec[]
  extra?: (w: ProtoWriter) => void
}

export interface LineSpec {
  functionId: Int
  line?: Int
  column?: Int
  extra?: (w: ProtoWriter) => void
}

export interface LocationSpec {
  id: Int
  mappingId?: Int
  address?: Int
  /** Innermost first. */
  lines?: LineSpec[]
  isFolded?: boolean
  extra?: (w: ProtoWriter) => void
}

export interface FunctionSpec {
  id: Int
  name: Str
  systemName?: Str
  filename?: Str
  startLine?: Int
  extra?: (w: ProtoWriter) => void
}

export interface MappingSpec {
  id: Int
  memoryStart?: Int
  memoryLimit?: Int
  fileOffset?: Int
  filename?: Str
  buildId?: Str
  hasFunctions?: boolean
  extra?: (w: ProtoWriter) => void
}

export interface ProfileSpec {
  /** [type, unit] pairs. */
  sampleTypes?: [Str, Str][]
  samples?: SampleSpec[]
  mappings?: MappingSpec[]
  locations?: LocationSpec[]
  functions?: FunctionSpec[]
  periodType?: [Str, Str]
  period?: Int
  timeNanos?: Int
  durationNanos?: Int
  dropFrames?: Str
  keepFrames?: Str
  comments?: Str[]
  defaultSampleType?: Str
  /**
   * The string table's first entries (default ['']); strings the spec uses
   * are appended after them unless already present.
   */
  strings?: string[]
  /** Extra strings appended to the table (e.g. to make it longer). */
  extraStrings?: string[]
  /** Encoding of repeated scalars (location_id, value): default 'go'. */
  encoding?: Encoding
  /** Writes the sample types after the samples instead of first. */
  sampleTypesLast?: boolean
  /** Raw fields written first / last in the Profile message. */
  before?: (w: ProtoWriter) => void
  after?: (w: ProtoWriter) => void
}

/** A profile as profile.proto bytes (not gzipped). */
export function buildProfile(spec: ProfileSpec): Uint8Array {
  const table = spec.strings ? [...spec.strings] : ['']
  const index = new Map<string, number>()
  table.forEach((s, i) => {
    if (!index.has(s)) index.set(s, i)
  })
  const str = (s: Str | undefined): Int => {
    if (s === undefined) return 0
    if (typeof s !== 'string') return s.index
    let i = index.get(s)
    if (i === undefined) {
      i = table.length
      table.push(s)
      index.set(s, i)
    }
    return i
  }
  const enc = spec.encoding ?? 'go'
  const w = new ProtoWriter(1024)
  spec.before?.(w)

  const writeSampleTypes = () => {
    for (const [type, unit] of spec.sampleTypes ?? []) {
      w.message(1, (m) => m.uint(1, str(type)).uint(2, str(unit)))
    }
  }
  if (!spec.sampleTypesLast) writeSampleTypes()
  for (const s of spec.samples ?? []) {
    w.message(2, (m) => {
      m.repeated(1, s.locationIds, enc)
      m.repeated(2, s.values, enc)
      for (const l of s.labels ?? []) {
        m.message(3, (lw) => {
          lw.uint(1, str(l.key))
          if (l.str !== undefined) lw.uint(2, str(l.str))
          if (l.num !== undefined) lw.uint(3, l.num)
          if (l.numUnit !== undefined) lw.uint(4, str(l.numUnit))
        })
      }
      s.extra?.(m)
    })
  }
  if (spec.sampleTypesLast) writeSampleTypes()
  for (const mp of spec.mappings ?? []) {
    w.message(3, (m) => {
      m.uint(1, mp.id)
      if (mp.memoryStart !== undefined) m.uint(2, mp.memoryStart)
      if (mp.memoryLimit !== undefined) m.uint(3, mp.memoryLimit)
      if (mp.fileOffset !== undefined) m.uint(4, mp.fileOffset)
      if (mp.filename !== undefined) m.uint(5, str(mp.filename))
      if (mp.buildId !== undefined) m.uint(6, str(mp.buildId))
      if (mp.hasFunctions) m.uint(7, 1)
      mp.extra?.(m)
    })
  }
  for (const loc of spec.locations ?? []) {
    w.message(4, (m) => {
      m.uint(1, loc.id)
      if (loc.mappingId !== undefined) m.uint(2, loc.mappingId)
      if (loc.address !== undefined) m.uint(3, loc.address)
      for (const ln of loc.lines ?? []) {
        m.message(4, (lw) => {
          lw.uint(1, ln.functionId)
          if (ln.line !== undefined) lw.uint(2, ln.line)
          if (ln.column !== undefined) lw.uint(3, ln.column)
          ln.extra?.(lw)
        })
      }
      if (loc.isFolded) m.uint(5, 1)
      loc.extra?.(m)
    })
  }
  for (const f of spec.functions ?? []) {
    w.message(5, (m) => {
      m.uint(1, f.id)
      m.uint(2, str(f.name))
      if (f.systemName !== undefined) m.uint(3, str(f.systemName))
      if (f.filename !== undefined) m.uint(4, str(f.filename))
      if (f.startLine !== undefined) m.uint(5, f.startLine)
      f.extra?.(m)
    })
  }
  // Scalar fields refer to strings too: intern them before the table is written.
  const drop = spec.dropFrames !== undefined ? str(spec.dropFrames) : undefined
  const keep = spec.keepFrames !== undefined ? str(spec.keepFrames) : undefined
  const period = spec.periodType ? [str(spec.periodType[0]), str(spec.periodType[1])] : undefined
  const comments = (spec.comments ?? []).map(str)
  const dst = spec.defaultSampleType !== undefined ? str(spec.defaultSampleType) : undefined
  for (const s of spec.extraStrings ?? []) table.push(s)
  for (const s of table) w.string(6, s)
  if (drop !== undefined) w.uint(7, drop)
  if (keep !== undefined) w.uint(8, keep)
  if (spec.timeNanos !== undefined) w.uint(9, spec.timeNanos)
  if (spec.durationNanos !== undefined) w.uint(10, spec.durationNanos)
  if (period) w.message(11, (m) => m.uint(1, period[0]).uint(2, period[1]))
  if (spec.period !== undefined) w.uint(12, spec.period)
  if (comments.length > 0) w.repeated(13, comments, enc)
  if (dst !== undefined) w.uint(14, dst)
  spec.after?.(w)
  return w.finish()
}

/** A top-level field as `topLevelFields` finds it: [start, end) covers tag and value. */
export interface FieldSpan {
  field: number
  wire: number
  start: number
  end: number
}

/**
 * The top-level fields of well-formed protobuf bytes (tests use it to find
 * field boundaries, e.g. to cut a profile inside a field). Throws on bytes it
 * cannot walk.
 */
export function topLevelFields(bytes: Uint8Array): FieldSpan[] {
  const out: FieldSpan[] = []
  let pos = 0
  const varint = (): number => {
    let v = 0
    let mul = 1
    for (;;) {
      if (pos >= bytes.length) throw new Error('topLevelFields: truncated varint')
      const b = bytes[pos++]
      v += (b & 127) * mul
      mul *= 128
      if (b < 128) return v
    }
  }
  while (pos < bytes.length) {
    const start = pos
    const t = varint()
    const wire = t % 8
    const field = Math.floor(t / 8)
    if (wire === VARINT) varint()
    else if (wire === FIXED64) pos += 8
    else if (wire === FIXED32) pos += 4
    else if (wire === BYTES) {
      const n = varint()
      pos += n
    }
    else throw new Error(`topLevelFields: wire type ${wire}`)
    if (pos > bytes.length) throw new Error('topLevelFields: field runs past the end')
    out.push({ field, wire, start, end: pos })
  }
  return out
}
