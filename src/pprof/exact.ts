/**
 * Exact integer sums without paying for bigint in the common case.
 *
 * Slots are float64 while every value and sum stays a safe integer; a slot
 * whose value leaves the safe range (a Go int64 can reach 2^63) moves to a
 * bigint side table, and its float64 cell holds NaN as the marker. Real
 * profiles almost never take the slow path, so sums cost one float add and
 * one range check.
 */
export type Int64 = number | bigint

export class ExactArray {
  private cells: Float64Array
  private big: Map<number, bigint> | null = null
  length: number

  constructor(length = 0) {
    this.cells = new Float64Array(Math.max(16, length))
    this.length = length
  }

  /** Grows to at least `n` slots (new slots are 0). */
  ensure(n: number): void {
    if (n > this.cells.length) {
      const next = new Float64Array(Math.max(n, this.cells.length * 2))
      next.set(this.cells)
      this.cells = next
    }
    if (n > this.length) this.length = n
  }

  /** Wraps float64 cells that are known to hold exact integers. */
  static from(cells: Float64Array): ExactArray {
    const a = new ExactArray(0)
    a.cells = cells.length >= 16 ? cells : Float64Array.from({ length: 16 }, (_, i) => cells[i] ?? 0)
    a.length = cells.length
    return a
  }

  add(i: number, v: Int64): void {
    if (typeof v === 'number') {
      const s = this.cells[i] + v
      if (Number.isSafeInteger(s)) {
        this.cells[i] = s
        return
      }
    }
    this.addSlow(i, v)
  }

  private addSlow(i: number, v: Int64): void {
    const big = (this.big ??= new Map())
    const cur = big.get(i) ?? BigInt(this.cells[i])
    big.set(i, cur + BigInt(v))
    this.cells[i] = NaN
  }

  set(i: number, v: Int64): void {
    if (typeof v === 'number' && Number.isSafeInteger(v)) {
      this.cells[i] = v
      this.big?.delete(i)
      return
    }
    ;(this.big ??= new Map()).set(i, BigInt(v))
    this.cells[i] = NaN
  }

  get(i: number): Int64 {
    const c = this.cells[i]
    if (c === c) return c
    return normalize(this.big!.get(i)!)
  }

  /**
   * The float64 cells themselves when every slot is a safe integer (else
   * null), for loops that would otherwise box a number per get() call.
   */
  safeCells(): Float64Array | null {
    return this.big === null ? this.cells : null
  }
}

/** Returns a number when the bigint is a safe integer, so equal values compare equal. */
export function normalize(v: Int64): Int64 {
  if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n) return Number(v)
  return v
}

export function addExact(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b
    if (Number.isSafeInteger(s)) return s
  }
  return normalize(BigInt(a) + BigInt(b))
}

export function subExact(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a - b
    if (Number.isSafeInteger(s)) return s
  }
  return normalize(BigInt(a) - BigInt(b))
}

export function negExact(a: Int64): Int64 {
  return typeof a === 'number' ? -a || 0 : normalize(-a)
}

export function absExact(a: Int64): Int64 {
  return a < 0 ? negExact(a) : a
}

/** Compares two exact integers: negative, zero or positive. */
export function cmpExact(a: Int64, b: Int64): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** As a float64 for display and ratios (may round beyond 2^53). */
export function toFloat(a: Int64): number {
  return typeof a === 'number' ? a : Number(a)
}

/**
 * Go's int64(math.Round(float64(v) * ratio)): rounds half away from zero,
 * as pprof's Profile.ScaleN does when normalizing.
 */
export function scaleLikeGo(v: Int64, ratio: number): Int64 {
  const x = toFloat(v) * ratio
  const r = x < 0 ? -Math.round(-x) : Math.round(x)
  if (Number.isSafeInteger(r)) return r || 0
  if (!Number.isFinite(r)) return 0
  // Go's float64 to int64 conversion of an out-of-range value is
  // implementation-defined; clamp, as amd64 gives the minimum int64.
  if (r >= 2 ** 63 || r < -(2 ** 63)) return -9223372036854775808n
  return normalize(BigInt(r))
}
