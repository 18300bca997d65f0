/**
 * Two profiles whose sample types differ, made comparable the way pprof's
 * -diff_base makes them (driver.combineProfiles): keep the sample types
 * both have, in head's order (profile.CompatibilizeSampleTypes), and bring
 * each shared type to the finer of its two units (measurement.ScaleProfiles).
 * Returns what was kept, dropped and converted, as data for the report.
 */
import { ProfileError } from './errors.js'
import { describeTypes } from './diff.js'
import { ExactArray, scaleLikeGo } from './exact.js'
import type { Profile, ValueType } from './model.js'

export type Side = 'base' | 'head'

export interface SharedType {
  type: string
  /** The unit both sides are compared in: the finer one, as written in its profile. */
  unit: string
  baseIndex: number
  headIndex: number
  /** What each side's values are multiplied by (1 when already in `unit`). */
  baseRatio: number
  headRatio: number
}

export interface Alignment {
  /** Head's sample types that base has too, in head's order. */
  shared: SharedType[]
  dropped: { side: Side; type: ValueType }[]
  converted: { side: Side; type: string; from: string; to: string }[]
  /** The default sample type of the aligned head, as pprof sets it. */
  defaultSampleType: string
  /** Both sides already have the same sample types in the same units and order. */
  identical: boolean
}

export type AlignableKind = Pick<Profile, 'sampleTypes' | 'periodType' | 'defaultSampleType'>

// pprof's unit families (measurement.UnitTypes): the aliases that name a
// unit, and its size in the family's base unit.
const UNIT_FAMILIES: { aliases: string[]; factor: number }[][] = [
  [
    { aliases: ['b', 'byte'], factor: 1 },
    { aliases: ['kb', 'kbyte', 'kilobyte'], factor: 2 ** 10 },
    { aliases: ['mb', 'mbyte', 'megabyte'], factor: 2 ** 20 },
    { aliases: ['gb', 'gbyte', 'gigabyte'], factor: 2 ** 30 },
    { aliases: ['tb', 'tbyte', 'terabyte'], factor: 2 ** 40 },
    { aliases: ['pb', 'pbyte', 'petabyte'], factor: 2 ** 50 }
  ],
  [
    { aliases: ['ns', 'nanosecond'], factor: 1 },
    { aliases: ['μs', 'us', 'microsecond'], factor: 1e3 },
    { aliases: ['ms', 'millisecond'], factor: 1e6 },
    { aliases: ['s', 'sec', 'second'], factor: 1e9 },
    { aliases: ['hour', 'hr'], factor: 3600e9 }
  ],
  [
    { aliases: ['nanogcu'], factor: 1e-9 },
    { aliases: ['microgcu'], factor: 1e-6 },
    { aliases: ['milligcu'], factor: 1e-3 },
    { aliases: ['gcu'], factor: 1 },
    { aliases: ['kilogcu'], factor: 1e3 },
    { aliases: ['megagcu'], factor: 1e6 },
    { aliases: ['gigagcu'], factor: 1e9 },
    { aliases: ['teragcu'], factor: 1e12 },
    { aliases: ['petagcu'], factor: 1e15 }
  ]
]

/** The unit's family and factor, pprof's way: lower case, a plural `s` dropped from names longer than two characters. */
function sniffUnit(unit: string): { family: number; factor: number } | undefined {
  let u = unit.toLowerCase()
  if ([...u].length > 2 && u.endsWith('s')) u = u.slice(0, -1)
  for (let family = 0; family < UNIT_FAMILIES.length; family++) {
    const found = UNIT_FAMILIES[family].find((x) => x.aliases.includes(u))
    if (found) return { family, factor: found.factor }
  }
  return undefined
}

/** How many `to` one `from` is (measurement.Scale(1, from, to)); undefined when the units do not convert. */
function unitRatio(from: string, to: string): number | undefined {
  if (from === to) return 1
  const f = sniffUnit(from)
  const t = sniffUnit(to)
  if (!f || !t || f.family !== t.family) return undefined
  return f.factor / t.factor
}

function differentKinds(base: AlignableKind, head: AlignableKind): ProfileError {
  return new ProfileError(
    `cannot compare profiles of different kinds: base has ${describeTypes(base)}; head has ${describeTypes(head)}; compare two profiles of the same kind`
  )
}

/** The alignment of base to head; refuses what pprof refuses, naming both sides. */
export function alignKinds(base: AlignableKind, head: AlignableKind): Alignment {
  const bp = base.periodType
  const hp = head.periodType
  if ((bp?.type ?? '') !== (hp?.type ?? '') || (bp && hp && unitRatio(bp.unit, hp.unit) === undefined)) {
    throw differentKinds(base, head)
  }
  const shared: SharedType[] = []
  const converted: Alignment['converted'] = []
  for (let h = 0; h < head.sampleTypes.length; h++) {
    const ht = head.sampleTypes[h]
    const b = base.sampleTypes.findIndex((t) => t.type === ht.type)
    if (b < 0) continue
    const bt = base.sampleTypes[b]
    const baseToHead = unitRatio(bt.unit, ht.unit)
    if (baseToHead === undefined) {
      throw new ProfileError(
        `cannot compare sample type ${JSON.stringify(ht.type)}: base measures it in ${JSON.stringify(bt.unit)}, head in ${JSON.stringify(ht.unit)}, ` +
          'and these units do not convert; compare two profiles of the same kind'
      )
    }
    // The finer unit wins; head's on a tie, as pprof starts from the first profile.
    const unit = baseToHead < 1 ? bt.unit : ht.unit
    const entry = { type: ht.type, unit, baseIndex: b, headIndex: h, baseRatio: unitRatio(bt.unit, unit)!, headRatio: unitRatio(ht.unit, unit)! }
    shared.push(entry)
    if (bt.unit !== unit) converted.push({ side: 'base', type: ht.type, from: bt.unit, to: unit })
    if (ht.unit !== unit) converted.push({ side: 'head', type: ht.type, from: ht.unit, to: unit })
  }
  if (shared.length === 0) {
    throw differentKinds(base, head)
  }
  const sharedNames = new Set(shared.map((t) => t.type))
  const dropped: Alignment['dropped'] = [
    ...base.sampleTypes.filter((t) => !sharedNames.has(t.type)).map((type) => ({ side: 'base' as const, type })),
    ...head.sampleTypes.filter((t) => !sharedNames.has(t.type)).map((type) => ({ side: 'head' as const, type }))
  ]
  const headKept = shared.length === head.sampleTypes.length
  const identical =
    headKept &&
    dropped.length === 0 &&
    converted.length === 0 &&
    shared.every((t) => t.baseIndex === t.headIndex) &&
    (bp?.unit ?? '') === (hp?.unit ?? '')
  // CompatibilizeSampleTypes keeps head's default when it is shared, and
  // otherwise makes the first shared type the default, when it changes head.
  const defaultSampleType = headKept || sharedNames.has(head.defaultSampleType) ? head.defaultSampleType : shared[0].type
  return { shared, dropped, converted, defaultSampleType, identical }
}

/**
 * The profile with only the shared sample types, in head's order and in the
 * shared units: each stack's value scaled and rounded as pprof's ScaleN does.
 * Both sides get `periodType` (head's), which the alignment found comparable.
 */
export function alignProfile(p: Profile, a: Alignment, side: Side, periodType: ValueType | null): Profile {
  const width = a.shared.length
  const { count, values, width: from } = p.stacks
  const out = new ExactArray(count * width)
  for (const [j, t] of a.shared.entries()) {
    const index = side === 'base' ? t.baseIndex : t.headIndex
    const ratio = side === 'base' ? t.baseRatio : t.headRatio
    for (let s = 0; s < count; s++) {
      const v = values.get(s * from + index)
      out.set(s * width + j, ratio === 1 ? v : scaleLikeGo(v, ratio))
    }
  }
  return {
    ...p,
    sampleTypes: a.shared.map((t) => ({ type: t.type, unit: t.unit })),
    periodType,
    defaultSampleType: side === 'head' ? a.defaultSampleType : p.defaultSampleType,
    stacks: { ...p.stacks, width, values: out }
  }
}
