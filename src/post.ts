/**
 * The action's post step (action.yml: runs.post, post-if: always()). The
 * main step stops its services itself, also when cancelled; this catches
 * what outlives a main step that was killed outright (SIGKILL after the
 * runner's cancel timeout, an out-of-memory kill). Every service process
 * carries MARKER_ENV=<main pid>-<random> in its environment (harness/
 * process.ts), so those of this job's main step are found by that prefix
 * in /proc and nothing else is touched.
 */
import * as core from '@actions/core'
import { readdirSync, readFileSync } from 'node:fs'
import { MARKER_ENV } from './harness/reaper.js'

const GRACE_MS = 2000

function leftovers(prefix: string): number[] {
  let names: string[]
  try {
    names = readdirSync('/proc')
  } catch {
    return [] // no /proc (not Linux): the main step's own cleanup is all there is
  }
  const out: number[] = []
  for (const name of names) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1')
      if (/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2))) continue // zombies hold nothing
      const env = readFileSync(`/proc/${name}/environ`, 'latin1').split('\0')
      if (env.some((kv) => kv.startsWith(prefix))) out.push(Number(name))
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return out
}

function signal(pids: number[], sig: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, sig)
    } catch {
      // already gone
    }
  }
}

async function post(): Promise<void> {
  const mainPid = core.getState('main-pid')
  if (!/^\d+$/.test(mainPid)) return // the main step never started a measurement
  const prefix = `${MARKER_ENV}=${mainPid}-`
  const found = leftovers(prefix)
  if (found.length === 0) return
  core.warning(`pprof-gate: stopping ${found.length} service process(es) the main step left running: ${found.join(', ')}`)
  signal(found, 'SIGTERM')
  const deadline = Date.now() + GRACE_MS
  while (Date.now() < deadline && leftovers(prefix).length > 0) await new Promise((r) => setTimeout(r, 100))
  signal(leftovers(prefix), 'SIGKILL')
}

await post()
