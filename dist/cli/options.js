import { realpathSync, statSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * An error of the measurement harness: what failed, the evidence (compiler
 * output, service log tail, HTTP status and body), and what to do. The CLI
 * prints `message` on one line; `evidence` follows, indented, when present.
 */
class HarnessError extends Error {
    evidence;
    name = 'HarnessError';
    constructor(message, evidence = '') {
        super(message);
        this.evidence = evidence;
    }
}

/**
 * Load targets in vegeta's text format (https://github.com/tsenart/vegeta#http-format):
 *
 *   # a comment
 *   GET /search?q=x              <- METHOD URL starts a target
 *   X-Request-Id: 1              <- optional header lines `Name: value`
 *
 *   POST http://localhost:8080/items
 *   Content-Type: application/json
 *   @bodies/item.json            <- optional body file, ends the target
 *
 * Targets are separated by blank lines (a new `METHOD URL` line also starts
 * one). A URL is a path starting with '/' or an absolute http:// URL. An
 * absolute URL must name a loopback host (127.0.0.0/8, localhost, [::1]) and
 * only its path and query are kept: pprof-gate sends every request to the
 * service it started, on the port it chose, so `http://localhost:8080/items`,
 * written for the user's own local setup, goes to 127.0.0.1:PORT/items.
 * Paths are sent as written (no dot-segment cleaning), without the #fragment.
 * `@path` is resolved against bodyDir (the targets file's folder) and read once.
 */
// vegeta's list; CONNECT is left out because it opens a tunnel, not a request.
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE']);
// RFC 9110 token, the characters allowed in a header name.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// What may appear in a request path as sent: printable ASCII, no spaces.
const PATH_CHARS = /^[\x21-\x7e]*$/;
// A body is held in memory and resent on every request; bigger is a mistake.
const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Parses a targets file's text; throws HarnessError naming the line and the bad text. */
function parseTargets(text, opts) {
    const at = (line) => `${opts.source} line ${line}`;
    const targets = parse(text, opts.bodyDir, at);
    if (targets.length === 0) {
        throw new HarnessError(`${opts.source}: no targets found; write one 'METHOD URL' line per target, e.g. 'GET /'`);
    }
    return targets;
}
/** Parses one `--target 'GET /path'` value: a single `METHOD URL` line (baseUrl: see ParseTargetsOptions). */
function parseTargetFlag(value, _baseUrl) {
    const at = () => `--target ${JSON.stringify(value)}`;
    if (/[\r\n]/.test(value))
        throw new HarnessError(`${at()}: must be one line 'METHOD URL', e.g. 'GET /'`);
    return parseRequestLine(value.trim(), at());
}
function parse(text, bodyDir, at) {
    const lines = text.split(/\r?\n/);
    const targets = [];
    // The target whose header lines are being read; null between targets.
    let cur = null;
    let afterBody = false;
    for (let i = 0; i < lines.length; i++) {
        const where = at(i + 1);
        const line = lines[i].trim();
        if (line.startsWith('#'))
            continue;
        if (line === '') {
            cur = null;
            afterBody = false;
            continue;
        }
        if (cur === null || startsWithMethod(line)) {
            if (afterBody && !startsWithMethod(line)) {
                throw new HarnessError(`${where}: ${quote(line)} follows an @body line; the body line comes last in a target, after its headers`);
            }
            cur = parseRequestLine(line, where);
            targets.push(cur);
            afterBody = false;
        }
        else if (line.startsWith('@')) {
            cur.body = readBody(line.slice(1).trim(), bodyDir, where);
            cur = null; // the body ends the target, as in vegeta
            afterBody = true;
        }
        else {
            cur.headers.push(parseHeader(line, where));
        }
    }
    return targets;
}
function startsWithMethod(line) {
    return METHODS.has(line.split(/\s/, 1)[0] ?? '');
}
/** Parses `METHOD URL`. */
function parseRequestLine(line, where) {
    const m = /^(\S+)\s+(\S+)$/.exec(line);
    const method = m?.[1] ?? line.split(/\s/, 1)[0] ?? '';
    if (!METHODS.has(method)) {
        const hint = METHODS.has(method.toUpperCase()) ? ` (methods are upper case: ${method.toUpperCase()})` : '';
        throw new HarnessError(`${where}: bad method ${quote(method)} in ${quote(line)}${hint}; expected 'METHOD URL' with METHOD one of ${[...METHODS].join(', ')}`);
    }
    if (!m)
        throw new HarnessError(`${where}: expected 'METHOD URL' with one URL and no spaces in it, got ${quote(line)}`);
    return { method, path: requestPath(m[2], where), headers: [] };
}
/** The path+query to send for a URL as written in a target. */
function requestPath(url, where) {
    let p;
    if (url.startsWith('/')) {
        p = url;
    }
    else if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        p = loopbackPath(url, where);
    }
    else {
        throw new HarnessError(`${where}: bad URL ${quote(url)}; write a path starting with '/' or an http://127.0.0.1 URL`);
    }
    p = p.replace(/#.*$/, ''); // a fragment is never sent
    if (!PATH_CHARS.test(p)) {
        throw new HarnessError(`${where}: URL ${quote(url)} has characters that must be percent-encoded`);
    }
    return p === '' ? '/' : p;
}
function loopbackPath(url, where) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new HarnessError(`${where}: bad URL ${quote(url)}`);
    }
    if (u.protocol !== 'http:') {
        throw new HarnessError(`${where}: ${url} is not an http:// URL; pprof-gate talks plain HTTP to the service it started`);
    }
    if (!isLoopbackHost(u.hostname)) {
        throw new HarnessError(`${where}: ${url} is not a loopback address; pprof-gate only sends load to the service it started`);
    }
    if (u.username || u.password) {
        throw new HarnessError(`${where}: ${url} has credentials in it; send them as a header line, e.g. 'Authorization: Basic ...'`);
    }
    // Keep the path as written: after "scheme://authority", up to the end.
    const rest = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
    return rest.startsWith('/') ? rest : `/${rest}`;
}
/** True for the hosts a load may go to: 127.0.0.0/8, localhost and [::1]. */
function isLoopbackHost(hostname) {
    const h = hostname.toLowerCase();
    return h === 'localhost' || h === '[::1]' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
function parseHeader(line, where) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    const value = colon > 0 ? line.slice(colon + 1).trim() : '';
    if (!TOKEN.test(name) || value === '') {
        throw new HarnessError(`${where}: bad header ${quote(line)}; expected 'Name: value'`);
    }
    return [name, value];
}
/**
 * A body file must be in the targets file's folder (or below it), after
 * symbolic links are followed: the targets file may come from a pull
 * request, and `@/proc/self/environ` would send our own environment to the
 * service.
 */
function readBody(file, bodyDir, where) {
    if (file === '')
        throw new HarnessError(`${where}: '@' needs a file name, e.g. @body.json`);
    const abs = path.resolve(bodyDir, file);
    try {
        const inside = path.relative(realpathSync(bodyDir), realpathSync(abs));
        if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
            throw new HarnessError(`${where}: body file @${file} is outside the targets file's folder ${bodyDir}; put the body next to the targets file (or below it)`);
        }
        const size = statSync(abs).size;
        if (size > MAX_BODY_BYTES) {
            throw new HarnessError(`${where}: body file ${abs} is ${size} bytes; the limit is ${MAX_BODY_BYTES}`);
        }
        return readFileSync(abs);
    }
    catch (err) {
        if (err instanceof HarnessError)
            throw err;
        const why = err.code ?? err.message;
        throw new HarnessError(`${where}: cannot read body file @${file} (${abs}): ${why}`);
    }
}
function quote(s) {
    return JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}...` : s);
}

/**
 * Parsing of option values shared by the CLI's flags and the action's
 * inputs; each error names the option and the bad value.
 */
/** An error the user can fix: one line, exit code 2 (CLI) or a failed step (action), no stack trace. */
class UsageError extends Error {
    name = 'UsageError';
}
function parseFormat(v) {
    if (v === 'text' || v === 'markdown' || v === 'json')
        return v;
    throw new UsageError(`--format must be text, markdown or json; got ${JSON.stringify(v)}`);
}
function parseCount(v, name) {
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) {
        throw new UsageError(`${name} must be a whole number (0 or more); got ${JSON.stringify(v)}`);
    }
    return Number(v);
}
const SIZE_SUFFIX = { '': 1, b: 1, k: 1024, kib: 1024, m: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gib: 1024 ** 3 };
/** A byte size: 1048576, 512KiB, 64MiB, 1GiB. */
function parseByteSize(v, name) {
    const m = /^(\d+)\s*([a-z]*)$/i.exec(v.trim());
    const mult = m ? SIZE_SUFFIX[m[2].toLowerCase()] : undefined;
    if (!m || mult === undefined || Number(m[1]) === 0) {
        throw new UsageError(`${name} must be a size such as 1048576, 64MiB or 1GiB; got ${JSON.stringify(v)}`);
    }
    return Number(m[1]) * mult;
}
/** Splits "a 'b c' d" into words, as a shell would (quotes, backslash). */
function splitWords(s, name = '--args') {
    const out = [];
    let cur = '';
    let quote = null;
    let any = false;
    for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        if (quote) {
            if (ch === quote)
                quote = null;
            else if (ch === '\\' && quote === '"' && i + 1 < s.length)
                cur += s[++i];
            else
                cur += ch;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
            any = true;
        }
        else if (ch === '\\' && i + 1 < s.length) {
            cur += s[++i];
            any = true;
        }
        else if (/\s/.test(ch)) {
            if (cur || any)
                out.push(cur);
            cur = '';
            any = false;
        }
        else
            cur += ch;
    }
    if (quote)
        throw new UsageError(`${name}: unterminated ${quote} quote in ${JSON.stringify(s)}`);
    if (cur || any)
        out.push(cur);
    return out;
}
/** A number above 0 (decimals allowed). */
function parsePositiveNumber(v, name) {
    const n = Number(v);
    if (!/^\d+(\.\d+)?$/.test(v.trim()) || !(n > 0))
        throw new UsageError(`${name} must be a positive number; got ${JSON.stringify(v)}`);
    return n;
}
/**
 * --pprof-url / input pprof-url: pprof-gate fetches profiles only from the
 * service it started, so the URL must be plain http on a loopback address
 * ({port} stands for the service's port), without credentials in it.
 */
function checkPprofUrl(url, name) {
    let u;
    try {
        u = new URL(url.replace(/\{port\}/g, '1'));
    }
    catch {
        throw new UsageError(`${name}: bad URL ${JSON.stringify(url)}; expected e.g. http://127.0.0.1:{port}/debug/pprof`);
    }
    if (u.protocol !== 'http:')
        throw new UsageError(`${name}: ${JSON.stringify(url)} is not an http:// URL; pprof-gate fetches profiles over plain HTTP from the service it started`);
    if (!isLoopbackHost(u.hostname)) {
        throw new UsageError(`${name}: ${JSON.stringify(url)} is not a loopback address; pprof-gate fetches profiles only from the service it started (127.0.0.1, localhost, [::1])`);
    }
    if (u.username || u.password)
        throw new UsageError(`${name}: ${JSON.stringify(url)} has credentials in it; serve pprof openly on 127.0.0.1`);
    return url;
}
/** A fraction from 0 up to (not including) 1, as pprof's -nodefraction. */
function parseFraction(v, name) {
    const n = Number(v);
    if (!/^\d*\.?\d+(e-?\d+)?$/i.test(v.trim()) || !(n >= 0 && n < 1))
        throw new UsageError(`${name} must be a fraction from 0 up to 1, such as 0.001; got ${JSON.stringify(v)}`);
    return n;
}

export { HarnessError as H, UsageError as U, parseCount as a, parseByteSize as b, parseFraction as c, parsePositiveNumber as d, parseTargetFlag as e, parseTargets as f, checkPprofUrl as g, isLoopbackHost as i, parseFormat as p, splitWords as s };
