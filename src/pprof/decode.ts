/**
 * Streaming profile.proto decoder.
 *
 * Decompressed bytes arrive in chunks; each complete top-level field of the
 * Profile message (a sample, a location, a string, ...) is decoded as soon as
 * it has arrived, with a protobufjs Reader driven by hand. Samples are folded
 * into per-stack sums on the spot and never stored, so memory follows the
 * number of distinct stacks, not the number of samples or the file size.
 * Only a field that straddles two chunks is copied.
 *
 * Field numbers (profile.proto): Profile 1 sample_type, 2 sample, 3 mapping,
 * 4 location, 5 function, 6 string_table, 7 drop_frames, 8 keep_frames,
 * 9 time_nanos, 10 duration_nanos, 11 period_type, 12 period, 13 comment,
 * 14 default_sample_type, 15 doc_url.
 */
import protobuf from 'protobufjs/minimal.js'
import type { Reader } from 'protobufjs/minimal.js'
import { ProfileError, parseError } from './errors.js'
import { ProfileBuilder } from './builder.js'
import { Gunzip, DEFAULT_MAX_DECOMPRESSED_BYTES } from './gunzip.js'
import type { Profile } from './model.js'
import { LimitError, decodeLimits } from './limits.js'
import { rejectLegacyBinary, rejectText } from './sniff.js'
import { readInt64Field, readRepeatedInt64, readTag, expectWire, BYTES, VARINT } from './wire.js'
import { readSize } from './varint.js'
import type { Tag } from './wire.js'

const FIELD_NAMES: Record<number, string> = {
  1: 'sample_type', 2: 'sample', 3: 'mapping', 4: 'location', 5: 'function', 6: 'string_table',
  7: 'drop_frames', 8: 'keep_frames', 9: 'time_nanos', 10: 'duration_nanos', 11: 'period_type',
  12: 'period', 13: 'comment', 14: 'default_sample_type', 15: 'doc_url'
}

/** How many bytes the text sniffer looks at before decoding starts. */
const SNIFF_BYTES = 256

export interface DecodeOptions {
  /** Cap on decompressed bytes (default 1 GiB). */
  maxDecompressedBytes?: number
  /**
   * Per-sample-type ratios applied to every sample before it is aggregated,
   * rounding like Go (pprof's ScaleN, used by -normalize).
   */
  scale?: number[]
  /**
   * The bytes pushed are the decompressed content of a gzip file, inflated
   * by the caller (the CLI uses node:zlib, which is native and several times
   * faster than pako). The size cap still applies.
   */
  inflated?: boolean
  /**
   * Scales the caps on what decoding keeps: strings, locations, functions
   * and distinct stacks each (default DEFAULT_MAX_ENTRIES; see limits.ts).
   */
  maxEntries?: number
  /**
   * Folds samples by stack and labels (pprof's merge key) and keeps the
   * labels (Profile.labelSets), for a diff profile that keeps them; by
   * default labels are checked and dropped.
   */
  keepLabels?: boolean
  /**
   * Keeps function names as the profile writes them; by default they are
   * shown as pprof shows them (C++ and Rust names without argument lists
   * and template arguments, see names.ts).
   */
  rawNames?: boolean
}

/** A top-level field's header: where its value starts and ends within the data. */
interface Header {
  field: number
  wire: number
  start: number
  end: number
}

/**
 * Reads a top-level field header at `pos`. Returns false when the data ends
 * inside the header (or inside a varint value); otherwise fills `out`, whose
 * `end` may lie past `len` when the value has not fully arrived.
 */
function readHeader(r: Reader, pos: number, len: number, tag: Tag, out: Header): boolean {
  r.pos = pos
  try {
    readTag(r, len, tag)
  } catch (e) {
    if (isTruncation(e) && len - pos < 11) return false
    throw e
  }
  out.field = tag.field
  out.wire = tag.wire
  switch (tag.wire) {
    case VARINT: {
      const buf = r.buf
      let p = r.pos
      while (p < len && buf[p] >= 128 && p - r.pos < 10) p++
      if (p >= len) {
        if (len - r.pos < 10) return false
      }
      if (p - r.pos >= 10) throw parseError('varint longer than 10 bytes')
      out.start = r.pos
      out.end = p + 1
      return true
    }
    case BYTES: {
      const lenPos = r.pos
      let n: number
      try {
        n = readSize(r, len, 'length')
      } catch (e) {
        if (isTruncation(e) && len - lenPos < 10) return false
        throw e
      }
      out.start = r.pos
      out.end = r.pos + n
      return true
    }
    case 1:
      out.start = r.pos
      out.end = r.pos + 8
      return true
    default:
      out.start = r.pos
      out.end = r.pos + 4
      return true
  }
}

function isTruncation(e: unknown): boolean {
  return e instanceof ProfileError && e.message.includes('unexpected end of data')
}

export class ProfileDecoder {
  private readonly gunzip: Gunzip
  private readonly builder: ProfileBuilder
  /** Chunks holding the start of a field that has not fully arrived. */
  private pending: Uint8Array[] = []
  private pendingLength = 0
  /** Decompressed offset of the first byte not yet consumed (for error messages). */
  private offset = 0
  private readonly tag: Tag = { field: 0, wire: 0 }
  private readonly header: Header = { field: 0, wire: 0, start: 0, end: 0 }
  private finished = false
  private readonly maxFieldBytes: number
  private readonly maxDecompressedBytes: number

  constructor(opts: DecodeOptions = {}) {
    const limits = decodeLimits(opts.maxEntries)
    this.maxFieldBytes = limits.fieldBytes
    this.maxDecompressedBytes = opts.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES
    this.builder = new ProfileBuilder(opts.scale, limits, opts.keepLabels ?? false, opts.rawNames ?? false)
    this.gunzip = new Gunzip((chunk) => this.onData(chunk), this.maxDecompressedBytes, opts.inflated ?? false)
  }

  private sniffed = false
  private sniffParts: Uint8Array[] = []
  private sniffLength = 0

  private releaseSniffed(): void {
    this.sniffed = true
    const head = joinPrefix(this.sniffParts, this.sniffLength, new Uint8Array(0), this.sniffLength)
    this.sniffParts = []
    rejectLegacyBinary(head)
    rejectText(head.subarray(0, SNIFF_BYTES), this.gunzip.compressed)
    this.onData(head)
  }

  /** Feeds the next chunk of the file (gzipped or raw). */
  push(chunk: Uint8Array): void {
    if (this.finished) throw new Error('ProfileDecoder: push after finish')
    if (chunk.length > 0) this.gunzip.push(chunk)
  }

  /** Ends the input, validates, and returns the profile. */
  finish(): Profile {
    this.finished = true
    if (this.gunzip.inBytes === 0 && !this.gunzip.compressed) throw new ProfileError('empty profile: the file has no bytes')
    this.gunzip.end()
    if (!this.sniffed) this.releaseSniffed()
    if (this.gunzip.outBytes === 0) {
      throw new ProfileError(`empty profile: the ${this.gunzip.compressed ? 'gzip stream decompresses to' : 'file has'} 0 bytes`)
    }
    if (this.pendingLength > 0) {
      const head = joinPrefix(this.pending, this.pendingLength, new Uint8Array(0), 24)
      const r = protobuf.Reader.create(asBuffer(head))
      let what = 'a field header'
      if (readHeader(r, 0, head.length, this.tag, this.header)) {
        const name = FIELD_NAMES[this.header.field] ?? `field ${this.header.field}`
        what = `${name} (field ${this.header.field}), which needs ${this.header.end} bytes but only ${this.pendingLength} remain`
      }
      throw parseError(
        `the data ends inside ${what}, at byte ${this.offset}${this.gunzip.compressed ? ' of the decompressed data' : ''}: ` +
          'the file is truncated or corrupt'
      )
    }
    return this.builder.finish(this.gunzip.outBytes)
  }

  private onData(chunk: Uint8Array): void {
    if (!this.sniffed) {
      // Hold the first bytes back until there are enough to tell text from
      // protobuf, so the answer does not depend on how the input was chunked.
      this.sniffParts.push(chunk.slice())
      this.sniffLength += chunk.length
      if (this.sniffLength >= SNIFF_BYTES) this.releaseSniffed()
      return
    }
    let data = chunk
    if (this.pendingLength > 0) {
      const used = this.completePending(chunk)
      if (used < 0) return
      data = chunk.subarray(used)
    }
    this.parseFields(data)
  }

  /**
   * Completes the field held in `pending` with the head of `chunk`. Returns
   * how many bytes of `chunk` it used, or -1 when the field still is not whole.
   */
  private completePending(chunk: Uint8Array): number {
    // The header is at most 1 + 10 + 10 bytes: look at that much first.
    const headBytes = joinPrefix(this.pending, this.pendingLength, chunk, 24)
    const r = protobuf.Reader.create(asBuffer(headBytes))
    if (!this.header_(r, 0, headBytes.length)) {
      // Not even the header is whole with this chunk: keep waiting.
      this.keep(chunk)
      return -1
    }
    const total = this.header.end
    this.checkFieldSize(total)
    if (total > this.pendingLength + chunk.length) {
      this.keep(chunk)
      return -1
    }
    const used = total - this.pendingLength
    const field = joinPrefix(this.pending, this.pendingLength, chunk, total)
    this.pending = []
    this.pendingLength = 0
    const fr = protobuf.Reader.create(asBuffer(field))
    readHeader(fr, 0, field.length, this.tag, this.header)
    this.dispatch(fr, this.header)
    this.offset += total
    return used
  }

  /** readHeader, with the byte offset in its errors. */
  private header_(r: Reader, pos: number, len: number): boolean {
    try {
      return readHeader(r, pos, len, this.tag, this.header)
    } catch (e) {
      if (e instanceof ProfileError) {
        throw parseError(`top-level field at byte ${this.offset}: ${e.message.replace(/^parsing profile: /, '')}`)
      }
      throw e
    }
  }

  /**
   * Refuses a field too large to hold until it has fully arrived. One that
   * would end past the decompressed-size cap is left to that cap (it stops
   * the input as soon as it is reached), so the message is about the cap the
   * user set rather than the field it overran.
   */
  private checkFieldSize(size: number): void {
    if (size > this.maxFieldBytes && this.offset + size <= this.maxDecompressedBytes) {
      const name = FIELD_NAMES[this.header.field] ?? `field ${this.header.field}`
      throw new LimitError('bytes in one top-level field', this.maxFieldBytes, `a ${name} of ${size} bytes at byte ${this.offset}`)
    }
  }

  private keep(chunk: Uint8Array): void {
    // Chunks from the inflater are fresh arrays; a raw caller's may be reused, so copy.
    this.pending.push(this.gunzip.compressed ? chunk : chunk.slice())
    this.pendingLength += chunk.length
  }

  private parseFields(data: Uint8Array): void {
    const len = data.length
    if (len === 0) return
    const r = protobuf.Reader.create(asBuffer(data))
    const h = this.header
    const buf = r.buf
    const b = this.builder
    let pos = 0
    while (pos < len) {
      // Most of a profile is runs of one common field (samples, then
      // locations, functions, strings): each run has its own loop, so this
      // one turns only where the field kind changes (see sampleRun).
      const t = buf[pos]
      const next =
        t === 0x12 ? sampleRun(b, r, buf, pos, len, this.offset)
        : t === 0x22 ? locationRun(b, r, buf, pos, len, this.offset)
        : t === 0x2a ? functionRun(b, r, buf, pos, len, this.offset)
        : t === 0x32 ? stringRun(b, r, buf, pos, len, this.offset)
        : pos
      if (next > pos) {
        this.offset += next - pos
        pos = next
        continue
      }
      const whole = this.header_(r, pos, len)
      if (!whole || h.end > len) {
        if (whole) this.checkFieldSize(h.end - pos)
        this.keep(data.subarray(pos))
        return
      }
      this.dispatch(r, h)
      this.offset += h.end - pos
      pos = h.end
    }
  }

  /** Decodes one complete top-level field whose value spans [h.start, h.end). */
  private dispatch(r: Reader, h: Header): void {
    r.pos = h.start
    const end = h.end
    const b = this.builder
    const tag = this.tag
    tag.field = h.field
    tag.wire = h.wire
    try {
      switch (h.field) {
        case 1:
          expectWire(tag, BYTES, 'sample_type')
          b.sampleType(r, end)
          break
        case 2:
          expectWire(tag, BYTES, 'sample')
          b.sample(r, end)
          break
        case 3:
          expectWire(tag, BYTES, 'mapping')
          b.mapping(r, end)
          break
        case 4:
          expectWire(tag, BYTES, 'location')
          b.location(r, end)
          break
        case 5:
          expectWire(tag, BYTES, 'function')
          b.function(r, end)
          break
        case 6:
          expectWire(tag, BYTES, 'string_table')
          b.string(r, end)
          break
        case 7:
          b.scalars.dropFrames = readInt64Field(r, end, tag, 'drop_frames')
          break
        case 8:
          b.scalars.keepFrames = readInt64Field(r, end, tag, 'keep_frames')
          break
        case 9:
          b.scalars.timeNanos = readInt64Field(r, end, tag, 'time_nanos')
          break
        case 10:
          b.scalars.durationNanos = readInt64Field(r, end, tag, 'duration_nanos')
          break
        case 11:
          expectWire(tag, BYTES, 'period_type')
          b.periodType(r, end)
          break
        case 12:
          b.scalars.period = readInt64Field(r, end, tag, 'period')
          break
        case 13:
          readRepeatedInt64(r, end, tag, 'comment', (v) => b.comment(v))
          break
        case 14:
          b.scalars.defaultSampleType = readInt64Field(r, end, tag, 'default_sample_type')
          break
        case 15:
          b.scalars.docUrl = readInt64Field(r, end, tag, 'doc_url')
          break
        default:
          // Unknown field: skip it, as Go's decoder does. readHeader has already
          // delimited its value as [h.start, h.end) (for wire type 2 that is
          // after the length prefix, so skipField would misread the value as a length).
          r.pos = end
      }
    } catch (e) {
      throw b.withContext(e, h.field, this.offset)
    }
  }
}

/** Where the value of the field that shortFieldEnd() looked at starts. */
let shortFieldStart = 0

/**
 * The end of the length-delimited field at `pos` when its length fits one or
 * two varint bytes and its value has fully arrived within `len`; else -1.
 */
function shortFieldEnd(buf: Uint8Array, pos: number, len: number): number {
  if (pos + 2 >= len) return -1
  const l0 = buf[pos + 1]
  let start = pos + 2
  let size = l0
  if (l0 >= 128) {
    const l1 = buf[pos + 2]
    if (l1 >= 128) return -1
    size = (l0 & 127) | (l1 << 7)
    start = pos + 3
  }
  shortFieldStart = start
  return start + size <= len ? start + size : -1
}

// One loop per common field kind, each in a function of its own, on purpose:
// V8 compiles a loop once it is hot, with what it has seen so far. A single
// loop over every kind was compiled during the samples, then thrown away and
// recompiled when the locations began, again for functions and strings (a
// dozen compiles of one function per profile). A run returns where it
// stopped: at another kind, or at a field that is long or not whole (the
// generic path takes those). `buf` is the reader's buffer, `offset` the file
// offset of `pos`.
//
// A run also stops after RUN_FIELDS fields and is called again: a loop that
// runs long in one call is compiled twice, first on stack replacement, then
// as the function it is in; short calls get only the second.
const RUN_FIELDS = 256

function sampleRun(b: ProfileBuilder, r: Reader, buf: Uint8Array, pos: number, len: number, offset: number): number {
  const from = pos
  try {
    for (let end = 0, n = 0; n < RUN_FIELDS && pos < len && buf[pos] === 0x12 && (end = shortFieldEnd(buf, pos, len)) >= 0; pos = end, n++) {
      r.pos = shortFieldStart
      b.sample(r, end)
    }
  } catch (e) {
    throw b.withContext(e, 2, offset + pos - from)
  }
  return pos
}

function locationRun(b: ProfileBuilder, r: Reader, buf: Uint8Array, pos: number, len: number, offset: number): number {
  const from = pos
  try {
    for (let end = 0, n = 0; n < RUN_FIELDS && pos < len && buf[pos] === 0x22 && (end = shortFieldEnd(buf, pos, len)) >= 0; pos = end, n++) {
      r.pos = shortFieldStart
      b.location(r, end)
    }
  } catch (e) {
    throw b.withContext(e, 4, offset + pos - from)
  }
  return pos
}

function functionRun(b: ProfileBuilder, r: Reader, buf: Uint8Array, pos: number, len: number, offset: number): number {
  const from = pos
  try {
    for (let end = 0, n = 0; n < RUN_FIELDS && pos < len && buf[pos] === 0x2a && (end = shortFieldEnd(buf, pos, len)) >= 0; pos = end, n++) {
      r.pos = shortFieldStart
      b.function(r, end)
    }
  } catch (e) {
    throw b.withContext(e, 5, offset + pos - from)
  }
  return pos
}

function stringRun(b: ProfileBuilder, r: Reader, buf: Uint8Array, pos: number, len: number, offset: number): number {
  const from = pos
  try {
    for (let end = 0, n = 0; n < RUN_FIELDS && pos < len && buf[pos] === 0x32 && (end = shortFieldEnd(buf, pos, len)) >= 0; pos = end, n++) {
      r.pos = shortFieldStart
      b.string(r, end)
    }
  } catch (e) {
    throw b.withContext(e, 6, offset + pos - from)
  }
  return pos
}

/**
 * A Buffer view of the bytes (no copy): protobufjs then makes a BufferReader,
 * whose string decoding is native.
 */
function asBuffer(a: Uint8Array): Buffer {
  return Buffer.isBuffer(a) ? a : Buffer.from(a.buffer, a.byteOffset, a.byteLength)
}

/** The first `n` bytes of pending ++ chunk, as one array (n may exceed what exists). */
function joinPrefix(pending: Uint8Array[], pendingLength: number, chunk: Uint8Array, n: number): Uint8Array {
  const size = Math.min(n, pendingLength + chunk.length)
  const out = new Uint8Array(size)
  let at = 0
  for (const p of pending) {
    if (at >= size) break
    const take = Math.min(p.length, size - at)
    out.set(take === p.length ? p : p.subarray(0, take), at)
    at += take
  }
  if (at < size) out.set(chunk.subarray(0, size - at), at)
  return out
}

/** Decodes a whole profile held in memory (gzipped or raw). */
export function decodeProfile(bytes: Uint8Array, opts: DecodeOptions = {}): Profile {
  const d = new ProfileDecoder(opts)
  // Feed in slices so the streaming path is the only path.
  const step = 1 << 20
  for (let i = 0; i < bytes.length; i += step) d.push(bytes.subarray(i, i + step))
  return d.finish()
}
