/**
 * The decoded profile. Samples are not kept one by one: they are aggregated
 * by stack (the location-id sequence) while decoding, so memory grows with
 * the number of distinct stacks, locations, functions and strings only.
 */
import type { ExactArray, Int64 } from './exact.js'
import type { LocationTable } from './locations.js'

/** An id from the profile (uint64): a number when exact, else a bigint. */
export type Id = number | bigint

/**
 * The largest of `ids` when all are numbers up to 2^22, so that an array
 * indexed by id can stand in for a map (Go numbers functions 1..N); -1 otherwise.
 */
export function smallIdMax(ids: Iterable<Id>): number {
  let max = 0
  for (const id of ids) {
    if (typeof id !== 'number' || id > 1 << 22) return -1
    if (id > max) max = id
  }
  return max
}

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

/** Frame positions: block index << FRAME_BLOCK_SHIFT | offset within the block. */
export const FRAME_BLOCK_SHIFT = 16
export const FRAME_OFFSET_MASK = (1 << FRAME_BLOCK_SHIFT) - 1

/**
 * Samples aggregated by stack. The frames (location indices, leaf first)
 * live in blocks of at most 2^16 ids, each stack within one block (a longer
 * stack has a block of its own), so they are never copied to grow: stack s
 * has `frameBlocks[frameAt[s] >>> FRAME_BLOCK_SHIFT][o + k]` for k in
 * [0, depth[s]), with o = frameAt[s] & FRAME_OFFSET_MASK. Its value for
 * sample type t is `values.get(s * width + t)`.
 */
export interface StackSet {
  count: number
  width: number
  frameBlocks: Int32Array[]
  frameAt: Int32Array
  depth: Int32Array
  values: ExactArray
  /**
   * With DecodeOptions.keepLabels only: stack s's labels are
   * `Profile.labelSets[labelSet[s]]`, and samples are folded by stack and
   * labels, as pprof merges them.
   */
  labelSet?: Int32Array
}

/** A sample label: a string one (`str`) or a number with its unit (`num`, `numUnit`). */
export interface SampleLabel {
  key: string
  str: string
  num: Int64
  numUnit: string
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
  /** Columns; stack frames index it. */
  locations: LocationTable
  functions: Map<Id, ProfileFunction>
  /** Decompressed size in bytes. */
  decodedBytes: number
  /** With DecodeOptions.keepLabels only: the distinct label sets, [] first (see StackSet.labelSet). */
  labelSets?: SampleLabel[][]
  /**
   * Samples with labels and negative values were folded by stack alone:
   * pprof totals |value| over samples merged by stack and labels, so only a
   * decode with keepLabels gives its total.
   */
  labelsChangeTotals?: boolean
}
