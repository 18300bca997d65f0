// `go tool pprof -top`, parsed into exact integers: the reference our numbers
// are checked against.
import { GO, run } from './go.js'

export interface TopRow {
  flat: number
  cum: number
}

export interface Top {
  /** Per function (pprof's default granularity), keyed by the printed name. */
  rows: Map<string, TopRow>
  /**
   * The "of TOTAL total" figure from "Showing nodes accounting for ...": the
   * sum of |value| over all samples, or, with -diff_base, over the base
   * samples only (pprof's percentages are of the base).
   */
  total: number
}

export interface TopOptions {
  diffBase?: string
  sampleIndex?: string
  normalize?: boolean
}

/**
 * Runs `go tool pprof -top` on profile and returns every function it lists.
 *
 * pprof prints each value with measurement.ScaledLabel: Sprintf("%.2f") of the
 * value converted to the output unit, with ".00" trimmed. So a value is exact
 * exactly when the output unit is the profile's own unit. `-unit=ns` achieves
 * that for all three unit families Go profiles use:
 *  - nanoseconds -> ns: factor 1, prints "10000000ns";
 *  - bytes: "ns" is not a memory unit, so pprof falls back to the memory
 *    family's default unit, B (factor 1), and prints "4096B";
 *  - count: no unit family knows "count", so the value is left unscaled and
 *    printed with the requested suffix: "17ns" means 17 goroutines/samples.
 * The default (-unit=minimum) would print "1.50MB" or "10ms" and lose digits.
 * The parser rejects anything that is not an integer with a letter suffix,
 * so a lossy value fails loudly instead of comparing approximately.
 *
 * -nodecount/-nodefraction/-edgefraction make pprof list every function that
 * has a non-zero flat or cum; it never lists one where both are zero.
 */
export async function pprofTop(profile: string, opts: TopOptions = {}): Promise<Top> {
  const args = ['-top', '-nodecount=1000000', '-nodefraction=0', '-edgefraction=0', '-unit=ns']
  if (opts.sampleIndex !== undefined) args.push(`-sample_index=${opts.sampleIndex}`)
  if (opts.diffBase !== undefined) args.push(`-diff_base=${opts.diffBase}`)
  if (opts.normalize) args.push('-normalize')
  args.push(profile)

  const r = await run(await pprofBinary(), args, { timeoutMs: 120_000 })
  if (r.code !== 0) {
    throw new Error(`go tool pprof ${args.join(' ')} failed (exit ${r.code}):\n${r.stderr}`)
  }
  return parseTop(r.stdout)
}

let binary: Promise<string> | undefined

/**
 * The binary that `go tool pprof` runs, as `go tool -n pprof` names it.
 * Calling it directly gives the same output without the go command's start
 * (about 0.8 s a call here against 0.05 s for pprof itself).
 */
function pprofBinary(): Promise<string> {
  binary ??= run(GO, ['tool', '-n', 'pprof'], { timeoutMs: 120_000 }).then((r) => {
    const file = r.stdout.trim()
    if (r.code !== 0 || !file) throw new Error(`go tool -n pprof failed (exit ${r.code}):\n${r.stderr}`)
    return file
  })
  return binary
}

// A row is "flat flat% sum% cum cum%  name[ (inline)|(partial-inline)]", e.g.
//   -250000000ns 17.36% 17.36% -250000000ns 17.36%  main.baseOnly
//          0     0%   100%      4096B  0.12%  main.retainBuffers (inline)
// Percentages are absolute values ("%5.2f%%", or "%5.2g%%" below 1%, which
// can print "1e-05%"), so they are matched as any non-space run.
const ROW = /^\s*(\S+)\s+(\S+%)\s+(\S+%)\s+(\S+)\s+(\S+%)\s+(.+)$/
const INLINE = / \((?:inline|partial-inline)\)$/
const TOTAL = /^Showing nodes accounting for .*, \S+ of (\S+) total$/

/** Parses `pprof -top` text (printed with -unit=ns, see pprofTop). Exported for tests. */
export function parseTop(text: string): Top {
  const lines = text.split('\n')
  const header = lines.findIndex((l) => /^\s*flat\s+flat%\s+sum%\s+cum\s+cum%\s*$/.test(l))
  if (header < 0) throw new Error(`no header row in pprof -top output:\n${text}`)

  let total: number | undefined
  for (const l of lines.slice(0, header)) {
    const m = TOTAL.exec(l)
    if (m) total = exactValue(m[1], l)
  }
  if (total === undefined) throw new Error(`no "Showing nodes" line in pprof -top output:\n${text}`)

  const rows = new Map<string, TopRow>()
  for (const line of lines.slice(header + 1)) {
    if (line.trim() === '') continue
    const m = ROW.exec(line)
    if (!m) throw new Error(`unexpected pprof -top row: ${JSON.stringify(line)}`)
    // The name is the rest of the line: Go names carry no spaces, but the
    // inline marker is appended after one.
    const name = m[6].replace(INLINE, '')
    if (rows.has(name)) throw new Error(`pprof -top lists ${name} twice`)
    rows.set(name, { flat: exactValue(m[1], line), cum: exactValue(m[4], line) })
  }
  return { rows, total }
}

/** "-4096B", "17ns" or "0" -> the integer; throws on anything rounded or scaled. */
function exactValue(s: string, line: string): number {
  const m = /^(-?\d+)[A-Za-z]*$/.exec(s)
  const v = m ? Number(m[1]) : NaN
  if (!Number.isSafeInteger(v)) {
    throw new Error(`pprof printed ${JSON.stringify(s)}, not an exact integer, in: ${JSON.stringify(line)}`)
  }
  return v
}
