/**
 * Protocol-buffer wire helpers for the hand-driven decoder: tags, skipping
 * unknown fields, and repeated scalars in both encodings (Go packs a list only
 * when it has more than two entries, so both appear in real profiles).
 */
import type { Reader } from 'protobufjs/minimal.js'
import { parseError } from './errors.js'
import { readInt64, readSize, skipVarint } from './varint.js'

export const VARINT = 0
export const FIXED64 = 1
export const BYTES = 2
export const FIXED32 = 5

export interface Tag {
  field: number
  wire: number
}

/** Reads a field tag; rejects field 0 and the wire types profile.proto never uses. */
export function readTag(r: Reader, end: number, tag: Tag): void {
  const t = readSize(r, end, 'field tag')
  tag.field = Math.floor(t / 8)
  tag.wire = t & 7
  if (tag.field === 0) throw parseError('field number 0 is invalid')
  if (tag.wire !== VARINT && tag.wire !== FIXED64 && tag.wire !== BYTES && tag.wire !== FIXED32) {
    throw parseError(`field ${tag.field}: unsupported wire type ${tag.wire}`)
  }
}

/** Reads a length prefix and returns the end offset of the delimited bytes. */
export function readDelimited(r: Reader, end: number): number {
  const n = readSize(r, end, 'length')
  const stop = r.pos + n
  if (stop > end) {
    throw parseError(`length ${n} runs past the end of its message (${end - r.pos} bytes left)`)
  }
  return stop
}

/** Skips a field's value of the given wire type (unknown fields are skipped, as Go does). */
export function skipField(r: Reader, end: number, wire: number): void {
  switch (wire) {
    case VARINT:
      skipVarint(r, end)
      return
    case FIXED64:
      advance(r, end, 8)
      return
    case FIXED32:
      advance(r, end, 4)
      return
    case BYTES:
      r.pos = readDelimited(r, end)
      return
  }
  throw parseError(`unsupported wire type ${wire}`)
}

function advance(r: Reader, end: number, n: number): void {
  if (r.pos + n > end) throw parseError('unexpected end of data inside a fixed-width field')
  r.pos += n
}

/** Requires a field's wire type; `name` says which field. */
export function expectWire(tag: Tag, want: number, name: string): void {
  if (tag.wire !== want) {
    throw parseError(`${name} (field ${tag.field}): wire type ${tag.wire}, want ${want}`)
  }
}

/**
 * Reads one occurrence of a repeated int64 field, packed (wire type 2) or
 * not (wire type 0), calling `add` for each value.
 */
export function readRepeatedInt64(
  r: Reader,
  end: number,
  tag: Tag,
  name: string,
  add: (v: number | bigint) => void
): void {
  if (tag.wire === VARINT) {
    add(readInt64(r, end))
    return
  }
  if (tag.wire !== BYTES) {
    throw parseError(`${name} (field ${tag.field}): wire type ${tag.wire}, want 0 or 2`)
  }
  const stop = readDelimited(r, end)
  while (r.pos < stop) add(readInt64(r, stop))
}

/** Reads a single int64 field that must be a varint. */
export function readInt64Field(r: Reader, end: number, tag: Tag, name: string): number | bigint {
  expectWire(tag, VARINT, name)
  return readInt64(r, end)
}
