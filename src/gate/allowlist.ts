/**
 * Stacks a team has decided not to count, like goleak's options:
 * ignoreTop matches the innermost frame, ignoreAny matches any frame.
 * A pattern is a function name, with `*` matching any run of characters
 * (e.g. `go.opencensus.io/stats/view.(*worker).start`, `github.com/acme/pool.*`).
 */
import type { Allowlist } from './types.js'

export const EMPTY_ALLOWLIST: Allowlist = { ignoreTop: [], ignoreAny: [] }

function compile(pattern: string): RegExp {
  const escaped = pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${escaped.join('.*')}$`)
}

export class StackFilter {
  private readonly top: RegExp[]
  private readonly any: RegExp[]

  constructor(allow: Allowlist) {
    this.top = allow.ignoreTop.map(compile)
    this.any = allow.ignoreAny.map(compile)
  }

  get empty(): boolean {
    return this.top.length === 0 && this.any.length === 0
  }

  /** True when the stack (leaf first) is to be ignored. */
  ignores(frames: string[]): boolean {
    if (frames.length > 0 && this.top.some((r) => r.test(frames[0]))) return true
    return this.any.length > 0 && frames.some((f) => this.any.some((r) => r.test(f)))
  }
}
