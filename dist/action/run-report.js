import { relative } from 'node:path';

/** Maps a run's result onto the report's input (the report does not know the harness). */
function buildRunReport(r) {
    const side = (s) => {
        const recs = r.records.filter((x) => x.side === s);
        const unknown = recs.some((x) => x.load.requests === null);
        const non2xx = recs.reduce((a, x) => a + Object.entries(x.load.status).filter(([k]) => !k.startsWith('2')).reduce((b, [, n]) => b + n, 0), 0);
        return {
            requests: unknown ? null : recs.reduce((a, x) => a + (x.load.requests ?? 0), 0),
            errors: recs.reduce((a, x) => a + x.load.errors, 0),
            trials: recs.length,
            non2xx
        };
    };
    const first = (s) => relative(r.outDir, r.records.find((x) => x.side === s).dir) || '.';
    const warnings = [];
    for (const rec of r.records) {
        if (!rec.quiesce.settled)
            warnings.push(`${rec.side} trial ${rec.trial}: the goroutine count was still changing after the quiesce bound (${rec.quiesce.samples.slice(-5).join(', ')})`);
        if (!rec.cpuCoversLoad)
            warnings.push(`${rec.side} trial ${rec.trial}: the load outlasted the CPU profile window; that trial's CPU figure is left out`);
    }
    const load = { base: side('base'), head: side('head') };
    for (const s of ['base', 'head']) {
        const l = load[s];
        if (l.requests && (l.errors + l.non2xx) / l.requests > 0.01) {
            warnings.push(`${s}: ${l.errors} transport errors and ${l.non2xx} non-2xx responses out of ${l.requests} requests; check the targets and the service log`);
        }
    }
    const flameGraphs = Object.values(r.flameGraphs)
        .filter((f) => f !== null)
        .map((f) => relative(r.outDir, f));
    return { verdict: r.verdict, load, outDir: r.outDir, example: { base: first('base'), head: first('head') }, goVersion: r.goVersion, warnings, flameGraphs };
}

export { buildRunReport };
