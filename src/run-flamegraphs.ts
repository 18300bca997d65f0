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
    if (r.kind === 'cpu') {
      // The gate leaves out a discarded pair, and the CPU of a trial whose load outlasted its profile: so does the graph.
      if (r.discarded === null && r.profiles.cpu && (r.cpuCoversLoad || r.processCpuNs !== null)) {
        graphs.addCpu(r.side, await readProfile(r.profiles.cpu, `${r.side} CPU pair ${r.pair} cpu`), r.load.requests)
      }
      continue
    }
    // What the last round added: what keeps growing (a pool or a lazy start grew in round 1 and stopped).
    const last = r.rounds.length
    const before = last > 1 ? `round${last - 1}` : 'start'
    const read = (key: string) => readProfile(r.profiles[key], `${r.side} leak trial ${r.trial} ${key}`)
    graphs.addHeap(r.side, await read(`heap-${before}`), await read(`heap-round${last}`), r.rounds[last - 1]?.requests ?? null)
    graphs.addGoroutines(r.side, await read(`goroutine-${before}`), await read(`goroutine-round${last}`))
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
