import { stat, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { T as TOOL_VERSION, t as toJson } from './version.js';
import { U as UsageError } from './options.js';
import './targets.js';
import 'node:fs';
import './errors.js';

/**
 * A run directory's result file (report.json: what `run` and the action's
 * measure legs write) read back for `summarize`. The file may come from
 * another machine (a leg's artifact): it is data, type-checked field by
 * field; text in it is escaped where it is shown (report/summary.ts).
 * Results of another schemaVersion or tool version are refused, not guessed.
 */
const RESULT_FILE = 'report.json';
const MAX_RESULT_BYTES = 32 * 1024 * 1024;
const TEXT_MAX = 4000;
/** Lines of an error's evidence (the compiler's output, a log's tail) kept in the result: the first ones say what failed. */
const EVIDENCE_LINES = 20;
/** The result of a run that failed before its verdict: summarize shows it as an error, with the message. */
async function writeErrorResult(outDir, message, evidence, service) {
    const trimmed = evidence.replace(/\s+$/, '');
    const lines = trimmed === '' ? [] : trimmed.split('\n').slice(0, EVIDENCE_LINES);
    const json = { schemaVersion: 1, tool: 'pprof-gate', toolVersion: TOOL_VERSION, verdict: 'error', error: message, evidence: lines, configFile: service?.file ?? null, service: service?.service ?? null };
    await writeFile(path.join(outDir, RESULT_FILE), toJson(json) + '\n');
}
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v, max = TEXT_MAX) => (typeof v === 'string' ? v.slice(0, max) : null);
const CHECK_IDS = ['goroutines', 'heap', 'cpu'];
const CHECK_STATUSES = ['pass', 'fail', 'inconclusive', 'skipped'];
/** One run directory's outcome. A missing or unreadable result is an outcome (it fails the summary); another version's is a UsageError. */
async function readServiceResult(dir) {
    const file = path.join(dir, RESULT_FILE);
    const outcome = (state, message, name = path.basename(path.resolve(dir)), evidence = []) => ({
        name,
        dir,
        state,
        message,
        evidence,
        checks: [],
        known: []
    });
    let size;
    try {
        size = (await stat(file)).size;
    }
    catch {
        return outcome('missing', `no ${RESULT_FILE} in ${dir}: the run did not finish there (or it is not a run directory)`);
    }
    if (size > MAX_RESULT_BYTES)
        return outcome('error', `${file} is ${size} bytes, more than a result file has (${MAX_RESULT_BYTES})`);
    let json;
    try {
        json = JSON.parse(await readFile(file, 'utf8'));
    }
    catch (e) {
        return outcome('error', `${file} is not readable as JSON (${e.message.split('\n')[0]})`);
    }
    if (!isObject(json) || (json.tool !== undefined && json.tool !== 'pprof-gate') || typeof json.schemaVersion !== 'number') {
        throw new UsageError(`summarize: ${file} is not a pprof-gate result (no tool 'pprof-gate' and schemaVersion); give run directories that pprof-gate run wrote`);
    }
    if (json.schemaVersion !== 1) {
        throw new UsageError(`summarize: ${file} has schemaVersion ${json.schemaVersion}; this pprof-gate (${TOOL_VERSION}) reads schemaVersion 1: summarize with the version that wrote it`);
    }
    if (json.toolVersion !== TOOL_VERSION) {
        const wrote = typeof json.toolVersion === 'string' ? `pprof-gate ${text(json.toolVersion, 40)}` : 'a pprof-gate that does not say its version';
        throw new UsageError(`summarize: ${file} was written by ${wrote}, this is ${TOOL_VERSION}; summarize results of one version (run every service again, or summarize with the version that wrote them)`);
    }
    const name = text(json.service, 200) ?? path.basename(path.resolve(dir));
    if (json.verdict === 'error') {
        const evidence = Array.isArray(json.evidence) ? json.evidence.slice(0, EVIDENCE_LINES).map((l) => text(l, 400) ?? '') : [];
        return outcome('error', text(json.error) ?? 'the run failed (no message)', name, evidence);
    }
    if (json.verdict !== 'pass' && json.verdict !== 'fail' && json.verdict !== 'inconclusive') {
        return outcome('error', `${file}: verdict ${JSON.stringify(text(json.verdict, 40))} is not pass, fail, inconclusive or error`, name);
    }
    const checks = Array.isArray(json.checks) ? json.checks.slice(0, 3).map(readCheck) : [];
    if (checks.some((c) => c === null))
        return outcome('error', `${file}: a check is not as pprof-gate writes it`, name);
    const known = Array.isArray(json.known)
        ? json.known.slice(0, 100).flatMap((k) => (isObject(k) && typeof k.status === 'string' && typeof k.summary === 'string' ? [{ status: k.status.slice(0, 20), summary: k.summary.slice(0, TEXT_MAX) }] : []))
        : [];
    const state = json.unchanged === true ? 'unchanged' : json.verdict;
    // A verdict the checks do not bear out is not taken on trust.
    if (state === 'pass' && checks.some((c) => c.status === 'fail'))
        return outcome('error', `${file}: verdict pass, but a check failed`, name);
    return { name, dir, state, message: null, evidence: [], checks: checks, known };
}
function readCheck(c) {
    if (!isObject(c))
        return null;
    const id = CHECK_IDS.find((x) => x === c.id);
    const status = CHECK_STATUSES.find((x) => x === c.status);
    if (!id || !status || typeof c.unit !== 'string')
        return null;
    const g = Array.isArray(c.top) && isObject(c.top[0]) ? c.top[0] : null;
    return {
        id,
        status,
        unit: c.unit.slice(0, 40),
        delta: typeof c.delta === 'number' && Number.isFinite(c.delta) ? c.delta : null,
        summary: text(c.summary) ?? '',
        top: g && typeof g.name === 'string' ? { name: g.name.slice(0, TEXT_MAX), line: text(g.line, TEXT_MAX) ?? '' } : null
    };
}

export { RESULT_FILE, readServiceResult, writeErrorResult };
