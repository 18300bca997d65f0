/**
 * What grew inside one trial: the "after" snapshot minus the "before"
 * snapshot of the same process, per stack of function names, leaving out
 * allowlisted stacks. Then, across trials and sides: head's average growth
 * per stack minus base's, the stacks a reader should look at.
 */
import { diffStacks, rootOf, siteOf, stackKey, stackValues, toFloat, sampleTypeIndex } from '../pprof/index.js'
import type { Profile } from '../pprof/index.js'
import type { StackFilter } from './allowlist.js'
import type { Grower } from './types.js'

export interface StackGrowth {
  total: number
  byStack: Map<string, { frames: string[]; delta: number }>
}

export function stackGrowth(before: Profile, after: Profile, sampleType: string, filter: StackFilter): StackGrowth {
  const b = stackValues(before, sampleTypeIndex(before, sampleType))
  const a = stackValues(after, sampleTypeIndex(after, sampleType))
  const byStack = new Map<string, { frames: string[]; delta: number }>()
  let total = 0
  for (const d of diffStacks(b, a, true)) {
    if (filter.ignores(d.frames)) continue
    const delta = toFloat(d.delta)
    total += delta
    byStack.set(stackKey(d.frames), { frames: d.frames, delta })
  }
  return { total, byStack }
}

/** Head's mean growth per stack minus base's, largest first; only stacks that grew more in head. */
export function topGrowers(
  base: StackGrowth[],
  head: StackGrowth[],
  limit: number,
  name: (frames: string[]) => string
): Grower[] {
  const sums = new Map<string, { frames: string[]; base: number; head: number }>()
  const add = (runs: StackGrowth[], side: 'base' | 'head') => {
    for (const run of runs) {
      for (const [key, { frames, delta }] of run.byStack) {
        const s = sums.get(key) ?? { frames, base: 0, head: 0 }
        s[side] += delta / runs.length
        sums.set(key, s)
      }
    }
  }
  add(base, 'base')
  add(head, 'head')
  const out: Grower[] = []
  for (const s of sums.values()) {
    const delta = s.head - s.base
    if (delta <= 0) continue
    out.push({ name: name(s.frames), site: siteOf(s.frames), frames: s.frames, base: s.base, head: s.head, delta })
  }
  out.sort((x, y) => y.delta - x.delta || (x.name < y.name ? -1 : 1))
  return out.slice(0, limit)
}

export const goroutineName = rootOf
export const allocationSite = siteOf
