import 'node:fs';
import 'node:fs/promises';
import 'node:path';
import { parseArgs } from 'node:util';
import { D as DEFAULTS, t as toRunConfig } from './inputs.js';
import { p as parseByteSize, a as parseCount, U as UsageError, b as parsePositiveNumber, c as checkPprofUrl, s as splitWords, d as parseFormat } from './options.js';
import { findConfigFile, loadConfigFile, pickService, serviceRunArgs } from './config-file.js';
import './artifact-name.js';
import './targets.js';
import './errors.js';

const GATE_FLAGS = {
    'max-goroutines': { type: 'string' },
    'max-heap-growth': { type: 'string' },
    'max-cpu-percent': { type: 'string' },
    'cpu-alpha': { type: 'string' },
    'hot-spot-share': { type: 'string' },
    'max-hot-spot-percent': { type: 'string' },
    'fail-on-inconclusive': { type: 'boolean', default: false }
};
/** Thresholds from the flags given, `fallback` for the rest. */
function gateThresholds(values, fallback) {
    const num = (name, dflt) => (values[name] === undefined ? dflt : parsePositiveNumber(values[name], `--${name}`));
    const t = {
        goroutines: values['max-goroutines'] === undefined ? fallback.goroutines : parseCount(values['max-goroutines'], '--max-goroutines'),
        heapBytes: values['max-heap-growth'] === undefined ? fallback.heapBytes : parseByteSize(values['max-heap-growth'], '--max-heap-growth'),
        cpuPercent: num('max-cpu-percent', fallback.cpuPercent),
        cpuAlpha: num('cpu-alpha', fallback.cpuAlpha),
        hotSpotShare: num('hot-spot-share', fallback.hotSpotShare),
        hotSpotPercent: num('max-hot-spot-percent', fallback.hotSpotPercent)
    };
    if (t.cpuAlpha >= 1)
        throw new UsageError(`--cpu-alpha must be between 0 and 1; got ${t.cpuAlpha}`);
    return t;
}

/**
 * `pprof-gate run`: build base and head, measure both under the same load,
 * and print the verdict. Exit 0 pass, 1 regression, 2 error.
 */
function timestamp() {
    return new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
}
function parseRunArgs(argv) {
    const { values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            'base-ref': { type: 'string' },
            'base-dir': { type: 'string' },
            'head-dir': { type: 'string', default: '.' },
            package: { type: 'string', default: DEFAULTS.package },
            'build-arg': { type: 'string', multiple: true, default: [] },
            'measure-unchanged': { type: 'boolean', default: false },
            // Taken out by runCommand before this parse (allServicesRunArgs); known here so that --all --help helps.
            all: { type: 'boolean', default: false },
            args: { type: 'string', default: '' },
            env: { type: 'string', multiple: true, default: [] },
            'ready-path': { type: 'string', default: DEFAULTS.readyPath },
            'ready-timeout': { type: 'string' },
            'pprof-url': { type: 'string' },
            target: { type: 'string', multiple: true, default: [] },
            targets: { type: 'string' },
            requests: { type: 'string' },
            duration: { type: 'string' },
            concurrency: { type: 'string' },
            rate: { type: 'string' },
            warmup: { type: 'string' },
            'load-command': { type: 'string' },
            'load-command-requests': { type: 'string' },
            trials: { type: 'string' },
            rounds: { type: 'string' },
            'mem-profile-rate': { type: 'string' },
            'cpu-pairs': { type: 'string' },
            'max-cpu-pairs': { type: 'string' },
            'cpu-seconds': { type: 'string' },
            ...GATE_FLAGS,
            'ignore-top': { type: 'string', multiple: true, default: [] },
            'ignore-any': { type: 'string', multiple: true, default: [] },
            goroutineleak: { type: 'boolean', default: false },
            out: { type: 'string' },
            format: { type: 'string', default: 'text' },
            quiet: { type: 'boolean', default: false },
            debug: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false }
        }
    });
    if (values.help)
        throw new HelpRequested();
    if (values.all)
        throw new UsageError('--all runs every service of the config file: give it to pprof-gate run, without --service');
    if (positionals.length > 0)
        throw new UsageError(`run takes no positional arguments; got ${JSON.stringify(positionals[0])} (see pprof-gate run --help)`);
    if (values['base-ref'] && values['base-dir'])
        throw new UsageError('give either --base-ref or --base-dir, not both');
    if (!values['base-ref'] && !values['base-dir'])
        throw new UsageError('say what to compare against: --base-ref REF (e.g. origin/main) or --base-dir DIR');
    const env = {};
    for (const kv of values.env) {
        const i = kv.indexOf('=');
        if (i <= 0)
            throw new UsageError(`--env must be NAME=VALUE; got ${JSON.stringify(kv)}`);
        env[kv.slice(0, i)] = kv.slice(i + 1);
    }
    const count = (name, fallback, min = 0) => {
        const v = values[name];
        if (v === undefined)
            return fallback;
        const n = parseCount(v, `--${name}`);
        if (n < min)
            throw new UsageError(`--${name} must be at least ${min}; got ${n}`);
        return n;
    };
    const num = (name, fallback) => {
        const v = values[name];
        return v === undefined ? fallback : parsePositiveNumber(v, `--${name}`);
    };
    const config = {
        base: values['base-ref'] ? { kind: 'ref', ref: values['base-ref'], repoDir: values['head-dir'] } : { kind: 'dir', dir: values['base-dir'] },
        headDir: values['head-dir'],
        package: values.package,
        buildArgs: values['build-arg'],
        args: splitWords(values.args),
        env,
        readyPath: values['ready-path'].startsWith('/') ? values['ready-path'] : `/${values['ready-path']}`,
        readyTimeoutMs: num('ready-timeout', DEFAULTS.readyTimeoutMs / 1000) * 1000,
        pprofUrl: values['pprof-url'] === undefined ? null : checkPprofUrl(values['pprof-url'], '--pprof-url'),
        targets: values.target,
        targetsFile: values.targets ?? null,
        requests: count('requests', DEFAULTS.requests, 1),
        durationMs: values.duration === undefined ? null : parsePositiveNumber(values.duration.replace(/s$/, ''), '--duration') * 1000,
        concurrency: count('concurrency', DEFAULTS.concurrency, 1),
        rate: values.rate === undefined ? null : parsePositiveNumber(values.rate, '--rate'),
        // At least 1: the CPU profile's window is sized from the warm-up's throughput.
        warmupRequests: count('warmup', DEFAULTS.warmupRequests, 1),
        loadCommand: values['load-command'] ?? null,
        loadCommandRequests: values['load-command-requests'] === undefined ? null : count('load-command-requests', 0, 1),
        leakTrials: count('trials', DEFAULTS.leakTrials, 0),
        leakRounds: count('rounds', DEFAULTS.leakRounds, 2),
        memProfileRate: count('mem-profile-rate', DEFAULTS.memProfileRate, 0),
        cpuPairs: count('cpu-pairs', DEFAULTS.cpuPairs, 0),
        maxCpuPairs: Math.max(count('max-cpu-pairs', DEFAULTS.maxCpuPairs, 1), count('cpu-pairs', DEFAULTS.cpuPairs, 0)),
        cpuSeconds: num('cpu-seconds', DEFAULTS.cpuSeconds),
        failOnInconclusive: values['fail-on-inconclusive'],
        thresholds: gateThresholds(values, DEFAULTS.thresholds),
        allow: { ignoreTop: values['ignore-top'], ignoreAny: values['ignore-any'] },
        outDir: values.out ?? `.pprof-gate/run-${timestamp()}`,
        quiesceTimeoutMs: DEFAULTS.quiesceTimeoutMs,
        goroutineLeakProfile: values.goroutineleak,
        // Only when asked: the action's inputs build the same config without it.
        ...(values['measure-unchanged'] ? { measureUnchanged: true } : {})
    };
    return { config, format: parseFormat(values.format), quiet: values.quiet };
}
class HelpRequested extends Error {
}

const field = (...keys) => (to, from) => {
    for (const k of keys)
        to[k] = from[k];
};
const threshold = (key) => (to, from) => {
    to.thresholds = { ...to.thresholds, [key]: from.thresholds[key] };
};
/** Each input that a service of the config file may also set, and what it sets when given. */
const OVERRIDES = {
    package: field('package'),
    'build-args': field('buildArgs'),
    args: field('args'),
    env: (to, from) => {
        to.env = { ...to.env, ...from.env };
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
        to.maxCpuPairs = Number(raw);
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
        to.allow = { ignoreTop: [...to.allow.ignoreTop, ...from.allow.ignoreTop], ignoreAny: [...to.allow.ignoreAny, ...from.allow.ignoreAny] };
    }
};
/** The config file the inputs name: `config`, else .pprof-gate.yml at the top of the repository that holds cwd. */
function configFilePath(get, cwd) {
    return get('config') || findConfigFile(cwd);
}
function serviceRunConfig(get, defaultBase, cwd) {
    const name = get('service');
    const wd = get('working-directory');
    if (wd !== '' && wd !== '.') {
        throw new UsageError(`give either input 'service' (its dir comes from the config file) or input 'working-directory' (${JSON.stringify(wd)}), not both`);
    }
    const file = configFilePath(get, cwd);
    const configFile = loadConfigFile(file, cwd);
    const service = pickService(configFile, name);
    // The base is the inputs' (the event's default base, or base-ref / base-dir); the placeholder only satisfies the parse.
    const fromFile = serviceRunArgs(['--service', name, '--config', file, '--base-dir', '.'], cwd);
    const config = parseRunArgs(fromFile.argv).config;
    const inputs = toRunConfig((n) => (n === 'working-directory' ? service.dir : get(n)), defaultBase);
    config.base = inputs.base;
    config.headDir = inputs.headDir;
    config.outDir = inputs.outDir;
    for (const [input, apply] of Object.entries(OVERRIDES))
        if (get(input) !== '')
            apply(config, inputs, get(input));
    // As the command line: the pairs always run are never more than the pairs at most.
    config.maxCpuPairs = Math.max(config.maxCpuPairs, config.cpuPairs);
    config.known = service.known;
    return { config, from: { file: configFile.file, service: service.name }, dir: service.dir };
}
/** Every input OVERRIDES knows: a test checks each one is declared in action.yml and in the config file's keys. */
const OVERRIDDEN_INPUTS = Object.keys(OVERRIDES);

export { OVERRIDDEN_INPUTS, configFilePath, serviceRunConfig };
