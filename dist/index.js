import { s as setFailed, g as getInput, w as warning, i as info, a as setOutput, b as saveState, e as error, d as debug, c as summary, f as startGroup, h as endGroup } from './action/core.js';
import { readFileSync, existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { normalize, join, resolve } from 'node:path';
import { U as UsageError, p as parseByteSize, a as parsePositiveNumber, c as checkPprofUrl, s as splitWords, b as parseCount } from './action/options.js';
import { s as stickyKey } from './action/marker.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import './action/targets.js';
import './action/errors.js';
import 'node:crypto';

/**
 * The artifact's name and the runner's credentials for it: what the
 * action needs before it measures (checking the inputs, taking the
 * credentials out of the environment), kept apart from the upload
 * (artifact.ts), which loads the toolkit's client only when it runs.
 */
/** Characters the artifact service refuses in a name (the toolkit checks the same list before it uploads). */
const BAD_IN_NAME = /[":<>|*?\r\n\\/]/;
const MAX_NAME_LENGTH = 200;
/** pprof-gate, or pprof-gate-<working directory as a slug> (services/orders: pprof-gate-services-orders). */
function artifactName(workingDirectory) {
    const dir = normalize(workingDirectory || '.').replace(/\/+$/, '');
    const slug = dir
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '')
        .slice(0, MAX_NAME_LENGTH - 'pprof-gate-'.length);
    return slug ? `pprof-gate-${slug}` : 'pprof-gate';
}
/** Why the artifact service would refuse this name, or null. */
function badArtifactName(name) {
    if (name === '')
        return 'is empty';
    if (name.length > MAX_NAME_LENGTH)
        return `is longer than ${MAX_NAME_LENGTH} characters`;
    const bad = BAD_IN_NAME.exec(name);
    return bad ? `holds ${JSON.stringify(bad[0])}, which artifact names may not (" : < > | * ? \\ / and line breaks)` : null;
}
/** The two variables the toolkit reads its credentials from, or null outside an Actions runner. */
function artifactCredentials(env) {
    const runtimeToken = env.ACTIONS_RUNTIME_TOKEN ?? '';
    const resultsUrl = env.ACTIONS_RESULTS_URL ?? '';
    return runtimeToken && resultsUrl ? { runtimeToken, resultsUrl } : null;
}

/**
 * What the workflow run is about, from the runner's environment and the
 * event payload (GITHUB_EVENT_PATH): the repository, the pull request (if
 * any), the default base, and for workflow_run the run that triggered it.
 * The payload is read defensively: a field of the wrong type counts as absent.
 */
const obj = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : null);
const str = (v) => (typeof v === 'string' && v !== '' ? v : null);
const int = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null);
function readEvent(env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = obj(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))) ?? {};
        }
        catch (e) {
            throw new Error(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${e.message}`);
        }
    }
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
        : null;
    return {
        name,
        owner,
        repo,
        job: env.GITHUB_JOB ?? '',
        sha: env.GITHUB_SHA ?? '',
        pullRequest: pullRequest(payload),
        pushBefore: name === 'push' ? pushBefore(payload) : null,
        workflowRun: name === 'workflow_run' ? workflowRun(payload) : null,
        runUrl
    };
}
function pullRequest(payload) {
    const pr = obj(payload.pull_request);
    const number = int(pr?.number) ?? int(payload.number);
    const baseRef = str(obj(pr?.base)?.ref);
    if (!pr || number === null || baseRef === null)
        return null;
    return { number, baseRef, headSha: str(obj(pr.head)?.sha) ?? '' };
}
function pushBefore(payload) {
    const before = str(payload.before);
    // All zeros: the push created the branch, there is no previous commit.
    return before && /^[0-9a-f]{7,64}$/.test(before) && !/^0+$/.test(before) ? before : null;
}
function workflowRun(payload) {
    const run = obj(payload.workflow_run);
    if (!run)
        return null;
    const prs = [];
    for (const p of Array.isArray(run.pull_requests) ? run.pull_requests : []) {
        const number = int(obj(p)?.number);
        if (number !== null)
            prs.push({ number, headSha: str(obj(obj(p)?.head)?.sha) ?? '' });
    }
    return {
        event: str(run.event) ?? '',
        headSha: str(run.head_sha) ?? '',
        headBranch: str(run.head_branch) ?? '',
        headRepo: str(obj(run.head_repository)?.full_name) ?? '',
        htmlUrl: str(run.html_url) ?? '',
        pullRequests: prs
    };
}
/** The base to compare against when the workflow gives none: the pull request's base branch, or the commit before a push. */
function defaultBase(e) {
    if (e.pullRequest)
        return { ref: e.pullRequest.baseRef };
    if (e.name === 'push') {
        return e.pushBefore ? { ref: e.pushBefore } : { hint: 'this push created the branch, so there is no previous commit to compare with' };
    }
    return { hint: `a ${e.name || 'non-GitHub'} event has no pull request or previous commit to compare with` };
}

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
    const mode = oneOf('mode', get('mode'), ['measure', 'report'], 'measure');
    const artifactPath = get('artifact-path');
    if (mode === 'report' && artifactPath === '') {
        throw new UsageError(`${name('artifact-path')} is required with mode: report: the folder where actions/download-artifact put the measure job's run directory`);
    }
    return {
        mode,
        comment: oneOf('comment', get('comment'), ['always', 'on-regression', 'never'], 'always'),
        failOnRegression: parseBoolean('fail-on-regression', get('fail-on-regression'), true),
        token: get('github-token'),
        allowPullRequestTarget: parseBoolean('allow-pull-request-target', get('allow-pull-request-target'), false),
        workingDirectory: get('working-directory') || '.',
        artifactPath,
        maxHandoffs: get('max-handoffs') === '' ? DEFAULT_MAX_HANDOFFS : positive('max-handoffs', get('max-handoffs')),
        uploadArtifact: parseBoolean('upload-artifact', get('upload-artifact'), true),
        artifactName: readArtifactName(get('artifact-name'), get('working-directory')),
        artifactRetentionDays: get('artifact-retention-days') === '' ? null : positive('artifact-retention-days', get('artifact-retention-days'))
    };
}
function readArtifactName(value, workingDirectory) {
    if (value === '')
        return artifactName(workingDirectory);
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

/**
 * The code under test is the pull request's: it is built and run as child
 * processes of the action, which inherit its environment. The runner puts
 * credentials there (the inputs, github-token among them; the cache and
 * artifact service's token; the OIDC token request), so they are removed
 * once the inputs are read: neither `go build` nor the service sees them.
 */
const SECRET = /^(INPUT_.*|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL)$/i;
/** Deletes them from env (process.env in the action) and returns their names. */
function scrubSecrets(env) {
    const removed = Object.keys(env).filter((k) => SECRET.test(k));
    for (const k of removed)
        delete env[k];
    return removed;
}

/**
 * The GitHub Action. mode: measure (the default) is `pprof-gate run` in
 * working-directory: the same config, harness and gate as the CLI, then the
 * report as job summary, outputs, sticky pull request comment and the
 * handoff for the fork-safe pair, the run directory uploaded as an
 * artifact (github/artifact.ts). mode: report posts a handoff from a
 * workflow_run (github/report-mode.ts). The only place that calls setFailed:
 * for a regression (when fail-on-regression) and for input or environment
 * errors. A failure to comment or to upload is only ever a warning.
 *
 * The measurement and the GitHub client are imported when needed, so a
 * mistake in the inputs is reported before they are loaded.
 */
/** Saved for the post step (post.ts reads the same name): the services it must stop carry this process's id. */
const MAIN_PID_STATE = 'main-pid';
const input = (name) => getInput(name);
const PULL_REQUEST_TARGET_REFUSAL = "refusing to measure on pull_request_target: that event runs with a write token and the repository's secrets, and measuring " +
    "builds and runs the pull request's code, which whoever opens the pull request controls. Use the fork-safe pair instead " +
    '(on: pull_request with mode: measure, then on: workflow_run with mode: report; see docs/action.md), or, if every pull ' +
    'request author is trusted, set allow-pull-request-target: true';
async function run() {
    const started = Date.now() - Math.round(process.uptime() * 1000);
    try {
        const event = readEvent(process.env);
        const settings = readSettings(input);
        if (settings.mode === 'report')
            return await postFromArtifact(settings, event);
        if (event.name === 'pull_request_target' && !settings.allowPullRequestTarget)
            throw new UsageError(PULL_REQUEST_TARGET_REFUSAL);
        const config = toRunConfig(input, defaultBase(event));
        // Kept aside for the upload, once every child process is gone.
        const credentials = settings.uploadArtifact ? artifactCredentials(process.env) : null;
        // Every input is read: the pull request's code, built and run below, gets none of the credentials.
        scrubSecrets(process.env);
        await measure(config, settings, event, started, credentials);
    }
    catch (e) {
        setFailed(`pprof-gate: ${await describe(e)}`);
    }
}
async function measure(config, settings, event, started, credentials) {
    saveState(MAIN_PID_STATE, String(process.pid));
    const [{ runPipeline }, { installSignalHandlers }, { ActionsProgress }] = await Promise.all([
        import('./action/pipeline.js'),
        import('./action/process.js').then(function (n) { return n.p; }),
        import('./action/progress.js')
    ]);
    const progress = new ActionsProgress();
    const abort = new AbortController();
    // GitHub cancels with SIGINT, then SIGTERM 7.5 s later: the handler stops the services first.
    const uninstall = installSignalHandlers(() => abort.abort());
    info(`pprof-gate: run directory ${resolve(config.outDir)}`);
    let result;
    let failure;
    try {
        result = await runPipeline(config, { phase: (p) => progress.phase(p), progress: (e) => progress.event(e), signal: abort.signal });
    }
    catch (e) {
        failure = e;
    }
    finally {
        progress.end();
        uninstall();
    }
    if (result === undefined) {
        // What a failed run left (the service logs, the profiles fetched so far) explains the failure.
        if (!abort.signal.aborted && existsSync(resolve(config.outDir))) {
            const artifact = await upload(resolve(config.outDir), settings, credentials);
            setOutput('artifact-id', artifact ? String(artifact.id) : '');
            setOutput('artifact-url', artifact?.url ?? '');
        }
        throw failure;
    }
    await publish(result, settings, event, started, config.failOnInconclusive, credentials);
}
/** The report: files in the run directory, the artifact, job summary, comment, outputs; then the verdict decides the job. */
async function publish(result, settings, event, started, failOnInconclusive, credentials) {
    const publishStart = Date.now();
    startGroup('pprof-gate: report, artifact, summary, outputs, comment');
    const [{ buildRunReport }, { renderRunMarkdown, runJson }, { writeHandoff }, { commentBody }, { checkFigures }, { checkSummary }] = await Promise.all([
        import('./action/run-report.js'),
        import('./action/run.js'),
        import('./action/handoff.js'),
        import('./action/comment-body.js'),
        import('./action/outputs.js'),
        import('./action/words.js')
    ]);
    const base = result.base.commit ? `merge-base of HEAD and ${result.base.ref}, ${result.base.commit.slice(0, 12)}` : result.base.dir;
    info(`base: ${base}; head: ${result.head.dir}; ${result.goVersion}`);
    const report = buildRunReport(result);
    const markdown = renderRunMarkdown(report);
    const json = runJson(report);
    const key = stickyKey(event.job, settings.workingDirectory);
    const headSha = event.pullRequest?.headSha || event.sha;
    const files = { json: join(result.outDir, 'report.json'), markdown: join(result.outDir, 'report.md') };
    await mkdir(result.outDir, { recursive: true });
    await writeFile(files.json, json);
    await writeFile(files.markdown, markdown);
    // For the fork-safe pair: what a mode: report job needs, and the comment as it would read.
    await writeHandoff(result.outDir, key, json);
    await writeFile(join(result.outDir, 'comment.md'), commentBody(report, { key, headSha, runUrl: event.runUrl }, false));
    const artifact = await upload(result.outDir, settings, credentials);
    const { artifactLine } = await import('./action/artifact.js');
    const line = artifact ? artifactLine(artifact) : undefined;
    await writeSummary(line ? `${markdown}\n${line}\n` : markdown);
    const commentUrl = await comment(report, key, headSha, settings, event, line);
    const outputs = {
        verdict: report.verdict.verdict,
        'report-json': files.json,
        'report-markdown': files.markdown,
        'comment-url': commentUrl,
        'run-dir': result.outDir,
        ...checkFigures(report),
        'artifact-id': artifact ? String(artifact.id) : '',
        'artifact-url': artifact?.url ?? ''
    };
    for (const [name, value] of Object.entries(outputs))
        setOutput(name, value);
    endGroup();
    logOverhead(result.timings, Date.now() - started, Date.now() - publishStart);
    if (report.verdict.verdict === 'fail') {
        const failed = report.verdict.checks.filter((c) => c.status === 'fail').map((c) => checkSummary(c));
        const text = `pprof-gate: regression: ${failed.join('; ')} (details in the job summary)`;
        if (settings.failOnRegression)
            setFailed(text);
        else
            warning(`${text}; not failing the job: fail-on-regression is false`);
    }
    else if (report.verdict.verdict === 'inconclusive') {
        const cpu = report.verdict.checks.find((c) => c.status === 'inconclusive');
        const text = `pprof-gate: inconclusive: ${cpu ? checkSummary(cpu) : 'a check could not decide'}`;
        if (failOnInconclusive)
            setFailed(`${text} (fail-on-inconclusive is true)`);
        else
            warning(`${text}; not failing the job (set fail-on-inconclusive: true to fail it)`);
    }
}
/** The run directory as a workflow artifact, unless upload-artifact is false. Never throws. */
async function upload(runDir, settings, credentials) {
    if (!settings.uploadArtifact) {
        info('upload-artifact: false: the run directory is not uploaded');
        return null;
    }
    const { uploadRunDir } = await import('./action/artifact.js');
    const env = process.env;
    const runPage = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null;
    const request = { runDir, name: settings.artifactName, retentionDays: settings.artifactRetentionDays, credentials, runPage };
    const artifact = await uploadRunDir(request, { info: info, warning: warning });
    if (artifact)
        info(`artifact ${artifact.name}: ${artifact.size} bytes, id ${artifact.id}${artifact.url ? `, ${artifact.url}` : ''}`);
    return artifact;
}
/** The sticky comment, when there is a pull request and a token; its URL or ''. Never throws. */
async function comment(report, key, headSha, settings, event, artifactLine) {
    if (!event.pullRequest)
        info(`no pull request in a ${event.name || 'non-GitHub'} event: no comment`);
    else if (settings.comment === 'never')
        info('comment: never: no comment');
    else if (!settings.token)
        warning("no comment: input 'github-token' is empty");
    else {
        try {
            const { publishComment, FORK_SAFE_HINT } = await import('./action/comment.js');
            const issue = { owner: event.owner, repo: event.repo, number: event.pullRequest.number };
            const request = { issue, key, policy: settings.comment, report, headSha, runUrl: event.runUrl, hint: FORK_SAFE_HINT, artifactLine };
            const r = await publishComment(await githubApi(settings.token), request, { info: info, warning: warning });
            return r.url ?? '';
        }
        catch (e) {
            warning(`pprof-gate: no comment: ${e.message}`);
        }
    }
    return '';
}
/**
 * The action's own cost: everything but the build and the trials (service
 * start, load, profiles). Logged on every run; docs/action.md quotes it.
 */
function logOverhead(t, wallMs, publishMs) {
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
    const prepare = t.totalMs - t.buildMs - t.trialsMs - t.analysisMs;
    const startup = wallMs - t.totalMs - publishMs;
    info(`pprof-gate: ${s(wallMs)} in all; build ${s(t.buildMs)}, trials ${s(t.trialsMs)}; ` +
        `own overhead ${s(wallMs - t.buildMs - t.trialsMs)} (start-up ${s(startup)}, prepare ${s(prepare)}, ` +
        `analysis ${s(t.analysisMs)}, reporting ${s(publishMs)})`);
}
/** mode: report (github/report-mode.ts). */
async function postFromArtifact(settings, event) {
    const { runReportMode } = await import('./action/report-mode.js');
    await runReportMode(settings, event, {
        log: { info: info, warning: warning },
        api: () => githubApi(settings.token),
        summary: writeSummary,
        setOutput: (name, value) => setOutput(name, value)
    });
}
/** The job summary; a runner without one (a local runner) gets a warning, the verdict still stands. */
async function writeSummary(markdown) {
    try {
        await summary.addRaw(markdown).write();
    }
    catch (e) {
        warning(`pprof-gate: no job summary: ${e.message}`);
    }
}
async function githubApi(token) {
    if (!token)
        throw new UsageError("input 'github-token' is empty; pass ${{ github.token }} (the default) or a token that may comment");
    const { octokitApi, withRetries, DEFAULT_RETRY } = await import('./action/api.js');
    return withRetries(await octokitApi(token), { ...DEFAULT_RETRY, log: warning });
}
/** One clear line for the job's failure; a harness error's evidence (compiler output, log tail) goes to the log first. */
async function describe(e) {
    if (e instanceof UsageError)
        return e.message;
    const { HarnessError } = await import('./action/errors.js');
    const { HandoffError } = await import('./action/handoff-schema.js');
    if (e instanceof HarnessError) {
        if (e.evidence)
            error(`${e.message}\n${e.evidence}`);
        return e.message;
    }
    if (e instanceof HandoffError)
        return e.message;
    debug(e?.stack ?? String(e));
    return `unexpected error: ${e?.message ?? String(e)} (set ACTIONS_STEP_DEBUG to true for the stack)`;
}

/** Entry point of the GitHub Action (action.yml: runs.main). */
await run();
