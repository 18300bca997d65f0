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

/**
 * The frames of every location as name ids, leaf first, flattened: location
 * i (its index in locationList) has names[start[i]] .. names[start[i + 1] - 1].
 */
export interface LocationFrames {
  start: Int32Array
  names: Int32Array
}

export function locationFrames(p: Profile, table: NameTable): LocationFrames {
  const list = p.locationList
  const start = new Int32Array(list.length + 1)
  let total = 0
  for (let i = 0; i < list.length; i++) total += Math.max(1, list[i].lines.length)
  const names = new Int32Array(total)
  let n = 0
  for (let i = 0; i < list.length; i++) {
    const loc = list[i]
    start[i] = n
    if (loc.lines.length === 0) {
      const m = loc.mappingId === 0 ? undefined : p.mappings.get(loc.mappingId)
      names[n++] = table.id(m?.filename ? `[${basename(m.filename)}]` : '<unknown>')
      continue
    }
    for (const line of loc.lines) {
      const fn = p.functions.get(line.functionId)!
      names[n++] = table.id(frameName(p, fn.name, loc.mappingId))
    }
  }
  start[list.length] = n
  return { start, names }
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
export function functionTotals(p: Profile, sampleIndex: number, table: NameTable): FunctionTotals {
  const frames = locationFrames(p, table)
  const fstart = frames.start
  const fnames = frames.names
  const nodes = table.names.length
  const flat = new ExactArray(nodes)
  const cum = new ExactArray(nodes)
  let total: Int64 = 0
  // Stamp per node: the last stack that added to its cum (no Set per stack).
  const seen = new Int32Array(nodes).fill(-1)
  const { offsets, locs, values, width, count } = p.stacks
  for (let s = 0; s < count; s++) {
    const v = values.get(s * width + sampleIndex)
    if (v === 0) continue
    total = addExact(total, v)
    const end = offsets[s + 1]
    let leaf = -1
    for (let k = offsets[s]; k < end; k++) {
      const loc = locs[k]
      const fend = fstart[loc + 1]
      for (let j = fstart[loc]; j < fend; j++) {
        const node = fnames[j]
        if (leaf < 0) leaf = node
        if (seen[node] !== s) {
          seen[node] = s
          cum.add(node, v)
        }
      }
    }
    if (leaf >= 0) flat.add(leaf, v)
  }
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
