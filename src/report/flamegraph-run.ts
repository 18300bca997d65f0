/**
 * What goes into the flame graphs: the differential of two profiles
 * (`compare --html`), and the three of a run, folded one trial at a time so
 * that a run's profiles need not all be held at once:
 * - CPU: each trial's CPU profile, pooled per side, per request when every
 *   trial's request count is known (else per trial);
 * - heap: each trial's retained heap growth, inuse_space after the load
 *   minus before it (both after a GC), pooled the same way;
 * - goroutines: each trial's goroutines after the load minus before it,
 *   the mean per trial.
 * Pure: profiles in, HTML strings out.
 */
import { FlameTree } from '../pprof/flametree.js'
import type { FlameSide } from '../pprof/flametree.js'
import { sampleTypeIndex } from '../pprof/index.js'
import type { Profile, ValueType } from '../pprof/index.js'
import { renderFlameGraph } from './flamegraph.js'

/** The page's unit for a sample type: time and bytes as such, a count by what it counts. */
export function flameUnit(t: ValueType): string {
  if (t.unit === 'nanoseconds' || t.unit === 'bytes') return t.unit
  if (t.type === 'goroutine') return 'goroutines'
  return t.unit === 'count' || t.unit === '' ? t.type : t.unit
}

export interface CompareFlameOptions {
  basePath: string
  headPath: string
  normalized: boolean
  nodeFraction?: number
}

export function compareFlameGraph(base: Profile, head: Profile, sampleIndex: number, o: CompareFlameOptions): string {
  const tree = new FlameTree()
  tree.add(base, sampleIndex, 'base')
  tree.add(head, sampleIndex, 'head')
  const type = head.sampleTypes[sampleIndex]
  return renderFlameGraph(tree, {
    title: `Differential flame graph: ${type.type}`,
    notes: [`base: ${o.basePath}`, `head: ${o.headPath}${o.normalized ? ' (scaled to base’s total, as pprof -normalize)' : ''}`],
    unit: flameUnit(type),
    nodeFraction: o.nodeFraction
  })
}

export type RunFlameKind = 'cpu' | 'heap' | 'goroutines'

/** File names in the run directory. */
export const FLAME_FILES: Record<RunFlameKind, string> = {
  cpu: 'flamegraph-cpu.html',
  heap: 'flamegraph-heap.html',
  goroutines: 'flamegraph-goroutines.html'
}

interface Pool {
  tree: FlameTree
  unit: string
  trials: Record<FlameSide, number>
  requests: Record<FlameSide, number>
  /** False once a trial of either side did not know its request count. */
  requestsKnown: boolean
}

function pool(unit = ''): Pool {
  return { tree: new FlameTree(), unit, trials: { base: 0, head: 0 }, requests: { base: 0, head: 0 }, requestsKnown: true }
}

export class RunFlameGraphs {
  private readonly pools: Record<RunFlameKind, Pool> = { cpu: pool(), heap: pool('bytes'), goroutines: pool('goroutines') }

  /** A trial's CPU profile over its measured load; `requests` null when the load tool did not say. */
  addCpu(side: FlameSide, cpu: Profile, requests: number | null): void {
    const i = cpuIndex(cpu)
    const p = this.pools.cpu
    p.unit = flameUnit(cpu.sampleTypes[i])
    p.tree.add(cpu, i, side)
    count(p, side, requests)
  }

  /** A trial's heap profiles before and after the load: inuse_space growth. */
  addHeap(side: FlameSide, before: Profile, after: Profile, requests: number | null): void {
    const p = this.pools.heap
    p.tree.add(after, sampleTypeIndex(after, 'inuse_space'), side)
    p.tree.add(before, sampleTypeIndex(before, 'inuse_space'), side, -1)
    count(p, side, requests)
  }

  /** A trial's goroutine profiles before and after the load. */
  addGoroutines(side: FlameSide, before: Profile, after: Profile): void {
    const p = this.pools.goroutines
    p.tree.add(after, sampleTypeIndex(after), side)
    p.tree.add(before, sampleTypeIndex(before), side, -1)
    count(p, side, null)
  }

  /** The pages; null for a kind no trial gave (no CPU profile). */
  pages(nodeFraction?: number): Record<RunFlameKind, string | null> {
    return {
      cpu: this.page('cpu', 'CPU per request, head vs base', 'CPU time in the measured load', nodeFraction),
      heap: this.page('heap', 'Retained heap growth, head vs base', 'In-use heap after the load minus before it (both after a GC)', nodeFraction),
      goroutines: this.page('goroutines', 'Leftover goroutines, head vs base', 'Goroutines after the load minus before it', nodeFraction)
    }
  }

  private page(kind: RunFlameKind, title: string, what: string, nodeFraction: number | undefined): string | null {
    const p = this.pools[kind]
    if (p.trials.base + p.trials.head === 0) return null
    const perRequest = p.requestsKnown && p.requests.base > 0 && p.requests.head > 0
    const divisor = (s: FlameSide) => Math.max(1, perRequest ? p.requests[s] : p.trials[s])
    const sides = (s: FlameSide) => `${s}: ${p.trials[s]} trial${p.trials[s] === 1 ? '' : 's'}${perRequest ? `, ${p.requests[s].toLocaleString('en-US')} requests` : ''}`
    const how = perRequest ? 'per request, pooled over the trials' : 'mean per trial'
    return renderFlameGraph(p.tree, {
      title: perRequest || kind !== 'cpu' ? title : title.replace('per request', 'per trial'),
      notes: [`${what}, ${how}.`, `${sides('base')}; ${sides('head')}.`],
      unit: p.unit,
      per: perRequest ? 'request' : 'trial',
      scale: { base: 1 / divisor('base'), head: 1 / divisor('head') },
      nodeFraction
    })
  }
}

function cpuIndex(cpu: Profile): number {
  const i = cpu.sampleTypes.findIndex((t) => t.unit === 'nanoseconds')
  return i >= 0 ? i : sampleTypeIndex(cpu)
}

function count(p: Pool, side: FlameSide, requests: number | null): void {
  p.trials[side]++
  if (requests === null) p.requestsKnown = false
  else p.requests[side] += requests
}
