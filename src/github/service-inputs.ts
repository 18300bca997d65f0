/**
 * A matrix leg: `service: NAME` takes that service's settings from the
 * config file exactly as `pprof-gate run --service NAME` does (the same
 * flags, parsed by the same parseRunArgs), and every input the workflow
 * gives explicitly overrides them, as a flag does on the command line (env
 * and ignore add to the file's instead, the input winning per name). The
 * service's dir plays working-directory: path inputs are relative to it.
 */
import type { RunConfig } from '../config.js'
import { parseRunArgs } from '../commands/run.js'
import { UsageError } from '../options.js'
import { findConfigFile, loadConfigFile, pickService, serviceRunArgs } from '../run/config-file.js'
import type { DefaultBase, GetInput } from './inputs.js'
import { toRunConfig } from './inputs.js'

export interface ServiceRun {
  config: RunConfig
  /** The config file as shown (relative to the workspace) and the service: the report says which it used. */
  from: { file: string; service: string }
  /** The service's directory, relative to the workspace. */
  dir: string
}

type Apply = (to: RunConfig, from: RunConfig, raw: string) => void
const field =
  <K extends keyof RunConfig>(...keys: K[]): Apply =>
  (to, from) => {
    for (const k of keys) to[k] = from[k]
  }
const threshold =
  (key: keyof RunConfig['thresholds']): Apply =>
  (to, from) => {
    to.thresholds = { ...to.thresholds, [key]: from.thresholds[key] }
  }

/** Each input that a service of the config file may also set, and what it sets when given. */
const OVERRIDES: Record<string, Apply> = {
  package: field('package'),
  'build-args': field('buildArgs'),
  args: field('args'),
  env: (to, from) => {
    to.env = { ...to.env, ...from.env }
  },
  'ready-path': field('readyPath'),
  'ready-timeout': field('readyTimeoutMs'),
  'pprof-url': field('pprofUrl'),
  targets: field('targets'),
  'targets-file': field('targetsFile'),
  requests: field('requests'),
  duration: field('durationMs'),
  concurrency: field('concurrency'),
  rate: field('rate'),
  warmup: field('warmupRequests'),
  'load-command': field('loadCommand'),
  'load-command-requests': field('loadCommandRequests'),
  trials: field('leakTrials'),
  rounds: field('leakRounds'),
  'mem-profile-rate': field('memProfileRate'),
  'cpu-pairs': field('cpuPairs'),
  // As given: toRunConfig raises it to the inputs' cpu-pairs, which the file's may replace.
  'max-cpu-pairs': (to, _from, raw) => {
    to.maxCpuPairs = Number(raw)
  },
  'cpu-seconds': field('cpuSeconds'),
  'fail-on-inconclusive': field('failOnInconclusive'),
  goroutineleak: field('goroutineLeakProfile'),
  'max-goroutines': threshold('goroutines'),
  'max-heap-growth': threshold('heapBytes'),
  'max-cpu-percent': threshold('cpuPercent'),
  'cpu-alpha': threshold('cpuAlpha'),
  'hot-spot-share': threshold('hotSpotShare'),
  'max-hot-spot-percent': threshold('hotSpotPercent'),
  ignore: (to, from) => {
    to.allow = { ignoreTop: [...to.allow.ignoreTop, ...from.allow.ignoreTop], ignoreAny: [...to.allow.ignoreAny, ...from.allow.ignoreAny] }
  }
}

/** The config file the inputs name: `config`, else .pprof-gate.yml at the top of the repository that holds cwd. */
export function configFilePath(get: GetInput, cwd: string): string {
  return get('config') || findConfigFile(cwd)
}

export function serviceRunConfig(get: GetInput, defaultBase: DefaultBase, cwd: string): ServiceRun {
  const name = get('service')
  const wd = get('working-directory')
  if (wd !== '' && wd !== '.') {
    throw new UsageError(`give either input 'service' (its dir comes from the config file) or input 'working-directory' (${JSON.stringify(wd)}), not both`)
  }
  const file = configFilePath(get, cwd)
  const configFile = loadConfigFile(file, cwd)
  const service = pickService(configFile, name)
  // The base is the inputs' (the event's default base, or base-ref / base-dir); the placeholder only satisfies the parse.
  const fromFile = serviceRunArgs(['--service', name, '--config', file, '--base-dir', '.'], cwd)!
  const config = parseRunArgs(fromFile.argv).config
  const inputs = toRunConfig((n) => (n === 'working-directory' ? service.dir : get(n)), defaultBase)
  config.base = inputs.base
  config.headDir = inputs.headDir
  config.outDir = inputs.outDir
  for (const [input, apply] of Object.entries(OVERRIDES)) if (get(input) !== '') apply(config, inputs, get(input))
  // As the command line: the pairs always run are never more than the pairs at most.
  config.maxCpuPairs = Math.max(config.maxCpuPairs, config.cpuPairs)
  config.known = service.known
  return { config, from: { file: configFile.file, service: service.name }, dir: service.dir }
}

/** Every input OVERRIDES knows: a test checks each one is declared in action.yml and in the config file's keys. */
export const OVERRIDDEN_INPUTS = Object.keys(OVERRIDES)
