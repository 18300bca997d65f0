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
import { absExact, addExact } from './exact.js'
import { FRAME_BLOCK_SHIFT, FRAME_OFFSET_MASK, smallIdMax } from './model.js'
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
  /**
   * pprof's total, which its percentages are of: the sum of |value| over
   * all samples (report.computeTotal), so that a delta profile's negative
   * values do not cancel out its positive ones.
   */
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
  const locs = p.locations
  const start = new Int32Array(locs.count + 1)
  const names = new Int32Array(frameCount(locs.lineStart, locs.count))
  start[locs.count] = fillFrames(p, new FunctionNodes(p, table), start, names)
  return { start, names }
}

// The loops below are functions of their own: V8 compiles a loop that runs
// long while it runs, and code after it that had not run yet would throw
// that compiled code away at the end of the first profile (see accumulate).

/** Frames of all locations: one per line, one for a location without lines. */
function frameCount(lineStart: Int32Array, count: number): number {
  let total = 0
  for (let i = 0; i < count; i++) total += Math.max(1, lineStart[i + 1] - lineStart[i])
  return total
}

/** Fills start and names (but start's last cell); returns the frame count. */
function fillFrames(p: Profile, nodes: FunctionNodes, start: Int32Array, names: Int32Array): number {
  const locs = p.locations
  // Plain cells when every id is a safe integer (the usual case): no get() per line.
  const fids = locs.lineFunctions.safeCells()
  const mids = locs.mappingIds.safeCells()
  let n = 0
  for (let i = 0; i < locs.count; i++) {
    start[i] = n
    const from = locs.lineStart[i]
    const to = locs.lineStart[i + 1]
    const mid = mids ? mids[i] : locs.mappingIds.get(i)
    if (from === to) {
      names[n++] = nodes.unnamed(mid)
      continue
    }
    for (let k = from; k < to; k++) names[n++] = nodes.of(fids ? fids[k] : locs.lineFunctions.get(k), mid)
  }
  return n
}

/**
 * The name node of each function id, looked up once per function rather
 * than once per line: in an array when the ids are small, else in a map.
 */
class FunctionNodes {
  private readonly dense: Int32Array | null
  private readonly sparse = new Map<Id, number>()

  constructor(
    private readonly p: Profile,
    private readonly table: NameTable
  ) {
    const maxId = smallIdMax(p.functions.keys())
    this.dense = maxId >= 0 ? new Int32Array(maxId + 1).fill(-1) : null
  }

  of(fid: Id, mappingId: Id): number {
    const cached = this.dense ? this.dense[fid as number] : this.sparse.get(fid)
    if (cached !== undefined && cached >= 0) return cached
    const name = this.p.functions.get(fid)!.name
    if (name === '') return this.unnamed(mappingId)
    const node = this.table.id(name)
    if (this.dense) this.dense[fid as number] = node
    else this.sparse.set(fid, node)
    return node
  }

  /**
   * A frame without a function name (a location without lines, or a
   * nameless function): named after its mapping's file, as pprof does, so
   * its node depends on the location and is not cached per function.
   */
  unnamed(mappingId: Id): number {
    const m = mappingId === 0 ? undefined : this.p.mappings.get(mappingId)
    return this.table.id(m?.filename ? `[${basename(m.filename)}]` : '<unknown>')
  }
}

function basename(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? path : path.slice(i + 1)
}

/** Flat, cum and total of one sample type, per function. */
export function functionTotals(p: Profile, sampleIndex: number, table: NameTable): FunctionTotals {
  const frames = locationFrames(p, table)
  const nodes = table.names.length
  // When the absolute values add up to at most 2^53, every partial sum is an
  // exact float64: sum in plain arrays (fastTotals adds them up as it goes).
  // Otherwise take the exact path.
  const cells = p.stacks.values.safeCells()
  return (cells && fastTotals(p, sampleIndex, frames, nodes, cells)) || exactTotals(p, sampleIndex, frames, nodes)
}

/**
 * Stacks per call of accumulate. A loop that runs once per profile is only
 * ever optimised on stack replacement, and the next profile starts it again
 * in unoptimised code; called in batches, the function itself is compiled
 * after a few calls and every later profile runs the optimised code from
 * its first stack.
 */
const STACK_BATCH = 4096

/** The totals in float64 arrays; null when the absolute values add up to more than 2^53 (a sum might not be exact). */
function fastTotals(p: Profile, sampleIndex: number, frames: LocationFrames, nodes: number, cells: Float64Array): FunctionTotals | null {
  const { packed, runs } = packLocations(frames)
  const flat = new Float64Array(nodes)
  // Cum of node n at 2n, beside 1 + the last stack that added to it (no Set
  // per stack; 0, as allocated, is no stack): one cache line per node touched.
  const sums = new Float64Array(2 * nodes)
  // The sum of absolute values (pprof's total), as accumulate leaves it.
  const absoluteSum = new Float64Array(1)
  const { frameBlocks, frameAt, depth, width, count } = p.stacks
  for (let from = 0; from < count; from += STACK_BATCH) {
    const to = Math.min(count, from + STACK_BATCH)
    accumulate(frameBlocks, frameAt, depth, width, cells, sampleIndex, packed, runs, flat, sums, from, to, absoluteSum)
  }
  if (absoluteSum[0] > Number.MAX_SAFE_INTEGER) return null
  return { flat: ExactArray.from(flat), cum: ExactArray.from(evenCells(sums)), total: absoluteSum[0] }
}

/** Cells 0, 2, 4, ... of `a` (a loop of its own, as the others above). */
function evenCells(a: Float64Array): Float64Array {
  const out = new Float64Array(a.length >> 1)
  for (let n = 0; n < out.length; n++) out[n] = a[2 * n]
  return out
}

/**
 * The function nodes of every location, packed for the totals loop: the
 * node itself when the location has one frame (most have), else ~o, where
 * runs[o] is its frame count and runs[o + 1 ..] its nodes.
 */
function packLocations(frames: LocationFrames): { packed: Int32Array; runs: Int32Array } {
  const packed = new Int32Array(frames.start.length - 1)
  const runs = new Int32Array(runsSize(frames.start))
  fillPacked(frames, packed, runs)
  return { packed, runs }
}

function runsSize(start: Int32Array): number {
  let size = 0
  for (let i = 0; i + 1 < start.length; i++) if (start[i + 1] - start[i] !== 1) size += 1 + start[i + 1] - start[i]
  return size
}

function fillPacked(frames: LocationFrames, packed: Int32Array, runs: Int32Array): void {
  const { start, names } = frames
  let o = 0
  for (let i = 0; i < packed.length; i++) {
    const from = start[i]
    const to = start[i + 1]
    if (to - from === 1) {
      packed[i] = names[from]
      continue
    }
    packed[i] = ~o
    runs[o++] = to - from
    for (let j = from; j < to; j++) runs[o++] = names[j]
  }
}

/**
 * The totals loop over stacks [from, to), alone in its function and called
 * per STACK_BATCH stacks (see there); the stack set's fields come as
 * arguments, since a property load ahead of the loop that V8 had no feedback
 * for threw the compiled loop away. Adds the stacks' absolute values to
 * out[0]: pprof's total, and the check that every sum is exact, made here
 * rather than in a pass of its own over the stacks.
 */
function accumulate(
  frameBlocks: Int32Array[],
  frameAt: Int32Array,
  depth: Int32Array,
  width: number,
  cells: Float64Array,
  sampleIndex: number,
  packed: Int32Array,
  runs: Int32Array,
  flat: Float64Array,
  sums: Float64Array,
  from: number,
  to: number,
  out: Float64Array
): void {
  let absolute = 0
  for (let s = from; s < to; s++) {
    const stamp = s + 1
    const v = cells[s * width + sampleIndex]
    if (v === 0) continue
    absolute += Math.abs(v)
    if (depth[s] === 0) continue
    const at = frameAt[s]
    const locs = frameBlocks[at >>> FRAME_BLOCK_SHIFT]
    const begin = at & FRAME_OFFSET_MASK
    const end = begin + depth[s]
    const leaf = packed[locs[begin]]
    flat[leaf >= 0 ? leaf : runs[~leaf + 1]] += v
    for (let k = begin; k < end; k++) {
      const node = packed[locs[k]]
      if (node >= 0) {
        if (sums[2 * node + 1] !== stamp) {
          sums[2 * node + 1] = stamp
          sums[2 * node] += v
        }
        continue
      }
      const first = ~node + 1
      const stop = first + runs[first - 1]
      for (let j = first; j < stop; j++) {
        const n = runs[j]
        if (sums[2 * n + 1] !== stamp) {
          sums[2 * n + 1] = stamp
          sums[2 * n] += v
        }
      }
    }
  }
  out[0] += absolute
}

function exactTotals(p: Profile, sampleIndex: number, frames: LocationFrames, nodes: number): FunctionTotals {
  const fstart = frames.start
  const fnames = frames.names
  const flat = new ExactArray(nodes)
  const cum = new ExactArray(nodes)
  let total: Int64 = 0
  const seen = new Int32Array(nodes).fill(-1)
  const { frameBlocks, frameAt, depth, values, width, count } = p.stacks
  for (let s = 0; s < count; s++) {
    const v = values.get(s * width + sampleIndex)
    if (v === 0) continue
    total = addExact(total, absExact(v))
    const at = frameAt[s]
    const locs = frameBlocks[at >>> FRAME_BLOCK_SHIFT]
    const begin = at & FRAME_OFFSET_MASK
    const end = begin + depth[s]
    let leaf = -1
    for (let k = begin; k < end; k++) {
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
