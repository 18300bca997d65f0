/**
 * Turns stack keys (location ids as varint bytes) into dense location
 * indices, once, after decoding: every later pass walks typed arrays
 * instead of decoding bytes and looking ids up in maps. Ids are usually
 * dense (Go numbers locations 1..N), so an array indexed by id does the
 * lookup; sparse or huge ids fall back to a map, as pprof's locationIDMap does.
 */
import { parseError } from './errors.js'
import type { Id, Location } from './model.js'
import type { StackTable } from './stacktable.js'

export interface ResolvedStacks {
  /** Locations in a fixed order; a location's index is its place here. */
  locationList: Location[]
  /** Stack s has frames locs[offsets[s]] .. locs[offsets[s + 1] - 1], leaf first. */
  offsets: Int32Array
  locs: Int32Array
}

export function resolveStacks(table: StackTable, locations: Map<Id, Location>, firstSample: Int32Array): ResolvedStacks {
  const locationList = Array.from(locations.values())
  let maxId = 0
  let allSmall = true
  for (const loc of locationList) {
    if (typeof loc.id !== 'number') allSmall = false
    else if (loc.id > maxId) maxId = loc.id
  }
  const dense = allSmall && maxId <= 4 * locationList.length + 1024
  const byId = dense ? new Int32Array(maxId + 1).fill(-1) : null
  const byMap = dense ? null : new Map<Id, number>()
  locationList.forEach((loc, i) => {
    if (byId) byId[loc.id as number] = i
    else byMap!.set(loc.id, i)
  })

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
      // Ids below 2^28 (four varint bytes) take the fast path; others are rare.
      let b = arena[pos++]
      let small = b & 127
      let id: Id
      if (b < 128) id = small
      else {
        b = arena[pos++]
        small |= (b & 127) << 7
        if (b < 128) id = small
        else {
          b = arena[pos++]
          small |= (b & 127) << 14
          if (b < 128) id = small
          else {
            b = arena[pos++]
            small |= (b & 127) << 21
            if (b < 128) id = small
            else {
              id = longId(arena, pos - 4)
              pos = longIdEnd
            }
          }
        }
      }
      let index: number | undefined
      if (byId) index = typeof id === 'number' && id <= maxId ? byId[id] : -1
      else index = byMap!.get(id) ?? -1
      if (index < 0) throw parseError(`sample ${firstSample[s]}: location ${id} not found`)
      locs[n++] = index
    }
  }
  offsets[count] = n
  return { locationList, offsets, locs }
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
