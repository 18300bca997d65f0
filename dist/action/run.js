import { c as code, p as plain } from './escape.js';

/**
 * JSON with exact integers: values beyond 2^53 (bigint) are written as bare
 * digits, so the text stays exact even where a JavaScript reader would round.
 */
function toJson(value, indent = 2) {
    try {
        // Without a replacer JSON.stringify takes its fast path; it throws on the first bigint.
        return JSON.stringify(value, null, indent);
    }
    catch (e) {
        if (!(e instanceof TypeError))
            throw e;
    }
    const marks = [];
    const text = JSON.stringify(value, (_k, v) => {
        if (typeof v === 'bigint') {
            marks.push(v.toString());
            return `\u0000bigint${marks.length - 1}\u0000`;
        }
        return v;
    }, indent);
    return marks.length === 0 ? text : text.replace(/"\\u0000bigint(\d+)\\u0000"/g, (_m, i) => marks[Number(i)]);
}

const CHECK_TITLES = {
    goroutines: 'Goroutines left after the load',
    heap: 'Heap retained after the load (inuse, after GC)',
    cpu: 'CPU per request'
};
const ICON = { pass: '✅', fail: '❌', skipped: '⏭️' };
function fmtNumber(n, digits = 1) {
    if (!Number.isFinite(n))
        return '–';
    return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(digits);
}
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
/** A check's value in its unit, for people. */
function fmtValue(c, v, signed = false) {
    if (c.unit === 'bytes')
        return fmtBytes(v, signed);
    if (c.unit === 'ns/request')
        return fmtNs(v, signed);
    if (!Number.isFinite(v))
        return '–';
    return `${signed && v > 0 ? '+' : ''}${fmtNumber(v)}`;
}
function deltaCell(c) {
    if (c.status === 'skipped')
        return '–';
    let s = fmtValue(c, c.delta, true);
    if (c.id === 'cpu' && c.base > 0)
        s += ` (${c.delta >= 0 ? '+' : ''}${((c.delta / c.base) * 100).toFixed(1)}%${c.p !== undefined ? `, p = ${c.p.toFixed(3)}` : ''})`;
    if (c.perRequest) {
        const per = c.unit === 'bytes' ? `${fmtBytes(c.perRequest.delta, true)}/request` : `${c.perRequest.delta >= 0 ? '+' : ''}${c.perRequest.delta.toFixed(3)}/request`;
        s += ` (${per})`;
    }
    return s;
}
function noiseCell(c) {
    if (c.baseSpread === null)
        return '–';
    return `±${fmtValue(c, c.baseSpread / 2)}`;
}
function headline(r) {
    const failed = r.verdict.checks.filter((c) => c.status === 'fail');
    if (failed.length === 0)
        return 'no regression: head leaks no goroutines, retains no extra heap and spends no more CPU per request than base';
    const what = failed.map((c) => (c.id === 'goroutines' ? 'leaks goroutines' : c.id === 'heap' ? 'retains heap' : 'burns more CPU per request'));
    return `head ${what.join(', ')}`;
}
/** The stack or function a reader should look at first, for the verdict line. */
function culprit(c) {
    return c.top[0];
}
function pprofCommands(r) {
    const { base, head } = r.example;
    return [
        { what: 'goroutines that head started and left', cmd: `go tool pprof -top -diff_base=${head}/goroutine-before.pb.gz ${head}/goroutine-after.pb.gz` },
        { what: 'goroutines, head vs base after the load', cmd: `go tool pprof -top -diff_base=${base}/goroutine-after.pb.gz ${head}/goroutine-after.pb.gz` },
        { what: 'heap in use, head vs base after the load', cmd: `go tool pprof -top -sample_index=inuse_space -diff_base=${base}/heap-after.pb.gz ${head}/heap-after.pb.gz` },
        { what: 'CPU, head vs base over the load', cmd: `go tool pprof -top -diff_base=${base}/cpu.pb.gz ${head}/cpu.pb.gz` }
    ];
}
function loadLine(r) {
    const side = (s) => `${s.requests === null ? 'unknown number of' : s.requests.toLocaleString('en-US')} requests over ${s.trials} trial(s), ${s.errors} errors${s.non2xx ? `, ${s.non2xx} non-2xx` : ''}`;
    return `Load: base ${side(r.load.base)}; head ${side(r.load.head)}.`;
}
function renderRunMarkdown(r, marker = '') {
    const v = r.verdict;
    const out = [];
    if (marker)
        out.push(marker);
    out.push(`### ${v.verdict === 'fail' ? '❌' : '✅'} pprof-gate: ${headline(r)}`);
    out.push('');
    for (const c of v.checks.filter((x) => x.status === 'fail')) {
        const top = culprit(c);
        out.push(`- **${CHECK_TITLES[c.id]}**: ${c.summary}.${top ? ` Grew most: ${code(top.name)}${top.site !== top.name ? ` (at ${code(top.site)})` : ''}.` : ''}`);
    }
    if (v.checks.some((c) => c.status === 'fail'))
        out.push('');
    out.push('| check | base | head | Δ | threshold | base noise | status |');
    out.push('| --- | ---: | ---: | ---: | --- | ---: | --- |');
    for (const c of v.checks) {
        out.push(`| ${CHECK_TITLES[c.id]} | ${fmtValue(c, c.base)} | ${fmtValue(c, c.head)} | ${deltaCell(c)} | ${c.threshold} | ${noiseCell(c)} | ${ICON[c.status]} ${c.status} |`);
    }
    for (const c of v.checks) {
        if (c.top.length === 0 || c.status === 'skipped')
            continue;
        if (c.status === 'pass' && c.id !== 'goroutines')
            continue;
        out.push('');
        out.push(`<details${c.status === 'fail' ? ' open' : ''}><summary>${c.id === 'cpu' ? 'Functions whose CPU per request grew' : c.id === 'heap' ? 'Allocation sites that retain more' : 'Goroutine stacks that grew'}</summary>`);
        out.push('');
        if (c.id === 'goroutines') {
            out.push('| Δ per trial | goroutine | waiting in | stack (innermost first) |');
            out.push('| ---: | --- | --- | --- |');
            for (const g of c.top)
                out.push(`| ${fmtValue(c, g.delta, true)} | ${code(g.name)} | ${code(g.site)} | ${g.frames.slice(0, 4).map((f) => code(f, 60)).join(' ← ')} |`);
        }
        else if (c.id === 'heap') {
            out.push('| Δ per trial | allocated in | stack (innermost first) |');
            out.push('| ---: | --- | --- |');
            for (const g of c.top)
                out.push(`| ${fmtBytes(g.delta, true)} | ${code(g.name)} | ${g.frames.slice(0, 4).map((f) => code(f, 60)).join(' ← ')} |`);
        }
        else {
            out.push('| Δ CPU per request | base | head | function | stack (innermost first) |');
            out.push('| ---: | ---: | ---: | --- | --- |');
            for (const g of c.top) {
                out.push(`| ${fmtNs(g.delta, true)} | ${fmtNs(g.base)} | ${fmtNs(g.head)} | ${code(g.name)} | ${g.frames.slice(0, 4).map((f) => code(f, 60)).join(' ← ')} |`);
            }
        }
        out.push('');
        out.push('</details>');
    }
    out.push('');
    out.push(loadLine(r));
    for (const w of r.warnings)
        out.push(`\n> ⚠️ ${plain(w, 300).replace(/[<>[\]`|*_#@!]/g, (ch) => `\\${ch}`)}`);
    out.push('');
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
function renderRunText(r) {
    const v = r.verdict;
    const out = [];
    out.push(`pprof-gate: ${v.verdict.toUpperCase()}: ${headline(r)}`);
    out.push('');
    const rows = v.checks.map((c) => [CHECK_TITLES[c.id], fmtValue(c, c.base), fmtValue(c, c.head), deltaCell(c), c.threshold, noiseCell(c), c.status.toUpperCase()]);
    const header = ['check', 'base', 'head', 'delta', 'threshold', 'base noise', 'status'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells) => cells.map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
    out.push(line(header));
    for (const row of rows)
        out.push(line(row));
    for (const c of v.checks) {
        out.push('');
        out.push(`${c.id}: ${plain(c.summary, 300)}`);
        if (c.status === 'skipped')
            continue;
        for (const g of c.top.slice(0, c.status === 'fail' ? 5 : 2)) {
            const figure = c.id === 'cpu' ? `${fmtNs(g.delta, true)}/request` : `${fmtValue(c, g.delta, true)} per trial`;
            out.push(`  ${figure.padStart(16)}  ${plain(g.name)}${g.site !== g.name ? ` (at ${plain(g.site)})` : ''}`);
            for (const f of g.frames.slice(0, 5))
                out.push(`                    ${plain(f)}`);
        }
    }
    out.push('');
    out.push(loadLine(r));
    for (const w of r.warnings)
        out.push(`warning: ${plain(w, 300)}`);
    out.push('');
    out.push(`Run directory: ${r.outDir}`);
    if (r.flameGraphs?.length)
        out.push(`Flame graphs, head vs base (open in a browser): ${r.flameGraphs.map((f) => plain(f)).join(', ')}`);
    out.push('Dig further (from the run directory):');
    for (const { what, cmd } of pprofCommands(r))
        out.push(`  # ${what}\n  ${cmd}`);
    return out.join('\n') + '\n';
}
const finite = (n) => (n === undefined || !Number.isFinite(n) ? null : n);
function runJson(r) {
    return (toJson({
        schemaVersion: 1,
        verdict: r.verdict.verdict,
        checks: r.verdict.checks.map((c) => ({
            id: c.id,
            status: c.status,
            unit: c.unit,
            base: finite(c.base),
            head: finite(c.head),
            delta: finite(c.delta),
            threshold: c.threshold,
            summary: c.summary,
            baseSpread: finite(c.baseSpread ?? undefined),
            perRequest: c.perRequest,
            p: finite(c.p),
            trials: c.trials,
            top: c.top
        })),
        load: {
            base: { requests: r.load.base.requests, errors: r.load.base.errors, non2xx: r.load.base.non2xx, trials: r.load.base.trials },
            head: { requests: r.load.head.requests, errors: r.load.head.errors, non2xx: r.load.head.non2xx, trials: r.load.head.trials }
        },
        outDir: r.outDir,
        goVersion: r.goVersion,
        warnings: r.warnings,
        flameGraphs: r.flameGraphs ?? []
    }) + '\n');
}

export { fmtValue, renderRunMarkdown, renderRunText, runJson };
