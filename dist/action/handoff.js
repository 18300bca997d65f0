import { lstat, readFile, writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { HandoffError, parseHandoff } from './handoff-schema.js';
import './escape.js';
import './flamegraph-run.js';
import 'node:crypto';
import './marker.js';

/**
 * The fork-safe handoff: mode: measure writes pprof-gate-handoff.json (the
 * report as JSON and the sticky comment's key) into the run directory, which
 * the workflow uploads; mode: report finds it in the downloaded artifact and
 * reads it as data (handoff-schema.ts). The report job never renders the
 * artifact's markdown: it renders its own from the checked data.
 */
const HANDOFF_FILE = 'pprof-gate-handoff.json';
/** Far above a real report (a few tens of KB), far below what could hurt. */
const MAX_HANDOFF_BYTES = 1024 * 1024;
const MAX_DEPTH = 4;
async function writeHandoff(dir, key, reportJson) {
    const file = join(dir, HANDOFF_FILE);
    const report = JSON.parse(reportJson);
    await writeFile(file, JSON.stringify({ kind: 'pprof-gate-handoff', schemaVersion: 1, key, report }, null, 2) + '\n');
    return file;
}
/**
 * Handoff files under root (root itself may be one), not following symbolic
 * links. Stops looking after max + 1: the caller refuses more than max.
 */
async function findHandoffs(root, max = Infinity) {
    const found = [];
    const walk = async (p, depth) => {
        let st;
        try {
            st = await lstat(p);
        }
        catch (e) {
            if (depth === 0)
                throw new HandoffError(`artifact-path ${p}: ${e.code === 'ENOENT' ? 'does not exist' : e.message}`);
            return;
        }
        if (st.isFile() && p.endsWith(HANDOFF_FILE))
            found.push(p);
        if (!st.isDirectory() || depth >= MAX_DEPTH)
            return;
        for (const name of (await readdir(p)).sort()) {
            if (found.length > max)
                return;
            await walk(join(p, name), depth + 1);
        }
    };
    await walk(root, 0);
    return found;
}
async function readHandoff(file) {
    const st = await lstat(file);
    if (st.size > MAX_HANDOFF_BYTES)
        throw new HandoffError(`${file}: ${st.size} bytes, more than the ${MAX_HANDOFF_BYTES} a handoff may have`);
    let value;
    try {
        value = JSON.parse(await readFile(file, 'utf8'));
    }
    catch (e) {
        throw new HandoffError(`${file}: not valid JSON (${e.message})`);
    }
    return parseHandoff(value, file);
}
/**
 * Handoffs whose key appears once. Two with one key would write the same
 * sticky comment, the second over the first; which one is genuine cannot be
 * told from the artifact, so neither is posted. Returns the kept ones and the
 * refused keys with their files.
 */
function uniqueKeys(items) {
    const byKey = new Map();
    for (const { file, handoff } of items)
        byKey.set(handoff.key, [...(byKey.get(handoff.key) ?? []), file]);
    const repeated = new Map([...byKey].filter(([, files]) => files.length > 1));
    return { kept: items.filter((i) => !repeated.has(i.handoff.key)), repeated };
}

export { HANDOFF_FILE, HandoffError, MAX_HANDOFF_BYTES, findHandoffs, readHandoff, uniqueKeys, writeHandoff };
