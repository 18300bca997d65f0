/**
 * Values per stack, with stacks named by their function names (leaf first).
 * Location ids differ between two builds (and two processes), so stacks of
 * different profiles are matched by names. Used for goroutine profiles
 * (which stacks have more goroutines) and heap profiles (which allocation
 * sites retain more).
 */
import { NameTable, locationFrames } from './aggregate.js'
import { addExact, cmpExact, subExact, toFloat } from './exact.js'
import type { Int64 } from './exact.js'
import { FRAME_BLOCK_SHIFT, FRAME_OFFSET_MASK } from './model.js'
import type { Profile } from './model.js'

export interface NamedStack {
  /** Function names, leaf (innermost) first. */
  frames: string[]
  value: Int64
}

export interface StackDelta {
  frames: string[]
  /** The goroutine's own function: the outermost frame below runtime.goexit. */
  root: string
  /** The innermost frame outside the runtime: where user code waits, runs or allocates. */
  site: string
  base: Int64
  head: Int64
  delta: Int64
}

/** Frames that only say "the goroutine is parked" or "memory was allocated"; a reader wants the code around them. */
const RUNTIME_PREFIXES = ['runtime.', 'internal/', 'runtime/internal/']

export function isRuntimeFrame(name: string): boolean {
  return RUNTIME_PREFIXES.some((p) => name.startsWith(p))
}

/** A stable key for a stack of names (JSON keeps any character unambiguous). */
export function stackKey(frames: string[]): string {
  return JSON.stringify(frames)
}

/** The value of one sample type per distinct stack of function names; zero stacks are left out. */
export function stackValues(p: Profile, sampleIndex: number): Map<string, NamedStack> {
  const names = new NameTable()
  const { start, names: fnames } = locationFrames(p, names)
  const { frameBlocks, frameAt, depth, values, width, count } = p.stacks
  const out = new Map<string, NamedStack>()
  const frames: string[] = []
  for (let s = 0; s < count; s++) {
    const value = values.get(s * width + sampleIndex)
    if (value === 0) continue
    frames.length = 0
    const locs = frameBlocks[frameAt[s] >>> FRAME_BLOCK_SHIFT]
    const begin = frameAt[s] & FRAME_OFFSET_MASK
    for (let k = begin; k < begin + depth[s]; k++) {
      for (let j = start[locs[k]]; j < start[locs[k] + 1]; j++) frames.push(names.names[fnames[j]])
    }
    const key = stackKey(frames)
    const have = out.get(key)
    if (have) have.value = addExact(have.value, value)
    else out.set(key, { frames: frames.slice(), value })
  }
  return out
}

/** Per-stack head minus base of two stack maps; only growth unless `all`; largest growth first. */
export function diffStacks(base: Map<string, NamedStack>, head: Map<string, NamedStack>, all = false): StackDelta[] {
  const out: StackDelta[] = []
  const keys = new Set([...base.keys(), ...head.keys()])
  for (const key of keys) {
    const b = base.get(key)
    const h = head.get(key)
    const bv = b?.value ?? 0
    const hv = h?.value ?? 0
    const delta = subExact(hv, bv)
    if (delta === 0 || (!all && delta < 0)) continue
    const frames = (h ?? b)!.frames
    out.push({ frames, root: rootOf(frames), site: siteOf(frames), base: bv, head: hv, delta })
  }
  out.sort((x, y) => cmpExact(y.delta, x.delta) || (x.root < y.root ? -1 : x.root > y.root ? 1 : 0))
  return out
}

/** Stacks whose value changed between two profiles, by function names; growth only unless `all`. */
export function stackDeltas(base: Profile, head: Profile, sampleIndex: number, all = false): StackDelta[] {
  return diffStacks(stackValues(base, sampleIndex), stackValues(head, sampleIndex), all)
}

export function rootOf(frames: string[]): string {
  for (let i = frames.length - 1; i >= 0; i--) {
    if (frames[i] !== 'runtime.goexit') return frames[i]
  }
  return '<empty stack>'
}

/**
 * True for a function of the program itself or of a third-party module, as
 * opposed to the standard library: a package path whose first element has
 * a dot (github.com/..., example.com/...) or package main.
 */
export function isUserFrame(name: string): boolean {
  const slash = name.lastIndexOf('/')
  const dot = name.indexOf('.', slash + 1)
  const pkg = dot < 0 ? name : name.slice(0, dot)
  if (pkg === 'main') return true
  const first = pkg.split('/')[0]
  return first.includes('.')
}

/** Where a stack matters to its authors: the innermost user frame, else the innermost frame outside the runtime. */
export function siteOf(frames: string[]): string {
  return frames.find(isUserFrame) ?? frames.find((f) => !isRuntimeFrame(f)) ?? frames[0] ?? '<empty stack>'
}

export interface LinedNamedStack extends NamedStack {
  /** "file:line" per frame ('' where the profile has no line); the first stack seen names a merged one. */
  lines: string[]
}

/** "file:line" of every frame, in locationFrames' order (one per line; '' for a location without lines). */
function frameLines(p: Profile): { start: Int32Array; lines: string[] } {
  const locs = p.locations
  const start = new Int32Array(locs.count + 1)
  const lines: string[] = []
  for (let i = 0; i < locs.count; i++) {
    start[i] = lines.length
    const from = locs.lineStart[i]
    const to = locs.lineStart[i + 1]
    if (from === to) lines.push('')
    for (let k = from; k < to; k++) {
      const fn = p.functions.get(locs.lineFunctions.get(k))
      const line = toFloat(locs.lineValue(locs.lineNumbers, k))
      lines.push(fn?.filename ? `${fn.filename}${line > 0 ? `:${line}` : ''}` : '')
    }
  }
  start[locs.count] = lines.length
  return { start, lines }
}

/** Like stackValues, with each frame's file:line, and values as float64 (figures for the gate). */
export function linedStackValues(p: Profile, sampleIndex: number): Map<string, LinedNamedStack & { value: number }> {
  const names = new NameTable()
  const { start, names: fnames } = locationFrames(p, names)
  const fl = frameLines(p)
  const { frameBlocks, frameAt, depth, values, width, count } = p.stacks
  const out = new Map<string, LinedNamedStack & { value: number }>()
  const frames: string[] = []
  const lines: string[] = []
  for (let s = 0; s < count; s++) {
    const value = values.get(s * width + sampleIndex)
    if (value === 0) continue
    frames.length = 0
    lines.length = 0
    const locs = frameBlocks[frameAt[s] >>> FRAME_BLOCK_SHIFT]
    const begin = frameAt[s] & FRAME_OFFSET_MASK
    for (let k = begin; k < begin + depth[s]; k++) {
      for (let j = start[locs[k]]; j < start[locs[k] + 1]; j++) frames.push(names.names[fnames[j]])
      for (let j = fl.start[locs[k]]; j < fl.start[locs[k] + 1]; j++) lines.push(fl.lines[j])
    }
    const key = stackKey(frames)
    const have = out.get(key)
    if (have) have.value += toFloat(value)
    else out.set(key, { frames: frames.slice(), lines: lines.slice(), value: toFloat(value) })
  }
  return out
}
