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

export { checkSummary, fmtBytes, fmtCount, fmtNs, fmtPercent, fmtValue, knownSummary, thresholdText };
