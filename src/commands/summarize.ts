/**
 * `pprof-gate summarize RUN_DIR...`: one report for many services' runs (the
 * legs of a matrix, or `run --all`), from each run directory's report.json.
 * Exit 1 when any service failed, errored or has no result: never a silent
 * pass. Results of another version are refused (exit 2).
 */
import { parseArgs } from 'node:util'
import { parseFormat } from '../options.js'
import { readServiceResult } from '../run/results.js'
import { renderSummaryMarkdown, renderSummaryText, summarize, summaryJson } from '../report/summary.js'
import type { Summary } from '../report/summary.js'
import type { CommandIO } from './io.js'
import { UsageError } from './io.js'

export const SUMMARIZE_USAGE = `Usage: pprof-gate summarize RUN_DIR... [options]

One report for many services: reads each run directory's report.json (what
pprof-gate run writes there) and prints one row per service, failing first,
unchanged services in one line, and each failing service's findings.
Exit 0 when every service passed (or was unchanged), 1 when any failed,
errored or has no result, 2 on a usage error or results of another version.

  --fail-on-inconclusive    exit 1 when a service's CPU answer is inconclusive
  --format FORMAT           text (default), markdown or json
`

export function renderSummary(summary: Summary, format: 'text' | 'markdown' | 'json'): string {
  return format === 'json' ? summaryJson(summary) : format === 'markdown' ? renderSummaryMarkdown(summary) : renderSummaryText(summary)
}

export function summaryExitCode(summary: Summary, failOnInconclusive: boolean): number {
  return summary.verdict === 'fail' || (summary.verdict === 'inconclusive' && failOnInconclusive) ? 1 : 0
}

export async function summarizeCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'text' },
      'fail-on-inconclusive': { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    io.stdout(SUMMARIZE_USAGE)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('summarize needs at least one run directory (see pprof-gate summarize --help)')
  const format = parseFormat(values.format!)
  const outcomes = []
  for (const dir of positionals) outcomes.push(await readServiceResult(dir))
  const summary = summarize(outcomes)
  io.stdout(renderSummary(summary, format))
  return summaryExitCode(summary, values['fail-on-inconclusive']!)
}
