/**
 * Progress in the Actions log: each phase of the run (prepare, build,
 * trials, analysis, then reporting) is one collapsible group; inside, a line
 * per trial step and a load line at most every 5 s.
 */
import * as core from '@actions/core'
import type { PipelineHooks } from '../pipeline.js'

type ProgressEvent = Parameters<PipelineHooks['progress']>[0]

const TITLES: Record<string, string> = {
  prepare: 'prepare base and head',
  build: 'go build base and head',
  trials: 'trials: load and profiles',
  analysis: 'analysis: compare profiles, verdict'
}

export class ActionsProgress {
  private open = false
  private lastLoadLine = 0

  phase(name: string): void {
    this.end()
    core.startGroup(`pprof-gate: ${TITLES[name] ?? name}`)
    this.open = true
  }

  event(e: ProgressEvent): void {
    const who = `${e.side} ${e.trial}`
    if (e.kind === 'phase') {
      core.info(`${who}: ${e.phase}`)
      return
    }
    const finished = e.total !== null && e.done === e.total
    if (!finished && Date.now() - this.lastLoadLine < 5000) return
    this.lastLoadLine = Date.now()
    core.info(`${who}: load ${e.done.toLocaleString('en-US')}${e.total ? `/${e.total.toLocaleString('en-US')}` : ''} requests${e.errors ? `, ${e.errors} errors` : ''}`)
  }

  end(): void {
    if (this.open) core.endGroup()
    this.open = false
  }
}
