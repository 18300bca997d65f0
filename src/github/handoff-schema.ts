/**
 * Checks a handoff file (written by mode: measure, read by mode: report)
 * and turns it into a RunReport. The file comes from an artifact that the
 * pull request's code could have written, so it is data and nothing more:
 * every field is type- and size-checked, anything unexpected rejects the
 * file, and free text is reduced to characters that cannot form markdown,
 * HTML, links or mentions. Names (functions, stacks) need no such care: the
 * report renders them as code spans (report/escape.ts).
 */
import type { Check, CpuFigures, GrowthFigures, Grower, KnownOutcome, Reason } from '../gate/index.js'
import type { RunReport, SideLoad } from '../report/run.js'
import { plain } from '../report/escape.js'
import { FLAME_FILES } from '../report/flamegraph-run.js'
import { isStickyKey } from './marker.js'

export class HandoffError extends Error {
  override name = 'HandoffError'
}

export interface Handoff {
  key: string
  report: RunReport
}

type Json = Record<string, unknown>

class Reader {
  constructor(private readonly where: string) {}

  fail(path: string, what: string): never {
    throw new HandoffError(`${this.where}: ${path} ${what}`)
  }
  obj(v: unknown, path: string): Json {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.fail(path, 'must be an object')
    return v as Json
  }
  arr(v: unknown, path: string, max: number): unknown[] {
    if (!Array.isArray(v)) this.fail(path, 'must be an array')
    if (v.length > max) this.fail(path, `has ${v.length} entries, more than ${max}`)
    return v
  }
  str(v: unknown, path: string, max: number): string {
    if (typeof v !== 'string') this.fail(path, 'must be a string')
    if (v.length > max) this.fail(path, `is longer than ${max} characters`)
    return v
  }
  /** A finite number; null (how JSON writes NaN and infinities) when nullable. */
  num(v: unknown, path: string, nullable = false): number {
    if (v === null && nullable) return NaN
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(path, nullable ? 'must be a number or null' : 'must be a number')
    return v
  }
  count(v: unknown, path: string): number {
    const n = this.num(v, path)
    if (!Number.isSafeInteger(n) || n < 0) this.fail(path, 'must be a whole number')
    return n
  }
  oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): T {
    if (!(allowed as readonly unknown[]).includes(v)) this.fail(path, `must be one of ${allowed.join(', ')}`)
    return v as T
  }
}

/**
 * Free text (summaries, thresholds, warnings) as the gate writes it: words,
 * numbers and a little punctuation. Anything else becomes '?', and the shapes
 * GitHub links without markup are broken up: www. and scheme://, GH-123 and
 * a repository's own autolinks (ABC-12: letters, a hyphen, digits), and
 * commit hashes (7 or more hex digits, letters and digits among them, cut
 * every 6; a plain number or word is left alone).
 */
export function inertProse(text: string, max = 300): string {
  return plain(text, max)
    .replace(/[^\p{L}\p{N} +\-.,%()'’≤≥>=∞:;/µ±~]/gu, '?')
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}?`)
    .replace(/:\/\//g, ':?/')
    .replace(/(?<=\p{L})-(?=\p{N})/gu, '?')
    .replace(/(?<![\p{L}\p{N}])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{7,}(?![\p{L}\p{N}])/giu, (hex) => hex.match(/.{1,6}/g)!.join('?'))
}

const NAME_MAX = 10_000
const CHECK_IDS = ['goroutines', 'heap', 'cpu'] as const
const UNITS = ['goroutines', 'bytes', 'ns/request'] as const

export function parseHandoff(value: unknown, where: string): Handoff {
  const r = new Reader(where)
  const root = r.obj(value, 'the file')
  if (root.kind !== 'pprof-gate-handoff' || root.schemaVersion !== 1) r.fail('the file', "is not a pprof-gate handoff (kind 'pprof-gate-handoff', schemaVersion 1)")
  if (!isStickyKey(root.key)) r.fail('key', 'must be 16 hexadecimal digits')
  const rep = r.obj(root.report, 'report')
  if (rep.schemaVersion !== 1) r.fail('report.schemaVersion', 'must be 1')
  const verdict = r.oneOf(rep.verdict, 'report.verdict', ['pass', 'fail', 'inconclusive'] as const)
  const seen = new Set<string>()
  const checks = r.arr(rep.checks, 'report.checks', 3).map((c, i) => {
    const check = readCheck(r, r.obj(c, `report.checks[${i}]`), `report.checks[${i}]`)
    if (seen.has(check.id)) r.fail(`report.checks[${i}].id`, `repeats ${check.id}`)
    seen.add(check.id)
    return check
  })
  const known = rep.known === undefined ? [] : r.arr(rep.known, 'report.known', 100).map((k, i) => readKnown(r, r.obj(k, `report.known[${i}]`), `report.known[${i}]`))
  if (rep.unchanged !== undefined && typeof rep.unchanged !== 'boolean') r.fail('report.unchanged', 'must be true or false')
  const sha = rep.unchanged === true ? r.str(rep.binarySha256, 'report.binarySha256', 64) : ''
  if (rep.unchanged === true && !/^[0-9a-f]{64}$/.test(sha)) r.fail('report.binarySha256', 'must be 64 hexadecimal digits')
  if ((verdict === 'fail') !== checks.some((c) => c.status === 'fail')) r.fail('report.verdict', 'does not agree with the checks')
  if (verdict === 'inconclusive' && !checks.some((c) => c.status === 'inconclusive')) r.fail('report.verdict', 'does not agree with the checks')
  const load = r.obj(rep.load, 'report.load')
  const side = (s: 'base' | 'head'): SideLoad => {
    const o = r.obj(load[s], `report.load.${s}`)
    return {
      requests: o.requests === null ? null : r.count(o.requests, `report.load.${s}.requests`),
      errors: r.count(o.errors, `report.load.${s}.errors`),
      non2xx: r.count(o.non2xx, `report.load.${s}.non2xx`),
      trials: r.count(o.trials, `report.load.${s}.trials`)
    }
  }
  return {
    key: root.key as string,
    report: {
      verdict: { verdict, checks, ...(known.length ? { known } : {}) },
      ...(rep.unchanged === true ? { unchanged: { sha256: sha } } : {}),
      load: { base: side('base'), head: side('head') },
      outDir: '(the measure job’s run directory)',
      // The artifact's own folder names are not trusted; these are the names the measure job writes.
      example: { base: 'base-1', head: 'head-1', lastRound: 2, cpuBase: 'base-cpu-1', cpuHead: 'head-cpu-1' },
      isolation: rep.isolation === null || rep.isolation === undefined ? null : inertProse(r.str(rep.isolation, 'report.isolation', 300)),
      goVersion: inertProse(r.str(rep.goVersion, 'report.goVersion', 100), 100),
      warnings: r.arr(rep.warnings, 'report.warnings', 50).map((w, i) => inertProse(r.str(w, `report.warnings[${i}]`, 2000))),
      // Only the names the measure job writes, never text from the artifact.
      flameGraphs: Object.values(FLAME_FILES).filter((f) => Array.isArray(rep.flameGraphs) && rep.flameGraphs.includes(f))
    }
  }
}

function readCheck(r: Reader, o: Json, at: string): Check {
  const trials = r.obj(o.trials, `${at}.trials`)
  const series = (s: 'base' | 'head') => r.arr(trials[s], `${at}.trials.${s}`, 1000).map((v, i) => r.num(v, `${at}.trials.${s}[${i}]`, true))
  let perRequest: Check['perRequest'] = null
  if (o.perRequest !== null && o.perRequest !== undefined) {
    const p = r.obj(o.perRequest, `${at}.perRequest`)
    perRequest = {
      base: r.num(p.base, `${at}.perRequest.base`, true),
      head: r.num(p.head, `${at}.perRequest.head`, true),
      delta: r.num(p.delta, `${at}.perRequest.delta`, true),
      unit: inertProse(r.str(p.unit, `${at}.perRequest.unit`, 40), 40)
    }
  }
  const check: Check = {
    id: r.oneOf(o.id, `${at}.id`, CHECK_IDS),
    status: r.oneOf(o.status, `${at}.status`, ['pass', 'fail', 'inconclusive', 'skipped'] as const),
    reason: r.oneOf(o.reason, `${at}.reason`, REASONS),
    unit: r.oneOf(o.unit, `${at}.unit`, UNITS),
    base: r.num(o.base, `${at}.base`, true),
    head: r.num(o.head, `${at}.head`, true),
    delta: r.num(o.delta, `${at}.delta`, true),
    trials: { base: series('base'), head: series('head') },
    perRequest,
    figures: o.figures === null || o.figures === undefined ? null : readFigures(r, r.obj(o.figures, `${at}.figures`), `${at}.figures`),
    top: r.arr(o.top, `${at}.top`, 100).map((g, i) => readGrower(r, r.obj(g, `${at}.top[${i}]`), `${at}.top[${i}]`))
  }
  if (o.p !== null && o.p !== undefined) check.p = r.num(o.p, `${at}.p`)
  return check
}

/**
 * A known-leak outcome. Its pattern, reason and place come from the pull
 * request's config file: they are reduced to inert prose like the rest.
 */
function readKnown(r: Reader, o: Json, at: string): KnownOutcome {
  const until = o.until === null ? null : r.str(o.until, `${at}.until`, 10)
  if (until !== null && !/^\d{4}-\d{2}-\d{2}$/.test(until)) r.fail(`${at}.until`, 'must be a date (YYYY-MM-DD) or null')
  if (typeof o.expired !== 'boolean') r.fail(`${at}.expired`, 'must be true or false')
  return {
    entry: {
      kind: r.oneOf(o.kind, `${at}.kind`, ['goroutine', 'heap'] as const),
      pattern: inertProse(r.str(o.pattern, `${at}.pattern`, 1000), 200),
      reason: inertProse(r.str(o.reason, `${at}.reason`, 1000), 200),
      until,
      where: inertProse(r.str(o.where, `${at}.where`, 1000), 200)
    },
    check: r.oneOf(o.check, `${at}.check`, ['goroutines', 'heap'] as const),
    status: r.oneOf(o.status, `${at}.status`, ['accepted', 'expired', 'stale'] as const),
    expired: o.expired,
    unit: r.oneOf(o.unit, `${at}.unit`, UNITS),
    base: r.num(o.base, `${at}.base`, true),
    head: r.num(o.head, `${at}.head`, true),
    delta: r.num(o.delta, `${at}.delta`, true),
    top: r.arr(o.top, `${at}.top`, 100).map((g, i) => readGrower(r, r.obj(g, `${at}.top[${i}]`), `${at}.top[${i}]`))
  }
}

const REASONS: readonly Reason[] = ['grows', 'below', 'bounded', 'base-too', 'slower', 'hot-spot', 'within', 'undecided', 'no-requests', 'no-trials', 'no-profile']

/** The figures behind a check's words: numbers only, so the words are ours, not the artifact's. */
function readFigures(r: Reader, o: Json, at: string): GrowthFigures | CpuFigures {
  const nums = (v: unknown, path: string, max: number) => r.arr(v, path, max).map((x, i) => r.num(x, `${path}[${i}]`, true))
  const pair = (v: unknown, path: string) => {
    if (v === null || v === undefined) return null
    const p = r.obj(v, path)
    return { base: r.num(p.base, `${path}.base`, true), head: r.num(p.head, `${path}.head`, true) }
  }
  const kind = r.oneOf(o.kind, `${at}.kind`, ['growth', 'cpu'] as const)
  if (kind === 'growth') {
    const rounds = r.obj(o.rounds, `${at}.rounds`)
    const side = (s: 'base' | 'head') => r.arr(rounds[s], `${at}.rounds.${s}`, 100).map((t, i) => nums(t, `${at}.rounds.${s}[${i}]`, 100))
    return {
      kind,
      rounds: { base: side('base'), head: side('head') },
      requestsPerRound: o.requestsPerRound === null ? null : r.num(o.requestsPerRound, `${at}.requestsPerRound`),
      persistent: pair(o.persistent, `${at}.persistent`) ?? r.fail(`${at}.persistent`, 'must be an object'),
      headRounds: nums(o.headRounds, `${at}.headRounds`, 100),
      threshold: r.num(o.threshold, `${at}.threshold`),
      unsettled: r.count(o.unsettled, `${at}.unsettled`),
      memProfileRate: o.memProfileRate === null ? null : r.num(o.memProfileRate, `${at}.memProfileRate`)
    }
  }
  return {
    kind,
    pairs: r.count(o.pairs, `${at}.pairs`),
    ratio: r.num(o.ratio, `${at}.ratio`, true),
    low: r.num(o.low, `${at}.low`, true),
    high: r.num(o.high, `${at}.high`, true),
    detectable: r.num(o.detectable, `${at}.detectable`, true),
    pairRatios: nums(o.pairRatios, `${at}.pairRatios`, 1000),
    thresholdPercent: r.num(o.thresholdPercent, `${at}.thresholdPercent`),
    alpha: r.num(o.alpha, `${at}.alpha`),
    source: r.oneOf(o.source, `${at}.source`, ['kernel', 'profile'] as const),
    idleShare: pair(o.idleShare, `${at}.idleShare`),
    gcShare: pair(o.gcShare, `${at}.gcShare`),
    discarded: r.count(o.discarded, `${at}.discarded`)
  }
}

function readGrower(r: Reader, o: Json, at: string): Grower {
  return {
    name: r.str(o.name, `${at}.name`, NAME_MAX),
    site: r.str(o.site, `${at}.site`, NAME_MAX),
    frames: r.arr(o.frames, `${at}.frames`, 200).map((f, i) => r.str(f, `${at}.frames[${i}]`, NAME_MAX)),
    line: o.line === undefined ? '' : r.str(o.line, `${at}.line`, NAME_MAX),
    base: r.num(o.base, `${at}.base`),
    head: r.num(o.head, `${at}.head`),
    delta: r.num(o.delta, `${at}.delta`),
    ...(o.rounds === undefined ? {} : { rounds: r.arr(o.rounds, `${at}.rounds`, 100).map((v, i) => r.num(v, `${at}.rounds[${i}]`)) }),
    ...optionalNumbers(r, o, at, ['share', 'ratio', 'low', 'high']),
    ...(o.status === undefined ? {} : { status: r.oneOf(o.status, `${at}.status`, ['pass', 'fail', 'inconclusive', 'skipped'] as const) })
  }
}

function optionalNumbers(r: Reader, o: Json, at: string, keys: ('share' | 'ratio' | 'low' | 'high')[]): Partial<Grower> {
  const out: Partial<Grower> = {}
  for (const k of keys) if (o[k] !== undefined) out[k] = r.num(o[k], `${at}.${k}`, true)
  return out
}
