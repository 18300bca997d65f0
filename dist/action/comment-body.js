import { renderRunMarkdown } from './run.js';
import { m as markerLine, a as stateLine } from './marker.js';
import './escape.js';
import './words.js';
import 'node:crypto';
import 'node:path';

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

export { FROM_PULL_REQUEST_RUN, commentBody };
