import { relative } from 'node:path';

/** Maps a run's result onto the report's input (the report does not know the harness). */
function buildRunReport(r) {
    const side = (s) => {
        const recs = r.records.filter((x) => x.side === s);
        const loads = recs.flatMap((x) => (x.kind === 'leak' ? x.rounds : [x.load]));
        const unknown = loads.some((l) => l.requests === null);
        const non2xx = loads.reduce((a, l) => a + Object.entries(l.status).filter(([k]) => !k.startsWith('2')).reduce((b, [, n]) => b + n, 0), 0);
        return {
            requests: unknown ? null : loads.reduce((a, l) => a + (l.requests ?? 0), 0),
            errors: loads.reduce((a, l) => a + l.errors, 0),
            trials: recs.length,
            non2xx
        };
    };
    const dirOf = (s, kind) => {
        const rec = r.records.find((x) => x.side === s && x.kind === kind && (x.kind === 'leak' || x.discarded === null));
        return rec ? relative(r.outDir, rec.dir) || '.' : null;
    };
    const warnings = [];
    let isolation = null;
    let lastRound = 1;
    for (const rec of r.records) {
        if (rec.kind === 'leak') {
            lastRound = Math.max(lastRound, rec.rounds.length);
            rec.settle.forEach((q, k) => {
                if (!q.settled)
                    warnings.push(`${rec.side} leak trial ${rec.trial}: the goroutine count was still changing ${k === 0 ? 'after the warm-up' : `after round ${k}`} (${q.samples.slice(-5).join(', ')})`);
            });
        }
        else {
            isolation = rec.placement.how;
            if (rec.discarded !== null && rec.pair > 0)
                warnings.push(`${rec.side} CPU pair ${rec.pair}: ${rec.discarded}`);
            if (!rec.cpuCoversLoad && rec.processCpuNs === null)
                warnings.push(`${rec.side} CPU pair ${rec.pair}: the load outlasted the CPU profile window; that trial's CPU figure is left out`);
        }
    }
    const windows = [...new Set(r.records.flatMap((x) => (x.kind === 'cpu' && x.pair > 0 ? [x.cpuSeconds] : [])))].sort((a, b) => a - b);
    if (isolation !== null && windows.length > 1) {
        isolation += `; CPU profile windows ${windows[0]}-${windows[windows.length - 1]} s (longer after pairs where the service ran under 1.5 s of CPU)`;
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
    return {
        ...(r.unchanged ? { unchanged: r.unchanged } : {}),
        flameGraphs,
        verdict: r.verdict,
        load,
        outDir: r.outDir,
        example: { base: dirOf('base', 'leak') ?? 'base-1', head: dirOf('head', 'leak') ?? 'head-1', lastRound, cpuBase: dirOf('base', 'cpu'), cpuHead: dirOf('head', 'cpu') },
        isolation,
        goVersion: r.goVersion,
        warnings
    };
}

export { buildRunReport };
