import { existsSync } from 'node:fs';
import path from 'node:path';
import { s as summarize, r as renderSummaryMarkdown, a as summaryCommentBody } from './comment-body.js';
import { loadConfigFile } from './config-file.js';
import { readServiceResult } from './results.js';
import { nextPageUrl } from './api.js';
import { s as serviceArtifactName } from './artifact-name.js';
import { publishSticky } from './comment.js';
import { inertProse } from './handoff-schema.js';
import { b as summaryStickyKey } from './marker.js';
import { f as findPullRequest } from './pull-request.js';
import './run.js';
import './escape.js';
import './version.js';
import './words.js';
import 'node:util';
import './options.js';
import './targets.js';
import './errors.js';
import 'node:fs/promises';
import './flamegraph-run.js';
import 'node:crypto';

/**
 * mode: summarize, the final job of a matrix over the config file's
 * services (after the legs, `if: always()`): reads each leg's run directory
 * from what actions/download-artifact (pattern: pprof-gate-*) put under
 * artifact-path, one folder per artifact, and posts one summary as its own
 * sticky comment and the job summary. The services expected are the config
 * file's: a leg without a result is shown and fails the job, never a silent
 * pass. Result files are data (run/results.ts checks them field by field).
 *
 * In the fork-safe pair it runs on workflow_run instead: the artifacts are
 * the triggering pull request run's (downloaded by run-id), the pull request
 * comes from that run's metadata, and every free text of the results (the
 * pull request's code wrote them) is reduced to inert prose first.
 */
const HINT = "A mode: summarize job needs 'permissions: pull-requests: write' to comment (and actions: read to link the legs' artifacts).";
/** One leg's outcome: its artifact's folder under artifact-path, or a missing result that says where it was looked for. */
async function legOutcome(artifactPath, service) {
    const artifact = serviceArtifactName(service);
    const dir = path.join(artifactPath, artifact);
    if (!existsSync(dir)) {
        return {
            name: service,
            dir: artifact,
            state: 'missing',
            message: `no artifact ${artifact} under artifact-path: the leg of service ${service} did not upload its run directory ` +
                `(did it run? see its log), or actions/download-artifact (pattern: pprof-gate-*) did not download it`,
            evidence: [],
            checks: [],
            known: []
        };
    }
    const r = await readServiceResult(dir);
    const shown = { ...r, name: service, dir: artifact };
    if (r.state !== 'missing' && r.name !== service) {
        return { ...shown, state: 'error', message: `artifact ${artifact} holds the result of service ${JSON.stringify(r.name)}, not ${service}`, checks: [], known: [] };
    }
    return shown;
}
/**
 * The pages of this run's artifacts, by name (the latest of a name), from
 * the REST API; without them (no token, no actions: read) the summary names
 * the artifacts unlinked.
 */
async function artifactPages(api, event, runId, runPage, log) {
    const out = new Map();
    let r = await api('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { owner: event.owner, repo: event.repo, run_id: runId, per_page: 100 });
    for (let page = 1;; page++) {
        for (const raw of Array.isArray(r.data?.artifacts) ? r.data.artifacts : []) {
            const a = raw;
            if (typeof a.id !== 'number' || typeof a.name !== 'string')
                continue;
            if ((out.get(a.name)?.id ?? -1) < a.id)
                out.set(a.name, { name: a.name, id: a.id, url: runPage ? `${runPage}/artifacts/${a.id}` : null });
        }
        const next = nextPageUrl(r.headers.link);
        if (!next || page >= 10)
            break;
        r = await api(`GET ${next}`);
    }
    log.info(`this run has ${out.size} artifact(s)`);
    return out;
}
/** A fork's result, its free text made inert: no markup, link, mention or autolink can come through. */
function inert(o) {
    return {
        ...o,
        message: o.message === null ? null : inertProse(o.message, 600),
        evidence: o.evidence.map((l) => inertProse(l, 400)),
        checks: o.checks.map((c) => ({ ...c, summary: inertProse(c.summary, 600) })),
        known: o.known.map((k) => ({ ...k, summary: inertProse(k.summary, 600) }))
    };
}
async function runSummarizeMode(settings, event, io) {
    const config = loadConfigFile(io.configFile, io.cwd);
    // On workflow_run, the legs are the triggering run's and their results the pull request's code wrote.
    const run = event.name === 'workflow_run' ? event.workflowRun : null;
    const outcomes = [];
    for (const s of config.services) {
        const o = await legOutcome(settings.artifactPath, s.name);
        outcomes.push(run ? inert(o) : o);
    }
    const summary = summarize(outcomes);
    const runId = run ? (run.id === undefined ? '' : String(run.id)) : io.runId;
    const runPage = run ? run.htmlUrl || null : io.runPage;
    let pages = new Map();
    if (settings.token && event.owner && runId) {
        try {
            pages = await artifactPages(await io.api(), event, runId, runPage, io.log);
        }
        catch (e) {
            io.log.info(`the legs' artifacts are named, not linked: listing this run's artifacts failed (${e.message}); the job needs 'permissions: actions: read'`);
        }
    }
    const artifacts = new Map();
    for (const x of summary.services) {
        const name = serviceArtifactName(x.name);
        if (x.state !== 'missing')
            artifacts.set(x.name, pages.get(name) ?? { name, url: null });
    }
    await io.summary(renderSummaryMarkdown(summary, '', artifacts));
    const failing = summary.services.filter((x) => x.state === 'fail' || x.state === 'error' || x.state === 'missing');
    io.setOutput('verdict', summary.verdict);
    io.setOutput('failing-services', String(failing.length));
    io.setOutput('comment-url', await comment(summary, artifacts, settings, event, run, io));
    const what = { fail: 'regression', error: 'errored', missing: 'no result' };
    const listed = failing.map((x) => `${x.name} (${what[x.state]})`).join(', ');
    const line = `pprof-gate: ${failing.length} of ${summary.services.length} services failing: ${listed} (details in the job summary)`;
    if (failing.some((x) => x.state !== 'fail'))
        return { summary, failure: line, warning: null };
    if (failing.length > 0)
        return settings.failOnRegression ? { summary, failure: line, warning: null } : { summary, failure: null, warning: `${line}; not failing the job: fail-on-regression is false` };
    if (summary.verdict === 'inconclusive') {
        const names = summary.services.filter((x) => x.state === 'inconclusive').map((x) => x.name);
        const text = `pprof-gate: CPU per request inconclusive for ${names.join(', ')}`;
        return settings.failOnInconclusive ? { summary, failure: `${text} (fail-on-inconclusive is true)`, warning: null } : { summary, failure: null, warning: `${text}; not failing the job` };
    }
    return { summary, failure: null, warning: null };
}
/** The one sticky comment of all services, when there is a pull request and a token; its URL or ''. Never throws. */
async function comment(summary, artifacts, settings, event, run, io) {
    if (!event.pullRequest && !run)
        io.log.info(`no pull request in a ${event.name || 'non-GitHub'} event: no comment`);
    else if (run && run.event !== 'pull_request')
        io.log.info(`the triggering run was a ${run.event || 'unknown'} event, not a pull_request: no pull request to comment on`);
    else if (settings.comment === 'never')
        io.log.info('comment: never: no comment');
    else if (!settings.token)
        io.log.warning("no comment: input 'github-token' is empty");
    else {
        try {
            const api = await io.api();
            let number;
            let headSha;
            if (run) {
                const pr = await findPullRequest(api, event.owner, event.repo, run);
                if ('none' in pr) {
                    io.log.warning(`not commenting: ${pr.none}`);
                    return '';
                }
                number = pr.number;
                headSha = run.headSha;
            }
            else {
                number = event.pullRequest.number;
                headSha = event.pullRequest.headSha || event.sha;
            }
            const key = summaryStickyKey(event.job);
            const ctx = { key, headSha, runUrl: run ? run.htmlUrl || null : event.runUrl, fromPullRequestRun: run !== null };
            const issue = { owner: event.owner, repo: event.repo, number };
            const request = { issue, key, policy: settings.comment, verdict: summary.verdict, hint: HINT, body: (resolved) => summaryCommentBody(summary, ctx, resolved, artifacts) };
            return (await publishSticky(api, request, io.log)).url ?? '';
        }
        catch (e) {
            io.log.warning(`pprof-gate: no comment: ${e.message}`);
        }
    }
    return '';
}

export { legOutcome, runSummarizeMode };
