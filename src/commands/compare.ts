/**
 * `pprof-gate compare BASE HEAD`: what changed between two profiles, per
 * function (and per stack for goroutine profiles).
 */
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import {
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  ProfileError,
  compareProfiles,
  checkCompatible,
  encodeDiffProfile,
  normalizeRatios,
  sampleTypeIndex,
  stackDeltas,
  totalsOf
} from '../pprof/index.js'
import { renderCompareMarkdown, renderCompareText, writeCompareJson } from '../report/compare.js'
import type { CompareReport } from '../report/compare.js'
import type { CommandIO } from './io.js'
import { UsageError } from './io.js'
import { readProfile } from '../harness/read-profile.js'
import { parseByteSize, parseFormat, parseCount } from '../options.js'

export const COMPARE_USAGE = `Usage: pprof-gate compare BASE HEAD [options]

Compares two pprof profiles (gzipped or raw protobuf) per function, like
go tool pprof -top -diff_base=BASE HEAD.

Options:
  --sample-type NAME      sample type to compare (default: the profile's default, else the last)
  --top N                 functions to list (default 20; 0 lists all)
  --normalize             scale head to the base total first, as pprof -normalize does
  --format FORMAT         text (default), markdown or json
  --output FILE           also write the diff as a profile (go tool pprof -top FILE)
  --max-profile-bytes N   cap on a profile's decompressed size (default 1GiB)
  --debug                 print stack traces for unexpected errors
`

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
      'max-profile-bytes': { type: 'string' },
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
  const opts = { maxDecompressedBytes }

  const base = await readProfile(basePath, 'base', opts)
  let head = await readProfile(headPath, 'head', opts)
  try {
    checkCompatible(base, head)
    // Validate the sample type before a second pass over head.
    sampleTypeIndex(head, values['sample-type'])
    if (values.normalize) {
      // pprof scales every sample of head by base total / head total and
      // rounds each one, so the totals must be known before head is folded.
      const scale = normalizeRatios(totalsOf(base), totalsOf(head))
      head = await readProfile(headPath, 'head', { ...opts, scale })
    }
    const comparison = compareProfiles(base, head, { sampleType: values['sample-type'] })
    const isGoroutine = comparison.sampleType.type === 'goroutine'
    const report: CompareReport = {
      comparison,
      stacks: isGoroutine ? stackDeltas(base, head, comparison.sampleIndex) : undefined,
      top,
      basePath,
      headPath,
      normalized: values.normalize!
    }
    if (values.output) await writeFile(values.output, encodeDiffProfile(base, head))
    if (format === 'json') writeCompareJson(report, io.stdout)
    else io.stdout(format === 'markdown' ? renderCompareMarkdown(report) : renderCompareText(report))
    return 0
  } catch (e) {
    if (e instanceof ProfileError) throw new UsageError(e.message)
    throw e
  }
}
