import { parseArgs } from 'node:util';
import { U as UsageError, p as parseFormat } from './options.js';
import { stat, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { t as toJson } from './json.js';
import { c as code, p as plain, i as inertCommands } from './escape.js';

/**
 * This tool's version, as package.json says (a test keeps them equal). Run
 * results carry it, so that `summarize` never mixes results of two versions
 * whose figures may not mean the same.
 */
const TOOL_VERSION = '0.1.0';

function fmtBytes(n, signed = false) {
    if (!Number.isFinite(n))
        return '–';
    const sign = signed && n > 0 ? '+' : n < 0 ? '-' : '';
    const a = Math.abs(n);
    if (a >= 1024 ** 3)
        return `${sign}${(a / 1024 ** 3).toFixed(2)} GiB`;
    if (a >= 1024 ** 2)
        return `${sign}${(a / 1024 ** 2).toFixed(2)} MiB`;
    if (a >= 1024)
        return `${sign}${(a / 1024).toFixed(1)} KiB`;
    return `${sign}${Math.round(a)} B`;
}
function fmtNs(n, signed = false) {
    if (!Number.isFinite(n))
        return '–';
    const sign = signed && n > 0 ? '+' : n < 0 ? '-' : '';
    const a = Math.abs(n);
    if (a >= 1e9)
        return `${sign}${(a / 1e9).toFixed(2)} s`;
    if (a >= 1e6)
        return `${sign}${(a / 1e6).toFixed(2)} ms`;
    if (a >= 1e3)
        return `${sign}${(a / 1e3).toFixed(1)} µs`;
    return `${sign}${Math.round(a)} ns`;
}
function fmtCount(n, signed = false) {
    if (!Number.isFinite(n))
        return '–';
    const s = Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(1);
    return signed && n > 0 ? `+${s}` : s;
}
function fmtPercent(ratio, signed = true) {
    if (!Number.isFinite(ratio))
        return '∞';
    const p = (ratio - 1) * 100;
    return `${signed && p >= 0 ? '+' : ''}${p.toFixed(1)}%`;
}
/** A check's value in its unit, for people. */
function fmtValue(c, v, signed = false) {
    if (c.unit === 'bytes')
        return fmtBytes(v, signed);
    if (c.unit === 'ns/request')
        return fmtNs(v, signed);
    return fmtCount(v, signed);
}
/** "1 per 100 requests" or "312 B per request". */
function perRequestWords(c, perRound, requests) {
    const rate = perRound / requests;
    if (c.unit === 'bytes')
        return `${fmtBytes(rate)} per request`;
    if (rate <= 0)
        return 'none per request';
    return rate >= 1 ? `${fmtCount(Number(rate.toFixed(1)))} per request` : `1 per ${fmtCount(Math.round(1 / rate))} requests`;
}
function rounds(c, values) {
    return values.map((v, k) => `${fmtValue(c, v, true)} in round ${k + 1}`).join(', ');
}
function growthSummary(c, f) {
    const what = c.id === 'goroutines' ? 'goroutines' : 'retained heap';
    const per = f.requestsPerRound ? ` (round: ${fmtCount(f.requestsPerRound)} requests)` : '';
    const unsettled = f.unsettled ? `; the goroutine count had not settled before ${f.unsettled} snapshot(s)` : '';
    switch (c.reason) {
        case 'grows':
            return (`head keeps adding ${what}: ${rounds(c, f.headRounds)}${per}` +
                (f.requestsPerRound ? `, about ${perRequestWords(c, c.delta, f.requestsPerRound)}` : '') +
                `; base keeps ${fmtValue(c, Math.max(0, f.persistent.base), true)} per round${unsettled}`);
        case 'bounded':
            return `bounded: head's ${what} grew ${rounds(c, f.headRounds)}${per}, then stopped growing, so it is not a leak${unsettled}`;
        case 'base-too':
            return `head keeps adding ${fmtValue(c, f.persistent.head, true)} per round, but base keeps adding ${fmtValue(c, f.persistent.base, true)}: not this change's${unsettled}`;
        default:
            return `head's ${what} ${c.id === 'goroutines' ? 'do' : 'does'} not keep growing: ${rounds(c, f.headRounds)}${per}${unsettled}`;
    }
}
function interval(f) {
    return `${fmtPercent(f.ratio)}, ${Math.round((1 - f.alpha * 2) * 100)}% interval ${fmtPercent(f.low)} to ${Number.isFinite(f.high) ? fmtPercent(f.high) : '+∞'}, ${f.pairs} pair(s)`;
}
function cpuSummary(c, f) {
    const discarded = f.discarded ? `; ${f.discarded} trial(s) left out (uneven competition for the CPU, or warm-up)` : '';
    const source = f.source === 'profile' ? '; from CPU profile samples (10 ms each): the kernel\'s CPU accounting was not available' : '';
    const see = ` This run can see changes of ${fmtPercent(1 + Math.max(f.detectable, 0))} or more.`;
    switch (c.reason) {
        case 'slower':
            return `head spends ${fmtPercent(f.ratio)} CPU per request (${interval(f)})${discarded}${source}`;
        case 'hot-spot': {
            const g = c.top[0];
            return `${g ? `${g.name} grew ${fmtPercent(g.ratio ?? 1)} per request (${Math.round((g.share ?? 0) * 100)}% of base's CPU)` : 'a hot function grew'}, while CPU per request changed ${interval(f)}${discarded}${source}`;
        }
        case 'undecided':
            return `inconclusive: CPU per request ${interval(f)} straddles +${f.thresholdPercent}% after ${f.pairs} pairs.${see}${discarded}${source}`;
        default:
            return `CPU per request ${interval(f)}, under +${f.thresholdPercent}%${discarded}${source}`;
    }
}
/** One line saying why the check's status is what it is. */
function checkSummary(c) {
    if (c.status === 'skipped') {
        if (c.reason === 'no-requests')
            return 'the request count is unknown (an external load tool without --load-command-requests), so CPU per request cannot be computed';
        if (c.reason === 'no-profile')
            return 'no pair of trials had usable CPU figures';
        return c.id === 'cpu' ? 'no CPU trials were run' : 'no leak trials were run';
    }
    if (c.figures?.kind === 'growth')
        return growthSummary(c, c.figures);
    if (c.figures?.kind === 'cpu')
        return cpuSummary(c, c.figures);
    return '';
}
/** The rule the check applies, e.g. "+5 goroutines per round beyond base". */
function thresholdText(c) {
    const f = c.figures;
    if (f?.kind === 'growth')
        return `${fmtValue(c, f.threshold, true)}/round beyond base`;
    if (f?.kind === 'cpu')
        return `+${f.thresholdPercent}%, significant at ${f.alpha}`;
    return '–';
}
/**
 * A known-leak entry's outcome in one line: "known (fixed in #412):
 * main.(*Cache).janitor keeps adding +40 goroutines per round ...". The
 * reason and pattern come from the config file: the caller escapes the line
 * for where it goes.
 */
function knownSummary(o) {
    const e = o.entry;
    const what = `${e.kind} ${e.pattern}`;
    const growth = `${fmtValue(o, o.delta, true)} per round beyond base`;
    switch (o.status) {
        case 'accepted':
            return `known (${e.reason}): ${what} keeps adding ${growth}; not failing ${e.until ? `until after ${e.until}` : '(no end date)'} (${e.where})`;
        case 'expired':
            return `known leak expired on ${e.until} (${e.reason}): ${what} keeps adding ${growth}, which counts again (${e.where}); fix it or move the date`;
        default:
            return `stale known entry (${e.reason}): nothing matching ${what} kept growing${o.expired ? `, and its date ${e.until} has passed` : ''}; remove it (${e.where})`;
    }
}

const CHECK_TITLES$1 = {
    goroutines: 'Goroutines that keep growing',
    heap: 'Heap that keeps growing (inuse, after GC)',
    cpu: 'CPU per request'
};
const ICON$1 = { pass: '✅', fail: '❌', skipped: '⏭️', inconclusive: '❔' };
const KNOWN_ICON = { accepted: '☑️', expired: '❌', stale: '🧹' };
function deltaCell(c) {
    if (c.status === 'skipped')
        return '–';
    const f = c.figures;
    if (f?.kind === 'cpu')
        return `${fmtNs(c.delta, true)} (${fmtPercent(f.ratio)}, ${fmtPercent(f.low)} to ${Number.isFinite(f.high) ? fmtPercent(f.high) : '+∞'})`;
    let s = fmtValue(c, c.delta, true);
    if (c.perRequest)
        s += ` (${c.unit === 'bytes' ? fmtBytes(c.perRequest.delta, true) : fmtCount(Number(c.perRequest.delta.toFixed(3)), true)}/request)`;
    return s;
}
/** Base and head: for leaks, what each keeps adding per round; for CPU, ns per request. */
function valueCell(c, side) {
    if (c.status === 'skipped')
        return '–';
    return c.figures?.kind === 'growth' ? `${fmtValue(c, c[side], true)}/round` : fmtValue(c, c[side]);
}
function headline$1(r) {
    if (r.unchanged)
        return `unchanged: base and head build to the same binary (sha256 ${r.unchanged.sha256.slice(0, 12)}), so nothing was measured`;
    const failed = r.verdict.checks.filter((c) => c.status === 'fail');
    if (failed.length === 0) {
        if (r.verdict.verdict === 'inconclusive')
            return 'no leak; CPU per request inconclusive (see below)';
        const accepted = (r.verdict.known ?? []).filter((o) => o.status === 'accepted').length;
        if (accepted > 0)
            return `no regression beyond ${accepted} known leak${accepted === 1 ? '' : 's'}: nothing else keeps growing and CPU per request did not grow`;
        return 'no regression: head leaks no goroutines, retains no growing heap and spends no more CPU per request than base';
    }
    const what = failed.map((c) => (c.id === 'goroutines' ? 'leaks goroutines' : c.id === 'heap' ? 'leaks heap' : 'burns more CPU per request'));
    return `head ${what.join(', ')}`;
}
/** Expired known-leak entries whose growth counts again in a failing check. */
function expiredIn(v, c) {
    return c.status === 'fail' ? (v.known ?? []).filter((o) => o.check === c.id && o.status === 'expired') : [];
}
/** The stack or function a reader should look at first. */
function culprit(c) {
    return c.top[0];
}
/** The frame to look at, with its file:line. */
function where(g) {
    return g.line ? `${g.site} (${g.line})` : g.site;
}
/** The grower's name, then where (when that says more than the name). */
function nameAndWhere(g, show) {
    if (g.site === g.name)
        return g.line ? `${show(g.name)} (${show(g.line, 200)})` : show(g.name);
    return `${show(g.name)} at ${show(where(g), 200)}`;
}
function pprofCommands(r) {
    const { base, head, lastRound, cpuBase, cpuHead } = r.example;
    const last = `round${lastRound}`;
    const prev = lastRound > 1 ? `round${lastRound - 1}` : 'start';
    const out = [
        { what: 'goroutines head added in its last round', cmd: `go tool pprof -top -diff_base=${head}/goroutine-${prev}.pb.gz ${head}/goroutine-${last}.pb.gz` },
        { what: 'heap head kept in its last round', cmd: `go tool pprof -top -sample_index=inuse_space -diff_base=${head}/heap-${prev}.pb.gz ${head}/heap-${last}.pb.gz` },
        { what: 'goroutines, head vs base after the load', cmd: `go tool pprof -top -diff_base=${base}/goroutine-${last}.pb.gz ${head}/goroutine-${last}.pb.gz` }
    ];
    if (cpuBase && cpuHead)
        out.push({ what: 'CPU, head vs base (one pair)', cmd: `go tool pprof -top -diff_base=${cpuBase}/cpu.pb.gz ${cpuHead}/cpu.pb.gz` });
    return out;
}
function loadLine(r) {
    const side = (s) => `${s.requests === null ? 'unknown number of' : s.requests.toLocaleString('en-US')} requests over ${s.trials} trial(s), ${s.errors} errors${s.non2xx ? `, ${s.non2xx} non-2xx` : ''}`;
    return `Load: base ${side(r.load.base)}; head ${side(r.load.head)}.${r.isolation ? ` CPU trials: ${r.isolation}.` : ''}`;
}
function verdictIcon(v) {
    return v === 'fail' ? '❌' : v === 'inconclusive' ? '❔' : '✅';
}
function growerRows(c, out) {
    const stack = (g) => g.frames.slice(0, 4).map((f) => code(f, 60)).join(' ← ');
    if (c.id === 'cpu') {
        // Hot functions carry a share and a paired change; stacks that grew carry their frames.
        out.push('| Δ CPU per request | base | head | change | share of base | function or stack (innermost first) |');
        out.push('| ---: | ---: | ---: | ---: | ---: | --- |');
        for (const g of c.top) {
            const judged = g.share !== undefined && g.ratio !== undefined;
            const what = judged ? nameAndWhere(g, code) : stack(g);
            out.push(`| ${fmtNs(g.delta, true)} | ${fmtNs(g.base)} | ${fmtNs(g.head)} | ${judged ? fmtPercent(g.ratio) : '–'} | ${judged ? `${(g.share * 100).toFixed(1)}%` : '–'} | ${what} |`);
        }
        return;
    }
    const label = c.id === 'goroutines' ? 'goroutine (waiting in)' : 'allocated in';
    out.push(`| kept per round | head per round | ${label} | stack (innermost first) |`);
    out.push('| ---: | --- | --- | --- |');
    for (const g of c.top) {
        const perRound = (g.rounds ?? []).map((v) => fmtValue(c, v, true)).join(', ');
        out.push(`| ${fmtValue(c, g.delta, true)} | ${perRound} | ${nameAndWhere(g, code)} | ${stack(g)} |`);
    }
}
function renderRunMarkdown(r, marker = '') {
    const v = r.verdict;
    const out = [];
    if (marker)
        out.push(marker);
    out.push(`### ${verdictIcon(v.verdict)} pprof-gate: ${headline$1(r)}`);
    out.push('');
    if (r.unchanged) {
        if (r.config)
            out.push(`Service ${code(r.config.service)} of ${code(r.config.file)}\n`);
        return out.join('\n') + '\n';
    }
    for (const c of v.checks.filter((x) => x.status === 'fail' || x.status === 'inconclusive')) {
        const top = culprit(c);
        const grew = top && c.status === 'fail' ? ` Grew most: ${nameAndWhere(top, code)}.` : '';
        const expired = expiredIn(v, c).map((o) => ` ${prose(knownSummary(o))}.`).join('');
        out.push(`- **${CHECK_TITLES$1[c.id]}**: ${prose(checkSummary(c))}.${grew}${expired}`);
    }
    if (v.checks.some((c) => c.status === 'fail' || c.status === 'inconclusive'))
        out.push('');
    out.push('| check | base | head | Δ | fails at | status |');
    out.push('| --- | ---: | ---: | ---: | --- | --- |');
    for (const c of v.checks) {
        out.push(`| ${CHECK_TITLES$1[c.id]} | ${valueCell(c, 'base')} | ${valueCell(c, 'head')} | ${deltaCell(c)} | ${thresholdText(c)} | ${ICON$1[c.status]} ${c.status} |`);
    }
    const passed = v.checks.filter((c) => c.status === 'pass' && (c.reason === 'bounded' || c.reason === 'base-too'));
    for (const c of passed)
        out.push(`\n${CHECK_TITLES$1[c.id]} passed: ${prose(checkSummary(c))}.`);
    if (v.known?.length) {
        out.push('');
        out.push('Known leaks (`known:` in the config file):');
        out.push('');
        for (const o of v.known)
            out.push(`- ${KNOWN_ICON[o.status]} ${prose(knownSummary(o))}.`);
    }
    for (const c of v.checks) {
        if (c.top.length === 0 || c.status === 'skipped' || c.status === 'pass')
            continue;
        out.push('');
        out.push(`<details${c.status === 'fail' ? ' open' : ''}><summary>${c.id === 'cpu' ? 'Functions whose CPU per request grew' : c.id === 'heap' ? 'Allocation sites that keep retaining more' : 'Goroutine stacks that keep growing'}</summary>`);
        out.push('');
        growerRows(c, out);
        out.push('');
        out.push('</details>');
    }
    out.push('');
    out.push(loadLine(r));
    for (const w of r.warnings)
        out.push(`\n> ⚠️ ${prose(plain(w, 300))}`);
    out.push('');
    if (r.config)
        out.push(`Service ${code(r.config.service)} of ${code(r.config.file)}\n`);
    if (r.flameGraphs?.length)
        out.push(`Flame graphs, head vs base (in the run directory): ${r.flameGraphs.map((f) => code(f)).join(', ')}\n`);
    out.push('<details><summary>Dig further (in the run directory)</summary>');
    out.push('');
    for (const { what, cmd } of pprofCommands(r))
        out.push(`- ${what}: ${code(cmd, 1000)}`);
    out.push('');
    out.push('</details>');
    return out.join('\n') + '\n';
}
/** Report prose that carries names (a hot function's): every markdown character escaped. */
function prose(text) {
    return plain(text, 800).replace(/[\\<>[\]`|*_#@!~&]/g, (ch) => `\\${ch}`);
}
function renderRunText(r) {
    const v = r.verdict;
    const out = [];
    out.push(`pprof-gate: ${v.verdict.toUpperCase()}: ${headline$1(r)}`);
    out.push('');
    if (r.unchanged) {
        if (r.config)
            out.push(`Service: ${plain(r.config.service)} (${plain(r.config.file)})`);
        out.push(`Run directory: ${r.outDir}`);
        return inertCommands(out.join('\n') + '\n');
    }
    const rows = v.checks.map((c) => [CHECK_TITLES$1[c.id], valueCell(c, 'base'), valueCell(c, 'head'), deltaCell(c), thresholdText(c), c.status.toUpperCase()]);
    const header = ['check', 'base', 'head', 'delta', 'fails at', 'status'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells) => cells.map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
    out.push(line(header));
    for (const row of rows)
        out.push(line(row));
    for (const c of v.checks) {
        out.push('');
        out.push(`${c.id}: ${plain(checkSummary(c), 400)}`);
        for (const o of (v.known ?? []).filter((x) => x.check === c.id))
            out.push(`  ${o.status}: ${plain(knownSummary(o), 600)}`);
        if (c.status === 'skipped')
            continue;
        if (c.status !== 'fail' && c.top.length > 0)
            out.push('  largest changes, none of them enough to fail:');
        for (const g of c.top.slice(0, c.status === 'fail' ? 5 : 2)) {
            const figure = c.id === 'cpu' ? `${fmtNs(g.delta, true)}/request` : `${fmtValue(c, g.delta, true)}/round`;
            out.push(`  ${figure.padStart(16)}  ${nameAndWhere(g, plain)}`);
            for (const f of g.frames.slice(0, 5))
                out.push(`                    ${plain(f)}`);
        }
    }
    out.push('');
    out.push(loadLine(r));
    for (const w of r.warnings)
        out.push(`warning: ${plain(w, 300)}`);
    out.push('');
    if (r.config)
        out.push(`Service: ${plain(r.config.service)} (${plain(r.config.file)})`);
    out.push(`Run directory: ${r.outDir}`);
    if (r.flameGraphs?.length)
        out.push(`Flame graphs, head vs base (open in a browser): ${r.flameGraphs.map((f) => plain(f)).join(', ')}`);
    out.push('Dig further (from the run directory):');
    for (const { what, cmd } of pprofCommands(r))
        out.push(`  # ${what}\n  ${cmd}`);
    return inertCommands(out.join('\n') + '\n');
}
const finite = (n) => (n === undefined || !Number.isFinite(n) ? null : n);
function runJson(r) {
    return (toJson({
        schemaVersion: 1,
        tool: 'pprof-gate',
        toolVersion: TOOL_VERSION,
        verdict: r.verdict.verdict,
        unchanged: r.unchanged !== undefined,
        binarySha256: r.unchanged?.sha256 ?? null,
        checks: r.verdict.checks.map((c) => ({
            id: c.id,
            status: c.status,
            unit: c.unit,
            base: finite(c.base),
            head: finite(c.head),
            delta: finite(c.delta),
            reason: c.reason,
            threshold: thresholdText(c),
            summary: checkSummary(c),
            perRequest: c.perRequest,
            figures: c.figures,
            p: finite(c.p),
            trials: c.trials,
            top: c.top
        })),
        known: (r.verdict.known ?? []).map((o) => ({
            kind: o.entry.kind,
            pattern: o.entry.pattern,
            reason: o.entry.reason,
            until: o.entry.until,
            where: o.entry.where,
            check: o.check,
            status: o.status,
            expired: o.expired,
            unit: o.unit,
            base: finite(o.base),
            head: finite(o.head),
            delta: finite(o.delta),
            summary: knownSummary(o),
            top: o.top
        })),
        load: {
            base: { requests: r.load.base.requests, errors: r.load.base.errors, non2xx: r.load.base.non2xx, trials: r.load.base.trials },
            head: { requests: r.load.head.requests, errors: r.load.head.errors, non2xx: r.load.head.non2xx, trials: r.load.head.trials }
        },
        outDir: r.outDir,
        goVersion: r.goVersion,
        isolation: r.isolation,
        warnings: r.warnings,
        flameGraphs: r.flameGraphs ?? [],
        configFile: r.config?.file ?? null,
        service: r.config?.service ?? null
    }) + '\n');
}

/**
 * `pprof-gate summarize` and `run --all`: many services' results in one
 * report. One row per service, failing first (then errors, missing results,
 * inconclusive, passing), unchanged services in one line, and each failing
 * service's findings below. Every word comes from here; what a result file
 * says (names, summaries, error messages) is escaped for where it goes.
 */
const ORDER = ['fail', 'error', 'missing', 'inconclusive', 'pass', 'unchanged'];
const ICON = { fail: '❌', error: '💥', missing: '❓', inconclusive: '❔', pass: '✅', unchanged: '⏸️' };
const CHECK_ICON = { pass: '✅', fail: '❌', skipped: '⏭️', inconclusive: '❔' };
const CHECK_TITLES = { goroutines: 'Goroutines', heap: 'Heap', cpu: 'CPU per request' };
/** Failing, errored or missing results fail the summary: never a silent pass. */
function summarize$1(services) {
    const sorted = [...services].sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state));
    const verdict = sorted.some((s) => s.state === 'fail' || s.state === 'error' || s.state === 'missing') ? 'fail' : sorted.some((s) => s.state === 'inconclusive') ? 'inconclusive' : 'pass';
    return { verdict, services: sorted };
}
function headline(s, name) {
    const measured = s.services.filter((x) => x.state !== 'unchanged').length;
    const count = (state) => s.services.filter((x) => x.state === state);
    const parts = [];
    const list = (xs) => xs.map((x) => name(x.name)).join(', ');
    if (count('fail').length)
        parts.push(`${count('fail').length} of ${measured} measured failed (${list(count('fail'))})`);
    if (count('error').length)
        parts.push(`${count('error').length} errored (${list(count('error'))})`);
    if (count('missing').length)
        parts.push(`${count('missing').length} without a result (${list(count('missing'))})`);
    if (count('inconclusive').length)
        parts.push(`${count('inconclusive').length} inconclusive (${list(count('inconclusive'))})`);
    if (parts.length === 0)
        parts.push(`no regression in ${measured} measured service${measured === 1 ? '' : 's'}`);
    const unchanged = count('unchanged').length;
    return `${parts.join('; ')}${unchanged ? `; ${unchanged} unchanged` : ''}`;
}
function checkCell(c, icons) {
    if (!c)
        return '–';
    // Leak checks: what head keeps adding per round beyond base; CPU: per request.
    const delta = c.status === 'skipped' || c.delta === null ? '' : ` ${fmtValue(c, c.delta, true)}${c.id === 'cpu' ? '/request' : '/round'}`;
    return icons ? `${CHECK_ICON[c.status]}${delta}` : `${c.status}${delta}`;
}
const IDS = ['goroutines', 'heap', 'cpu'];
/** `artifacts`, by service name: where each service's run directory is, instead of the local run directory. */
function renderSummaryMarkdown(s, marker = '', artifacts) {
    const out = [];
    if (marker)
        out.push(marker);
    const icon = s.verdict === 'fail' ? '❌' : s.verdict === 'inconclusive' ? '❔' : '✅';
    out.push(`### ${icon} pprof-gate: ${headline(s, (n) => code(n, 64))}`);
    out.push('');
    const rows = s.services.filter((x) => x.state !== 'unchanged');
    if (rows.length) {
        out.push('| service | verdict | goroutines | heap | CPU per request |');
        out.push('| --- | --- | --- | --- | --- |');
        for (const x of rows) {
            const cells = x.checks.length ? IDS.map((id) => checkCell(x.checks.find((c) => c.id === id), true)) : ['–', '–', '–'];
            out.push(`| ${code(x.name, 64)} | ${ICON[x.state]} ${x.state} | ${cells.join(' | ')} |`);
        }
        out.push('');
    }
    const unchanged = s.services.filter((x) => x.state === 'unchanged');
    if (unchanged.length)
        out.push(`${ICON.unchanged} Unchanged (same binary, not measured): ${unchanged.map((x) => code(x.name, 64)).join(', ')}\n`);
    for (const x of s.services.filter((y) => y.state === 'fail' || y.state === 'error' || y.state === 'missing')) {
        out.push(`#### ${ICON[x.state]} ${code(x.name, 64)}`);
        out.push('');
        if (x.message !== null)
            out.push(`${prose(x.message)}`);
        if (x.evidence.length)
            out.push('', ...x.evidence.map((l) => `    ${plain(l, 400)}`), '');
        for (const c of x.checks.filter((y) => y.status === 'fail')) {
            const top = c.top ? ` Grew most: ${code(c.top.name)}${c.top.line ? ` (${code(c.top.line, 200)})` : ''}.` : '';
            out.push(`- **${CHECK_TITLES[c.id]}**: ${prose(c.summary)}.${top}`);
        }
        for (const k of x.known.filter((y) => y.status === 'expired'))
            out.push(`- ${prose(k.summary)}.`);
        out.push('');
        out.push(`Run directory: ${code(x.dir, 200)}`);
        out.push('');
    }
    const stale = s.services.flatMap((x) => x.known.filter((k) => k.status === 'stale').map((k) => ({ x, k })));
    if (stale.length) {
        out.push('<details><summary>Stale known-leak entries (nothing matching them kept growing: remove them)</summary>');
        out.push('');
        for (const { x, k } of stale)
            out.push(`- ${code(x.name, 64)}: ${prose(k.summary)}`);
        out.push('');
        out.push('</details>');
    }
    return out.join('\n') + '\n';
}
function renderSummaryText(s) {
    const out = [];
    out.push(`pprof-gate summary: ${s.verdict.toUpperCase()}: ${headline(s, (n) => plain(n, 64))}`);
    out.push('');
    const rows = s.services.filter((x) => x.state !== 'unchanged');
    if (rows.length) {
        const table = rows.map((x) => [plain(x.name, 64), x.state.toUpperCase(), ...(x.checks.length ? IDS.map((id) => checkCell(x.checks.find((c) => c.id === id), false)) : ['–', '–', '–']), plain(x.dir, 200)]);
        const header = ['service', 'verdict', 'goroutines', 'heap', 'cpu', 'run directory'];
        const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
        const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
        out.push(line(header));
        for (const r of table)
            out.push(line(r));
    }
    const unchanged = s.services.filter((x) => x.state === 'unchanged');
    if (unchanged.length)
        out.push(`unchanged (same binary, not measured): ${unchanged.map((x) => plain(x.name, 64)).join(', ')}`);
    for (const x of s.services.filter((y) => y.state === 'fail' || y.state === 'error' || y.state === 'missing')) {
        out.push('');
        out.push(`${plain(x.name, 64)}: ${x.state.toUpperCase()}${x.message !== null ? `: ${plain(x.message, 400)}` : ''}`);
        for (const l of x.evidence)
            out.push(`    ${plain(l, 400)}`);
        for (const c of x.checks.filter((y) => y.status === 'fail')) {
            out.push(`  ${c.id}: ${plain(c.summary, 400)}`);
            if (c.top)
                out.push(`    grew most: ${plain(c.top.name)}${c.top.line ? ` (${plain(c.top.line, 200)})` : ''}`);
        }
        for (const k of x.known.filter((y) => y.status === 'expired'))
            out.push(`  ${plain(k.summary, 600)}`);
    }
    const stale = s.services.flatMap((x) => x.known.filter((k) => k.status === 'stale').map((k) => `  ${plain(x.name, 64)}: ${plain(k.summary, 600)}`));
    if (stale.length)
        out.push('', 'stale known-leak entries (remove them):', ...stale);
    return inertCommands(out.join('\n') + '\n');
}
function summaryJson(s) {
    return (toJson({
        schemaVersion: 1,
        tool: 'pprof-gate',
        toolVersion: TOOL_VERSION,
        verdict: s.verdict,
        services: s.services.map((x) => ({ name: x.name, dir: x.dir, status: x.state, message: x.message, evidence: x.evidence, checks: x.checks, known: x.known })),
        unchanged: s.services.filter((x) => x.state === 'unchanged').map((x) => x.name)
    }) + '\n');
}

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

/**
 * `pprof-gate summarize RUN_DIR...`: one report for many services' runs (the
 * legs of a matrix, or `run --all`), from each run directory's report.json.
 * Exit 1 when any service failed, errored or has no result: never a silent
 * pass. Results of another version are refused (exit 2).
 */
const SUMMARIZE_USAGE = `Usage: pprof-gate summarize RUN_DIR... [options]

One report for many services: reads each run directory's report.json (what
pprof-gate run writes there) and prints one row per service, failing first,
unchanged services in one line, and each failing service's findings.
Exit 0 when every service passed (or was unchanged), 1 when any failed,
errored or has no result, 2 on a usage error or results of another version.

  --fail-on-inconclusive    exit 1 when a service's CPU answer is inconclusive
  --format FORMAT           text (default), markdown or json
`;
function renderSummary(summary, format) {
    return format === 'json' ? summaryJson(summary) : format === 'markdown' ? renderSummaryMarkdown(summary) : renderSummaryText(summary);
}
function summaryExitCode(summary, failOnInconclusive) {
    return summary.verdict === 'fail' || (summary.verdict === 'inconclusive' && failOnInconclusive) ? 1 : 0;
}
async function summarizeCommand(argv, io) {
    const { values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            format: { type: 'string', default: 'text' },
            'fail-on-inconclusive': { type: 'boolean', default: false },
            debug: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false }
        }
    });
    if (values.help) {
        io.stdout(SUMMARIZE_USAGE);
        return 0;
    }
    if (positionals.length === 0)
        throw new UsageError('summarize needs at least one run directory (see pprof-gate summarize --help)');
    const format = parseFormat(values.format);
    const outcomes = [];
    for (const dir of positionals)
        outcomes.push(await readServiceResult(dir));
    const summary = summarize$1(outcomes);
    io.stdout(renderSummary(summary, format));
    return summaryExitCode(summary, values['fail-on-inconclusive']);
}

var summarize = /*#__PURE__*/Object.freeze({
    __proto__: null,
    SUMMARIZE_USAGE: SUMMARIZE_USAGE,
    renderSummary: renderSummary,
    summarizeCommand: summarizeCommand,
    summaryExitCode: summaryExitCode
});

export { RESULT_FILE as R, renderRunMarkdown as a, renderRunText as b, readServiceResult as c, renderSummary as d, summaryExitCode as e, summarize as f, runJson as r, summarize$1 as s, writeErrorResult as w };
