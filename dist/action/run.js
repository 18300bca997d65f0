import { c as code, p as plain, i as inertCommands } from './escape.js';
import { t as toJson, T as TOOL_VERSION } from './version.js';
import { knownSummary, checkSummary, thresholdText, fmtNs, fmtValue, fmtPercent, fmtBytes, fmtCount } from './words.js';

const CHECK_TITLES = {
    goroutines: 'Goroutines that keep growing',
    heap: 'Heap that keeps growing (inuse, after GC)',
    cpu: 'CPU per request'
};
const ICON = { pass: '✅', fail: '❌', skipped: '⏭️', inconclusive: '❔' };
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
function headline(r) {
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
    out.push(`### ${verdictIcon(v.verdict)} pprof-gate: ${headline(r)}`);
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
        out.push(`- **${CHECK_TITLES[c.id]}**: ${prose(checkSummary(c))}.${grew}${expired}`);
    }
    if (v.checks.some((c) => c.status === 'fail' || c.status === 'inconclusive'))
        out.push('');
    out.push('| check | base | head | Δ | fails at | status |');
    out.push('| --- | ---: | ---: | ---: | --- | --- |');
    for (const c of v.checks) {
        out.push(`| ${CHECK_TITLES[c.id]} | ${valueCell(c, 'base')} | ${valueCell(c, 'head')} | ${deltaCell(c)} | ${thresholdText(c)} | ${ICON[c.status]} ${c.status} |`);
    }
    const passed = v.checks.filter((c) => c.status === 'pass' && (c.reason === 'bounded' || c.reason === 'base-too'));
    for (const c of passed)
        out.push(`\n${CHECK_TITLES[c.id]} passed: ${prose(checkSummary(c))}.`);
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
    out.push(`pprof-gate: ${v.verdict.toUpperCase()}: ${headline(r)}`);
    out.push('');
    if (r.unchanged) {
        if (r.config)
            out.push(`Service: ${plain(r.config.service)} (${plain(r.config.file)})`);
        out.push(`Run directory: ${r.outDir}`);
        return inertCommands(out.join('\n') + '\n');
    }
    const rows = v.checks.map((c) => [CHECK_TITLES[c.id], valueCell(c, 'base'), valueCell(c, 'head'), deltaCell(c), thresholdText(c), c.status.toUpperCase()]);
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

export { fmtValue, prose, renderRunMarkdown, renderRunText, runJson };
