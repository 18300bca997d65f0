/**
 * Makes untrusted text (function names, file names, labels: the author of a
 * pull request controls them) inert in markdown. The text becomes a code
 * span: GitHub renders no HTML, links, images, mentions or issue references
 * inside one. Around that:
 * - a backtick fence longer than any backtick run in the text;
 * - `|` escaped, since a table splits cells on it even inside code spans;
 * - line breaks, NUL and other control characters shown as visible symbols,
 *   so nothing can start a new line (a forged heading) or end a table row;
 * - bidirectional overrides and zero-width characters shown as U+XXXX, so
 *   the text reads as it is; lone surrogates become U+FFFD;
 * - long text shortened in the middle with an ellipsis (Go names carry
 *   meaning at both ends: the package path and the method).
 */
const DEFAULT_MAX_NAME_LENGTH = 120;
/** Characters that change how surrounding text is displayed without being seen. */
// eslint-disable-next-line no-misleading-character-class -- each listed alone, on purpose
const INVISIBLE = /[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]/g;
/** Replaces control, invisible and broken characters with visible stand-ins. */
function visible(text) {
    let out = toWellFormed(text);
    // eslint-disable-next-line no-control-regex
    out = out.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, '⏎').replace(/[\u0000-\u0008\u000b-\u001f\u007f]|\t/g, (c) => c === '\t' ? ' ' : `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    return out.replace(INVISIBLE, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
function toWellFormed(s) {
    return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
/** Shortens to at most `max` code points, keeping both ends. */
function shorten(text, max = DEFAULT_MAX_NAME_LENGTH) {
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    const keep = max - 1;
    const head = Math.ceil(keep * 0.4);
    const tail = keep - head;
    return chars.slice(0, head).join('') + '…' + chars.slice(chars.length - tail).join('');
}
/** Untrusted text as an inline code span, safe anywhere in markdown including table cells. */
function code(text, max = DEFAULT_MAX_NAME_LENGTH) {
    let body = shorten(visible(text), max);
    if (body === '')
        return '(empty)';
    body = body.replace(/\|/g, '\\|');
    let longest = 0;
    for (const run of body.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    // A space keeps a fence from merging with a backtick at either end (and is stripped when rendered).
    const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** Untrusted text for a plain-text terminal: visible characters, shortened. */
function plain(text, max = DEFAULT_MAX_NAME_LENGTH) {
    return shorten(visible(text), max);
}
/**
 * Text printed where a GitHub runner reads the log: a line that starts
 * (after blanks) with `::` or `##[` is a workflow command (set an output,
 * mask, add a path...). Untrusted lines (a service's output, names from its
 * profiles) get a backslash before it, which the runner does not read as a
 * command and a reader reads as "literally".
 */
function inertCommands(text) {
    return text.replace(/^([ \t]*)(::|##\[)/gm, '$1\\$2');
}

export { code as c, inertCommands as i, plain as p, shorten as s, visible as v };
