/**
 * Stacks a team has decided not to count, like goleak's options:
 * ignoreTop matches the innermost frame, ignoreAny matches any frame.
 * A pattern is a function name, with `*` matching any run of characters
 * (e.g. `go.opencensus.io/stats/view.(*worker).start`, `github.com/acme/pool.*`).
 *
 * Names come from the profile, which the pull request's code shapes, so a
 * pattern is matched in time linear in the name and the pattern (Wildcard
 * below), never by a backtracking regular expression: `^.*a.*a.*b$` took
 * 15 s on one 500-character name.
 */
import type { Allowlist } from './types.js'

export const EMPTY_ALLOWLIST: Allowlist = { ignoreTop: [], ignoreAny: [] }

/**
 * A `*` wildcard pattern. It matches when the name starts with the part
 * before the first `*`, ends with the part after the last, and holds the
 * parts between in order, without overlap. Taking each middle part at its
 * leftmost place is never worse than a later one (it leaves the most room
 * for the rest), so one left-to-right pass decides; each part is found by
 * Knuth-Morris-Pratt, whose position in the name never moves back.
 */
export class Wildcard {
  private readonly first: string
  private readonly last: string
  private readonly middle: { part: string; fail: Int32Array }[]
  private readonly exact: boolean
  /** Characters compared over this pattern's lifetime: what the tests bound. */
  steps = 0

  constructor(readonly pattern: string) {
    const parts = pattern.split('*')
    this.exact = parts.length === 1
    this.first = parts[0]
    this.last = parts.length > 1 ? parts[parts.length - 1] : ''
    this.middle = parts
      .slice(1, -1)
      .filter((p) => p !== '')
      .map((part) => ({ part, fail: failureTable(part) }))
  }

  test(name: string): boolean {
    if (this.exact) {
      this.steps += Math.min(name.length, this.first.length)
      return name === this.first
    }
    const end = name.length - this.last.length
    if (end < this.first.length) return false
    this.steps += this.first.length + this.last.length
    if (!name.startsWith(this.first) || !name.endsWith(this.last)) return false
    let at = this.first.length
    for (const { part, fail } of this.middle) {
      const found = this.find(name, part, fail, at, end)
      if (found < 0) return false
      at = found + part.length
    }
    return true
  }

  /** Index of the first occurrence of part in name[from, to), or -1. */
  private find(name: string, part: string, fail: Int32Array, from: number, to: number): number {
    let k = 0
    for (let i = from; i < to; i++) {
      this.steps++
      while (k > 0 && name.charCodeAt(i) !== part.charCodeAt(k)) {
        k = fail[k - 1]
        this.steps++
      }
      if (name.charCodeAt(i) === part.charCodeAt(k)) k++
      if (k === part.length) return i - part.length + 1
    }
    return -1
  }
}

/** fail[i]: the length of the longest proper prefix of part[0..i] that is also its suffix. */
function failureTable(part: string): Int32Array {
  const fail = new Int32Array(part.length)
  let k = 0
  for (let i = 1; i < part.length; i++) {
    while (k > 0 && part.charCodeAt(i) !== part.charCodeAt(k)) k = fail[k - 1]
    if (part.charCodeAt(i) === part.charCodeAt(k)) k++
    fail[i] = k
  }
  return fail
}

export class StackFilter {
  private readonly top: Wildcard[]
  private readonly any: Wildcard[]

  constructor(allow: Allowlist) {
    this.top = allow.ignoreTop.map((p) => new Wildcard(p))
    this.any = allow.ignoreAny.map((p) => new Wildcard(p))
  }

  get empty(): boolean {
    return this.top.length === 0 && this.any.length === 0
  }

  /** True when the stack (leaf first) is to be ignored. */
  ignores(frames: string[]): boolean {
    if (frames.length > 0 && this.top.some((w) => w.test(frames[0]))) return true
    return this.any.length > 0 && frames.some((f) => this.any.some((w) => w.test(f)))
  }
}
