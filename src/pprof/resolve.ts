/**
 * Turns the stack table's location ids into location indices, in place,
 * once, after decoding (Go writes samples before locations, so ids cannot
 * be resolved earlier): every later pass walks typed arrays instead of
 * looking ids up.
 */
import { parseError } from './errors.js'
import type { LocationTable } from './locations.js'
import type { StackSet } from './model.js'
import type { StackTable } from './stacktable.js'
import type { ExactArray } from './exact.js'

/** Resolves the table's ids; `firstSample[s]` is the first sample of stack s (for the error). */
export function resolveStacks(
  table: StackTable,
  locations: LocationTable,
  firstSample: Int32Array,
  values: ExactArray,
  width: number
): StackSet {
  const { frames, length, count, bigIds } = table
  // Resolve into an exact-size array when the doubling array is mostly slack, else in place.
  const locs = frames.length > length + (length >> 2) + 1024 ? new Int32Array(length) : frames.subarray(0, length)
  const bad = locations.resolveIds(frames, locs, length, bigIds)
  if (bad >= 0) {
    const id = frames[bad] < 0 ? bigIds[-frames[bad] - 1] : frames[bad]
    throw parseError(`sample ${firstSample[stackAt(table.start, count, bad)]}: location ${id} not found`)
  }
  return { count, width, offsets: table.start.subarray(0, count + 1), locs, values }
}

/** The stack whose frames include position `pos`. */
function stackAt(start: Int32Array, count: number, pos: number): number {
  let lo = 0
  let hi = count - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (start[mid] <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}
