/**
 * Turns the stack table's location ids into location indices, in place,
 * once, after decoding (Go writes samples before locations, so ids cannot
 * be resolved earlier): every later pass walks typed arrays instead of
 * looking ids up. Profiles whose locations are numbered 1..N in order (Go's)
 * skip this pass: their frames already are the indices (stacktable.ts).
 */
import { parseError } from './errors.js'
import type { LocationTable } from './locations.js'
import { FRAME_BLOCK_SHIFT, FRAME_OFFSET_MASK } from './model.js'
import { frameId } from './stacktable.js'
import type { StackTable } from './stacktable.js'

/**
 * Resolves the table's frames in place; `firstSample[s]` is the first sample
 * of stack s (for the error). `maxFrame` is the largest frame stored and
 * `negative` whether any was negative (id 0, or an id past 2^31).
 */
export function resolveStacks(table: StackTable, locations: LocationTable, firstSample: Int32Array, maxFrame: number, negative: boolean): void {
  if (locations.inOrder && !negative && maxFrame < locations.count) return
  const { blocks, blockUsed, bigIds } = table
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]
    const bad = locations.resolveFrames(block, blockUsed[b], bigIds)
    if (bad >= 0) {
      throw parseError(`sample ${firstSample[stackAt(table, b, bad)]}: location ${frameId(block[bad], bigIds)} not found`)
    }
  }
}

/** The stack whose frames include offset `pos` of block `b` (only for the error message). */
function stackAt(table: StackTable, b: number, pos: number): number {
  for (let s = 0; s < table.count; s++) {
    const at = table.at[s]
    const from = at & FRAME_OFFSET_MASK
    if (at >>> FRAME_BLOCK_SHIFT === b && from <= pos && pos < from + table.depth[s]) return s
  }
  return 0
}
