import { realpathSync, statSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HarnessError } from './errors.js';

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

export { parseTargets as a, isLoopbackHost as i, parseTargetFlag as p };
