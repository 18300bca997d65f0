import { constants } from 'node:fs';
import { readdir, lstat, access } from 'node:fs/promises';
import { join } from 'node:path';
import { c as code } from './escape.js';
import { fmtBytes } from './words.js';

/**
 * The run directory as a workflow artifact, uploaded by the action itself
 * with the toolkit's client (@actions/artifact): every profile, the
 * reports, the flame graphs, the service logs, the manifest and the
 * fork-safe handoff; not bin/ (the two binaries: tens of MB each, rebuilt
 * from the commits, and no evidence). One artifact per service, so the
 * legs of a matrix over services do not collide. A failed upload is a
 * warning: the verdict never depends on it.
 */
/** Characters the artifact service refuses in a path (the toolkit checks the same list before it uploads). */
const BAD_IN_PATH = /[":<>|*?\r\n]/;
/** The run directory is ours and shallow; a deeper tree is not what we wrote. */
const MAX_DEPTH = 8;
/**
 * The files of the run directory to upload: regular files only (a symbolic
 * link would be followed by the zip, to wherever it points), not the
 * top-level bin/, not names the artifact service refuses.
 */
async function selectRunFiles(runDir) {
    const out = { files: [], bytes: 0, left: [] };
    const walk = async (dir, rel, depth) => {
        for (const name of (await readdir(dir)).sort()) {
            const path = join(dir, name);
            const shown = rel ? `${rel}/${name}` : name;
            if (depth === 0 && name === 'bin')
                continue;
            const st = await lstat(path);
            if (BAD_IN_PATH.test(name))
                out.left.push({ path: shown, why: 'its name holds a character artifacts may not' });
            else if (st.isSymbolicLink())
                out.left.push({ path: shown, why: 'a symbolic link' });
            else if (st.isDirectory()) {
                if (depth + 1 < MAX_DEPTH)
                    await walk(path, shown, depth + 1);
                else
                    out.left.push({ path: shown, why: `deeper than ${MAX_DEPTH} levels` });
            }
            else if (st.isFile()) {
                // The zip stream throws outside any caller on a file it cannot read: that would end the action.
                if (!(await readable(path)))
                    out.left.push({ path: shown, why: 'not readable' });
                else {
                    out.files.push(path);
                    out.bytes += st.size;
                }
            }
            else
                out.left.push({ path: shown, why: 'not a regular file' });
        }
    };
    await walk(runDir, '', 0);
    return out;
}
async function readable(path) {
    try {
        await access(path, constants.R_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** Uploads the run directory; the artifact, or null after a warning that says what failed and what to do. */
async function uploadRunDir(req, log) {
    const not = `pprof-gate: the run directory was not uploaded as artifact ${req.name}`;
    const stands = `The verdict stands; the run directory is ${req.runDir} on the runner.`;
    if (!req.credentials) {
        log.warning(`${not}: ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set, so this is not a GitHub Actions runner (or one without the artifact service). ` +
            `${stands} Set upload-artifact: false to not try.`);
        return null;
    }
    let selected;
    try {
        selected = await selectRunFiles(req.runDir);
    }
    catch (e) {
        log.warning(`${not}: cannot list it (${e.message}). ${stands}`);
        return null;
    }
    // Quoted: a name may hold a line break (a service can write into the run directory), and a log line must not become a workflow command.
    for (const l of selected.left)
        log.info(`artifact ${req.name}: leaving out ${JSON.stringify(l.path)}: ${l.why}`);
    if (selected.files.length === 0) {
        // A run that failed before it wrote anything: nothing to look at, nothing to warn about.
        log.info(`not uploading artifact ${req.name}: the run directory holds no files but bin/`);
        return null;
    }
    log.info(`artifact ${req.name}: ${selected.files.length} files, ${fmtBytes(selected.bytes)} before compression (bin/ left out)`);
    // The toolkit reads its credentials from the environment; they were taken
    // out of it before the pull request's code was built and run, and are back
    // only while the upload runs, when no child process is left.
    const saved = { token: process.env.ACTIONS_RUNTIME_TOKEN, url: process.env.ACTIONS_RESULTS_URL };
    process.env.ACTIONS_RUNTIME_TOKEN = req.credentials.runtimeToken;
    process.env.ACTIONS_RESULTS_URL = req.credentials.resultsUrl;
    try {
        const { DefaultArtifactClient } = await import('./artifact2.js');
        const options = req.retentionDays ? { retentionDays: req.retentionDays } : {};
        const r = await new DefaultArtifactClient().uploadArtifact(req.name, selected.files, req.runDir, options);
        if (r.id === undefined)
            throw new Error('the artifact service answered no artifact id');
        return { name: req.name, id: r.id, size: r.size ?? 0, url: req.runPage ? `${req.runPage}/artifacts/${r.id}` : null };
    }
    catch (e) {
        log.warning(`${not}: ${oneLine(e?.message ?? String(e))}. ${stands} ${whatToDo(e)}`);
        return null;
    }
    finally {
        restore('ACTIONS_RUNTIME_TOKEN', saved.token);
        restore('ACTIONS_RESULTS_URL', saved.url);
    }
}
function restore(name, value) {
    if (value === undefined)
        delete process.env[name];
    else
        process.env[name] = value;
}
const oneLine = (text) => text.replace(/\s*\n\s*/g, ' ').trim();
function whatToDo(e) {
    const name = e?.name;
    const message = e?.message ?? '';
    if (name === 'GHESNotSupportedError')
        return 'GitHub Enterprise Server does not support this artifact service: set upload-artifact: false and upload the run-dir output with actions/upload-artifact@v3.';
    if (/\(409\)|already exists/i.test(message)) {
        return 'Another step or matrix leg of this run uploaded an artifact with this name: give each its own artifact-name (or working-directory).';
    }
    return 'Re-run the job if the artifact service had a hiccup, or set upload-artifact: false and upload the run-dir output yourself.';
}
/** "Open the flame graphs: artifact pprof-gate-orders, 1.2 MiB", linked to the artifact when its page is known. */
function artifactLine(a) {
    const what = `Open the flame graphs: artifact ${code(a.name)}, ${fmtBytes(a.size)}`;
    const url = a.url && /^https?:\/\/[^\s()<>[\]]+$/.test(a.url) ? a.url : null;
    return `📦 ${url ? `[${what}](${url})` : what} (profiles, reports and service logs too)`;
}
/** mode: report: the measure run's artifacts, on that run's page (its artifact ids are not in the handoff, written before the upload). */
function runArtifactsLine(runPage) {
    if (!/^https?:\/\/[^\s()<>[\]]+$/.test(runPage))
        return undefined;
    return `📦 Open the flame graphs: the artifacts of [the pull request's run](${runPage}) (profiles, reports and service logs too)`;
}

export { artifactLine, runArtifactsLine, selectRunFiles, uploadRunDir };
