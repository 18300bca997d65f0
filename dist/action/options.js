import { i as isLoopbackHost } from './targets.js';

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

export { UsageError as U, parseCount as a, parsePositiveNumber as b, checkPprofUrl as c, parseFormat as d, parseFraction as e, parseByteSize as p, splitWords as s };
