import { createHash } from 'node:crypto';
import { normalize } from 'node:path';

/**
 * The hidden first line that makes a comment "ours" (together with its
 * author, see sticky.ts), and the verdict it last reported. One comment per
 * job and working directory, so a matrix over services gets one each. The
 * key is a hash: job ids and paths may hold characters (`-->`) that would end
 * an HTML comment.
 */
function stickyKey(job, workingDirectory) {
    const dir = normalize(workingDirectory || '.').replace(/\/+$/, '') || '.';
    return createHash('sha256').update(`${job}\n${dir}`).digest('hex').slice(0, 16);
}
/** A matrix leg's comment, one per job and service of the config file (when a leg comments at all). */
function serviceStickyKey(job, service) {
    return createHash('sha256').update(`${job}\nservice ${service}`).digest('hex').slice(0, 16);
}
/** mode: summarize's one comment for all services: a key of its own, so no leg's comment is ever taken for it. */
function summaryStickyKey(job) {
    return createHash('sha256').update(`${job}\nsummary of services`).digest('hex').slice(0, 16);
}
const isStickyKey = (k) => typeof k === 'string' && /^[0-9a-f]{16}$/.test(k);
function markerLine(key) {
    return `<!-- pprof-gate:sticky key=${key} -->`;
}
/** Whether a comment body starts with our marker line (first line only: a name quoted further down never counts). */
function hasMarker(body, key) {
    const nl = body.indexOf('\n');
    return (nl === -1 ? body : body.slice(0, nl)).replace(/\r$/, '') === markerLine(key);
}
function stateLine(verdict) {
    return `<!-- pprof-gate:verdict=${verdict} -->`;
}
/** The verdict a comment of ours last reported (its second line), or null. */
function lastVerdict(body) {
    const second = body.split('\n', 2)[1]?.replace(/\r$/, '');
    return second === stateLine('fail') ? 'fail' : second === stateLine('pass') ? 'pass' : null;
}

export { serviceStickyKey as a, summaryStickyKey as b, stateLine as c, hasMarker as h, isStickyKey as i, lastVerdict as l, markerLine as m, stickyKey as s };
