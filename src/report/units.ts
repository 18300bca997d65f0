/**
 * Figures for people: values scaled to a unit that reads well, with the sign
 * shown on deltas. Bytes use 1024 steps and pprof's suffixes (B, kB, MB, GB).
 */
import type { Int64 } from '../pprof/index.js'
import { toFloat } from '../pprof/index.js'

const BYTE_UNITS: [number, string][] = [
  [1024 ** 4, 'TB'],
  [1024 ** 3, 'GB'],
  [1024 ** 2, 'MB'],
  [1024, 'kB']
]
const NS_UNITS: [number, string][] = [
  [3600e9, 'h'],
  [60e9, 'min'],
  [1e9, 's'],
  [1e6, 'ms'],
  [1e3, 'µs']
]

function trim(x: number): string {
  const s = Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2)
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s
}

/** Formats a value of a profile unit: bytes, nanoseconds, count or anything else. */
export function formatValue(v: Int64, unit: string, signed = false): string {
  const x = toFloat(v)
  const sign = signed && x > 0 ? '+' : ''
  const abs = Math.abs(x)
  const table = unit === 'bytes' ? BYTE_UNITS : unit === 'nanoseconds' ? NS_UNITS : null
  if (table) {
    for (const [size, suffix] of table) {
      if (abs >= size) return `${sign}${trim(x / size)}${suffix}`
    }
    return `${sign}${v}${unit === 'bytes' ? 'B' : 'ns'}`
  }
  return `${sign}${typeof v === 'bigint' ? v.toString() : x.toLocaleString('en-US')}`
}

/** A percentage of a total, as pprof shows it (`12.34%`); empty when the total is 0. */
export function percent(v: Int64, total: Int64, signed = false): string {
  const t = toFloat(total)
  if (t === 0) return ''
  const p = (toFloat(v) / Math.abs(t)) * 100
  const sign = signed && p > 0 ? '+' : ''
  return `${sign}${p.toFixed(2)}%`
}
