/**
 * Exact varint reading on top of a protobufjs Reader's cursor (buf, pos).
 *
 * protobufjs reads 64-bit fields either as Long objects (slow, allocating)
 * or as lossy numbers. Profiles hold int64 values that can exceed 2^53 or be
 * negative (10-byte varints), so values are read here as two 32-bit halves:
 * a plain number when it is exactly representable (|v| <= 2^53), a bigint
 * otherwise. Every read is bounded by an explicit `end`, because a message
 * ends before the buffer does.
 */
import type { Reader } from 'protobufjs/minimal.js'
import { parseError } from './errors.js'

const TWO_32 = 4294967296

/**
 * Reads a varint as (lo, hi) 32-bit halves into `halves`; returns the new
 * position. The halves are built as int32 and made unsigned by the
 * Uint32Array store: an unsigned value past 2^31 in a local would not be a
 * small integer, and V8 would throw away its compiled code the first time
 * one came along.
 */
function readHalves(buf: Uint8Array, pos: number, end: number, halves: Uint32Array): number {
  let lo = 0
  let b = 0
  for (let shift = 0; shift < 28; shift += 7) {
    if (pos >= end) throw truncated()
    b = buf[pos++]
    lo |= (b & 127) << shift
    if (b < 128) {
      halves[0] = lo
      halves[1] = 0
      return pos
    }
  }
  if (pos >= end) throw truncated()
  b = buf[pos++]
  lo |= (b & 127) << 28
  let hi = (b & 127) >>> 4
  if (b < 128) {
    halves[0] = lo
    halves[1] = hi
    return pos
  }
  for (let shift = 3; shift < 38; shift += 7) {
    if (pos >= end) throw truncated()
    b = buf[pos++]
    hi |= (b & 127) << shift
    if (b < 128) {
      halves[0] = lo
      halves[1] = hi
      return pos
    }
  }
  throw parseError('varint longer than 10 bytes')
}

function truncated(): Error {
  return parseError('unexpected end of data inside a field')
}

const halves = new Uint32Array(2)

/** Reads a signed 64-bit varint (int64): number when exact, bigint otherwise. */
export function readInt64(r: Reader, end: number): number | bigint {
  const buf = r.buf
  const pos = r.pos
  // Fast path: one byte, the common case for counts and small ids.
  if (pos < end && buf[pos] < 128) {
    r.pos = pos + 1
    return buf[pos]
  }
  r.pos = readHalves(buf, pos, end, halves)
  const lo = halves[0]
  const hi = halves[1]
  // An int32 result stays a small integer: a float64 one stored into a field
  // (a reader's position) would change that field's representation and
  // throw away the optimised code that depends on it.
  if (hi === 0 && lo <= 0x7fffffff) return lo | 0
  if (hi <= 0x1fffff) return hi * TWO_32 + lo
  const shi = hi | 0
  if (shi < 0 && shi >= -0x200000) return shi * TWO_32 + lo
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo))
}

/** Reads an unsigned 64-bit varint (uint64, ids): number when exact, bigint otherwise. */
export function readUint64(r: Reader, end: number): number | bigint {
  const buf = r.buf
  const pos = r.pos
  if (pos < end && buf[pos] < 128) {
    r.pos = pos + 1
    return buf[pos]
  }
  r.pos = readHalves(buf, pos, end, halves)
  const lo = halves[0]
  const hi = halves[1]
  if (hi === 0 && lo <= 0x7fffffff) return lo | 0
  if (hi <= 0x1fffff) return hi * TWO_32 + lo
  return (BigInt(hi) << 32n) | BigInt(lo)
}

/**
 * Reads a varint that must fit a non-negative safe integer (tags, lengths);
 * `what` names it in the error.
 */
export function readSize(r: Reader, end: number, what: string): number {
  // Up to four bytes (below 2^28, every length in a real profile) in one loop
  // for every length: a two-byte length first met after V8 has compiled the
  // sample loop (a deep stack) then costs no recompile. The count goes up
  // before the loop can end, so that a one-byte length has already run every
  // operation of the loop (V8 compiles an operation that never ran into a
  // deoptimisation).
  const buf = r.buf
  let pos = r.pos
  let size = 0
  for (let i = 0; i < 4 && pos < end; ) {
    const b = buf[pos++]
    size |= (b & 127) << (7 * i)
    i++
    if (b < 128) {
      r.pos = pos
      return size
    }
  }
  const v = readUint64(r, end)
  if (typeof v !== 'number') throw parseError(`${what} ${v} is out of range`)
  return v
}

/** Skips one varint, checking that it ends within 10 bytes and before `end`. */
export function skipVarint(r: Reader, end: number): void {
  const buf = r.buf
  let pos = r.pos
  for (let i = 0; i < 10; i++) {
    if (pos >= end) throw truncated()
    if (buf[pos++] < 128) {
      r.pos = pos
      return
    }
  }
  throw parseError('varint longer than 10 bytes')
}
