/**
 * The decoded profile. Samples are not kept one by one: they are aggregated
 * by stack (the location-id sequence) while decoding, so memory grows with
 * the number of distinct stacks, locations, functions and strings only.
 */
import type { ExactArray, Int64 } from './exact.js'

/** An id from the profile (uint64): a number when exact, else a bigint. */
export type Id = number | bigint

export interface ValueType {
  type: string
  unit: string
}

export interface Mapping {
  id: Id
  memoryStart: Int64
  memoryLimit: Int64
  fileOffset: Int64
  filename: string
  buildId: string
  hasFunctions: boolean
  hasFilenames: boolean
  hasLineNumbers: boolean
  hasInlineFrames: boolean
}

export interface Line {
  functionId: Id
  line: Int64
  column: Int64
}

export interface Location {
  id: Id
  /** 0 when unmapped (also when the mapping it names does not exist, as pprof allows). */
  mappingId: Id
  address: Int64
  /** Innermost (leaf) frame first, as in profile.proto. */
  lines: Line[]
  isFolded: boolean
}

export interface ProfileFunction {
  id: Id
  name: string
  systemName: string
  filename: string
  startLine: Int64
}

/**
 * Samples aggregated by stack. Stack i has key `keys[i]`: the location ids as
 * protobuf varint bytes, one char per byte (latin1), so equal stacks share a
 * key without joining numbers into strings. Its values are
 * `values.get(i * width + t)` for sample type t.
 */
export interface StackSet {
  count: number
  width: number
  keys: string[]
  values: ExactArray
  /** Index of the first sample (0-based, in file order) that had each stack. */
  firstSample: Int32Array
}

export interface Profile {
  sampleTypes: ValueType[]
  /** Empty when the profile does not name one; pprof then uses the last type. */
  defaultSampleType: string
  periodType: ValueType | null
  period: Int64
  timeNanos: Int64
  durationNanos: Int64
  comments: string[]
  dropFrames: string
  keepFrames: string
  docUrl: string
  /** Samples as encoded, before aggregation. */
  sampleCount: number
  stacks: StackSet
  mappings: Map<Id, Mapping>
  locations: Map<Id, Location>
  functions: Map<Id, ProfileFunction>
  /** Decompressed size in bytes. */
  decodedBytes: number
}

/** Decodes the location ids of a stack key (varint bytes as latin1 chars). */
export function stackIds(key: string, out: Id[] = []): Id[] {
  out.length = 0
  let i = 0
  const n = key.length
  while (i < n) {
    let v = 0
    let shift = 0
    let b: number
    do {
      b = key.charCodeAt(i++)
      if (shift < 49) {
        v += (b & 127) * 2 ** shift
      } else {
        // Ids past 2^49 are rare: finish this one exactly in bigint.
        let big = BigInt(v)
        for (;;) {
          big |= BigInt(b & 127) << BigInt(shift)
          if (b < 128) break
          shift += 7
          b = key.charCodeAt(i++)
        }
        big = BigInt.asUintN(64, big)
        out.push(big <= 9007199254740991n ? Number(big) : big)
        v = -1
        break
      }
      shift += 7
    } while (b >= 128)
    if (v >= 0) out.push(v)
  }
  return out
}
