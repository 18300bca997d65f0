/**
 * `pprof-gate summarize` and `run --all`: many services' results in one
 * report. One row per service, failing first (then errors, missing results,
 * inconclusive, passing), unchanged services in one line, and each failing
 * service's findings below. Every word comes from here; what a result file
 * says (names, summaries, error messages) is escaped for where it goes.
 */
import { code, inertCommands, plain } from './escape.js'
import { toJson } from './json.js'
import { prose } from './run.js'
import { fmtValue } from './words.js'
import { TOOL_VERSION } from '../version.js'

export type ServiceState = 'fail' | 'error' | 'missing' | 'inconclusive' | 'pass' | 'unchanged'

export interface CheckOutcome {
  id: 'goroutines' | 'heap' | 'cpu'
  status: 'pass' | 'fail' | 'inconclusive' | 'skipped'
  unit: string
  delta: number | null
  /** The check's one-line summary, as the run wrote it. */
  summary: string
  /** What grew most: name, and file:line when known. */
  top: { name: string; line: string } | null
}

export interface ServiceOutcome {
  name: string
  /** The run directory, as given. */
  dir: string
  state: ServiceState
  /** Why it errored or is missing. */
  message: string | null
  /** What the error came with (the compiler's first lines, a log's tail). */
  evidence: string[]
  checks: CheckOutcome[]
  /** Known-leak lines (accepted, expired, stale), as the run wrote them. */
  known: { status: string; summary: string }[]
}

export interface Summary {
  verdict: 'pass' | 'fail' | 'inconclusive'
  services: ServiceOutcome[]
}

const ORDER: ServiceState[] = ['fail', 'error', 'missing', 'inconclusive', 'pass', 'unchanged']
const ICON: Record<ServiceState, string> = { fail: '❌', error: '💥', missing: '❓', inconclusive: '❔', pass: '✅', unchanged: '⏸️' }
const CHECK_ICON = { pass: '✅', fail: '❌', skipped: '⏭️', inconclusive: '❔' }
const CHECK_TITLES = { goroutines: 'Goroutines', heap: 'Heap', cpu: 'CPU per request' }

/** Failing, errored or missing results fail the summary: never a silent pass. */
export function summarize(services: ServiceOutcome[]): Summary {
  const sorted = [...services].sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state))
  const verdict = sorted.some((s) => s.state === 'fail' || s.state === 'error' || s.state === 'missing') ? 'fail' : sorted.some((s) => s.state === 'inconclusive') ? 'inconclusive' : 'pass'
  return { verdict, services: sorted }
}

function headline(s: Summary, name: (n: string) => string): string {
  const measured = s.services.filter((x) => x.state !== 'unchanged').length
  const count = (state: ServiceState) => s.services.filter((x) => x.state === state)
  const parts: string[] = []
  const list = (xs: ServiceOutcome[]) => xs.map((x) => name(x.name)).join(', ')
  if (count('fail').length) parts.push(`${count('fail').length} of ${measured} measured failed (${list(count('fail'))})`)
  if (count('error').length) parts.push(`${count('error').length} errored (${list(count('error'))})`)
  if (count('missing').length) parts.push(`${count('missing').length} without a result (${list(count('missing'))})`)
  if (count('inconclusive').length) parts.push(`${count('inconclusive').length} inconclusive (${list(count('inconclusive'))})`)
  if (parts.length === 0) parts.push(`no regression in ${measured} measured service${measured === 1 ? '' : 's'}`)
  const unchanged = count('unchanged').length
  return `${parts.join('; ')}${unchanged ? `; ${unchanged} unchanged` : ''}`
}

function checkCell(c: CheckOutcome | undefined, icons: boolean): string {
  if (!c) return '–'
  // Leak checks: what head keeps adding per round beyond base; CPU: per request.
  const delta = c.status === 'skipped' || c.delta === null ? '' : ` ${fmtValue(c, c.delta, true)}${c.id === 'cpu' ? '/request' : '/round'}`
  return icons ? `${CHECK_ICON[c.status]}${delta}` : `${c.status}${delta}`
}

const IDS = ['goroutines', 'heap', 'cpu'] as const

/** A service's run directory as a workflow artifact (mode: summarize): its name, and its page when known. */
export interface ServiceArtifact {
  name: string
  url: string | null
}

const linkTarget = (url: string | null) => (url && /^https?:\/\/[^\s()<>[\]]+$/.test(url) ? url : null)

function artifactRef(a: ServiceArtifact): string {
  const url = linkTarget(a.url)
  return url ? `[${code(a.name, 200)}](${url})` : code(a.name, 200)
}

/** `artifacts`, by service name: where each service's run directory is, instead of the local run directory. */
export function renderSummaryMarkdown(s: Summary, marker = '', artifacts?: ReadonlyMap<string, ServiceArtifact>): string {
  const out: string[] = []
  if (marker) out.push(marker)
  const icon = s.verdict === 'fail' ? '❌' : s.verdict === 'inconclusive' ? '❔' : '✅'
  out.push(`### ${icon} pprof-gate: ${headline(s, (n) => code(n, 64))}`)
  out.push('')
  const rows = s.services.filter((x) => x.state !== 'unchanged')
  if (rows.length) {
    out.push('| service | verdict | goroutines | heap | CPU per request |')
    out.push('| --- | --- | --- | --- | --- |')
    for (const x of rows) {
      const cells = x.checks.length ? IDS.map((id) => checkCell(x.checks.find((c) => c.id === id), true)) : ['–', '–', '–']
      out.push(`| ${code(x.name, 64)} | ${ICON[x.state]} ${x.state} | ${cells.join(' | ')} |`)
    }
    out.push('')
  }
  const unchanged = s.services.filter((x) => x.state === 'unchanged')
  if (unchanged.length) out.push(`${ICON.unchanged} Unchanged (same binary, not measured): ${unchanged.map((x) => code(x.name, 64)).join(', ')}\n`)
  for (const x of s.services.filter((y) => y.state === 'fail' || y.state === 'error' || y.state === 'missing')) {
    out.push(`#### ${ICON[x.state]} ${code(x.name, 64)}`)
    out.push('')
    if (x.message !== null) out.push(`${prose(x.message)}`)
    if (x.evidence.length) out.push('', ...x.evidence.map((l) => `    ${plain(l, 400)}`), '')
    for (const c of x.checks.filter((y) => y.status === 'fail')) {
      const top = c.top ? ` Grew most: ${code(c.top.name)}${c.top.line ? ` (${code(c.top.line, 200)})` : ''}.` : ''
      out.push(`- **${CHECK_TITLES[c.id]}**: ${prose(c.summary)}.${top}`)
    }
    for (const k of x.known.filter((y) => y.status === 'expired')) out.push(`- ${prose(k.summary)}.`)
    out.push('')
    const artifact = artifacts?.get(x.name)
    if (!artifacts) out.push(`Run directory: ${code(x.dir, 200)}`)
    else if (artifact) out.push(`📦 Profiles, flame graphs and service logs: artifact ${artifactRef(artifact)}`)
    else out.push('📦 No artifact of this service in this run.')
    out.push('')
  }
  if (artifacts && artifacts.size > 0) {
    const refs = s.services.flatMap((x) => {
      const a = artifacts.get(x.name)
      return a ? [`${code(x.name, 64)}: ${artifactRef(a)}`] : []
    })
    out.push(`📦 Artifacts (profiles, flame graphs, reports, service logs): ${refs.join(' · ')}`)
    out.push('')
  }
  const stale = s.services.flatMap((x) => x.known.filter((k) => k.status === 'stale').map((k) => ({ x, k })))
  if (stale.length) {
    out.push('<details><summary>Stale known-leak entries (nothing matching them kept growing: remove them)</summary>')
    out.push('')
    for (const { x, k } of stale) out.push(`- ${code(x.name, 64)}: ${prose(k.summary)}`)
    out.push('')
    out.push('</details>')
  }
  return out.join('\n') + '\n'
}

export function renderSummaryText(s: Summary): string {
  const out: string[] = []
  out.push(`pprof-gate summary: ${s.verdict.toUpperCase()}: ${headline(s, (n) => plain(n, 64))}`)
  out.push('')
  const rows = s.services.filter((x) => x.state !== 'unchanged')
  if (rows.length) {
    const table = rows.map((x) => [plain(x.name, 64), x.state.toUpperCase(), ...(x.checks.length ? IDS.map((id) => checkCell(x.checks.find((c) => c.id === id), false)) : ['–', '–', '–']), plain(x.dir, 200)])
    const header = ['service', 'verdict', 'goroutines', 'heap', 'cpu', 'run directory']
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)))
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()
    out.push(line(header))
    for (const r of table) out.push(line(r))
  }
  const unchanged = s.services.filter((x) => x.state === 'unchanged')
  if (unchanged.length) out.push(`unchanged (same binary, not measured): ${unchanged.map((x) => plain(x.name, 64)).join(', ')}`)
  for (const x of s.services.filter((y) => y.state === 'fail' || y.state === 'error' || y.state === 'missing')) {
    out.push('')
    out.push(`${plain(x.name, 64)}: ${x.state.toUpperCase()}${x.message !== null ? `: ${plain(x.message, 400)}` : ''}`)
    for (const l of x.evidence) out.push(`    ${plain(l, 400)}`)
    for (const c of x.checks.filter((y) => y.status === 'fail')) {
      out.push(`  ${c.id}: ${plain(c.summary, 400)}`)
      if (c.top) out.push(`    grew most: ${plain(c.top.name)}${c.top.line ? ` (${plain(c.top.line, 200)})` : ''}`)
    }
    for (const k of x.known.filter((y) => y.status === 'expired')) out.push(`  ${plain(k.summary, 600)}`)
  }
  const stale = s.services.flatMap((x) => x.known.filter((k) => k.status === 'stale').map((k) => `  ${plain(x.name, 64)}: ${plain(k.summary, 600)}`))
  if (stale.length) out.push('', 'stale known-leak entries (remove them):', ...stale)
  return inertCommands(out.join('\n') + '\n')
}

export function summaryJson(s: Summary): string {
  return (
    toJson({
      schemaVersion: 1,
      tool: 'pprof-gate',
      toolVersion: TOOL_VERSION,
      verdict: s.verdict,
      services: s.services.map((x) => ({ name: x.name, dir: x.dir, status: x.state, message: x.message, evidence: x.evidence, checks: x.checks, known: x.known })),
      unchanged: s.services.filter((x) => x.state === 'unchanged').map((x) => x.name)
    }) + '\n'
  )
}
