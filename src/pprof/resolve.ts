/**
 * Turns stack keys (location ids as varint bytes) into location indices,
 * once, after decoding: every later pass walks typed arrays instead of
 * decoding bytes and looking ids up. Ids are usually small (Go numbers
 * locations 1..N), so the common path is a few byte operations and an array
 * read; long varints and huge ids take a slower exact path.
 */
import { parseError } from './errors.js'
import type { LocationTable } from './locations.js'
import type { Id } from './model.js'
import type { StackTable } from './stacktable.js'

export interface ResolvedStacks {
  /** Stack s has frames locs[offsets[s]] .. locs[offsets[s + 1] - 1], leaf first. */
  offsets: Int32Array
  locs: Int32Array
}

export function resolveStacks(table: StackTable, locations: LocationTable, firstSample: Int32Array): ResolvedStacks {
  const { arena, keyStart, keyLength, count } = table
  // Each id's varint ends in exactly one byte below 128: count them to size the array.
  let frames = 0
  for (let i = 0; i < table.arenaLength; i++) if (arena[i] < 128) frames++
  const locs = new Int32Array(frames)
  const offsets = new Int32Array(count + 1)
  let n = 0
  for (let s = 0; s < count; s++) {
    offsets[s] = n
    let pos = keyStart[s]
    const end = pos + keyLength[s]
    while (pos < end) {
      let b = arena[pos++]
      let id = b & 127
      if (b >= 128) {
        b = arena[pos++]
        id |= (b & 127) << 7
        if (b >= 128) {
          b = arena[pos++]
          id |= (b & 127) << 14
          if (b >= 128) {
            b = arena[pos++]
            id |= (b & 127) << 21
            if (b >= 128) {
              const big = longId(arena, pos - 4)
              pos = longIdEnd
              const index = locations.indexOf(big)
              if (index < 0) throw missing(firstSample[s], big)
              locs[n++] = index
              continue
            }
          }
        }
      }
      const index = locations.indexOf(id)
      if (index < 0) throw missing(firstSample[s], id)
      locs[n++] = index
    }
  }
  offsets[count] = n
  return { offsets, locs }
}

function missing(sample: number, id: Id): Error {
  return parseError(`sample ${sample}: location ${id} not found`)
}

/** Where the last longId() read ended. */
let longIdEnd = 0

/** Decodes a varint of five or more bytes at `pos`: exact, as a bigint past 2^53. */
function longId(arena: Uint8Array, pos: number): Id {
  let big = 0n
  let shift = 0n
  for (;;) {
    const b = arena[pos++]
    big |= BigInt(b & 127) << shift
    if (b < 128) break
    shift += 7n
  }
  longIdEnd = pos
  big = BigInt.asUintN(64, big)
  return big <= 9007199254740991n ? Number(big) : big
}
