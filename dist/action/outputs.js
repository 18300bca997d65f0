const figure = (n, digits = 0) => (n === undefined || !Number.isFinite(n) ? '' : digits ? n.toFixed(digits) : String(Math.round(n)));
function checkFigures(report) {
    const check = (id) => report.verdict.checks.find((c) => c.id === id && c.status !== 'skipped');
    const cpu = check('cpu');
    return {
        // A median over an even number of trials can end in .5.
        'goroutine-delta': figure(check('goroutines')?.delta, Number.isInteger(check('goroutines')?.delta) ? 0 : 1),
        'heap-delta-bytes': figure(check('heap')?.delta),
        'cpu-delta-percent': cpu && cpu.base > 0 ? figure((cpu.delta / cpu.base) * 100, 1) : ''
    };
}

export { checkFigures };
