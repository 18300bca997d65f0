/**
 * Progress on stderr: in a terminal one live line (phase, side, trial,
 * requests done); elsewhere one line per phase, so CI logs stay readable.
 * In GitHub Actions each trial is a collapsible log group.
 */
import type { ProgressEvent } from '../harness/trials.js'

export class Progress {
  private live = ''
  private lastLoadLine = 0
  private group = ''
  private readonly actions = process.env.GITHUB_ACTIONS === 'true'

  constructor(
    private readonly write: (s: string) => void,
    private readonly opts: { tty: boolean; quiet: boolean }
  ) {}

  note(text: string): void {
    if (this.opts.quiet) return
    this.clear()
    this.write(`pprof-gate: ${text}\n`)
  }

  phase(name: string): void {
    if (this.opts.quiet) return
    this.endGroup()
    this.line(`[${name}]`)
  }

  event(e: ProgressEvent): void {
    if (this.opts.quiet) return
    const who = `${e.side} ${e.trial}`
    if (e.kind === 'phase') {
      if (this.actions && e.phase === 'start') this.startGroup(who)
      this.line(`${who}: ${e.phase}`)
      return
    }
    const text = `${who}: load ${e.done.toLocaleString('en-US')}${e.total ? `/${e.total.toLocaleString('en-US')}` : ''} requests${e.errors ? `, ${e.errors} errors` : ''}`
    if (this.opts.tty) this.setLive(text)
    else if (Date.now() - this.lastLoadLine > 5000 || (e.total !== null && e.done === e.total)) {
      this.lastLoadLine = Date.now()
      this.write(`${text}\n`)
    }
  }

  done(): void {
    this.clear()
    this.endGroup()
  }

  private line(text: string): void {
    if (this.opts.tty) this.setLive(text)
    else this.write(`${text}\n`)
  }

  private setLive(text: string): void {
    const shown = text.length > 100 ? `${text.slice(0, 99)}…` : text
    this.write(`\r\x1b[2K${shown}`)
    this.live = shown
  }

  private clear(): void {
    if (this.live) {
      this.write('\r\x1b[2K')
      this.live = ''
    }
  }

  private startGroup(name: string): void {
    this.endGroup()
    this.write(`::group::${name}\n`)
    this.group = name
  }

  private endGroup(): void {
    if (this.group) {
      this.write('::endgroup::\n')
      this.group = ''
    }
  }
}
