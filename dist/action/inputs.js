import { normalize, join } from 'node:path';
import { U as UsageError, a as parseCount, p as parseByteSize, b as parsePositiveNumber, c as checkPprofUrl, s as splitWords } from './options.js';
import { s as serviceArtifactName, b as artifactName, c as badArtifactName } from './artifact-name.js';

const DEFAULT_THRESHOLDS = {
    goroutines: 5,
    heapBytes: 128 * 1024,
    cpuPercent: 15,
    cpuAlpha: 0.01,
    hotSpotShare: 5,
    hotSpotPercent: 15
};

/**
 * The typed configuration of a `run`, built from CLI flags or action inputs
 * (the same fields either way). Defaults live here, chosen from measurements
 * (docs/gate.md).
 */
const DEFAULTS = {
    package: '.',
    readyPath: '/debug/pprof/',
    readyTimeoutMs: 30_000,
    requests: 2000,
    concurrency: 8,
    warmupRequests: 300,
    leakTrials: 2,
    leakRounds: 2,
    memProfileRate: 4096,
    cpuPairs: 4,
    maxCpuPairs: 8,
    cpuSeconds: 3,
    quiesceTimeoutMs: 5000,
    thresholds: DEFAULT_THRESHOLDS
};

/**
 * Action inputs -> the same RunConfig the CLI builds from its flags. The
 * action behaves as `pprof-gate run` started in `working-directory`: every
 * path input is relative to it. Each error names the input and the bad
 * value. Pure: inputs come through a getter, so tests need no environment.
 */
/** A matrix of this many services is more than we have seen; a fork's artifact may hold thousands of files. */
const DEFAULT_MAX_HANDOFFS = 50;
const name = (input) => `input '${input}'`;
function oneOf(input, value, allowed, fallback) {
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new UsageError(`${name(input)} must be ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
}
function positive(input, value) {
    const n = parseCount(value, name(input));
    if (n < 1)
        throw new UsageError(`${name(input)} must be 1 or more; got ${JSON.stringify(value)}`);
    return n;
}
/** YAML 1.2 core booleans, as the runner's own getBooleanInput accepts them. */
function parseBoolean(input, value, fallback) {
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new UsageError(`${name(input)} must be true or false; got ${JSON.stringify(value)}`);
}
/** Non-empty lines, trimmed; '#' starts a comment line. */
function lines(value) {
    return value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
function readSettings(get) {
    const mode = oneOf('mode', get('mode'), ['measure', 'report', 'summarize', 'services'], 'measure');
    const artifactPath = get('artifact-path');
    if (mode === 'report' && artifactPath === '') {
        throw new UsageError(`${name('artifact-path')} is required with mode: report: the folder where actions/download-artifact put the measure job's run directory`);
    }
    if (mode === 'summarize' && artifactPath === '') {
        throw new UsageError(`${name('artifact-path')} is required with mode: summarize: the folder where actions/download-artifact (pattern: pprof-gate-*) put the legs' run directories`);
    }
    const service = get('service');
    if (service !== '' && mode !== 'measure')
        throw new UsageError(`${name('service')} names the service a mode: measure leg runs; mode: ${mode} takes every service of the config file`);
    if (service !== '' && !SERVICE_NAME.test(service))
        throw new UsageError(`${name('service')} must be a service name of the config file; got ${JSON.stringify(service)}`);
    return {
        mode,
        // A leg of a matrix leaves the pull request comment to the summarize job: one comment for all services.
        comment: oneOf('comment', get('comment'), ['always', 'on-regression', 'never'], service === '' ? 'always' : 'never'),
        failOnRegression: parseBoolean('fail-on-regression', get('fail-on-regression'), true),
        token: get('github-token'),
        allowPullRequestTarget: parseBoolean('allow-pull-request-target', get('allow-pull-request-target'), false),
        workingDirectory: get('working-directory') || '.',
        config: get('config'),
        service,
        artifactPath,
        maxHandoffs: get('max-handoffs') === '' ? DEFAULT_MAX_HANDOFFS : positive('max-handoffs', get('max-handoffs')),
        uploadArtifact: parseBoolean('upload-artifact', get('upload-artifact'), true),
        artifactName: readArtifactName(get('artifact-name'), get('working-directory'), service),
        artifactRetentionDays: get('artifact-retention-days') === '' ? null : positive('artifact-retention-days', get('artifact-retention-days')),
        failOnInconclusive: parseBoolean('fail-on-inconclusive', get('fail-on-inconclusive'), false)
    };
}
/** A service name as the config file allows it (config-file.ts); it becomes part of an artifact name. */
const SERVICE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
function readArtifactName(value, workingDirectory, service) {
    if (value === '')
        return service ? serviceArtifactName(service) : artifactName(workingDirectory);
    const bad = badArtifactName(value);
    if (bad)
        throw new UsageError(`${name('artifact-name')} ${bad}; got ${JSON.stringify(value)}`);
    return value;
}
function timestamp() {
    return new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
}
function toRunConfig(get, defaultBase) {
    const wd = normalize(get('working-directory') || '.');
    const at = (p) => join(wd, p);
    const count = (input, fallback, min = 0) => {
        const v = get(input);
        if (v === '')
            return fallback;
        const n = parseCount(v, name(input));
        if (n < min)
            throw new UsageError(`${name(input)} must be at least ${min}; got ${n}`);
        return n;
    };
    const num = (input, fallback) => {
        const v = get(input);
        return v === '' ? fallback : parsePositiveNumber(v, name(input));
    };
    const optional = (input) => get(input) || null;
    const baseRef = get('base-ref');
    const baseDir = get('base-dir');
    if (baseRef && baseDir)
        throw new UsageError(`give either ${name('base-ref')} or ${name('base-dir')}, not both`);
    let base;
    if (baseDir)
        base = { kind: 'dir', dir: at(baseDir) };
    else if (baseRef)
        base = { kind: 'ref', ref: baseRef, repoDir: wd };
    else if ('ref' in defaultBase)
        base = { kind: 'ref', ref: defaultBase.ref, repoDir: wd };
    else
        throw new UsageError(`${name('base-ref')} is required here: ${defaultBase.hint}; set base-ref (e.g. main) or base-dir`);
    const env = {};
    for (const kv of lines(get('env'))) {
        const i = kv.indexOf('=');
        if (i <= 0)
            throw new UsageError(`${name('env')}: each line must be NAME=VALUE; got ${JSON.stringify(kv)}`);
        env[kv.slice(0, i)] = kv.slice(i + 1);
    }
    const alpha = num('cpu-alpha', DEFAULTS.thresholds.cpuAlpha);
    if (alpha >= 1)
        throw new UsageError(`${name('cpu-alpha')} must be between 0 and 1; got ${alpha}`);
    const readyPath = get('ready-path') || DEFAULTS.readyPath;
    const duration = get('duration');
    const rate = get('rate');
    const heapGrowth = get('max-heap-growth');
    return {
        base,
        headDir: wd,
        package: get('package') || DEFAULTS.package,
        buildArgs: splitWords(get('build-args'), name('build-args')),
        args: splitWords(get('args'), name('args')),
        env,
        readyPath: readyPath.startsWith('/') ? readyPath : `/${readyPath}`,
        readyTimeoutMs: num('ready-timeout', DEFAULTS.readyTimeoutMs / 1000) * 1000,
        pprofUrl: get('pprof-url') ? checkPprofUrl(get('pprof-url'), name('pprof-url')) : null,
        targets: requestLines(get('targets')),
        targetsFile: get('targets-file') ? at(get('targets-file')) : null,
        requests: count('requests', DEFAULTS.requests, 1),
        durationMs: duration === '' ? null : parsePositiveNumber(duration.replace(/s$/, ''), name('duration')) * 1000,
        concurrency: count('concurrency', DEFAULTS.concurrency, 1),
        rate: rate === '' ? null : parsePositiveNumber(rate, name('rate')),
        // At least 1: the CPU profile's window is sized from the warm-up's throughput.
        warmupRequests: count('warmup', DEFAULTS.warmupRequests, 1),
        loadCommand: optional('load-command'),
        loadCommandRequests: get('load-command-requests') === '' ? null : count('load-command-requests', 0, 1),
        leakTrials: count('trials', DEFAULTS.leakTrials, 0),
        leakRounds: count('rounds', DEFAULTS.leakRounds, 2),
        memProfileRate: count('mem-profile-rate', DEFAULTS.memProfileRate, 0),
        cpuPairs: count('cpu-pairs', DEFAULTS.cpuPairs, 0),
        maxCpuPairs: Math.max(count('max-cpu-pairs', DEFAULTS.maxCpuPairs, 1), count('cpu-pairs', DEFAULTS.cpuPairs, 0)),
        cpuSeconds: num('cpu-seconds', DEFAULTS.cpuSeconds),
        failOnInconclusive: parseBoolean('fail-on-inconclusive', get('fail-on-inconclusive'), false),
        thresholds: {
            goroutines: count('max-goroutines', DEFAULTS.thresholds.goroutines),
            heapBytes: heapGrowth === '' ? DEFAULTS.thresholds.heapBytes : parseByteSize(heapGrowth, name('max-heap-growth')),
            cpuPercent: num('max-cpu-percent', DEFAULTS.thresholds.cpuPercent),
            cpuAlpha: alpha,
            hotSpotShare: num('hot-spot-share', DEFAULTS.thresholds.hotSpotShare),
            hotSpotPercent: num('max-hot-spot-percent', DEFAULTS.thresholds.hotSpotPercent)
        },
        allow: parseIgnore(get('ignore')),
        outDir: at(get('run-dir') || `.pprof-gate/run-${timestamp()}`),
        quiesceTimeoutMs: DEFAULTS.quiesceTimeoutMs,
        goroutineLeakProfile: parseBoolean('goroutineleak', get('goroutineleak'), false)
    };
}
/**
 * `targets`: one `METHOD URL` line per target, as the CLI's repeated
 * --target. Headers and bodies need the full vegeta format of a file
 * (targets-file), whose @body paths resolve against the file's folder.
 */
function requestLines(value) {
    const out = lines(value);
    for (const l of out) {
        if (!/^[A-Za-z]+\s+\S+$/.test(l)) {
            throw new UsageError(`${name('targets')}: each line must be 'METHOD URL' (e.g. 'GET /orders'); got ${JSON.stringify(l)}. ` +
                `For headers or bodies, write the targets in vegeta's format to a file and give it as targets-file`);
        }
    }
    return out;
}
/** `ignore`: lines `top: PATTERN` (innermost function) or `any: PATTERN` (any frame), like goleak's options. */
function parseIgnore(value) {
    const allow = { ignoreTop: [], ignoreAny: [] };
    for (const l of lines(value)) {
        const m = /^(top|any)\s*:\s*(\S.*)$/.exec(l);
        if (!m)
            throw new UsageError(`${name('ignore')}: each line must be 'top: PATTERN' or 'any: PATTERN'; got ${JSON.stringify(l)}`);
        (m[1] === 'top' ? allow.ignoreTop : allow.ignoreAny).push(m[2].trim());
    }
    return allow;
}

export { DEFAULTS as D, readSettings as r, toRunConfig as t };
