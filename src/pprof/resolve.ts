/**
 * Turns the stack table's location ids into location indices, in place,
 * once, after decoding (Go writes samples before locations, so ids cannot
 * be resolved earlier): every later pass walks typed arrays instead of
 * looking ids up.
 */
import { parseError } from './errors.js'
import type { LocationTable } from './locations.js'
import { FRAME_BLOCK_SHIFT, FRAME_OFFSET_MASK } from './model.js'
import type { StackTable } from './stacktable.js'

/** Resolves the table's ids in place; `firstSample[s]` is the first sample of stack s (for the error). */
export function resolveStacks(table: StackTable, locations: LocationTable, firstSample: Int32Array): void {
  const { blocks, blockUsed, bigIds } = table
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]
    const bad = locations.resolveIds(block, block, blockUsed[b], bigIds)
    if (bad >= 0) {
      const id = block[bad] < 0 ? bigIds[-block[bad] - 1] : block[bad]
      throw parseError(`sample ${firstSample[stackAt(table, b, bad)]}: location ${id} not found`)
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
