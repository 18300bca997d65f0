/**
 * Base vs head, per function: the numbers `go tool pprof -top
 * -diff_base=BASE HEAD` prints (head minus base, exactly), plus both sides.
 */
import { ProfileError } from './errors.js'
import { NameTable, functionTotals } from './aggregate.js'
import type { FunctionTotals } from './aggregate.js'
import { absExact, cmpExact, subExact, toFloat } from './exact.js'
import type { Int64 } from './exact.js'
import type { Profile, ValueType } from './model.js'
import type { Alignment } from './align.js'

export interface Delta {
  base: Int64
  head: Int64
  delta: Int64
}

export interface FunctionDelta {
  name: string
  flat: Delta
  cum: Delta
}

export interface Comparison {
  sampleType: ValueType
  sampleIndex: number
  total: Delta
  /** Every function with a non-zero value on either side, largest |flat delta| first. */
  functions: FunctionDelta[]
  /** When the sample types differ: what was compared, dropped and converted (align.ts). */
  alignment?: Alignment
}

export interface CompareOptions {
  /** Sample type name (or index); default: the profile's default, else the last type. */
  sampleType?: string
}

export function describeTypes(p: ProfileKind): string {
  const types = p.sampleTypes.map((t) => `${t.type}/${t.unit}`).join(', ') || 'no sample types'
  const period = p.periodType ? `${p.periodType.type}/${p.periodType.unit}` : 'none'
  return `sample types [${types}], period type ${period}`
}

/** What makes two profiles comparable. */
export type ProfileKind = Pick<Profile, 'sampleTypes' | 'periodType'>

/** Refuses profiles of different kinds, naming both, as pprof's compatible() does. */
export function checkCompatible(base: ProfileKind, head: ProfileKind): void {
  const same =
    base.sampleTypes.length === head.sampleTypes.length &&
    base.sampleTypes.every((t, i) => t.type === head.sampleTypes[i].type && t.unit === head.sampleTypes[i].unit) &&
    (base.periodType?.type ?? '') === (head.periodType?.type ?? '') &&
    (base.periodType?.unit ?? '') === (head.periodType?.unit ?? '')
  if (!same) {
    throw new ProfileError(
      `cannot compare profiles of different kinds: base has ${describeTypes(base)}; ` +
        `head has ${describeTypes(head)}; compare two profiles of the same kind`
    )
  }
}

/** Resolves a sample type name or index to its index, pprof's way. */
export function sampleTypeIndex(p: Profile, wanted?: string): number {
  const types = p.sampleTypes
  if (types.length === 0) throw new ProfileError('profile has no sample types; nothing to compare')
  if (wanted === undefined || wanted === '') {
    if (p.defaultSampleType) {
      const i = types.findIndex((t) => t.type === p.defaultSampleType)
      if (i >= 0) return i
    }
    return types.length - 1
  }
  const byName = types.findIndex((t) => t.type === wanted)
  if (byName >= 0) return byName
  if (/^\d+$/.test(wanted) && Number(wanted) < types.length) return Number(wanted)
  throw new ProfileError(
    `sample type ${JSON.stringify(wanted)} not found; this profile has: ${types.map((t) => t.type).join(', ')}`
  )
}

/**
 * Per-sample-type ratios that scale head to the base total (pprof's
 * -normalize): base total / head total, 0 when head's total is 0.
 */
export function normalizeRatios(baseTotals: Int64[], headTotals: Int64[]): number[] {
  return baseTotals.map((b, i) => {
    const h = toFloat(headTotals[i] ?? 0)
    return h === 0 ? 0 : toFloat(b) / h
  })
}

export function compareProfiles(base: Profile, head: Profile, opts: CompareOptions = {}): Comparison {
  checkCompatible(base, head)
  const sampleIndex = sampleTypeIndex(head, opts.sampleType)
  const names = new NameTable()
  const b = functionTotals(base, sampleIndex, names)
  const h = functionTotals(head, sampleIndex, names)
  return combineTotals(names, b, h, head.sampleTypes[sampleIndex], sampleIndex)
}

/**
 * The comparison from each side's function totals (functionTotals with one
 * shared NameTable), so that a caller can total one profile and let it go
 * before decoding the other.
 */
export function combineTotals(names: NameTable, b: FunctionTotals, h: FunctionTotals, sampleType: ValueType, sampleIndex: number): Comparison {
  const functions: FunctionDelta[] = []
  for (let i = 0; i < names.names.length; i++) {
    const bf = i < b.flat.length ? b.flat.get(i) : 0
    const bc = i < b.cum.length ? b.cum.get(i) : 0
    const hf = i < h.flat.length ? h.flat.get(i) : 0
    const hc = i < h.cum.length ? h.cum.get(i) : 0
    if (bf === 0 && bc === 0 && hf === 0 && hc === 0) continue
    functions.push({
      name: names.names[i],
      flat: { base: bf, head: hf, delta: subExact(hf, bf) },
      cum: { base: bc, head: hc, delta: subExact(hc, bc) }
    })
  }
  functions.sort(functions.every(numericDeltas) ? byNumberDelta : byDelta)
  return {
    sampleType,
    sampleIndex,
    total: { base: b.total, head: h.total, delta: subExact(h.total, b.total) },
    functions
  }
}

/** Largest |flat delta| first, then largest |cum delta|, then name (pprof's -top order on a diff). */
function byDelta(x: FunctionDelta, y: FunctionDelta): number {
  return (
    cmpExact(absExact(y.flat.delta), absExact(x.flat.delta)) ||
    cmpExact(absExact(y.cum.delta), absExact(x.cum.delta)) ||
    byName(x, y)
  )
}

function numericDeltas(f: FunctionDelta): boolean {
  return typeof f.flat.delta === 'number' && typeof f.cum.delta === 'number'
}

/** byDelta when every delta is a number (safe integers: their differences are exact). */
function byNumberDelta(x: FunctionDelta, y: FunctionDelta): number {
  return (
    Math.abs(y.flat.delta as number) - Math.abs(x.flat.delta as number) ||
    Math.abs(y.cum.delta as number) - Math.abs(x.cum.delta as number) ||
    byName(x, y)
  )
}

function byName(x: FunctionDelta, y: FunctionDelta): number {
  return x.name < y.name ? -1 : x.name > y.name ? 1 : 0
}
