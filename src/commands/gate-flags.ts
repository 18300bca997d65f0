/** The gate's flags, shared by `run` and `judge`: the same names, checks and messages. */
import type { Thresholds } from '../gate/index.js'
import { parseByteSize, parseCount, parsePositiveNumber, UsageError } from '../options.js'

export const GATE_FLAGS = {
  'max-goroutines': { type: 'string' },
  'max-heap-growth': { type: 'string' },
  'max-cpu-percent': { type: 'string' },
  'cpu-alpha': { type: 'string' },
  'hot-spot-share': { type: 'string' },
  'max-hot-spot-percent': { type: 'string' },
  'fail-on-inconclusive': { type: 'boolean', default: false }
} as const

type GateValues = Partial<Record<Exclude<keyof typeof GATE_FLAGS, 'fail-on-inconclusive'>, string>>

/** Thresholds from the flags given, `fallback` for the rest. */
export function gateThresholds(values: GateValues, fallback: Thresholds): Thresholds {
  const num = (name: keyof GateValues, dflt: number) => (values[name] === undefined ? dflt : parsePositiveNumber(values[name]!, `--${name}`))
  const t: Thresholds = {
    goroutines: values['max-goroutines'] === undefined ? fallback.goroutines : parseCount(values['max-goroutines'], '--max-goroutines'),
    heapBytes: values['max-heap-growth'] === undefined ? fallback.heapBytes : parseByteSize(values['max-heap-growth'], '--max-heap-growth'),
    cpuPercent: num('max-cpu-percent', fallback.cpuPercent),
    cpuAlpha: num('cpu-alpha', fallback.cpuAlpha),
    hotSpotShare: num('hot-spot-share', fallback.hotSpotShare),
    hotSpotPercent: num('max-hot-spot-percent', fallback.hotSpotPercent)
  }
  if (t.cpuAlpha >= 1) throw new UsageError(`--cpu-alpha must be between 0 and 1; got ${t.cpuAlpha}`)
  return t
}
