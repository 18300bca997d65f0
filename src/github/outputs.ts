/**
 * The step's outputs: the verdict, where the reports are, the comment, the
 * run directory, and one figure per check (empty when the check was skipped).
 */
import type { RunReport } from '../report/run.js'

export interface OutputValues {
  verdict: string
  'report-json': string
  'report-markdown': string
  'comment-url': string
  'run-dir': string
  'goroutine-delta': string
  'heap-delta-bytes': string
  'cpu-delta-percent': string
  'artifact-id': string
  'artifact-url': string
}

const figure = (n: number | undefined, digits = 0): string => (n === undefined || !Number.isFinite(n) ? '' : digits ? n.toFixed(digits) : String(Math.round(n)))

export function checkFigures(report: RunReport): Pick<OutputValues, 'goroutine-delta' | 'heap-delta-bytes' | 'cpu-delta-percent'> {
  const check = (id: string) => report.verdict.checks.find((c) => c.id === id && c.status !== 'skipped')
  const cpu = check('cpu')
  return {
    // A median over an even number of trials can end in .5.
    'goroutine-delta': figure(check('goroutines')?.delta, Number.isInteger(check('goroutines')?.delta) ? 0 : 1),
    'heap-delta-bytes': figure(check('heap')?.delta),
    'cpu-delta-percent': cpu && cpu.base > 0 ? figure((cpu.delta / cpu.base) * 100, 1) : ''
  }
}
