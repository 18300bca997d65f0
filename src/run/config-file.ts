/**
 * `.pprof-gate.yml`: defaults and a list of services, so that `pprof-gate run
 * --service NAME` locally does what a CI leg does. The file is checked in full
 * before anything runs; every error is one line naming file:line:column.
 *
 * A service's settings become the `run` flags they stand for, placed before
 * the user's own flags: parseRunArgs then builds the RunConfig exactly as it
 * does from flags, and a flag given on the command line replaces the file's
 * (env and ignore add to it instead, the command line winning per name).
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Node as YamlNode, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml'
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { KnownLeak } from '../config.js'
import { checkPprofUrl, parseByteSize, parseCount, parseFraction, parsePositiveNumber, splitWords, UsageError } from '../options.js'

export const CONFIG_FILE_NAME = '.pprof-gate.yml'
const MAX_CONFIG_BYTES = 1024 * 1024

/** A service's settings as flags, with what the gate needs that has no flag. */
export interface ServiceSettings {
  name: string
  /** The service's directory, relative to the working directory ('.' for itself). */
  dir: string
  flags: string[]
  known: KnownLeak[]
}

export interface ConfigFile {
  /** The file as the user would name it (relative to the working directory when inside it). */
  file: string
  root: string
  services: ServiceSettings[]
}

type Kind = 'count' | 'number' | 'fraction' | 'size' | 'string' | 'path' | 'url' | 'bool' | 'words' | 'list' | 'env' | 'ignore'

/** Keys of a service (and of defaults, but name and dir) and the flag each one stands for. */
const SETTINGS: Record<string, { flag: string; kind: Kind; min?: number }> = {
  package: { flag: 'package', kind: 'string' },
  'build-args': { flag: 'build-arg', kind: 'words' },
  args: { flag: 'args', kind: 'words' },
  env: { flag: 'env', kind: 'env' },
  'ready-path': { flag: 'ready-path', kind: 'string' },
  'ready-timeout': { flag: 'ready-timeout', kind: 'number' },
  'pprof-url': { flag: 'pprof-url', kind: 'url' },
  targets: { flag: 'target', kind: 'list' },
  'targets-file': { flag: 'targets', kind: 'path' },
  requests: { flag: 'requests', kind: 'count', min: 1 },
  duration: { flag: 'duration', kind: 'number' },
  concurrency: { flag: 'concurrency', kind: 'count', min: 1 },
  rate: { flag: 'rate', kind: 'number' },
  warmup: { flag: 'warmup', kind: 'count', min: 1 },
  'load-command': { flag: 'load-command', kind: 'string' },
  'load-command-requests': { flag: 'load-command-requests', kind: 'count', min: 1 },
  trials: { flag: 'trials', kind: 'count' },
  rounds: { flag: 'rounds', kind: 'count', min: 2 },
  'mem-profile-rate': { flag: 'mem-profile-rate', kind: 'count' },
  'cpu-pairs': { flag: 'cpu-pairs', kind: 'count' },
  'max-cpu-pairs': { flag: 'max-cpu-pairs', kind: 'count', min: 1 },
  'cpu-seconds': { flag: 'cpu-seconds', kind: 'number' },
  'fail-on-inconclusive': { flag: 'fail-on-inconclusive', kind: 'bool' },
  goroutineleak: { flag: 'goroutineleak', kind: 'bool' },
  'measure-unchanged': { flag: 'measure-unchanged', kind: 'bool' },
  ignore: { flag: 'ignore', kind: 'ignore' }
}

const THRESHOLDS: Record<string, { flag: string; kind: Kind; min?: number }> = {
  goroutines: { flag: 'max-goroutines', kind: 'count' },
  'heap-growth': { flag: 'max-heap-growth', kind: 'size' },
  'cpu-percent': { flag: 'max-cpu-percent', kind: 'number' },
  'cpu-alpha': { flag: 'cpu-alpha', kind: 'fraction' },
  'hot-spot-share': { flag: 'hot-spot-share', kind: 'number' },
  'hot-spot-percent': { flag: 'max-hot-spot-percent', kind: 'number' }
}

const DEFAULTS_KEYS = [...Object.keys(SETTINGS), 'thresholds', 'known']
const SERVICE_KEYS = ['name', 'dir', ...DEFAULTS_KEYS]
const KNOWN_KEYS = ['goroutine', 'heap', 'reason', 'until']
/** Flags that add to the file's values instead of replacing them. */
const ADDITIVE_FLAGS = new Set(['env', 'ignore-top', 'ignore-any'])
/** Service names end up in matrix values, artifact names and file names. */
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

/** Reads and checks the whole file; the first problem is thrown as a UsageError naming file:line:column. */
export function loadConfigFile(file: string, cwd = process.cwd()): ConfigFile {
  const abs = path.resolve(cwd, file)
  const shown = shownPath(abs, cwd)
  let size: number
  try {
    size = statSync(abs).size
  } catch {
    throw new UsageError(`config file ${shown} not found; create it at the repository root or name it with --config FILE`)
  }
  if (size > MAX_CONFIG_BYTES) throw new UsageError(`config file ${shown} is ${size} bytes; more than the ${MAX_CONFIG_BYTES} a config file may have`)
  const text = readFileSync(abs, 'utf8')
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number | undefined) => {
    const p = lines.linePos(offset ?? 0)
    return `${shown}:${p.line}:${p.col}`
  }
  if (doc.errors.length > 0) {
    const e = doc.errors[0]
    throw new UsageError(`${e.message.split('\n')[0]} at ${at(e.pos[0])}; the file is not valid YAML`)
  }
  const root = path.dirname(abs)
  const check = new Checker(at, root, cwd)
  return { file: shown, root, services: check.file(doc.contents) }
}

/** The config file of the repository that holds `cwd`: its top level's `.pprof-gate.yml`. */
export function findConfigFile(cwd = process.cwd()): string {
  let dir = path.resolve(cwd)
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return path.join(dir, CONFIG_FILE_NAME)
    const up = path.dirname(dir)
    if (up === dir) return path.join(path.resolve(cwd), CONFIG_FILE_NAME)
    dir = up
  }
}

/** The service named `name`, or an error that lists the names there are. */
export function pickService(config: ConfigFile, name: string): ServiceSettings {
  const s = config.services.find((x) => x.name === name)
  if (!s) throw new UsageError(`no service ${JSON.stringify(name)} in ${config.file}; its services are: ${config.services.map((x) => x.name).join(', ')}`)
  return s
}

/**
 * `run` arguments with `--service NAME [--config FILE]` replaced by that
 * service's flags; null when no service is asked for (the arguments stand
 * as they are).
 */
export function serviceRunArgs(argv: string[], cwd = process.cwd()): { argv: string[]; configFile: string; service: ServiceSettings } | null {
  const { tokens } = parseArgs({ args: argv, options: TOKEN_OPTIONS, strict: false, allowPositionals: true, tokens: true })
  const drop = new Set<number>()
  const given = new Set<string>()
  let serviceName: string | undefined
  let configPath: string | undefined
  for (const t of tokens) {
    if (t.kind !== 'option') continue
    if (t.name === 'service' || t.name === 'config') {
      if (t.value === undefined) throw new UsageError(`--${t.name} needs a value (see pprof-gate run --help)`)
      if (t.name === 'service') serviceName = t.value
      else configPath = t.value
      drop.add(t.index)
      if (!t.inlineValue) drop.add(t.index + 1)
    } else given.add(t.name)
  }
  if (serviceName === undefined) {
    if (configPath !== undefined) throw new UsageError('--config names the file that --service NAME reads; give --service too')
    return null
  }
  const config = loadConfigFile(configPath ?? findConfigFile(cwd), cwd)
  const service = pickService(config, serviceName)
  const fileFlags: string[] = []
  for (const f of service.flags) {
    const name = f.slice(2).replace(/=.*$/s, '')
    if (!given.has(name) || ADDITIVE_FLAGS.has(name)) fileFlags.push(f)
  }
  return { argv: [...fileFlags, ...argv.filter((_, i) => !drop.has(i))], configFile: config.file, service }
}

/** `run --all`: per service, its `run` arguments given the root run directory. */
export interface AllServicesRun {
  configFile: string
  outRoot: string | undefined
  services: ((root: string) => string[])[]
}

/**
 * `run --all`: the arguments of each service's run (as `--service NAME`,
 * its run directory `--out ROOT/NAME`); null when --all is not given.
 */
export function allServicesRunArgs(argv: string[], cwd = process.cwd()): AllServicesRun | null {
  const { tokens } = parseArgs({ args: argv, options: TOKEN_OPTIONS, strict: false, allowPositionals: true, tokens: true })
  const drop = new Set<number>()
  let all = false
  let outRoot: string | undefined
  let configPath: string | undefined
  let baseRoot: string | undefined
  let service = false
  for (const t of tokens) {
    if (t.kind !== 'option') continue
    if (t.name === 'all') {
      if (t.value !== undefined) throw new UsageError('--all takes no value')
      all = true
      drop.add(t.index)
    } else if (t.name === 'help' || t.name === 'h') return null // run's own parsing prints the usage
    else if (t.name === 'service') service = true
    else if (t.name === 'out' || t.name === 'config' || t.name === 'base-dir') {
      if (t.value === undefined) throw new UsageError(`--${t.name} needs a value (see pprof-gate run --help)`)
      if (t.name === 'config') configPath = t.value
      else {
        if (t.name === 'out') outRoot = t.value
        else baseRoot = t.value
        drop.add(t.index)
        if (!t.inlineValue) drop.add(t.index + 1)
      }
    }
  }
  if (!all) return null
  if (service) throw new UsageError('give either --service NAME or --all, not both')
  const config = loadConfigFile(configPath ?? findConfigFile(cwd), cwd)
  const rest = argv.filter((_, i) => !drop.has(i))
  // --base-dir is the base's checkout of the repository: each service's base is its dir in there, as --base-ref finds it.
  const base = (s: ServiceSettings) => (baseRoot === undefined ? [] : [`--base-dir=${path.join(baseRoot, path.relative(config.root, path.resolve(cwd, s.dir)))}`])
  return {
    configFile: config.file,
    outRoot,
    services: config.services.map((s) => (root: string) => [...rest, ...base(s), `--service=${s.name}`, `--out=${path.join(root, s.name)}`])
  }
}

/** Value-taking `run` options, so that tokens read `--args --x` as one option with its value. */
const TOKEN_OPTIONS = Object.fromEntries(
  ['service', 'config', 'base-ref', 'base-dir', 'head-dir', 'out', 'format', 'targets', ...[...Object.values(SETTINGS), ...Object.values(THRESHOLDS)].filter((s) => s.kind !== 'bool').map((s) => s.flag)].map((n) => [
    n,
    { type: 'string' as const }
  ])
)

function shownPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs)
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs
}

type At = (offset: number | undefined) => string

/** Walks the document; each method throws at the first problem. */
class Checker {
  constructor(
    private readonly at: At,
    private readonly root: string,
    private readonly cwd: string
  ) {}

  private fail(node: YamlNode | Pair | null | undefined, message: string, hint = ''): never {
    const offset = node && 'range' in node && node.range ? node.range[0] : node && 'key' in node && isScalar(node.key) ? node.key.range?.[0] : undefined
    throw new UsageError(`${message} at ${this.at(offset)}${hint ? `; ${hint}` : ''}`)
  }

  private node(n: unknown): YamlNode | null {
    let cur = n as YamlNode | null
    for (let i = 0; i < 100 && cur && isAlias(cur); i++) cur = (cur as unknown as { source: YamlNode }).source ?? null
    return cur
  }

  /** The pairs of a map, each key checked against `keys`. */
  private map(n: unknown, what: string, keys: string[], where: YamlNode | Pair | null): Map<string, { pair: Pair; value: YamlNode | null }> {
    const node = this.node(n)
    if (!isMap(node)) this.fail(node ?? where, `${what} must be a map of keys`)
    const out = new Map<string, { pair: Pair; value: YamlNode | null }>()
    for (const pair of (node as YAMLMap).items) {
      const key = this.node(pair.key)
      const name = isScalar(key) ? String((key as Scalar).value) : null
      if (name === null) this.fail(key ?? node, `${what} has a key that is not a plain name`)
      if (!keys.includes(name)) {
        const near = nearest(name, keys)
        this.fail(key, `unknown key '${name}'`, near ? `did you mean '${near}'?` : `${what} takes ${keys.join(', ')}`)
      }
      out.set(name, { pair, value: this.node(pair.value) })
    }
    return out
  }

  file(contents: unknown): ServiceSettings[] {
    const node = this.node(contents)
    if (node === null || (isScalar(node) && node.value === null)) this.fail(null, 'the config file is empty', 'it needs a services: list')
    const top = this.map(node, 'the config file', ['defaults', 'services'], node)
    const services = top.get('services')
    if (!services) this.fail(node, "no 'services:' list", 'list each service with at least its name and dir')
    const seq = services.value
    if (seq === null || (isScalar(seq) && seq.value === null) || (isSeq(seq) && (seq as YAMLSeq).items.length === 0)) {
      this.fail(services.pair, "'services' is empty", 'list each service with at least its name and dir')
    }
    if (!isSeq(seq)) this.fail(seq, "'services' must be a list of services")
    const defaults = top.get('defaults')
    const base = defaults ? this.settings(this.map(defaults.value, "'defaults'", DEFAULTS_KEYS, defaults.pair)) : null
    const seen = new Map<string, string>()
    return (seq as YAMLSeq).items.map((item, i) => {
      const itemNode = this.node(item)
      const keys = this.map(itemNode, `services[${i}]`, SERVICE_KEYS, itemNode)
      const name = this.requiredString(keys, 'name', itemNode, `services[${i}]`)
      if (!NAME_RE.test(name.text)) this.fail(name.node, `service name ${JSON.stringify(name.text)} is not a plain name`, 'use letters, digits, ., _ and - (at most 64)')
      const first = seen.get(name.text)
      if (first) this.fail(name.node, `service name '${name.text}' is used twice (first at ${first})`, 'give each service its own name')
      seen.set(name.text, this.at(name.node.range?.[0]))
      const dirValue = this.requiredString(keys, 'dir', itemNode, `service '${name.text}'`)
      const dir = this.dir(dirValue.text, dirValue.node)
      const own = this.settings(keys)
      const merged = mergeSettings(base, own)
      return { name: name.text, dir: shownPath(dir, this.cwd) || '.', flags: [`--head-dir=${path.relative(this.cwd, dir) || '.'}`, ...toFlags(merged)], known: [...(base?.known ?? []), ...own.known] }
    })
  }

  private requiredString(keys: Map<string, { pair: Pair; value: YamlNode | null }>, key: string, where: YamlNode | null, what: string): { text: string; node: YamlNode } {
    const entry = keys.get(key)
    if (!entry) this.fail(where, `${what} has no '${key}'`)
    const v = entry.value
    if (!isScalar(v) || typeof v.value !== 'string' || v.value.trim() === '') this.fail(v ?? entry.pair, `'${key}' must be a non-empty string`)
    return { text: (v.value as string).trim(), node: v }
  }

  /** The service's directory: inside the repository (the config file's directory), and there. */
  private dir(value: string, node: YamlNode): string {
    const abs = path.resolve(this.root, value)
    const inside = (p: string, root: string) => {
      const rel = path.relative(root, p)
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
    }
    if (path.isAbsolute(value) || !inside(abs, this.root)) this.fail(node, `dir ${JSON.stringify(value)} is outside the repository (${this.root})`, 'give a path relative to the repository root')
    let real: string
    try {
      real = realpathSync(abs)
    } catch {
      this.fail(node, `dir ${JSON.stringify(value)} does not exist (${abs})`)
    }
    if (!inside(real, realpathSync(this.root))) this.fail(node, `dir ${JSON.stringify(value)} leads outside the repository (to ${real})`, 'give a path inside the repository')
    if (!statSync(real).isDirectory()) this.fail(node, `dir ${JSON.stringify(value)} is not a directory`)
    return abs
  }

  /** Checked values, by key; targets-file is relative to the repository root. */
  private settings(keys: Map<string, { pair: Pair; value: YamlNode | null }>): Settings {
    const s: Settings = { values: new Map(), thresholds: new Map(), known: [] }
    for (const [key, { pair, value }] of keys) {
      if (key === 'name' || key === 'dir') continue
      if (key === 'thresholds') {
        for (const [tk, t] of this.map(value, "'thresholds'", Object.keys(THRESHOLDS), pair)) s.thresholds.set(tk, this.value(tk, THRESHOLDS[tk].kind, t.value, t.pair, THRESHOLDS[tk].min))
      } else if (key === 'known') s.known = this.known(value, pair)
      else {
        const v = this.value(key, SETTINGS[key].kind, value, pair, SETTINGS[key].min)
        s.values.set(key, key === 'targets-file' ? path.relative(this.cwd, path.resolve(this.root, v as string)) : v)
      }
    }
    return s
  }

  private scalarText(key: string, node: YamlNode | null, pair: Pair, what: string): string {
    if (!isScalar(node) || node.value === null || typeof node.value === 'object') this.fail(node ?? pair, `'${key}' must be ${what}`)
    return String(node.value)
  }

  private value(key: string, kind: Kind, node: YamlNode | null, pair: Pair, min = 0): Value {
    const checked = <T>(f: () => T): T => {
      try {
        return f()
      } catch (e) {
        if (e instanceof UsageError) this.fail(node ?? pair, e.message)
        throw e
      }
    }
    const q = `'${key}'`
    switch (kind) {
      case 'count': {
        const n = checked(() => parseCount(this.scalarText(key, node, pair, 'a whole number'), q))
        if (n < min) this.fail(node, `${q} must be at least ${min}; got ${n}`)
        return String(n)
      }
      case 'number':
        return String(checked(() => parsePositiveNumber(this.scalarText(key, node, pair, 'a positive number').replace(/s$/, ''), q)))
      case 'fraction': {
        const n = checked(() => parseFraction(this.scalarText(key, node, pair, 'a fraction'), q))
        if (n <= 0) this.fail(node, `${q} must be between 0 and 1; got ${n}`)
        return String(n)
      }
      case 'size':
        return String(checked(() => parseByteSize(this.scalarText(key, node, pair, 'a size such as 64MiB'), q)))
      case 'url':
        return checked(() => checkPprofUrl(this.scalarText(key, node, pair, 'a URL'), q))
      case 'string':
      case 'path': {
        if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') this.fail(node ?? pair, `${q} must be a non-empty string`)
        return node.value as string
      }
      case 'bool':
        if (!isScalar(node) || typeof node.value !== 'boolean') this.fail(node ?? pair, `${q} must be true or false`)
        return node.value as boolean
      case 'words':
        if (isScalar(node) && typeof node.value === 'string') return checked(() => splitWords(node.value as string, q))
        return this.strings(key, node, pair, 'a string or a list of strings')
      case 'list':
        return this.strings(key, node, pair, 'a list of strings')
      case 'env': {
        const env: string[] = []
        if (!isMap(node)) this.fail(node ?? pair, `${q} must be a map of NAME: value`)
        for (const p of (node as YAMLMap).items) {
          const k = this.node(p.key)
          const v = this.node(p.value)
          if (!isScalar(k) || typeof k.value !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k.value)) this.fail(k ?? node, `${q}: ${JSON.stringify(isScalar(k) ? k.value : null)} is not an environment variable name`)
          if (!isScalar(v) || v.value === null || typeof v.value === 'object') this.fail(v && !(isScalar(v) && v.value === null) ? v : k, `${q}: ${k.value as string} must have a string, number or boolean value`)
          env.push(`${k.value as string}=${String(v.value)}`)
        }
        return env
      }
      case 'ignore':
        return this.strings(key, node, pair, "a list of 'top: PATTERN' or 'any: PATTERN'").map((l, i) => {
          const m = /^(top|any)\s*:\s*(\S.*)$/.exec(l)
          if (!m) this.fail((node as YAMLSeq).items[i] as YamlNode, `${q}: each entry must be 'top: PATTERN' or 'any: PATTERN'; got ${JSON.stringify(l)}`)
          return `${m[1]}:${m[2].trim()}`
        })
    }
  }

  private strings(key: string, n: YamlNode | null, pair: Pair, what: string): string[] {
    if (!isSeq(n)) this.fail(n ?? pair, `'${key}' must be ${what}`)
    return (n as YAMLSeq).items.map((item) => {
      const v = this.node(item)
      if (!isScalar(v) || typeof v.value !== 'string' || v.value === '') this.fail(v ?? n, `'${key}' must be ${what}; this entry is not a non-empty string`)
      return v.value as string
    })
  }

  private known(n: YamlNode | null, pair: Pair): KnownLeak[] {
    if (!isSeq(n)) this.fail(n ?? pair, "'known' must be a list of {goroutine: PATTERN | heap: PATTERN, reason, until}")
    return (n as YAMLSeq).items.map((item, i) => {
      const node = this.node(item)
      const keys = this.map(node, `known[${i}]`, KNOWN_KEYS, node)
      const g = keys.get('goroutine')
      const h = keys.get('heap')
      if (!g === !h) this.fail(node, `known[${i}] must name exactly one of 'goroutine' (the creating function) or 'heap' (the allocation site)`)
      const which = g ? 'goroutine' : 'heap'
      const pattern = this.value(which, 'string', (g ?? h)!.value, (g ?? h)!.pair) as string
      const reason = keys.get('reason')
      if (!reason) this.fail(node, `known[${i}] has no 'reason'`, 'say why the leak is accepted for now (an issue, a fix in flight)')
      const reasonText = this.value('reason', 'string', reason.value, reason.pair) as string
      const until = keys.get('until')
      let untilText: string | null = null
      if (until) {
        untilText = this.scalarText('until', until.value, until.pair, 'a date YYYY-MM-DD')
        const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(untilText)
        const date = d ? new Date(Date.UTC(+d[1], +d[2] - 1, +d[3])) : null
        if (!date || date.getUTCMonth() !== +d![2] - 1 || date.getUTCDate() !== +d![3]) this.fail(until.value, `'until' must be a date YYYY-MM-DD; got ${JSON.stringify(untilText)}`)
      }
      return { kind: which, pattern, reason: reasonText, until: untilText, where: this.at(node!.range?.[0]) }
    })
  }
}

type Value = string | boolean | string[]

interface Settings {
  values: Map<string, Value>
  thresholds: Map<string, Value>
  known: KnownLeak[]
}

/** The service's own values over the defaults; env merges by name and ignore adds up. */
function mergeSettings(base: Settings | null, own: Settings): Settings {
  if (!base) return own
  const values = new Map([...base.values, ...own.values])
  for (const key of ['env', 'ignore'] as const) {
    if (base.values.has(key) && own.values.has(key)) values.set(key, [...(base.values.get(key) as string[]), ...(own.values.get(key) as string[])])
  }
  return { values, thresholds: new Map([...base.thresholds, ...own.thresholds]), known: own.known }
}

function toFlags(s: Settings): string[] {
  const out: string[] = []
  const emit = (flag: string, kind: Kind, v: Value) => {
    if (kind === 'bool') {
      if (v === true) out.push(`--${flag}`)
    } else if (kind === 'ignore') {
      for (const l of v as string[]) out.push(l.startsWith('top:') ? `--ignore-top=${l.slice(4)}` : `--ignore-any=${l.slice(4)}`)
    } else if (flag === 'args') out.push(`--args=${(v as string[]).map(quoteWord).join(' ')}`)
    else if (Array.isArray(v)) for (const x of v) out.push(`--${flag}=${x}`)
    else out.push(`--${flag}=${v}`)
  }
  for (const [key, v] of s.values) emit(SETTINGS[key].flag, SETTINGS[key].kind, v)
  for (const [key, v] of s.thresholds) emit(THRESHOLDS[key].flag, THRESHOLDS[key].kind, v)
  return out
}

/** A word that splitWords gives back unchanged. */
function quoteWord(w: string): string {
  return `'${w.replace(/'/g, `'\\''`)}'`
}

/** The valid key nearest to a misspelt one (transpositions count as one edit), if near enough. */
export function nearest(word: string, candidates: string[]): string | null {
  let best: string | null = null
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c)
    if (d < bestDistance) [best, bestDistance] = [c, d]
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : null
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}
