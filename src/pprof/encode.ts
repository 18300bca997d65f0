/**
 * Writes the diff of two profiles as one profile, the way pprof builds it
 * for -diff_base: head's samples as they are, base's samples negated and
 * labelled pprof::base=true (pprof then takes percentages of the base total).
 * Samples keep their labels when the profiles were decoded with keepLabels.
 * `go tool pprof -top diff.pb.gz` prints what `-diff_base=BASE HEAD` prints.
 * Each side keeps its own locations, functions and mappings under fresh ids.
 */
import protobuf from 'protobufjs/minimal.js'
import type { Writer } from 'protobufjs/minimal.js'
import pako from 'pako'
import { negExact } from './exact.js'
import type { Int64 } from './exact.js'
import { FRAME_BLOCK_SHIFT, FRAME_OFFSET_MASK } from './model.js'
import type { Id, Profile } from './model.js'

class StringTable {
  readonly list: string[] = ['']
  private readonly index = new Map<string, number>([['', 0]])

  id(s: string): number {
    let i = this.index.get(s)
    if (i === undefined) {
      i = this.list.length
      this.list.push(s)
      this.index.set(s, i)
    }
    return i
  }
}

/** Splits an int64 into the {low, high} halves protobufjs accepts for 64-bit fields. */
function int64(v: Int64): number | { low: number; high: number } {
  if (typeof v === 'number') return v
  const u = BigInt.asUintN(64, v)
  return { low: Number(u & 0xffffffffn) | 0, high: Number(u >> 32n) | 0 }
}

function tag(w: Writer, field: number, wire: number): Writer {
  return w.uint32(((field << 3) | wire) >>> 0)
}

interface IdMaps {
  mapping: Map<Id, number>
  /** New id of location index i: locationBase + i. */
  locationBase: number
  function: Map<Id, number>
}

/** Encodes a profile whose samples are head's plus base's negated; returns gzipped bytes. */
export function encodeDiffProfile(base: Profile, head: Profile): Uint8Array {
  const w = protobuf.Writer.create()
  const strings = new StringTable()
  const next = { mapping: 1, location: 1, function: 1 }
  const maps: IdMaps[] = [head, base].map((p) => {
    const m: IdMaps = { mapping: new Map(), locationBase: next.location, function: new Map() }
    for (const id of p.mappings.keys()) m.mapping.set(id, next.mapping++)
    next.location += p.locations.count
    for (const id of p.functions.keys()) m.function.set(id, next.function++)
    return m
  })

  for (const t of head.sampleTypes) {
    tag(w, 1, 2).fork()
    tag(w, 1, 0).int64(strings.id(t.type))
    tag(w, 2, 0).int64(strings.id(t.unit))
    w.ldelim()
  }
  writeSamples(w, head, maps[0], strings, false)
  writeSamples(w, base, maps[1], strings, true)
  ;[head, base].forEach((p, side) => writeTables(w, p, maps[side], strings))
  if (head.periodType) {
    tag(w, 11, 2).fork()
    tag(w, 1, 0).int64(strings.id(head.periodType.type))
    tag(w, 2, 0).int64(strings.id(head.periodType.unit))
    w.ldelim()
  }
  if (head.period !== 0) tag(w, 12, 0).int64(int64(head.period) as number)
  if (head.timeNanos !== 0) tag(w, 9, 0).int64(int64(head.timeNanos) as number)
  if (head.durationNanos !== 0) tag(w, 10, 0).int64(int64(head.durationNanos) as number)
  if (head.defaultSampleType) tag(w, 14, 0).int64(strings.id(head.defaultSampleType))
  const comment = strings.id('pprof-gate diff: head minus base (base samples labelled pprof::base=true)')
  tag(w, 13, 0).int64(comment)
  // The string table goes last, as Go writes it, once every string is known.
  for (const s of strings.list) tag(w, 6, 2).string(s)
  return pako.gzip(w.finish())
}

function writeSamples(
  w: Writer,
  p: Profile,
  maps: IdMaps,
  strings: StringTable,
  isBase: boolean
): void {
  const { frameBlocks, frameAt, depth, values, width, count, labelSet } = p.stacks
  const labelSets = p.labelSets ?? [[]]
  const labelKey = strings.id('pprof::base')
  const labelValue = strings.id('true')
  for (let s = 0; s < count; s++) {
    let nonZero = false
    for (let t = 0; t < width; t++) if (values.get(s * width + t) !== 0) nonZero = true
    if (!nonZero) continue
    tag(w, 2, 2).fork()
    if (depth[s] > 0) {
      const locs = frameBlocks[frameAt[s] >>> FRAME_BLOCK_SHIFT]
      const begin = frameAt[s] & FRAME_OFFSET_MASK
      tag(w, 1, 2).fork()
      for (let k = begin; k < begin + depth[s]; k++) w.uint64(maps.locationBase + locs[k])
      w.ldelim()
    }
    tag(w, 2, 2).fork()
    for (let t = 0; t < width; t++) {
      const v = values.get(s * width + t)
      w.int64(int64(isBase ? negExact(v) : v) as number)
    }
    w.ldelim()
    for (const l of labelSets[labelSet ? labelSet[s] : 0]) {
      tag(w, 3, 2).fork()
      tag(w, 1, 0).int64(strings.id(l.key))
      if (l.str !== '') tag(w, 2, 0).int64(strings.id(l.str))
      if (l.num !== 0) tag(w, 3, 0).int64(int64(l.num) as number)
      if (l.numUnit !== '') tag(w, 4, 0).int64(strings.id(l.numUnit))
      w.ldelim()
    }
    if (isBase) {
      tag(w, 3, 2).fork()
      tag(w, 1, 0).int64(labelKey)
      tag(w, 2, 0).int64(labelValue)
      w.ldelim()
    }
    w.ldelim()
  }
}

function writeTables(w: Writer, p: Profile, maps: IdMaps, strings: StringTable): void {
  for (const m of p.mappings.values()) {
    tag(w, 3, 2).fork()
    tag(w, 1, 0).uint64(maps.mapping.get(m.id)!)
    if (m.memoryStart !== 0) tag(w, 2, 0).uint64(int64(m.memoryStart) as number)
    if (m.memoryLimit !== 0) tag(w, 3, 0).uint64(int64(m.memoryLimit) as number)
    if (m.fileOffset !== 0) tag(w, 4, 0).uint64(int64(m.fileOffset) as number)
    tag(w, 5, 0).int64(strings.id(m.filename))
    tag(w, 6, 0).int64(strings.id(m.buildId))
    if (m.hasFunctions) tag(w, 7, 0).bool(true)
    if (m.hasFilenames) tag(w, 8, 0).bool(true)
    if (m.hasLineNumbers) tag(w, 9, 0).bool(true)
    if (m.hasInlineFrames) tag(w, 10, 0).bool(true)
    w.ldelim()
  }
  for (let i = 0; i < p.locations.count; i++) {
    const loc = p.locations.get(i)
    tag(w, 4, 2).fork()
    tag(w, 1, 0).uint64(maps.locationBase + i)
    const mapping = loc.mappingId === 0 ? undefined : maps.mapping.get(loc.mappingId)
    if (mapping !== undefined) tag(w, 2, 0).uint64(mapping)
    if (loc.address !== 0) tag(w, 3, 0).uint64(int64(loc.address) as number)
    for (const line of loc.lines) {
      tag(w, 4, 2).fork()
      tag(w, 1, 0).uint64(maps.function.get(line.functionId)!)
      if (line.line !== 0) tag(w, 2, 0).int64(int64(line.line) as number)
      if (line.column !== 0) tag(w, 3, 0).int64(int64(line.column) as number)
      w.ldelim()
    }
    if (loc.isFolded) tag(w, 5, 0).bool(true)
    w.ldelim()
  }
  for (const f of p.functions.values()) {
    tag(w, 5, 2).fork()
    tag(w, 1, 0).uint64(maps.function.get(f.id)!)
    tag(w, 2, 0).int64(strings.id(f.name))
    tag(w, 3, 0).int64(strings.id(f.systemName))
    tag(w, 4, 0).int64(strings.id(f.filename))
    if (f.startLine !== 0) tag(w, 5, 0).int64(int64(f.startLine) as number)
    w.ldelim()
  }
}
