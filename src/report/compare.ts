/**
 * Reports for `pprof-gate compare`: text that reads like `go tool pprof -top`
 * on a diff, markdown for a PR or job summary, and JSON with exact integers.
 */
import type { Alignment, Comparison, Int64, StackDelta } from '../pprof/index.js'
import { code, inertCommands, plain } from './escape.js'
import { toJson } from './json.js'
import { formatValue, percent } from './units.js'

export interface CompareReport {
  comparison: Comparison
  /** For goroutine profiles: stacks whose count grew. */
  stacks?: StackDelta[]
  /** How many functions to list; 0 lists all. */
  top: number
  /** Paths as the user gave them, for the pprof command line. */
  basePath: string
  headPath: string
  normalized: boolean
}

function listed(r: CompareReport) {
  const fns = r.comparison.functions
  return r.top > 0 ? fns.slice(0, r.top) : fns
}

/** The `go tool pprof` command that shows the same diff, to dig further. */
export function pprofCommand(r: CompareReport): string {
  const q = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`)
  const st = r.comparison.sampleType.type
  return (
    `go tool pprof -top -sample_index=${q(st)}${r.normalized ? ' -normalize' : ''} ` +
    `-diff_base=${q(r.basePath)} ${q(r.headPath)}`
  )
}

/**
 * The first line, from parts already made safe for where it goes: the
 * sample type and unit come from the profile (anyone who wrote it chose them).
 */
function headline(r: CompareReport, type: string, unitLabel: string): string {
  const { sampleType: st, total } = r.comparison
  const u = st.unit
  const change = percent(total.delta, total.base, true)
  return (
    `${type} (${unitLabel}): base ${formatValue(total.base, u)}, head ${formatValue(total.head, u)}, ` +
    `delta ${formatValue(total.delta, u, true)}${change ? ` (${change})` : ''}` +
    (r.normalized ? ', head normalized to the base total' : '')
  )
}

/**
 * What pprof -diff_base takes percentages of: the base total, or, when base
 * has nothing (an empty profile), the total of every sample, which is head's.
 */
function percentBase(c: Comparison): Int64 {
  return c.total.base !== 0 ? c.total.base : c.total.head
}

/**
 * What lining up different sample types did (pprof does the same silently),
 * from parts made safe by `safe`: type and unit names come from the profiles.
 */
function alignmentNote(a: Alignment | undefined, safe: (s: string) => string): string | undefined {
  if (!a) return undefined
  const parts = [`sample types differ; compared on the ones both profiles have (${a.shared.map((t) => safe(t.type)).join(', ')})`]
  for (const d of a.dropped) {
    parts.push(`left out ${d.side}'s ${safe(d.type.type)} (${safe(d.type.unit)}), which ${d.side === 'base' ? 'head' : 'base'} lacks`)
  }
  for (const c of a.converted) parts.push(`converted ${c.side}'s ${safe(c.type)} from ${safe(c.from)} to ${safe(c.to)}`)
  return `Note: ${parts.join('; ')}, as pprof -diff_base does.`
}

export function renderCompareText(r: CompareReport): string {
  const c = r.comparison
  const u = c.sampleType.unit
  const rows = listed(r)
  const out: string[] = []
  out.push(headline(r, plain(c.sampleType.type), plain(c.sampleType.unit, 40)))
  const note = alignmentNote(c.alignment, (t) => plain(t, 40))
  if (note) out.push(note)
  out.push(
    `Showing ${rows.length} of ${c.functions.length} functions, largest flat change first; ` +
      `% of base total, as pprof -diff_base shows it`
  )
  const header = ['flat Δ', 'flat%', 'sum%', 'cum Δ', 'cum%', 'base flat', 'head flat']
  const of = percentBase(c)
  const table: string[][] = []
  let sum = 0
  for (const f of rows) {
    sum += Number(f.flat.delta)
    table.push([
      formatValue(f.flat.delta, u, true),
      percent(f.flat.delta, of),
      percent(sum, of),
      formatValue(f.cum.delta, u, true),
      percent(f.cum.delta, of),
      formatValue(f.flat.base, u),
      formatValue(f.flat.head, u)
    ])
  }
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)))
  const line = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i])).join('  ')
  out.push(`${line(header)}  function`)
  rows.forEach((f, i) => out.push(`${line(table[i])}  ${plain(f.name, 200)}`))
  if (r.stacks && r.stacks.length > 0) {
    out.push('')
    out.push(`Stacks that grew (${plain(c.sampleType.type)}):`)
    for (const s of r.stacks.slice(0, r.top || r.stacks.length)) {
      out.push(
        `  ${formatValue(s.delta, u, true).padStart(8)}  ${plain(s.root)} (at ${plain(s.site)}; ` +
          `base ${formatValue(s.base, u)}, head ${formatValue(s.head, u)})`
      )
      for (const f of s.frames.slice(0, 6)) out.push(`              ${plain(f)}`)
      if (s.frames.length > 6) out.push(`              … ${s.frames.length - 6} more frames`)
    }
  }
  out.push('')
  out.push(`Dig further: ${plain(pprofCommand(r), 1000)}`)
  return inertCommands(out.join('\n') + '\n')
}

export function renderCompareMarkdown(r: CompareReport): string {
  const c = r.comparison
  const u = c.sampleType.unit
  const rows = listed(r)
  const out: string[] = []
  out.push(`### pprof-gate compare: ${code(c.sampleType.type)}`)
  out.push('')
  out.push(headline(r, `**${code(c.sampleType.type)}**`, code(c.sampleType.unit, 40)))
  out.push('')
  const note = alignmentNote(c.alignment, (t) => code(t, 40))
  if (note) out.push(note, '')
  out.push('| function | flat Δ | cum Δ | base flat | head flat | base cum | head cum |')
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const f of rows) {
    out.push(
      `| ${code(f.name)} | ${formatValue(f.flat.delta, u, true)} | ${formatValue(f.cum.delta, u, true)} | ` +
        `${formatValue(f.flat.base, u)} | ${formatValue(f.flat.head, u)} | ${formatValue(f.cum.base, u)} | ${formatValue(f.cum.head, u)} |`
    )
  }
  if (rows.length < c.functions.length) out.push(`\n${c.functions.length - rows.length} more functions not shown.`)
  if (r.stacks && r.stacks.length > 0) {
    out.push('')
    out.push('**Stacks that grew**')
    out.push('')
    out.push('| Δ | goroutine function | waiting in | base | head |')
    out.push('| ---: | --- | --- | ---: | ---: |')
    for (const s of r.stacks.slice(0, r.top || r.stacks.length)) {
      out.push(
        `| ${formatValue(s.delta, u, true)} | ${code(s.root)} | ${code(s.site)} | ${formatValue(s.base, u)} | ${formatValue(s.head, u)} |`
      )
    }
  }
  out.push('')
  out.push(`Dig further: ${code(pprofCommand(r), 1000)}`)
  return out.join('\n') + '\n'
}

/** The JSON contract of `compare --format json` (design.md); extra fields may be added, never removed. */
export function compareJson(r: CompareReport): string {
  const parts: string[] = []
  writeCompareJson(r, (s) => parts.push(s))
  return parts.join('')
}

/**
 * compareJson, written in pieces of FUNCTIONS_PER_PIECE functions (about
 * 64 KB): `--top 0` on a large profile lists every function, and one string
 * for all of them would cost more memory than the profile. The text is what
 * JSON.stringify with an indent of 2 would write.
 */
export function writeCompareJson(r: CompareReport, write: (s: string) => void): void {
  const c = r.comparison
  const doc = toJson({
    sampleType: c.sampleType,
    total: { base: c.total.base, head: c.total.head },
    functions: [],
    ...(r.stacks ? { stacks: r.stacks.slice(0, r.top || r.stacks.length) } : {}),
    normalized: r.normalized,
    ...(c.alignment ? { alignment: alignmentJson(c.alignment) } : {})
  })
  const marker = '\n  "functions": []'
  const at = doc.indexOf(marker)
  const fns = listed(r)
  if (fns.length === 0) {
    write(doc + '\n')
    return
  }
  write(doc.slice(0, at) + '\n  "functions": [\n')
  for (let i = 0; i < fns.length; i += FUNCTIONS_PER_PIECE) {
    // JSON.stringify does the work (native code, nothing for V8 to compile);
    // wrapped as the document wraps them, the entries come out indented right.
    const text = toJson({ functions: fns.slice(i, i + FUNCTIONS_PER_PIECE) })
    const last = i + FUNCTIONS_PER_PIECE >= fns.length
    write(text.slice(PIECE_OPEN.length, -PIECE_CLOSE.length) + (last ? '\n  ]' : ',\n'))
  }
  write(doc.slice(at + marker.length) + '\n')
}

/** The alignment for machines: which types were compared, left out and converted, per side. */
function alignmentJson(a: Alignment) {
  return {
    shared: a.shared.map((t) => ({ type: t.type, unit: t.unit })),
    dropped: a.dropped.map((d) => ({ side: d.side, type: d.type.type, unit: d.type.unit })),
    converted: a.converted
  }
}

const PIECE_OPEN = '{\n  "functions": [\n'
const PIECE_CLOSE = '\n  ]\n}'

/** Functions per piece written: about 64 KB of JSON. */
const FUNCTIONS_PER_PIECE = 256
