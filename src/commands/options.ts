/** Parsing of option values; each error names the option and the bad value. */
import { UsageError } from './io.js'

export type Format = 'text' | 'markdown' | 'json'

export function parseFormat(v: string): Format {
  if (v === 'text' || v === 'markdown' || v === 'json') return v
  throw new UsageError(`--format must be text, markdown or json; got ${JSON.stringify(v)}`)
}

export function parseCount(v: string, name: string): number {
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) {
    throw new UsageError(`${name} must be a whole number (0 or more); got ${JSON.stringify(v)}`)
  }
  return Number(v)
}

const SIZE_SUFFIX: Record<string, number> = { '': 1, b: 1, k: 1024, kib: 1024, m: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gib: 1024 ** 3 }

/** A byte size: 1048576, 512KiB, 64MiB, 1GiB. */
export function parseByteSize(v: string, name: string): number {
  const m = /^(\d+)\s*([a-z]*)$/i.exec(v.trim())
  const mult = m ? SIZE_SUFFIX[m[2].toLowerCase()] : undefined
  if (!m || mult === undefined || Number(m[1]) === 0) {
    throw new UsageError(`${name} must be a size such as 1048576, 64MiB or 1GiB; got ${JSON.stringify(v)}`)
  }
  return Number(m[1]) * mult
}
