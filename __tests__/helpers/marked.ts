// Services pprof-gate started from this test worker, found by the marker in their environment.
import { readFileSync, readdirSync } from 'node:fs'
import { MARKER_ENV } from '../../src/harness/reaper.js'

/**
 * Pids of live processes started by pprof-gate in this process (runCli runs here; other test
 * files run services at the same time, so only this worker's marker counts).
 */
export function markedProcesses(): number[] {
  const out: number[] = []
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue
    try {
      const env = readFileSync(`/proc/${d}/environ`, 'latin1')
      const stat = readFileSync(`/proc/${d}/stat`, 'latin1')
      if (env.includes(`${MARKER_ENV}=${process.pid}-`) && !/\) Z /.test(stat)) out.push(Number(d))
    } catch {
      // gone, or not ours to read
    }
  }
  return out
}
