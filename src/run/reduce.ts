/**
 * Each trial's profiles reduced to the figures the gate needs, one trial at
 * a time, so a run never holds more than one trial's decoded profiles.
 */
import { reduceCpuProfile } from '../gate/index.js'
import type { CpuTrial, LeakTrial, StackTable, TrialFigures } from '../gate/index.js'
import { linedStackValues, sampleTypeIndex } from '../pprof/index.js'
import type { CpuTrialRecord, LeakTrialRecord, TrialRecord } from '../harness/trials.js'
import { readProfile } from '../harness/read-profile.js'

async function stacks(r: LeakTrialRecord, key: string, sampleType: string): Promise<StackTable> {
  const file = r.profiles[key]
  const p = await readProfile(file, `${r.side} leak trial ${r.trial} ${key}`)
  return linedStackValues(p, sampleTypeIndex(p, sampleType))
}

export async function reduceLeakTrial(r: LeakTrialRecord): Promise<LeakTrial> {
  const names = ['start', ...r.rounds.map((_, k) => `round${k + 1}`)]
  const goroutines: StackTable[] = []
  const heap: StackTable[] = []
  for (const n of names) {
    goroutines.push(await stacks(r, `goroutine-${n}`, 'goroutine'))
    heap.push(await stacks(r, `heap-${n}`, 'inuse_space'))
  }
  return {
    side: r.side,
    trial: r.trial,
    roundRequests: r.rounds.map((x) => x.requests),
    errors: r.rounds.reduce((a, x) => a + x.errors, 0),
    goroutines,
    heap,
    settled: r.settle.map((s) => s.settled),
    memProfileRate: r.memProfileRate
  }
}

export async function reduceCpuTrial(r: CpuTrialRecord): Promise<CpuTrial> {
  const profile = r.profiles.cpu ? reduceCpuProfile(await readProfile(r.profiles.cpu, `${r.side} CPU pair ${r.pair} cpu`)) : null
  return {
    side: r.side,
    pair: r.pair,
    requests: r.load.requests,
    errors: r.load.errors,
    processCpuNs: r.processCpuNs,
    runQueueNs: r.runQueueNs,
    coversLoad: r.cpuCoversLoad,
    profile
  }
}

/** Every trial the gate counts (not the discarded CPU trials), reduced; `cpu` reduces a CPU trial (a cache may stand in). */
export async function reduceTrials(records: TrialRecord[], cpu: (r: CpuTrialRecord) => Promise<CpuTrial> = reduceCpuTrial): Promise<TrialFigures> {
  const figures: TrialFigures = { leak: [], cpu: [] }
  for (const r of records) {
    if (r.kind === 'leak') figures.leak.push(await reduceLeakTrial(r))
    else if (r.discarded === null) figures.cpu.push(await cpu(r))
  }
  return figures
}
