import { errorStatus, nextPageUrl } from './api.js';
import { c as commentBody } from './comment-body.js';
import { l as lastVerdict, h as hasMarker } from './marker.js';
import './run.js';
import './escape.js';
import './version.js';
import './words.js';
import 'node:crypto';
import 'node:path';

function decideComment(policy, verdict, existingBody) {
    const resolved = verdict === 'pass' && existingBody !== null && lastVerdict(existingBody) === 'fail';
    if (policy === 'never')
        return { write: false, why: 'comment: never' };
    if (policy === 'always' || verdict === 'fail')
        return { write: true, resolved };
    // on-regression, and this run passes: keep an existing comment current, start none.
    if (existingBody !== null)
        return { write: true, resolved };
    return { write: false, why: 'comment: on-regression and no regression' };
}

/** The login of the default token's identity (installation tokens cannot call GET /user). */
const ACTIONS_BOT = 'github-actions[bot]';
/** Who the token is: a user token's login from GET /user, else the Actions bot. */
async function tokenLogin(api) {
    try {
        const r = await api('GET /user');
        if (typeof r.data?.login === 'string' && r.data.login !== '')
            return r.data.login;
    }
    catch (e) {
        // 401/403 "Resource not accessible by integration": an installation token, GITHUB_TOKEN.
        if (![401, 403].includes(errorStatus(e)))
            throw e;
    }
    return ACTIONS_BOT;
}
function toComment(c) {
    const o = c;
    if (typeof o?.id !== 'number')
        return null;
    return {
        id: o.id,
        body: typeof o.body === 'string' ? o.body : '',
        login: typeof o.user?.login === 'string' ? o.user.login : '',
        url: typeof o.html_url === 'string' ? o.html_url : ''
    };
}
/** Safety bound on pages (100 comments each): a pull request with 10,000 comments is not one we search to the end. */
const MAX_PAGES = 100;
async function findSticky(api, issue, key, login) {
    let r = await api('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: issue.owner,
        repo: issue.repo,
        issue_number: issue.number,
        per_page: 100
    });
    for (let page = 1;; page++) {
        for (const raw of Array.isArray(r.data) ? r.data : []) {
            const c = toComment(raw);
            if (c && c.login === login && hasMarker(c.body, key))
                return c;
        }
        const next = nextPageUrl(r.headers.link);
        if (!next || page >= MAX_PAGES)
            return null;
        r = await api(`GET ${next}`);
    }
}
const normalize = (s) => s.replace(/\r\n/g, '\n');
async function writeSticky(api, issue, existing, body) {
    if (existing && normalize(existing.body) === normalize(body))
        return { action: 'unchanged', url: existing.url };
    if (existing) {
        const r = await api('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner: issue.owner,
            repo: issue.repo,
            comment_id: existing.id,
            body
        });
        return { action: 'updated', url: toComment(r.data)?.url || existing.url };
    }
    const r = await api('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: issue.owner,
        repo: issue.repo,
        issue_number: issue.number,
        body
    });
    return { action: 'created', url: toComment(r.data)?.url ?? '' };
}

const FORK_SAFE_HINT = 'To comment on pull requests from forks without giving their code a write token, use the fork-safe pair: ' +
    'this pull_request workflow with mode: measure (it uploads the run directory as an artifact) and a workflow_run ' +
    'workflow with mode: report and pull-requests: write (docs/action.md, "Fork-safe mode").';
async function publishComment(api, req, log) {
    const ctx = { key: req.key, headSha: req.headSha, runUrl: req.runUrl, fromPullRequestRun: req.fromPullRequestRun, artifactLine: req.artifactLine };
    return publishSticky(api, { issue: req.issue, key: req.key, policy: req.policy, verdict: req.report.verdict.verdict, hint: req.hint, body: (resolved) => commentBody(req.report, ctx, resolved) }, log);
}
async function publishSticky(api, req, log) {
    const where = `pull request #${req.issue.number}`;
    if (req.policy === 'never') {
        log.info(`no comment on ${where}: comment: never`);
        return { url: null, outcome: 'skipped' };
    }
    try {
        const login = await tokenLogin(api);
        const existing = await findSticky(api, req.issue, req.key, login);
        const decision = decideComment(req.policy, req.verdict, existing?.body ?? null);
        if (!decision.write) {
            log.info(`no comment on ${where}: ${decision.why}`);
            return { url: existing?.url ?? null, outcome: 'skipped' };
        }
        const w = await writeSticky(api, req.issue, existing, req.body(decision.resolved));
        log.info(`comment on ${where} ${w.action === 'unchanged' ? 'unchanged, not rewritten' : w.action} (as ${login}): ${w.url}`);
        return { url: w.url, outcome: w.action };
    }
    catch (e) {
        log.warning(explain(e, req));
        return { url: null, outcome: 'failed' };
    }
}
function explain(e, req) {
    const status = errorStatus(e);
    const said = (e?.message ?? String(e)).split(' - https://')[0];
    const head = `pprof-gate could not comment on pull request #${req.issue.number} of ${req.issue.owner}/${req.issue.repo}`;
    const stands = `The verdict (${req.verdict}) stands and the full report is in the job summary.`;
    if (status === 403 || status === 401) {
        return (`${head}: GitHub answered ${status} (${said}). The token cannot write to the pull request: a pull request from a fork gets a ` +
            `read-only GITHUB_TOKEN, and otherwise the workflow needs 'permissions: pull-requests: write'. ${stands} ${req.hint}`);
    }
    if (status === 404)
        return `${head}: GitHub answered 404 (${said}); the pull request or the repository is not visible to this token. ${stands}`;
    return `${head}: ${status ? `GitHub answered ${status} (${said})` : said}. ${stands}`;
}

export { FORK_SAFE_HINT, publishComment, publishSticky };
