/**
 * `pprof-gate compare BASE HEAD`: what changed between two profiles, per
 * function (and per stack for goroutine profiles).
 */
import { stat, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import {
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  DEFAULT_MAX_ENTRIES,
  NameTable,
  alignKinds,
  alignProfile,
  describeTypes,
  ProfileError,
  combineTotals,
  compareProfiles,
  diffStacks,
  encodeDiffProfile,
  functionTotals,
  normalizeRatios,
  sampleTypeIndex,
  stackDeltas,
  stackValues,
  sampleTypeTotals
} from '../pprof/index.js'
import type { AlignableKind, Alignment, DecodeOptions, Profile } from '../pprof/index.js'
import { warmUpDecoder } from '../pprof/warmup.js'
import { DEFAULT_NODE_FRACTION } from '../report/flamegraph.js'
import { compareFlameGraph } from '../report/flamegraph-run.js'
import { renderCompareMarkdown, renderCompareText, writeCompareJson } from '../report/compare.js'
import type { CompareReport } from '../report/compare.js'
import type { CommandIO } from './io.js'
import { UsageError } from './io.js'
import { checkReadable, readProfile } from '../harness/read-profile.js'
import { parseByteSize, parseFormat, parseCount, parseFraction } from '../options.js'

export const COMPARE_USAGE = `Usage: pprof-gate compare BASE HEAD [options]

Compares two pprof profiles (gzipped or raw protobuf) per function, like
go tool pprof -top -diff_base=BASE HEAD.

Options:
  --sample-type NAME      sample type to compare (default: the profile's default, else the last)
  --top N                 functions to list (default 20; 0 lists all)
  --normalize             scale head to the base total first, as pprof -normalize does
  --format FORMAT         text (default), markdown or json
  --output FILE           also write the diff as a profile (go tool pprof -top FILE)
  --html FILE             also write a differential flame graph (one self-contained HTML page)
  --node-fraction F       leave frames under F of head's total out of the flame graph (default 0.001)
  --max-profile-bytes N   cap on a profile's decompressed size (default 1GiB)
  --max-profile-entries N cap on a profile's strings, locations, functions and
                          distinct stacks, each (default 4194304; other tables scale with it)
  --raw-names             keep function names as written; by default C++ and Rust names lose
                          argument lists and template arguments, as go tool pprof shows them
  --debug                 print stack traces for unexpected errors
`

/**
 * readProfile, again with labels kept when the profile has labelled
 * negative values: pprof's total (the sum of |value| over samples merged by
 * stack and labels) needs them.
 */
async function readForTotals(path: string, role: string, opts: DecodeOptions): Promise<Profile> {
  const p = await readProfile(path, role, opts)
  return p.labelsChangeTotals ? readProfile(path, role, { ...opts, keepLabels: true }) : p
}

/** Head, decoded and reduced to what the comparison needs of it. */
async function totalHead(path: string, basePath: string, sampleType: string | undefined, opts: DecodeOptions) {
  const head = await readForTotals(path, 'head', opts)
  let sampleIndex: number
  try {
    sampleIndex = sampleTypeIndex(head, sampleType)
  } catch (e) {
    // Profiles of different kinds are refused first, as when base is read first.
    aligned(await readProfile(basePath, 'base', opts), head, basePath, path)
    throw inFile(e, `head profile ${path}`)
  }
  const names = new NameTable()
  const totals = functionTotals(head, sampleIndex, names)
  const isGoroutine = head.sampleTypes[sampleIndex].type === 'goroutine'
  const kind: AlignableKind = { sampleTypes: head.sampleTypes, periodType: head.periodType, defaultSampleType: head.defaultSampleType }
  return { path, kind, sampleIndex, names, totals, stacks: isGoroutine ? stackValues(head, sampleIndex) : undefined }
}

/** A profile error after decoding (a sample type, a kind) with the file(s) it is about, as decoding errors have. */
function inFile(e: unknown, where: string): unknown {
  return e instanceof ProfileError ? new ProfileError(`${where}: ${e.message}`) : e
}

/** How base lines up with head (pprof's rules, align.ts); refuses profiles of different kinds, naming both files. */
function aligned(base: AlignableKind, head: AlignableKind, basePath: string, headPath: string): Alignment {
  try {
    return alignKinds(base, head)
  } catch (e) {
    throw inFile(e, `base profile ${basePath}, head profile ${headPath}`)
  }
}

/**
 * Base, decoded and reduced the same way, so that it too is let go before
 * the report is built; null when its sample types differ from head's (the
 * whole-profile path then lines them up).
 */
async function totalBase(path: string, head: Awaited<ReturnType<typeof totalHead>>, opts: DecodeOptions) {
  const base = await readForTotals(path, 'base', opts)
  if (!aligned(base, head.kind, path, head.path).identical) return null
  const totals = functionTotals(base, head.sampleIndex, head.names)
  return { totals, stacks: head.stacks && stackValues(base, head.sampleIndex) }
}

interface WholeOptions {
  sampleType?: string
  normalize: boolean
  output?: string
  html?: string
  top: number
  nodeFraction: number
}

/**
 * Both whole profiles: the diff profile needs every stack of both, pprof's
 * -normalize scales every sample of head by base total / head total and
 * rounds each one, so the totals must be known before head is folded, and
 * profiles with different sample types are lined up stack by stack.
 */
async function compareWhole(basePath: string, headPath: string, o: WholeOptions, opts: DecodeOptions) {
  // The diff profile keeps sample labels, as pprof's does (-tagfocus and -tags read them).
  let wholeOpts = { ...opts, keepLabels: o.output !== undefined }
  let base = await readForTotals(basePath, 'base', wholeOpts)
  let head = await readForTotals(headPath, 'head', wholeOpts)
  if (base.labelSets || head.labelSets) wholeOpts = { ...wholeOpts, keepLabels: true }
  const alignment = aligned(base, head, basePath, headPath)
  if (!alignment.identical) {
    if (o.normalize) {
      throw new ProfileError(
        `base profile ${basePath}, head profile ${headPath}: --normalize needs the same sample types in the same units on both sides ` +
          `(base has ${describeTypes(base)}; head has ${describeTypes(head)}), as pprof -normalize does; compare without --normalize`
      )
    }
    base = alignProfile(base, alignment, 'base', head.periodType)
    head = alignProfile(head, alignment, 'head', head.periodType)
  }
  const dropped = alignment.dropped.find((d) => d.type.type === o.sampleType)
  if (dropped) {
    throw new ProfileError(
      `base profile ${basePath}, head profile ${headPath}: sample type ${JSON.stringify(o.sampleType)} is only in ${dropped.side}; ` +
        `choose one both have: ${alignment.shared.map((t) => t.type).join(', ')}`
    )
  }
  try {
    sampleTypeIndex(head, o.sampleType)
  } catch (e) {
    throw inFile(e, `head profile ${headPath}`)
  }
  if (o.normalize) head = await readProfile(headPath, 'head', { ...wholeOpts, scale: normalizeRatios(sampleTypeTotals(base), sampleTypeTotals(head)) })
  const comparison = compareProfiles(base, head, { sampleType: o.sampleType })
  if (!alignment.identical) comparison.alignment = alignment
  const isGoroutine = comparison.sampleType.type === 'goroutine'
  const report: CompareReport = { comparison, stacks: isGoroutine ? stackDeltas(base, head, comparison.sampleIndex) : undefined, top: o.top, basePath, headPath, normalized: o.normalize }
  const diff = o.output ? encodeDiffProfile(base, head) : undefined
  const html = o.html ? compareFlameGraph(base, head, comparison.sampleIndex, { basePath, headPath, normalized: o.normalize, nodeFraction: o.nodeFraction }) : undefined
  return { report, diff, html }
}

/**
 * Files from this size on are worth warming the decoder up for (see
 * warmUpDecoder, about 16 ms of a fresh process). Measured side by side
 * (wall time of compare): +9 ms on two 110 KB files, -13 ms on two of 420 KB,
 * -35 ms on two of 5 MB.
 */
const WARM_UP_FROM_BYTES = 256 * 1024

async function isLarge(...paths: string[]): Promise<boolean> {
  const sizes = await Promise.all(paths.map(async (p) => (await stat(p)).size))
  return Math.max(...sizes) >= WARM_UP_FROM_BYTES
}

export async function compareCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      'sample-type': { type: 'string' },
      top: { type: 'string', default: '20' },
      normalize: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      html: { type: 'string' },
      'node-fraction': { type: 'string' },
      'max-profile-bytes': { type: 'string' },
      'max-profile-entries': { type: 'string' },
      'raw-names': { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    io.stdout(COMPARE_USAGE)
    return 0
  }
  if (positionals.length !== 2) {
    throw new UsageError(`compare takes two profiles, BASE and HEAD; got ${positionals.length} arguments`)
  }
  const [basePath, headPath] = positionals
  const format = parseFormat(values.format!)
  const top = parseCount(values.top!, '--top')
  const maxDecompressedBytes =
    values['max-profile-bytes'] === undefined
      ? DEFAULT_MAX_DECOMPRESSED_BYTES
      : parseByteSize(values['max-profile-bytes'], '--max-profile-bytes')
  const maxEntries = values['max-profile-entries'] === undefined ? DEFAULT_MAX_ENTRIES : parseCount(values['max-profile-entries'], '--max-profile-entries')
  if (maxEntries === 0) throw new UsageError('--max-profile-entries must be 1 or more; got 0')
  const opts = { maxDecompressedBytes, maxEntries, rawNames: values['raw-names'] }
  const nodeFraction = values['node-fraction'] === undefined ? DEFAULT_NODE_FRACTION : parseFraction(values['node-fraction'], '--node-fraction')

  // Fail on a missing or unreadable file before spending time on the other one.
  await checkReadable(basePath, 'base')
  await checkReadable(headPath, 'head')
  if (await isLarge(basePath, headPath)) warmUpDecoder()
  try {
    let report: CompareReport | undefined
    let diff: Uint8Array | undefined
    let html: string | undefined
    const whole: WholeOptions = { sampleType: values['sample-type'], normalize: values.normalize!, output: values.output, html: values.html, top, nodeFraction }
    if (!values.normalize && !values.output && !values.html) {
      // One large profile at a time: head is totalled (the sample type is
      // head's, as pprof's) and let go before base is decoded, which keeps
      // peak memory near that of one profile.
      const side = await totalHead(headPath, basePath, values['sample-type'], opts)
      const base = await totalBase(basePath, side, opts)
      if (base) {
        const comparison = combineTotals(side.names, base.totals, side.totals, side.kind.sampleTypes[side.sampleIndex], side.sampleIndex)
        const stacks = side.stacks && diffStacks(base.stacks!, side.stacks)
        report = { comparison, stacks, top, basePath, headPath, normalized: false }
      }
    }
    if (!report) ({ report, diff, html } = await compareWhole(basePath, headPath, whole, opts))
    if (diff) await writeFile(values.output!, diff)
    if (html !== undefined) await writeFile(values.html!, html)
    if (format === 'json') writeCompareJson(report, io.stdout)
    else io.stdout(format === 'markdown' ? renderCompareMarkdown(report) : renderCompareText(report))
    return 0
  } catch (e) {
    if (e instanceof ProfileError) throw new UsageError(e.message)
    throw e
  }
}
