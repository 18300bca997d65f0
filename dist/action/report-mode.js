import { U as UsageError } from './options.js';
import { renderRunMarkdown } from './run.js';
import { runArtifactsLine } from './artifact.js';
import { publishComment } from './comment.js';
import { findHandoffs, readHandoff, uniqueKeys } from './handoff.js';
import { checkFigures } from './outputs.js';
import { f as findPullRequest } from './pull-request.js';
import { HandoffError } from './handoff-schema.js';
import './targets.js';
import 'node:fs';
import 'node:path';
import './errors.js';
import './escape.js';
import './version.js';
import './words.js';
import 'node:fs/promises';
import './api.js';
import './comment-body.js';
import './marker.js';
import 'node:crypto';
import './flamegraph-run.js';

/**
 * mode: report, the second half of the fork-safe pair. Runs in a
 * workflow_run workflow (trusted code, a token that may comment), reads the
 * measure job's handoff from the downloaded artifact as data, finds the pull
 * request from the run's metadata, and posts the report it renders itself.
 * Nothing from the artifact is executed, built or posted verbatim.
 */
const REPORT_HINT = "A mode: report job needs 'permissions: pull-requests: write' (and actions: read to download the artifact).";
async function runReportMode(settings, event, io) {
    const run = event.workflowRun;
    if (event.name !== 'workflow_run' || !run) {
        throw new UsageError(`input 'mode' is report, which posts the result of an earlier pull_request run and belongs in a workflow started by 'on: workflow_run'; ` +
            `this is a ${event.name || 'non-GitHub'} event: use mode: measure here`);
    }
    if (run.event !== 'pull_request') {
        io.log.info(`the triggering run was a ${run.event || 'unknown'} event, not a pull_request: no pull request to comment on`);
        return 'none';
    }
    const handoffs = await readHandoffs(settings, io.log);
    if (handoffs.length === 0)
        return 'none';
    const verdict = handoffs.some((h) => h.report.verdict.verdict === 'fail')
        ? 'fail'
        : handoffs.some((h) => h.report.verdict.verdict === 'inconclusive')
            ? 'inconclusive'
            : 'pass';
    io.setOutput('verdict', verdict);
    for (const [name, value] of Object.entries(checkFigures(handoffs[0].report)))
        io.setOutput(name, value);
    const artifactLine = run.htmlUrl ? runArtifactsLine(run.htmlUrl) : undefined;
    for (const h of handoffs)
        await io.summary(renderRunMarkdown(h.report) + (artifactLine ? `\n${artifactLine}\n` : ''));
    const api = await io.api();
    const pr = await findPullRequest(api, event.owner, event.repo, run);
    if ('none' in pr) {
        io.log.warning(`not commenting: ${pr.none}`);
        return verdict;
    }
    let firstUrl = '';
    for (const h of handoffs) {
        const r = await publishComment(api, {
            issue: { owner: event.owner, repo: event.repo, number: pr.number },
            key: h.key,
            policy: settings.comment,
            report: h.report,
            headSha: run.headSha,
            runUrl: run.htmlUrl || null,
            hint: REPORT_HINT,
            fromPullRequestRun: true,
            artifactLine
        }, io.log);
        firstUrl ||= r.url ?? '';
    }
    io.setOutput('comment-url', firstUrl);
    return verdict;
}
/**
 * The artifact's handoffs that may be posted. The artifact is the pull
 * request's to shape: more than max-handoffs refuses it whole (one comment
 * per handoff would otherwise let it post any number), a bad file is
 * skipped, and handoffs that repeat a key are all refused.
 */
async function readHandoffs(settings, log) {
    const files = await findHandoffs(settings.artifactPath, settings.maxHandoffs);
    if (files.length > settings.maxHandoffs) {
        log.warning(`not posting: more than ${settings.maxHandoffs} pprof-gate-handoff.json files under artifact-path ${settings.artifactPath}, ` +
            `more than max-handoffs allows (one comment each). A matrix with more legs: raise max-handoffs`);
        return [];
    }
    const read = [];
    for (const file of files) {
        try {
            read.push({ file, handoff: await readHandoff(file) });
        }
        catch (e) {
            if (!(e instanceof HandoffError))
                throw e;
            log.warning(`ignoring ${file}: ${e.message}`);
        }
    }
    const { kept, repeated } = uniqueKeys(read);
    for (const [key, where] of repeated) {
        log.warning(`ignoring ${where.length} handoffs with the same key ${key} (${where.join(', ')}): each job and working-directory writes one, so one of them is not genuine`);
    }
    if (kept.length === 0) {
        log.warning(`no usable pprof-gate-handoff.json under artifact-path ${settings.artifactPath}: did the pull_request job run pprof-gate (mode: measure) ` +
            `and upload its run directory, and did it get that far (see its log)?`);
    }
    return kept.map((k) => k.handoff);
}

export { runReportMode };
