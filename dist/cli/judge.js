import { readFile } from 'node:fs/promises';
import { resolve, join, basename } from 'node:path';
import { parseArgs } from 'node:util';
import { G as GATE_FLAGS, H as HelpRequested, g as gateThresholds, r as reduceTrials, D as DEFAULTS, j as judge, b as buildRunReport, e as exitCode } from './run.js';
import { r as runJson, a as renderRunMarkdown, b as renderRunText } from './summarize.js';
import { U as UsageError, p as parseFormat } from './options.js';
import { p as pickService, l as loadConfigFile, f as findConfigFile } from './config-file.js';
import 'node:fs';
import './read-profile.js';
import 'node:crypto';
import './escape.js';
import 'node:zlib';
import 'node:child_process';
import 'node:os';
import 'node:net';
import 'node:http';
import 'node:module';
import './json.js';

/**
 * `pprof-gate judge RUN_DIR`: the gate again on a saved run directory (a
 * downloaded artifact), with other thresholds if asked, running nothing:
 * "would 20% have failed this?". Reads manifest.json for the trials and
 * each trial's profiles from the directory itself.
 */
const JUDGE_USAGE = `Usage: pprof-gate judge RUN_DIR [options]

Judges a saved run directory again (profiles, manifest.json), running nothing.
Exit 0 pass (and inconclusive), 1 regression, 2 error.

  --max-goroutines N        goroutines head keeps adding per round beyond base that fail
  --max-heap-growth SIZE    heap head keeps retaining per round beyond base that fails
  --max-cpu-percent P       CPU per request increase that fails, when significant
  --cpu-alpha A             significance level, one-sided
  --hot-spot-share P        functions with at least P% of base's CPU are checked alone
  --max-hot-spot-percent P  such a function's increase that fails, when significant
  --ignore-top PATTERN      ignore stacks whose innermost function matches (repeatable)
  --ignore-any PATTERN      ignore stacks with any function matching (repeatable)
  --fail-on-inconclusive    exit 1 when the CPU answer is inconclusive
  --service NAME            judge with the known leaks of service NAME in the config file
  --config FILE             that config file (default .pprof-gate.yml at the top of the git repository)
  --date YYYY-MM-DD         the day known leaks are judged on (default: the run's day)
  --format FORMAT           text (default), markdown or json
Defaults: the thresholds, allowlist and known leaks the run used (from its manifest).
`;
async function readManifest(dir) {
    const file = join(dir, 'manifest.json');
    let m;
    try {
        m = JSON.parse(await readFile(file, 'utf8'));
    }
    catch (e) {
        const code = e.code;
        throw new UsageError(`judge: ${file}: ${code === 'ENOENT' ? 'no such file; give the run directory that pprof-gate run wrote' : `not readable as JSON (${e.message})`}`);
    }
    if (m?.tool !== 'pprof-gate' || m.schemaVersion !== 1)
        throw new UsageError(`judge: ${file} is not a pprof-gate manifest of schemaVersion 1`);
    if (!Array.isArray(m.trials) || !m.trials.every((t) => t && (t.kind === 'leak' || t.kind === 'cpu'))) {
        throw new UsageError(`judge: ${file} has no trials this version can read (a run of an older pprof-gate); run it again`);
    }
    return m;
}
/** The record with its files found in `dir` (the directory may have moved since the run). */
function rebased(r, dir) {
    const trialDir = join(dir, basename(r.dir));
    const profiles = Object.fromEntries(Object.entries(r.profiles).map(([k, f]) => [k, join(trialDir, basename(f))]));
    return { ...r, dir: trialDir, log: join(trialDir, basename(r.log)), profiles };
}
/** The known leaks to judge with: the config file's service when named, else the run's own; on --date or the run's day. */
function knownLeaks(values, m) {
    if (values.config !== undefined && values.service === undefined)
        throw new UsageError('--config names the file that --service NAME reads; give --service too');
    let entries = Array.isArray(m.config.known) ? m.config.known : [];
    if (values.service !== undefined)
        entries = pickService(loadConfigFile(values.config ?? findConfigFile()), values.service).known;
    const date = values.date ?? m.createdAt?.slice(0, 10) ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw new UsageError(`--date must be YYYY-MM-DD; got ${JSON.stringify(values.date ?? m.createdAt)}`);
    return { entries, date };
}
async function judgeCommand(argv, io) {
    let parsed;
    try {
        parsed = parseArgs({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                ...GATE_FLAGS,
                'ignore-top': { type: 'string', multiple: true },
                'ignore-any': { type: 'string', multiple: true },
                service: { type: 'string' },
                config: { type: 'string' },
                date: { type: 'string' },
                format: { type: 'string', default: 'text' },
                debug: { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false }
            }
        });
        if (parsed.values.help)
            throw new HelpRequested();
    }
    catch (e) {
        if (e instanceof HelpRequested) {
            io.stdout(JUDGE_USAGE);
            return 0;
        }
        throw e;
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1)
        throw new UsageError(`judge takes one run directory; got ${positionals.length} (see pprof-gate judge --help)`);
    const format = parseFormat(values.format);
    const dir = resolve(positionals[0]);
    const m = await readManifest(dir);
    const thresholds = gateThresholds(values, { ...DEFAULTS.thresholds, ...m.config.thresholds });
    const allow = {
        ignoreTop: values['ignore-top'] ?? m.config.allow?.ignoreTop ?? [],
        ignoreAny: values['ignore-any'] ?? m.config.allow?.ignoreAny ?? []
    };
    const records = m.trials.map((r) => rebased(r, dir));
    const figures = await reduceTrials(records);
    const plan = { minPairs: m.config.cpuPairs ?? DEFAULTS.cpuPairs, maxPairs: m.config.maxCpuPairs ?? DEFAULTS.maxCpuPairs };
    const discarded = records.filter((r) => r.kind === 'cpu' && r.discarded !== null).length;
    const verdict = judge(figures, thresholds, allow, plan, discarded, knownLeaks(values, m));
    const result = {
        verdict,
        records,
        outDir: dir,
        goVersion: m.goVersion,
        base: m.base,
        head: m.head,
        timings: m.timings,
        flameGraphs: { cpu: null, heap: null, goroutines: null },
        unchanged: m.unchanged ?? null
    };
    const report = buildRunReport(result);
    io.stdout(format === 'json' ? runJson(report) : format === 'markdown' ? renderRunMarkdown(report) : renderRunText(report));
    return exitCode(verdict.verdict, values['fail-on-inconclusive']);
}

export { JUDGE_USAGE, judgeCommand, readManifest, rebased };
