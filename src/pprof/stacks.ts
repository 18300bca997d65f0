/**
 * Per-stack deltas, for goroutine profiles: which stacks have more
 * goroutines in head than in base. Location ids differ between two builds,
 * so stacks are matched by their function names (leaf first).
 */
import { NameTable, locationFrames } from './aggregate.js'
import { ExactArray, cmpExact, subExact } from './exact.js'
import type { Int64 } from './exact.js'
import type { Profile } from './model.js'

export interface StackDelta {
  /** Function names, leaf (innermost) first. */
  frames: string[]
  /** The goroutine's own function: the outermost frame below runtime.goexit. */
  root: string
  /** The innermost frame outside the runtime: where user code waits or runs. */
  site: string
  base: Int64
  head: Int64
  delta: Int64
}

/** Frames that only say "the goroutine is parked"; a reader wants the code around them. */
const RUNTIME_PREFIXES = ['runtime.', 'internal/', 'runtime/internal/']

function isRuntime(name: string): boolean {
  return RUNTIME_PREFIXES.some((p) => name.startsWith(p))
}

interface Side {
  index: Map<string, number>
  values: ExactArray
  frames: number[][]
}

function collect(p: Profile, sampleIndex: number, names: NameTable, into: Map<string, number>, framesOut: number[][], values: ExactArray): void {
  const { start, names: fnames } = locationFrames(p, names)
  const { offsets, locs, values: v, width, count } = p.stacks
  const seq: number[] = []
  for (let s = 0; s < count; s++) {
    const value = v.get(s * width + sampleIndex)
    if (value === 0) continue
    seq.length = 0
    for (let k = offsets[s]; k < offsets[s + 1]; k++) {
      for (let j = start[locs[k]]; j < start[locs[k] + 1]; j++) seq.push(fnames[j])
    }
    const key = seq.join(',')
    let i = into.get(key)
    if (i === undefined) {
      i = framesOut.length
      into.set(key, i)
      framesOut.push(seq.slice())
    }
    values.ensure(i + 1)
    values.add(i, value)
  }
}

/**
 * Stacks whose value changed, by function names; largest growth first.
 * Only stacks that grew are returned unless `all` is set.
 */
export function stackDeltas(base: Profile, head: Profile, sampleIndex: number, all = false): StackDelta[] {
  const names = new NameTable()
  const index = new Map<string, number>()
  const frames: number[][] = []
  const b: Side = { index, values: new ExactArray(), frames }
  const h: Side = { index, values: new ExactArray(), frames }
  collect(base, sampleIndex, names, index, frames, b.values)
  collect(head, sampleIndex, names, index, frames, h.values)
  b.values.ensure(frames.length)
  h.values.ensure(frames.length)
  const out: StackDelta[] = []
  for (let i = 0; i < frames.length; i++) {
    const bv = b.values.get(i)
    const hv = h.values.get(i)
    const delta = subExact(hv, bv)
    if (delta === 0 || (!all && delta < 0)) continue
    const fr = frames[i].map((n) => names.names[n])
    out.push({ frames: fr, root: rootOf(fr), site: siteOf(fr), base: bv, head: hv, delta })
  }
  out.sort((x, y) => cmpExact(y.delta, x.delta) || (x.root < y.root ? -1 : x.root > y.root ? 1 : 0))
  return out
}

export function rootOf(frames: string[]): string {
  for (let i = frames.length - 1; i >= 0; i--) {
    if (frames[i] !== 'runtime.goexit') return frames[i]
  }
  return frames[0] ?? '<empty stack>'
}

export function siteOf(frames: string[]): string {
  return frames.find((f) => !isRuntime(f)) ?? frames[0] ?? '<empty stack>'
}
