/**
 * Writes a run's flame graphs (flamegraph-cpu.html, flamegraph-heap.html,
 * flamegraph-goroutines.html) into its run directory. Reads each trial's
 * profiles itself, one trial at a time, and folds them into the merges of
 * report/flamegraph-run.ts, so the pipeline only hands over the records.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TrialRecord } from './harness/trials.js'
import { readProfile } from './harness/read-profile.js'
import { FLAME_FILES, RunFlameGraphs } from './report/flamegraph-run.js'
import type { RunFlameKind } from './report/flamegraph-run.js'

/** Paths of the pages written, by kind; null where there was nothing to draw (no CPU profile). */
export type FlameGraphFiles = Record<RunFlameKind, string | null>

export async function writeRunFlameGraphs(records: TrialRecord[], outDir: string): Promise<FlameGraphFiles> {
  const graphs = new RunFlameGraphs()
  for (const r of records) {
    const read = (key: string) => readProfile(r.profiles[key], `${r.side} trial ${r.trial} ${key}`)
    // The gate leaves out the CPU of a trial whose load outlasted its profile: so does the graph.
    if (r.profiles.cpu && r.cpuCoversLoad) graphs.addCpu(r.side, await read('cpu'), r.load.requests)
    graphs.addHeap(r.side, await read('heap-before'), await read('heap-after'), r.load.requests)
    graphs.addGoroutines(r.side, await read('goroutine-before'), await read('goroutine-after'))
  }
  const pages = graphs.pages()
  const files: FlameGraphFiles = { cpu: null, heap: null, goroutines: null }
  for (const kind of ['cpu', 'heap', 'goroutines'] as const) {
    const page = pages[kind]
    if (page === null) continue
    files[kind] = join(outDir, FLAME_FILES[kind])
    await writeFile(files[kind]!, page)
  }
  return files
}
