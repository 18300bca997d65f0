import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { p as protobuf, a as pako, F as FRAME_BLOCK_SHIFT, b as FRAME_OFFSET_MASK, n as negExact, t as toFloat, c as toJson, d as code, e as plain, D as DEFAULT_MAX_DECOMPRESSED_BYTES, f as checkReadable, r as readProfile, g as checkCompatible, s as sampleTypeIndex, h as normalizeRatios, i as sampleTypeTotals, j as compareProfiles, k as stackDeltas, l as combineTotals, m as diffStacks, P as ProfileError, o as functionTotals, N as NameTable, q as stackValues } from './read-profile.js';
import { U as UsageError, p as parseFormat, a as parseCount, b as parseByteSize } from './options.js';
import 'node:fs';
import 'node:zlib';

/**
 * Writes the diff of two profiles as one profile, the way pprof builds it
 * for -diff_base: head's samples as they are, base's samples negated and
 * labelled pprof::base=true (pprof then takes percentages of the base total).
 * `go tool pprof -top diff.pb.gz` prints what `-diff_base=BASE HEAD` prints.
 * Each side keeps its own locations, functions and mappings under fresh ids.
 */
class StringTable {
    list = [''];
    index = new Map([['', 0]]);
    id(s) {
        let i = this.index.get(s);
        if (i === undefined) {
            i = this.list.length;
            this.list.push(s);
            this.index.set(s, i);
        }
        return i;
    }
}
/** Splits an int64 into the {low, high} halves protobufjs accepts for 64-bit fields. */
function int64(v) {
    if (typeof v === 'number')
        return v;
    const u = BigInt.asUintN(64, v);
    return { low: Number(u & 0xffffffffn) | 0, high: Number(u >> 32n) | 0 };
}
function tag(w, field, wire) {
    return w.uint32(((field << 3) | wire) >>> 0);
}
/** Encodes a profile whose samples are head's plus base's negated; returns gzipped bytes. */
function encodeDiffProfile(base, head) {
    const w = protobuf.Writer.create();
    const strings = new StringTable();
    const next = { mapping: 1, location: 1, function: 1 };
    const maps = [head, base].map((p) => {
        const m = { mapping: new Map(), locationBase: next.location, function: new Map() };
        for (const id of p.mappings.keys())
            m.mapping.set(id, next.mapping++);
        next.location += p.locations.count;
        for (const id of p.functions.keys())
            m.function.set(id, next.function++);
        return m;
    });
    for (const t of head.sampleTypes) {
        tag(w, 1, 2).fork();
        tag(w, 1, 0).int64(strings.id(t.type));
        tag(w, 2, 0).int64(strings.id(t.unit));
        w.ldelim();
    }
    writeSamples(w, head, maps[0], strings, false);
    writeSamples(w, base, maps[1], strings, true);
    [head, base].forEach((p, side) => writeTables(w, p, maps[side], strings));
    if (head.periodType) {
        tag(w, 11, 2).fork();
        tag(w, 1, 0).int64(strings.id(head.periodType.type));
        tag(w, 2, 0).int64(strings.id(head.periodType.unit));
        w.ldelim();
    }
    if (head.period !== 0)
        tag(w, 12, 0).int64(int64(head.period));
    if (head.timeNanos !== 0)
        tag(w, 9, 0).int64(int64(head.timeNanos));
    if (head.durationNanos !== 0)
        tag(w, 10, 0).int64(int64(head.durationNanos));
    if (head.defaultSampleType)
        tag(w, 14, 0).int64(strings.id(head.defaultSampleType));
    const comment = strings.id('pprof-gate diff: head minus base (base samples labelled pprof::base=true)');
    tag(w, 13, 0).int64(comment);
    // The string table goes last, as Go writes it, once every string is known.
    for (const s of strings.list)
        tag(w, 6, 2).string(s);
    return pako.gzip(w.finish());
}
function writeSamples(w, p, maps, strings, isBase) {
    const { frameBlocks, frameAt, depth, values, width, count } = p.stacks;
    const labelKey = strings.id('pprof::base');
    const labelValue = strings.id('true');
    for (let s = 0; s < count; s++) {
        let nonZero = false;
        for (let t = 0; t < width; t++)
            if (values.get(s * width + t) !== 0)
                nonZero = true;
        if (!nonZero)
            continue;
        tag(w, 2, 2).fork();
        if (depth[s] > 0) {
            const locs = frameBlocks[frameAt[s] >>> FRAME_BLOCK_SHIFT];
            const begin = frameAt[s] & FRAME_OFFSET_MASK;
            tag(w, 1, 2).fork();
            for (let k = begin; k < begin + depth[s]; k++)
                w.uint64(maps.locationBase + locs[k]);
            w.ldelim();
        }
        tag(w, 2, 2).fork();
        for (let t = 0; t < width; t++) {
            const v = values.get(s * width + t);
            w.int64(int64(isBase ? negExact(v) : v));
        }
        w.ldelim();
        if (isBase) {
            tag(w, 3, 2).fork();
            tag(w, 1, 0).int64(labelKey);
            tag(w, 2, 0).int64(labelValue);
            w.ldelim();
        }
        w.ldelim();
    }
}
function writeTables(w, p, maps, strings) {
    for (const m of p.mappings.values()) {
        tag(w, 3, 2).fork();
        tag(w, 1, 0).uint64(maps.mapping.get(m.id));
        if (m.memoryStart !== 0)
            tag(w, 2, 0).uint64(int64(m.memoryStart));
        if (m.memoryLimit !== 0)
            tag(w, 3, 0).uint64(int64(m.memoryLimit));
        if (m.fileOffset !== 0)
            tag(w, 4, 0).uint64(int64(m.fileOffset));
        tag(w, 5, 0).int64(strings.id(m.filename));
        tag(w, 6, 0).int64(strings.id(m.buildId));
        if (m.hasFunctions)
            tag(w, 7, 0).bool(true);
        if (m.hasFilenames)
            tag(w, 8, 0).bool(true);
        if (m.hasLineNumbers)
            tag(w, 9, 0).bool(true);
        if (m.hasInlineFrames)
            tag(w, 10, 0).bool(true);
        w.ldelim();
    }
    for (let i = 0; i < p.locations.count; i++) {
        const loc = p.locations.get(i);
        tag(w, 4, 2).fork();
        tag(w, 1, 0).uint64(maps.locationBase + i);
        const mapping = loc.mappingId === 0 ? undefined : maps.mapping.get(loc.mappingId);
        if (mapping !== undefined)
            tag(w, 2, 0).uint64(mapping);
        if (loc.address !== 0)
            tag(w, 3, 0).uint64(int64(loc.address));
        for (const line of loc.lines) {
            tag(w, 4, 2).fork();
            tag(w, 1, 0).uint64(maps.function.get(line.functionId));
            if (line.line !== 0)
                tag(w, 2, 0).int64(int64(line.line));
            if (line.column !== 0)
                tag(w, 3, 0).int64(int64(line.column));
            w.ldelim();
        }
        if (loc.isFolded)
            tag(w, 5, 0).bool(true);
        w.ldelim();
    }
    for (const f of p.functions.values()) {
        tag(w, 5, 2).fork();
        tag(w, 1, 0).uint64(maps.function.get(f.id));
        tag(w, 2, 0).int64(strings.id(f.name));
        tag(w, 3, 0).int64(strings.id(f.systemName));
        tag(w, 4, 0).int64(strings.id(f.filename));
        if (f.startLine !== 0)
            tag(w, 5, 0).int64(int64(f.startLine));
        w.ldelim();
    }
}

const BYTE_UNITS = [
    [1024 ** 4, 'TB'],
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'kB']
];
const NS_UNITS = [
    [3600e9, 'h'],
    [60e9, 'min'],
    [1e9, 's'],
    [1e6, 'ms'],
    [1e3, 'µs']
];
function trim(x) {
    const s = Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2);
    return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
/** Formats a value of a profile unit: bytes, nanoseconds, count or anything else. */
function formatValue(v, unit, signed = false) {
    const x = toFloat(v);
    const sign = signed && x > 0 ? '+' : '';
    const abs = Math.abs(x);
    const table = unit === 'bytes' ? BYTE_UNITS : unit === 'nanoseconds' ? NS_UNITS : null;
    if (table) {
        for (const [size, suffix] of table) {
            if (abs >= size)
                return `${sign}${trim(x / size)}${suffix}`;
        }
        return `${sign}${v}${unit === 'bytes' ? 'B' : 'ns'}`;
    }
    return `${sign}${typeof v === 'bigint' ? v.toString() : x.toLocaleString('en-US')}`;
}
/** A percentage of a total, as pprof shows it (`12.34%`); empty when the total is 0. */
function percent(v, total, signed = false) {
    const t = toFloat(total);
    if (t === 0)
        return '';
    const p = (toFloat(v) / Math.abs(t)) * 100;
    const sign = signed && p > 0 ? '+' : '';
    return `${sign}${p.toFixed(2)}%`;
}

function listed(r) {
    const fns = r.comparison.functions;
    return r.top > 0 ? fns.slice(0, r.top) : fns;
}
/** The `go tool pprof` command that shows the same diff, to dig further. */
function pprofCommand(r) {
    const q = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
    const st = r.comparison.sampleType.type;
    return (`go tool pprof -top -sample_index=${q(st)}${r.normalized ? ' -normalize' : ''} ` +
        `-diff_base=${q(r.basePath)} ${q(r.headPath)}`);
}
function headline(r) {
    const { sampleType: st, total } = r.comparison;
    const u = st.unit;
    const change = percent(total.delta, total.base, true);
    return (`${st.type} (${u}): base ${formatValue(total.base, u)}, head ${formatValue(total.head, u)}, ` +
        `delta ${formatValue(total.delta, u, true)}${change ? ` (${change})` : ''}` +
        (r.normalized ? ', head normalized to the base total' : ''));
}
function renderCompareText(r) {
    const c = r.comparison;
    const u = c.sampleType.unit;
    const rows = listed(r);
    const out = [];
    out.push(headline(r));
    out.push(`Showing ${rows.length} of ${c.functions.length} functions, largest flat change first; ` +
        `% of base total, as pprof -diff_base shows it`);
    const header = ['flat Δ', 'flat%', 'sum%', 'cum Δ', 'cum%', 'base flat', 'head flat'];
    const table = [];
    let sum = 0;
    for (const f of rows) {
        sum += Number(f.flat.delta);
        table.push([
            formatValue(f.flat.delta, u, true),
            percent(f.flat.delta, c.total.base),
            percent(sum, c.total.base),
            formatValue(f.cum.delta, u, true),
            percent(f.cum.delta, c.total.base),
            formatValue(f.flat.base, u),
            formatValue(f.flat.head, u)
        ]);
    }
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
    const line = (cells) => cells.map((cell, i) => cell.padStart(widths[i])).join('  ');
    out.push(`${line(header)}  function`);
    rows.forEach((f, i) => out.push(`${line(table[i])}  ${plain(f.name, 200)}`));
    if (r.stacks && r.stacks.length > 0) {
        out.push('');
        out.push(`Stacks that grew (${c.sampleType.type}):`);
        for (const s of r.stacks.slice(0, r.top || r.stacks.length)) {
            out.push(`  ${formatValue(s.delta, u, true).padStart(8)}  ${plain(s.root)} (at ${plain(s.site)}; ` +
                `base ${formatValue(s.base, u)}, head ${formatValue(s.head, u)})`);
            for (const f of s.frames.slice(0, 6))
                out.push(`              ${plain(f)}`);
            if (s.frames.length > 6)
                out.push(`              … ${s.frames.length - 6} more frames`);
        }
    }
    out.push('');
    out.push(`Dig further: ${pprofCommand(r)}`);
    return out.join('\n') + '\n';
}
function renderCompareMarkdown(r) {
    const c = r.comparison;
    const u = c.sampleType.unit;
    const rows = listed(r);
    const out = [];
    out.push(`### pprof-gate compare: ${code(c.sampleType.type)}`);
    out.push('');
    out.push(headline(r).replace(/^[^:]+:/, `**${code(c.sampleType.type)}** (${u}):`));
    out.push('');
    out.push('| function | flat Δ | cum Δ | base flat | head flat | base cum | head cum |');
    out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const f of rows) {
        out.push(`| ${code(f.name)} | ${formatValue(f.flat.delta, u, true)} | ${formatValue(f.cum.delta, u, true)} | ` +
            `${formatValue(f.flat.base, u)} | ${formatValue(f.flat.head, u)} | ${formatValue(f.cum.base, u)} | ${formatValue(f.cum.head, u)} |`);
    }
    if (rows.length < c.functions.length)
        out.push(`\n${c.functions.length - rows.length} more functions not shown.`);
    if (r.stacks && r.stacks.length > 0) {
        out.push('');
        out.push('**Stacks that grew**');
        out.push('');
        out.push('| Δ | goroutine function | waiting in | base | head |');
        out.push('| ---: | --- | --- | ---: | ---: |');
        for (const s of r.stacks.slice(0, r.top || r.stacks.length)) {
            out.push(`| ${formatValue(s.delta, u, true)} | ${code(s.root)} | ${code(s.site)} | ${formatValue(s.base, u)} | ${formatValue(s.head, u)} |`);
        }
    }
    out.push('');
    out.push(`Dig further: ${code(pprofCommand(r), 1000)}`);
    return out.join('\n') + '\n';
}
/**
 * compareJson, written in pieces of FUNCTIONS_PER_PIECE functions (about
 * 64 KB): `--top 0` on a large profile lists every function, and one string
 * for all of them would cost more memory than the profile. The text is what
 * JSON.stringify with an indent of 2 would write.
 */
function writeCompareJson(r, write) {
    const c = r.comparison;
    const doc = toJson({
        sampleType: c.sampleType,
        total: { base: c.total.base, head: c.total.head },
        functions: [],
        ...(r.stacks ? { stacks: r.stacks.slice(0, r.top || r.stacks.length) } : {}),
        normalized: r.normalized
    });
    const marker = '\n  "functions": []';
    const at = doc.indexOf(marker);
    const fns = listed(r);
    if (fns.length === 0) {
        write(doc + '\n');
        return;
    }
    write(doc.slice(0, at) + '\n  "functions": [\n');
    for (let i = 0; i < fns.length; i += FUNCTIONS_PER_PIECE) {
        // JSON.stringify does the work (native code, nothing for V8 to compile);
        // wrapped as the document wraps them, the entries come out indented right.
        const text = toJson({ functions: fns.slice(i, i + FUNCTIONS_PER_PIECE) });
        const last = i + FUNCTIONS_PER_PIECE >= fns.length;
        write(text.slice(PIECE_OPEN.length, -PIECE_CLOSE.length) + (last ? '\n  ]' : ',\n'));
    }
    write(doc.slice(at + marker.length) + '\n');
}
const PIECE_OPEN = '{\n  "functions": [\n';
const PIECE_CLOSE = '\n  ]\n}';
/** Functions per piece written: about 64 KB of JSON. */
const FUNCTIONS_PER_PIECE = 256;

/**
 * `pprof-gate compare BASE HEAD`: what changed between two profiles, per
 * function (and per stack for goroutine profiles).
 */
const COMPARE_USAGE = `Usage: pprof-gate compare BASE HEAD [options]

Compares two pprof profiles (gzipped or raw protobuf) per function, like
go tool pprof -top -diff_base=BASE HEAD.

Options:
  --sample-type NAME      sample type to compare (default: the profile's default, else the last)
  --top N                 functions to list (default 20; 0 lists all)
  --normalize             scale head to the base total first, as pprof -normalize does
  --format FORMAT         text (default), markdown or json
  --output FILE           also write the diff as a profile (go tool pprof -top FILE)
  --max-profile-bytes N   cap on a profile's decompressed size (default 1GiB)
  --debug                 print stack traces for unexpected errors
`;
/** Head, decoded and reduced to what the comparison needs of it. */
async function totalHead(path, basePath, sampleType, opts) {
    const head = await readProfile(path, 'head', opts);
    let sampleIndex;
    try {
        sampleIndex = sampleTypeIndex(head, sampleType);
    }
    catch (e) {
        // Profiles of different kinds are refused first, as when base is read first.
        checkCompatible(await readProfile(basePath, 'base', opts), head);
        throw e;
    }
    const names = new NameTable();
    const totals = functionTotals(head, sampleIndex, names);
    const isGoroutine = head.sampleTypes[sampleIndex].type === 'goroutine';
    const kind = { sampleTypes: head.sampleTypes, periodType: head.periodType };
    return { kind, sampleIndex, names, totals, stacks: isGoroutine ? stackValues(head, sampleIndex) : undefined };
}
/** Base, decoded and reduced the same way, so that it too is let go before the report is built. */
async function totalBase(path, head, opts) {
    const base = await readProfile(path, 'base', opts);
    checkCompatible(base, head.kind);
    const totals = functionTotals(base, head.sampleIndex, head.names);
    return { totals, stacks: head.stacks && stackValues(base, head.sampleIndex) };
}
async function compareCommand(argv, io) {
    const { values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            'sample-type': { type: 'string' },
            top: { type: 'string', default: '20' },
            normalize: { type: 'boolean', default: false },
            format: { type: 'string', default: 'text' },
            output: { type: 'string' },
            'max-profile-bytes': { type: 'string' },
            debug: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false }
        }
    });
    if (values.help) {
        io.stdout(COMPARE_USAGE);
        return 0;
    }
    if (positionals.length !== 2) {
        throw new UsageError(`compare takes two profiles, BASE and HEAD; got ${positionals.length} arguments`);
    }
    const [basePath, headPath] = positionals;
    const format = parseFormat(values.format);
    const top = parseCount(values.top, '--top');
    const maxDecompressedBytes = values['max-profile-bytes'] === undefined
        ? DEFAULT_MAX_DECOMPRESSED_BYTES
        : parseByteSize(values['max-profile-bytes'], '--max-profile-bytes');
    const opts = { maxDecompressedBytes };
    // Fail on a missing or unreadable file before spending time on the other one.
    await checkReadable(basePath, 'base');
    await checkReadable(headPath, 'head');
    try {
        let report;
        let diff;
        if (values.normalize || values.output) {
            // Both whole profiles: the diff profile needs every stack of both, and
            // pprof's -normalize scales every sample of head by base total / head
            // total and rounds each one, so the totals must be known before head is folded.
            const base = await readProfile(basePath, 'base', opts);
            let head = await readProfile(headPath, 'head', opts);
            checkCompatible(base, head);
            sampleTypeIndex(head, values['sample-type']);
            if (values.normalize)
                head = await readProfile(headPath, 'head', { ...opts, scale: normalizeRatios(sampleTypeTotals(base), sampleTypeTotals(head)) });
            const comparison = compareProfiles(base, head, { sampleType: values['sample-type'] });
            const isGoroutine = comparison.sampleType.type === 'goroutine';
            report = { comparison, stacks: isGoroutine ? stackDeltas(base, head, comparison.sampleIndex) : undefined, top, basePath, headPath, normalized: values.normalize };
            if (values.output)
                diff = encodeDiffProfile(base, head);
        }
        else {
            // One large profile at a time: head is totalled (the sample type is
            // head's, as pprof's) and let go before base is decoded, which keeps
            // peak memory near that of one profile.
            const side = await totalHead(headPath, basePath, values['sample-type'], opts);
            const base = await totalBase(basePath, side, opts);
            const comparison = combineTotals(side.names, base.totals, side.totals, side.kind.sampleTypes[side.sampleIndex], side.sampleIndex);
            const stacks = side.stacks && diffStacks(base.stacks, side.stacks);
            report = { comparison, stacks, top, basePath, headPath, normalized: false };
        }
        if (diff)
            await writeFile(values.output, diff);
        if (format === 'json')
            writeCompareJson(report, io.stdout);
        else
            io.stdout(format === 'markdown' ? renderCompareMarkdown(report) : renderCompareText(report));
        return 0;
    }
    catch (e) {
        if (e instanceof ProfileError)
            throw new UsageError(e.message);
        throw e;
    }
}

export { COMPARE_USAGE, compareCommand };
