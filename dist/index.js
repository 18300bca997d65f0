import { s as setFailed, g as getInput, w as warning, i as info, a as setOutput, b as saveState, e as error, d as debug, c as summary, f as startGroup, h as endGroup } from './action/core.js';
import { readFileSync, existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import { U as UsageError } from './action/options.js';
import { a as artifactCredentials } from './action/artifact-name.js';
import { r as readSettings, t as toRunConfig } from './action/inputs.js';
import { s as stickyKey, a as serviceStickyKey } from './action/marker.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import './action/targets.js';
import './action/errors.js';
import 'node:crypto';

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
        ...(int(run.id) !== null ? { id: int(run.id) } : {}),
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
 * artifact (github/artifact.ts); with input service, one service of the
 * config file (github/service-inputs.ts). mode: report posts a handoff from
 * a workflow_run (github/report-mode.ts); mode: services lists the config
 * file's services for a matrix, and mode: summarize posts one summary of
 * the matrix's legs (github/summarize-mode.ts). The only place that calls setFailed:
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
        if (settings.mode === 'summarize')
            return await summarizeLegs(settings, event);
        if (settings.mode === 'services')
            return await listServices();
        if (event.name === 'pull_request_target' && !settings.allowPullRequestTarget)
            throw new UsageError(PULL_REQUEST_TARGET_REFUSAL);
        const leg = await runConfig(settings, event);
        // Kept aside for the upload, once every child process is gone.
        const credentials = settings.uploadArtifact ? artifactCredentials(process.env) : null;
        // Every input is read: the pull request's code, built and run below, gets none of the credentials.
        scrubSecrets(process.env);
        await measure(leg, settings, event, started, credentials);
    }
    catch (e) {
        setFailed(`pprof-gate: ${await describe(e)}`);
    }
}
async function runConfig(settings, event) {
    if (settings.service === '') {
        if (settings.config !== '')
            throw new UsageError("input 'config' names the file that input 'service' reads; give service too (a name from the file)");
        return { config: toRunConfig(input, defaultBase(event)), from: null, key: stickyKey(event.job, settings.workingDirectory) };
    }
    const { serviceRunConfig } = await import('./action/service-inputs.js');
    const leg = serviceRunConfig(input, defaultBase(event), process.cwd());
    info(`pprof-gate: service ${leg.from.service} of ${leg.from.file} (${leg.dir})`);
    return { config: leg.config, from: leg.from, key: serviceStickyKey(event.job, leg.from.service) };
}
async function measure(leg, settings, event, started, credentials) {
    const { config } = leg;
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
            // mode: summarize shows the leg as errored, with this message, rather than as missing.
            const [{ writeErrorResult }, { HarnessError }] = await Promise.all([import('./action/results.js'), import('./action/errors.js')]);
            const evidence = failure instanceof HarnessError ? failure.evidence : '';
            await writeErrorResult(resolve(config.outDir), failure instanceof Error ? failure.message : String(failure), evidence, leg.from).catch(() => { });
            const artifact = await upload(resolve(config.outDir), settings, credentials);
            setOutput('artifact-id', artifact ? String(artifact.id) : '');
            setOutput('artifact-url', artifact?.url ?? '');
        }
        throw failure;
    }
    await publish(result, leg, settings, event, started, credentials);
}
/** The report: files in the run directory, the artifact, job summary, comment, outputs; then the verdict decides the job. */
async function publish(result, leg, settings, event, started, credentials) {
    const { failOnInconclusive } = leg.config;
    const publishStart = Date.now();
    startGroup('pprof-gate: report, artifact, summary, outputs, comment');
    const [{ buildRunReport }, { renderRunMarkdown, runJson }, { writeHandoff }, { commentBody }, { checkFigures }, { checkSummary }] = await Promise.all([
        import('./action/run-report.js'),
        import('./action/run.js'),
        import('./action/handoff.js'),
        import('./action/comment-body.js').then(function (n) { return n.b; }),
        import('./action/outputs.js'),
        import('./action/words.js')
    ]);
    const base = result.base.commit ? `merge-base of HEAD and ${result.base.ref}, ${result.base.commit.slice(0, 12)}` : result.base.dir;
    info(`base: ${base}; head: ${result.head.dir}; ${result.goVersion}`);
    const report = buildRunReport(result);
    if (leg.from)
        report.config = leg.from;
    const markdown = renderRunMarkdown(report);
    const json = runJson(report);
    const key = leg.key;
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
/** mode: services: the config file's services as a JSON array, for a matrix (`fromJSON`); the whole file is checked. */
async function listServices() {
    const [{ configFilePath }, { loadConfigFile }] = await Promise.all([import('./action/service-inputs.js'), import('./action/config-file.js')]);
    const config = loadConfigFile(configFilePath(input, process.cwd()), process.cwd());
    const names = config.services.map((s) => s.name);
    info(`pprof-gate: ${names.length} service(s) in ${config.file}: ${names.join(', ')}`);
    setOutput('services', JSON.stringify(names));
}
/** mode: summarize (github/summarize-mode.ts). */
async function summarizeLegs(settings, event) {
    const { runSummarizeMode } = await import('./action/summarize-mode.js');
    const { configFilePath } = await import('./action/service-inputs.js');
    const env = process.env;
    const runPage = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null;
    const outcome = await runSummarizeMode(settings, event, {
        configFile: configFilePath(input, process.cwd()),
        cwd: process.cwd(),
        runPage,
        runId: env.GITHUB_RUN_ID ?? '',
        log: { info: info, warning: warning },
        api: () => githubApi(settings.token),
        summary: writeSummary,
        setOutput: (name, value) => setOutput(name, value)
    });
    if (outcome.failure)
        setFailed(outcome.failure);
    else if (outcome.warning)
        warning(outcome.warning);
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
