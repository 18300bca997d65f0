/**
 * Per-function flat and cum, the way `go tool pprof -top` computes them at
 * its default granularity (functions):
 * - a frame is one line of a location (inlined calls give several frames);
 *   frames are grouped by function name only, since pprof's function
 *   aggregation drops file names, line numbers and addresses;
 * - flat goes to the leaf frame (the first line of the first location);
 * - cum goes once to every distinct function on the stack, so recursion does
 *   not count a function twice.
 * A location without lines is named after its mapping's file ([binary]) or
 * `<unknown>`, as pprof names it.
 */
import { ExactArray } from './exact.js'
import type { Int64 } from './exact.js'
import { addExact } from './exact.js'
import type { Id, Profile } from './model.js'
import { stackIds } from './model.js'

/** Function names shared by the profiles being compared: a name's index is its node. */
export class NameTable {
  readonly names: string[] = []
  private readonly index = new Map<string, number>()

  id(name: string): number {
    let i = this.index.get(name)
    if (i === undefined) {
      i = this.names.length
      this.names.push(name)
      this.index.set(name, i)
    }
    return i
  }
}

export interface FunctionTotals {
  /** Indexed by NameTable id. */
  flat: ExactArray
  cum: ExactArray
  total: Int64
}

/** The frames of each location as name ids, leaf first. */
export function locationFrames(p: Profile, names: NameTable): Map<Id, Int32Array> {
  const frames = new Map<Id, Int32Array>()
  for (const loc of p.locations.values()) {
    if (loc.lines.length === 0) {
      const m = loc.mappingId === 0 ? undefined : p.mappings.get(loc.mappingId)
      const file = m?.filename ? `[${basename(m.filename)}]` : '<unknown>'
      frames.set(loc.id, Int32Array.of(names.id(file)))
      continue
    }
    const ids = new Int32Array(loc.lines.length)
    for (let i = 0; i < loc.lines.length; i++) {
      const fn = p.functions.get(loc.lines[i].functionId)!
      ids[i] = names.id(frameName(p, fn.name, loc.mappingId))
    }
    frames.set(loc.id, ids)
  }
  return frames
}

function frameName(p: Profile, name: string, mappingId: Id): string {
  if (name !== '') return name
  const m = mappingId === 0 ? undefined : p.mappings.get(mappingId)
  return m?.filename ? `[${basename(m.filename)}]` : '<unknown>'
}

function basename(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? path : path.slice(i + 1)
}

/** Flat, cum and total of one sample type, per function. */
export function functionTotals(p: Profile, sampleIndex: number, names: NameTable): FunctionTotals {
  const frames = locationFrames(p, names)
  const flat = new ExactArray()
  const cum = new ExactArray()
  let total: Int64 = 0
  // Stamp per node: the last stack that added to its cum (avoids a Set per stack).
  let seen = new Int32Array(Math.max(16, names.names.length))
  seen.fill(-1)
  const { keys, values, width, count } = p.stacks
  const ids: Id[] = []
  for (let s = 0; s < count; s++) {
    const v = values.get(s * width + sampleIndex)
    if (v === 0) continue
    total = addExact(total, v)
    stackIds(keys[s], ids)
    let leaf = -1
    for (let i = 0; i < ids.length; i++) {
      const f = frames.get(ids[i])!
      for (let j = 0; j < f.length; j++) {
        const node = f[j]
        if (leaf < 0) leaf = node
        if (node >= seen.length) {
          const next = new Int32Array(Math.max(names.names.length, node + 1) * 2)
          next.fill(-1)
          next.set(seen)
          seen = next
        }
        if (seen[node] !== s) {
          seen[node] = s
          cum.ensure(node + 1)
          cum.add(node, v)
        }
      }
    }
    if (leaf >= 0) {
      flat.ensure(leaf + 1)
      flat.add(leaf, v)
    }
  }
  flat.ensure(names.names.length)
  cum.ensure(names.names.length)
  return { flat, cum, total }
}

/** The total of each sample type over all samples (what pprof's -normalize compares). */
export function sampleTypeTotals(p: Profile): Int64[] {
  const { values, width, count } = p.stacks
  const totals: Int64[] = new Array(width).fill(0)
  for (let s = 0; s < count; s++) {
    for (let t = 0; t < width; t++) totals[t] = addExact(totals[t], values.get(s * width + t))
  }
  return totals
}
