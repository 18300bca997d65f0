/**
 * One trial's CPU profile reduced to the figures the CPU check compares:
 * the service's work with the Go scheduler's idle work left out, GC work as
 * its own figure (counted in the work: extra allocation is a real cost),
 * and flat and cum per function over the work samples, as `go tool pprof
 * -top -ignore=IDLE` prints them (function granularity).
 *
 * Idle work is CPU the runtime burns because it has nothing to run: an M
 * in findRunnable looking for goroutines (stealWork and runqgrab's spin
 * with usleep(3) or osyield, the non-blocking and blocking netpoll, timer
 * checks), an M going to sleep (stopm, mPark, notesleep, the futex calls
 * under them, also reached from stoplockedm and gcstopm), and the
 * runtime's own background threads (sysmon's usleep loop, templateThread).
 * It grows with idle cores, not with requests: a faster head leaves more
 * of it, and on a quiet machine it is 5-30% of a light service's samples.
 * The set is by function names present in Go 1.21 to 1.26's runtime
 * (proc.go, lock_futex.go, netpoll_epoll.go): findRunnable was findrunnable
 * before Go 1.19; the leaves under these frames changed (epollwait moved to
 * internal/runtime/syscall, lock_spinbit arrived in 1.24), which is why a
 * stack is judged by these callers rather than by its leaf. A futex sleep
 * under lock2 (lock contention) is the work's cost and stays counted.
 *
 * Since Go 1.21 every schedule() goes through findRunnable, also when work
 * is waiting: taking a goroutine off a run queue and running due timers
 * (their callbacks: sleeps ending, deadlines, AfterFunc) happen under it.
 * That is the cost of the goroutines and timers the service creates (a
 * head that starts a goroutine per request pays it), so stacks through
 * those functions stay work even under an idle frame.
 */
import { sampleTypeIndex, stackValues, toFloat } from '../pprof/index.js'
import type { Profile } from '../pprof/index.js'

/** Frames whose presence anywhere in a stack makes it idle work. */
export const IDLE_FUNCTIONS: readonly string[] = [
  'runtime.findRunnable',
  'runtime.findrunnable',
  'runtime.stopm',
  'runtime.mPark',
  'runtime.stoplockedm',
  'runtime.gcstopm',
  'runtime.sysmon',
  'runtime.templateThread'
]

/** Frames under the idle ones where the scheduler found work and hands it out or runs it. */
export const FOUND_WORK_FUNCTIONS: readonly string[] = [
  'runtime.runqget',
  'runtime.globrunqget',
  'runtime.globrunqgetbatch',
  'runtime.injectglist',
  'runtime.(*timers).run',
  'runtime.(*timer).unlockAndRun',
  'runtime.runtimer',
  'runtime.runOneTimer'
]

/**
 * Frames that make a (non-idle) stack GC work: the background mark worker,
 * mark assists of allocating goroutines, sweeping (background and the
 * proportional sweep done by allocation), the scavenger, the phases of a
 * cycle, write barrier buffer flushes, and the profiler's `runtime._GC`
 * (a sample taken in GC code it could not unwind).
 */
export const GC_FUNCTIONS: readonly string[] = [
  'runtime.gcBgMarkWorker',
  'runtime.gcDrain',
  'runtime.gcDrainN',
  'runtime.gcDrainMarkWorkerIdle',
  'runtime.gcDrainMarkWorkerDedicated',
  'runtime.gcDrainMarkWorkerFractional',
  'runtime.gcAssistAlloc',
  'runtime.gcAssistAlloc1',
  'runtime.markroot',
  'runtime.bgsweep',
  'runtime.sweepone',
  'runtime.deductSweepCredit',
  'runtime.(*sweepLocked).sweep',
  'runtime.(*mheap).reclaim',
  'runtime.bgscavenge',
  'runtime.gcStart',
  'runtime.gcMarkDone',
  'runtime.gcMarkTermination',
  'runtime.GC',
  'runtime._GC',
  'runtime.wbBufFlush',
  'runtime.wbBufFlush1',
  'runtime.gcWriteBarrier1',
  'runtime.gcWriteBarrier2',
  'runtime.gcWriteBarrier3',
  'runtime.gcWriteBarrier4',
  'runtime.gcWriteBarrier5',
  'runtime.gcWriteBarrier6',
  'runtime.gcWriteBarrier7',
  'runtime.gcWriteBarrier8'
]

export type StackKind = 'idle' | 'gc' | 'work'

const idleSet = new Set(IDLE_FUNCTIONS)
const foundWorkSet = new Set(FOUND_WORK_FUNCTIONS)
const gcSet = new Set(GC_FUNCTIONS)

/** A closure of a listed function (runtime.gcBgMarkWorker.func2) counts as the function. */
function listedIn(set: Set<string>, name: string): boolean {
  if (set.has(name)) return true
  const closure = name.indexOf('.func', name.lastIndexOf('/') + 1)
  return closure > 0 && /^\.func\d+(\.\d+)*$/.test(name.slice(closure)) && set.has(name.slice(0, closure))
}

/** Idle when a frame is an idle function and none found work; else GC when a frame is a GC function; else work. */
export function classifyStack(frames: readonly string[]): StackKind {
  if (frames.some((f) => listedIn(idleSet, f)) && !frames.some((f) => listedIn(foundWorkSet, f))) return 'idle'
  if (frames.some((f) => listedIn(gcSet, f))) return 'gc'
  return 'work'
}

export interface FunctionCpu {
  /** pprof's function name. */
  name: string
  /** Source file and first line of the function, as the profile names them ('' and 0 when it does not). */
  file: string
  line: number
  /** CPU ns with the function as the leaf, over the non-idle samples. */
  flat: number
  /** CPU ns with the function anywhere on the stack (once per stack), over the non-idle samples. */
  cum: number
  /** The same as flat and cum in samples (ns / period when the profile has no sample count). */
  flatSamples: number
  cumSamples: number
}

export interface TrialCpu {
  /** CPU ns of all samples. */
  totalNs: number
  /** The scheduler's idle work (left out of busyNs). */
  idleNs: number
  /** totalNs - idleNs: what the service spent, GC included. */
  busyNs: number
  /** The part of busyNs that is GC work. */
  gcNs: number
  /** Samples in all, and those that are not idle. */
  samples: number
  busySamples: number
  /** The profile's sampling period in ns (10,000,000 at Go's 100 Hz); 0 when unknown. */
  periodNs: number
  /** Per function over the non-idle samples, by name. */
  functions: Map<string, FunctionCpu>
  /** The non-idle stacks (function names, leaf first), for questions of nesting. */
  stacks: BusyStack[]
}

export interface BusyStack {
  frames: string[]
  ns: number
  samples: number
}

/** Reduces a Go CPU profile (sample types samples/count and cpu/nanoseconds). */
export function reduceCpuProfile(p: Profile): TrialCpu {
  const cpu = sampleTypeIndex(p, 'cpu')
  const countIndex = p.sampleTypes.findIndex((t) => t.type === 'samples')
  const periodNs = p.periodType?.unit === 'nanoseconds' ? toFloat(p.period) : 0
  const counts = countIndex >= 0 ? stackValues(p, countIndex) : null
  const stacks: BusyStack[] = []
  for (const [key, stack] of stackValues(p, cpu)) {
    const ns = toFloat(stack.value)
    const samples = counts ? toFloat(counts.get(key)?.value ?? 0) : periodNs > 0 ? ns / periodNs : 0
    stacks.push({ frames: stack.frames, ns, samples })
  }
  return reduceStacks(stacks, periodNs, functionSites(p))
}

/**
 * The figures of one trial from its stacks (function names, leaf first,
 * each stack once): reduceCpuProfile's work once the profile is read.
 */
export function reduceStacks(stacks: BusyStack[], periodNs: number, sites: Map<string, { file: string; line: number }> = new Map()): TrialCpu {
  const functions = new Map<string, FunctionCpu>()
  const out: TrialCpu = { totalNs: 0, idleNs: 0, busyNs: 0, gcNs: 0, samples: 0, busySamples: 0, periodNs, functions, stacks: [] }
  for (const stack of stacks) {
    const { ns, samples: n } = stack
    out.totalNs += ns
    out.samples += n
    const kind = classifyStack(stack.frames)
    if (kind === 'idle') {
      out.idleNs += ns
      continue
    }
    out.busyNs += ns
    out.busySamples += n
    out.stacks.push(stack)
    if (kind === 'gc') out.gcNs += ns
    const seen = new Set<string>()
    stack.frames.forEach((name, depth) => {
      let f = functions.get(name)
      if (!f) {
        const site = sites.get(name)
        f = { name, file: site?.file ?? '', line: site?.line ?? 0, flat: 0, cum: 0, flatSamples: 0, cumSamples: 0 }
        functions.set(name, f)
      }
      if (depth === 0) {
        f.flat += ns
        f.flatSamples += n
      }
      if (!seen.has(name)) {
        seen.add(name)
        f.cum += ns
        f.cumSamples += n
      }
    })
  }
  return out
}

/** File and start line per function name (the first function of that name, as pprof merges them by name). */
function functionSites(p: Profile): Map<string, { file: string; line: number }> {
  const out = new Map<string, { file: string; line: number }>()
  for (const fn of p.functions.values()) {
    if (fn.name && !out.has(fn.name)) out.set(fn.name, { file: fn.filename, line: toFloat(fn.startLine) })
  }
  return out
}
