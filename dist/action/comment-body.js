import { prose, renderRunMarkdown } from './run.js';
import { c as code, p as plain } from './escape.js';
import { fmtValue } from './words.js';
import { m as markerLine, c as stateLine } from './marker.js';

/**
 * `pprof-gate summarize` and `run --all`: many services' results in one
 * report. One row per service, failing first (then errors, missing results,
 * inconclusive, passing), unchanged services in one line, and each failing
 * service's findings below. Every word comes from here; what a result file
 * says (names, summaries, error messages) is escaped for where it goes.
 */
const ORDER = ['fail', 'error', 'missing', 'inconclusive', 'pass', 'unchanged'];
const ICON = { fail: '❌', error: '💥', missing: '❓', inconclusive: '❔', pass: '✅', unchanged: '⏸️' };
const CHECK_ICON = { pass: '✅', fail: '❌', skipped: '⏭️', inconclusive: '❔' };
const CHECK_TITLES = { goroutines: 'Goroutines', heap: 'Heap', cpu: 'CPU per request' };
/** Failing, errored or missing results fail the summary: never a silent pass. */
function summarize(services) {
    const sorted = [...services].sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state));
    const verdict = sorted.some((s) => s.state === 'fail' || s.state === 'error' || s.state === 'missing') ? 'fail' : sorted.some((s) => s.state === 'inconclusive') ? 'inconclusive' : 'pass';
    return { verdict, services: sorted };
}
function headline(s, name) {
    const measured = s.services.filter((x) => x.state !== 'unchanged').length;
    const count = (state) => s.services.filter((x) => x.state === state);
    const parts = [];
    const list = (xs) => xs.map((x) => name(x.name)).join(', ');
    if (count('fail').length)
        parts.push(`${count('fail').length} of ${measured} measured failed (${list(count('fail'))})`);
    if (count('error').length)
        parts.push(`${count('error').length} errored (${list(count('error'))})`);
    if (count('missing').length)
        parts.push(`${count('missing').length} without a result (${list(count('missing'))})`);
    if (count('inconclusive').length)
        parts.push(`${count('inconclusive').length} inconclusive (${list(count('inconclusive'))})`);
    if (parts.length === 0)
        parts.push(`no regression in ${measured} measured service${measured === 1 ? '' : 's'}`);
    const unchanged = count('unchanged').length;
    return `${parts.join('; ')}${unchanged ? `; ${unchanged} unchanged` : ''}`;
}
function checkCell(c, icons) {
    if (!c)
        return '–';
    // Leak checks: what head keeps adding per round beyond base; CPU: per request.
    const delta = c.status === 'skipped' || c.delta === null ? '' : ` ${fmtValue(c, c.delta, true)}${c.id === 'cpu' ? '/request' : '/round'}`;
    return `${CHECK_ICON[c.status]}${delta}` ;
}
const IDS = ['goroutines', 'heap', 'cpu'];
const linkTarget = (url) => (url && /^https?:\/\/[^\s()<>[\]]+$/.test(url) ? url : null);
function artifactRef(a) {
    const url = linkTarget(a.url);
    return url ? `[${code(a.name, 200)}](${url})` : code(a.name, 200);
}
/** `artifacts`, by service name: where each service's run directory is, instead of the local run directory. */
function renderSummaryMarkdown(s, marker = '', artifacts) {
    const out = [];
    if (marker)
        out.push(marker);
    const icon = s.verdict === 'fail' ? '❌' : s.verdict === 'inconclusive' ? '❔' : '✅';
    out.push(`### ${icon} pprof-gate: ${headline(s, (n) => code(n, 64))}`);
    out.push('');
    const rows = s.services.filter((x) => x.state !== 'unchanged');
    if (rows.length) {
        out.push('| service | verdict | goroutines | heap | CPU per request |');
        out.push('| --- | --- | --- | --- | --- |');
        for (const x of rows) {
            const cells = x.checks.length ? IDS.map((id) => checkCell(x.checks.find((c) => c.id === id))) : ['–', '–', '–'];
            out.push(`| ${code(x.name, 64)} | ${ICON[x.state]} ${x.state} | ${cells.join(' | ')} |`);
        }
        out.push('');
    }
    const unchanged = s.services.filter((x) => x.state === 'unchanged');
    if (unchanged.length)
        out.push(`${ICON.unchanged} Unchanged (same binary, not measured): ${unchanged.map((x) => code(x.name, 64)).join(', ')}\n`);
    for (const x of s.services.filter((y) => y.state === 'fail' || y.state === 'error' || y.state === 'missing')) {
        out.push(`#### ${ICON[x.state]} ${code(x.name, 64)}`);
        out.push('');
        if (x.message !== null)
            out.push(`${prose(x.message)}`);
        if (x.evidence.length)
            out.push('', ...x.evidence.map((l) => `    ${plain(l, 400)}`), '');
        for (const c of x.checks.filter((y) => y.status === 'fail')) {
            const top = c.top ? ` Grew most: ${code(c.top.name)}${c.top.line ? ` (${code(c.top.line, 200)})` : ''}.` : '';
            out.push(`- **${CHECK_TITLES[c.id]}**: ${prose(c.summary)}.${top}`);
        }
        for (const k of x.known.filter((y) => y.status === 'expired'))
            out.push(`- ${prose(k.summary)}.`);
        out.push('');
        const artifact = artifacts?.get(x.name);
        if (!artifacts)
            out.push(`Run directory: ${code(x.dir, 200)}`);
        else if (artifact)
            out.push(`📦 Profiles, flame graphs and service logs: artifact ${artifactRef(artifact)}`);
        else
            out.push('📦 No artifact of this service in this run.');
        out.push('');
    }
    if (artifacts && artifacts.size > 0) {
        const refs = s.services.flatMap((x) => {
            const a = artifacts.get(x.name);
            return a ? [`${code(x.name, 64)}: ${artifactRef(a)}`] : [];
        });
        out.push(`📦 Artifacts (profiles, flame graphs, reports, service logs): ${refs.join(' · ')}`);
        out.push('');
    }
    const stale = s.services.flatMap((x) => x.known.filter((k) => k.status === 'stale').map((k) => ({ x, k })));
    if (stale.length) {
        out.push('<details><summary>Stale known-leak entries (nothing matching them kept growing: remove them)</summary>');
        out.push('');
        for (const { x, k } of stale)
            out.push(`- ${code(x.name, 64)}: ${prose(k.summary)}`);
        out.push('');
        out.push('</details>');
    }
    return out.join('\n') + '\n';
}

/**
 * Keeps a comment under GitHub's body limit (65,536 characters; we aim at
 * 60,000 to leave room). A long report is cut between lines, never inside a
 * table row, any <details> left open is closed, and a note says how many
 * rows were left out and where the full report is (the job summary).
 */
const COMMENT_BUDGET = 60_000;
const isRow = (l) => l.startsWith('|');
const isSeparator = (l) => /^\|(\s*:?-+:?\s*\|)+\s*$/.test(l);
function fitToBudget(body, pointer, budget = COMMENT_BUDGET) {
    if (body.length <= budget)
        return body;
    const lines = body.split('\n');
    const note = (rows) => `> ✂️ ${rows} more table row(s) and the rest of the report are left out: a comment holds at most ${budget.toLocaleString('en-US')} characters. ${pointer}`;
    // Room for the note and the tags that close what was left open.
    const reserve = note(lines.length).length + 64;
    let size = 0;
    let cut = 0;
    while (cut < lines.length && size + lines[cut].length + 1 <= budget - reserve)
        size += lines[cut++].length + 1;
    // A header row without its separator (or a lone separator) would render as a stray line.
    while (cut > 0 && isRow(lines[cut - 1]) && cut < lines.length && isSeparator(lines[cut]))
        cut--;
    const kept = lines.slice(0, cut);
    const dropped = lines.slice(cut).filter((l) => isRow(l) && !isSeparator(l)).length;
    const open = kept.filter((l) => l.startsWith('<details')).length - kept.filter((l) => l.startsWith('</details>')).length;
    const out = [...kept, ''];
    for (let i = 0; i < open; i++)
        out.push('</details>', '');
    out.push(note(dropped));
    return out.join('\n') + '\n';
}

const FROM_PULL_REQUEST_RUN = "> ℹ️ Measured by this pull request's own workflow run and posted from its artifact: the pull request's code ran in that job, so these figures are only as trustworthy as that code.";
/** mode: summarize's comment: the summary of every service, with each one's artifact; within the budget. */
function summaryCommentBody(summary, ctx, resolved, artifacts, budget) {
    const sha = /^[0-9a-f]{7,64}$/.test(ctx.headSha) ? ctx.headSha.slice(0, 7) : '';
    const url = ctx.runUrl && /^https?:\/\/[^\s()<>[\]]+$/.test(ctx.runUrl) ? ctx.runUrl : null;
    const head = [markerLine(ctx.key), stateLine(summary.verdict)];
    if (resolved)
        head.push('', `> ✅ The regression an earlier run reported here is gone${sha ? ` as of ${sha}` : ''}.`);
    if (ctx.fromPullRequestRun)
        head.push('', FROM_PULL_REQUEST_RUN);
    head.push('');
    const footer = `<sub>pprof-gate${sha ? ` · head ${sha}` : ''}${url ? ` · [this run](${url})` : ''}</sub>`;
    const pointer = url ? `The full summary is in the [job summary](${url}).` : 'The full summary is in the job summary of this run.';
    return fitToBudget(`${renderSummaryMarkdown(summary, head.join('\n'), artifacts)}\n${footer}\n`, pointer, budget);
}
function commentBody(report, ctx, resolved, budget) {
    const sha = /^[0-9a-f]{7,64}$/.test(ctx.headSha) ? ctx.headSha.slice(0, 7) : '';
    // Nothing in a link target may end or break the link.
    const url = ctx.runUrl && /^https?:\/\/[^\s()<>[\]]+$/.test(ctx.runUrl) ? ctx.runUrl : null;
    const head = [markerLine(ctx.key), stateLine(report.verdict.verdict)];
    if (resolved)
        head.push('', `> ✅ The regression an earlier run reported here is gone${sha ? ` as of ${sha}` : ''}.`);
    if (ctx.fromPullRequestRun)
        head.push('', FROM_PULL_REQUEST_RUN);
    head.push('');
    const footer = `<sub>pprof-gate${sha ? ` · head ${sha}` : ''}${url ? ` · [full report and profiles](${url})` : ''}</sub>`;
    const summary = url ? `The full report is in the [job summary](${url}).` : 'The full report is in the job summary of this run.';
    const artifact = ctx.artifactLine ? `${ctx.artifactLine}\n\n` : '';
    const pointer = ctx.artifactLine ? `${summary}\n\n${ctx.artifactLine}` : summary;
    return fitToBudget(`${renderRunMarkdown(report, head.join('\n'))}\n${artifact}${footer}\n`, pointer, budget);
}

var commentBody$1 = /*#__PURE__*/Object.freeze({
    __proto__: null,
    FROM_PULL_REQUEST_RUN: FROM_PULL_REQUEST_RUN,
    commentBody: commentBody,
    summaryCommentBody: summaryCommentBody
});

export { summaryCommentBody as a, commentBody$1 as b, commentBody as c, renderSummaryMarkdown as r, summarize as s };
