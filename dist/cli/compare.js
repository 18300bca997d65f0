import { writeFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { p as protobuf, a as pako, F as FRAME_BLOCK_SHIFT, b as FRAME_OFFSET_MASK, n as negExact, E as ExactArray, s as scaleLikeGo, P as ProfileError, d as describeTypes, c as ProfileDecoder, f as functionTotals, e as combineTotals, N as NameTable, t as toFloat, D as DEFAULT_MAX_DECOMPRESSED_BYTES, g as DEFAULT_MAX_ENTRIES, h as DEFAULT_NODE_FRACTION, i as checkReadable, j as diffStacks, k as sampleTypeIndex, r as readProfile, l as stackValues, m as normalizeRatios, o as sampleTypeTotals, q as compareProfiles, u as stackDeltas, v as compareFlameGraph } from './read-profile.js';
import { c as code, p as plain, i as inertCommands } from './escape.js';
import { t as toJson } from './json.js';
import { U as UsageError, p as parseFormat, a as parseCount, b as parseByteSize, c as parseFraction } from './options.js';
import 'node:crypto';
import 'node:fs';
import 'node:zlib';
import 'node:path';

/**
 * Writes the diff of two profiles as one profile, the way pprof builds it
 * for -diff_base: head's samples as they are, base's samples negated and
 * labelled pprof::base=true (pprof then takes percentages of the base total).
 * Samples keep their labels when the profiles were decoded with keepLabels.
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
    const { frameBlocks, frameAt, depth, values, width, count, labelSet } = p.stacks;
    const labelSets = p.labelSets ?? [[]];
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
        for (const l of labelSets[labelSet ? labelSet[s] : 0]) {
            tag(w, 3, 2).fork();
            tag(w, 1, 0).int64(strings.id(l.key));
            if (l.str !== '')
                tag(w, 2, 0).int64(strings.id(l.str));
            if (l.num !== 0)
                tag(w, 3, 0).int64(int64(l.num));
            if (l.numUnit !== '')
                tag(w, 4, 0).int64(strings.id(l.numUnit));
            w.ldelim();
        }
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

/**
 * Two profiles whose sample types differ, made comparable the way pprof's
 * -diff_base makes them (driver.combineProfiles): keep the sample types
 * both have, in head's order (profile.CompatibilizeSampleTypes), and bring
 * each shared type to the finer of its two units (measurement.ScaleProfiles).
 * Returns what was kept, dropped and converted, as data for the report.
 */
// pprof's unit families (measurement.UnitTypes): the aliases that name a
// unit, and its size in the family's base unit.
const UNIT_FAMILIES = [
    [
        { aliases: ['b', 'byte'], factor: 1 },
        { aliases: ['kb', 'kbyte', 'kilobyte'], factor: 2 ** 10 },
        { aliases: ['mb', 'mbyte', 'megabyte'], factor: 2 ** 20 },
        { aliases: ['gb', 'gbyte', 'gigabyte'], factor: 2 ** 30 },
        { aliases: ['tb', 'tbyte', 'terabyte'], factor: 2 ** 40 },
        { aliases: ['pb', 'pbyte', 'petabyte'], factor: 2 ** 50 }
    ],
    [
        { aliases: ['ns', 'nanosecond'], factor: 1 },
        { aliases: ['μs', 'us', 'microsecond'], factor: 1e3 },
        { aliases: ['ms', 'millisecond'], factor: 1e6 },
        { aliases: ['s', 'sec', 'second'], factor: 1e9 },
        { aliases: ['hour', 'hr'], factor: 3600e9 }
    ],
    [
        { aliases: ['nanogcu'], factor: 1e-9 },
        { aliases: ['microgcu'], factor: 1e-6 },
        { aliases: ['milligcu'], factor: 1e-3 },
        { aliases: ['gcu'], factor: 1 },
        { aliases: ['kilogcu'], factor: 1e3 },
        { aliases: ['megagcu'], factor: 1e6 },
        { aliases: ['gigagcu'], factor: 1e9 },
        { aliases: ['teragcu'], factor: 1e12 },
        { aliases: ['petagcu'], factor: 1e15 }
    ]
];
/** The unit's family and factor, pprof's way: lower case, a plural `s` dropped from names longer than two characters. */
function sniffUnit(unit) {
    let u = unit.toLowerCase();
    if ([...u].length > 2 && u.endsWith('s'))
        u = u.slice(0, -1);
    for (let family = 0; family < UNIT_FAMILIES.length; family++) {
        const found = UNIT_FAMILIES[family].find((x) => x.aliases.includes(u));
        if (found)
            return { family, factor: found.factor };
    }
    return undefined;
}
/** How many `to` one `from` is (measurement.Scale(1, from, to)); undefined when the units do not convert. */
function unitRatio(from, to) {
    if (from === to)
        return 1;
    const f = sniffUnit(from);
    const t = sniffUnit(to);
    if (!f || !t || f.family !== t.family)
        return undefined;
    return f.factor / t.factor;
}
function differentKinds(base, head) {
    return new ProfileError(`cannot compare profiles of different kinds: base has ${describeTypes(base)}; head has ${describeTypes(head)}; compare two profiles of the same kind`);
}
/** The alignment of base to head; refuses what pprof refuses, naming both sides. */
function alignKinds(base, head) {
    const bp = base.periodType;
    const hp = head.periodType;
    if ((bp?.type ?? '') !== (hp?.type ?? '') || (bp && hp && unitRatio(bp.unit, hp.unit) === undefined)) {
        throw differentKinds(base, head);
    }
    const shared = [];
    const converted = [];
    for (let h = 0; h < head.sampleTypes.length; h++) {
        const ht = head.sampleTypes[h];
        const b = base.sampleTypes.findIndex((t) => t.type === ht.type);
        if (b < 0)
            continue;
        const bt = base.sampleTypes[b];
        const baseToHead = unitRatio(bt.unit, ht.unit);
        if (baseToHead === undefined) {
            throw new ProfileError(`cannot compare sample type ${JSON.stringify(ht.type)}: base measures it in ${JSON.stringify(bt.unit)}, head in ${JSON.stringify(ht.unit)}, ` +
                'and these units do not convert; compare two profiles of the same kind');
        }
        // The finer unit wins; head's on a tie, as pprof starts from the first profile.
        const unit = baseToHead < 1 ? bt.unit : ht.unit;
        const entry = { type: ht.type, unit, baseIndex: b, headIndex: h, baseRatio: unitRatio(bt.unit, unit), headRatio: unitRatio(ht.unit, unit) };
        shared.push(entry);
        if (bt.unit !== unit)
            converted.push({ side: 'base', type: ht.type, from: bt.unit, to: unit });
        if (ht.unit !== unit)
            converted.push({ side: 'head', type: ht.type, from: ht.unit, to: unit });
    }
    if (shared.length === 0) {
        throw differentKinds(base, head);
    }
    const sharedNames = new Set(shared.map((t) => t.type));
    const dropped = [
        ...base.sampleTypes.filter((t) => !sharedNames.has(t.type)).map((type) => ({ side: 'base', type })),
        ...head.sampleTypes.filter((t) => !sharedNames.has(t.type)).map((type) => ({ side: 'head', type }))
    ];
    const headKept = shared.length === head.sampleTypes.length;
    const identical = headKept &&
        dropped.length === 0 &&
        converted.length === 0 &&
        shared.every((t) => t.baseIndex === t.headIndex) &&
        (bp?.unit ?? '') === (hp?.unit ?? '');
    // CompatibilizeSampleTypes keeps head's default when it is shared, and
    // otherwise makes the first shared type the default, when it changes head.
    const defaultSampleType = headKept || sharedNames.has(head.defaultSampleType) ? head.defaultSampleType : shared[0].type;
    return { shared, dropped, converted, defaultSampleType, identical };
}
/**
 * The profile with only the shared sample types, in head's order and in the
 * shared units: each stack's value scaled and rounded as pprof's ScaleN does.
 * Both sides get `periodType` (head's), which the alignment found comparable.
 */
function alignProfile(p, a, side, periodType) {
    const width = a.shared.length;
    const { count, values, width: from } = p.stacks;
    const out = new ExactArray(count * width);
    for (const [j, t] of a.shared.entries()) {
        const index = side === 'base' ? t.baseIndex : t.headIndex;
        const ratio = side === 'base' ? t.baseRatio : t.headRatio;
        for (let s = 0; s < count; s++) {
            const v = values.get(s * from + index);
            out.set(s * width + j, ratio === 1 ? v : scaleLikeGo(v, ratio));
        }
    }
    return {
        ...p,
        sampleTypes: a.shared.map((t) => ({ type: t.type, unit: t.unit })),
        periodType,
        defaultSampleType: side === 'head' ? a.defaultSampleType : p.defaultSampleType,
        stacks: { ...p.stacks, width, values: out }
    };
}

// Generated by __tests__/warmup.test.ts from src/pprof/warmup-profile.ts
// (UPDATE_WARMUP=1 npm test -- warmup); do not edit.
/** The warm-up profile, base64, in lines. */
const WARM_UP_PROFILE = [
    'CgQIARACCgQIAxAEEt8BCsUB4QHZgwGMA6iCAdmCAfMBx4MBoQGCAf+DAfEDiwHphAGCgwGUhQFqCuMBZpWEAb2CAdSEAeSDAYYE',
    'nYIB+4IB4gGfAZME8YMBG4kB24QB6YEBwYEBvwNRrYUBpgHuggGIhAFz4gHygQGtAdyEAYMEowG0gwHMhAGfAqmCAakDWquEAasB',
    'z4IBj4MB64IBuoMBk4UBo4UBngJWhQHKA/EC0gK9hAGXBBzUgwEuvwK/ggH2A5EBmgSyhAHZATrPhQHOhQHNhQESBgKBgICAIBoE',
    'CAUQBhoHCAgYgCAgCBJkCluVhQH5ggH+AvkBLImEAauBAeKBAYwCkAHXAYUCi4MBrYUBhgLkgQF70QG+AasB4YIBjwPZgwGUgwHg',
    'hAGtAbyCAcWBAd4CTa8Cg4QBvQJwqYMBz4UBzoUBzYUBEAMQgIenDhI8CjPoggHFAzrqAcaCAf4C/oQBhQPSgwHKgwEJLZgDEbiE',
    'AZUC2IEBuoMBswLPhQHOhQHNhQEQAxCAh6cOEh8KENQBioUBhwHPhQHOhQHNhQEQARCAreIEGgQIBRAHEi4KJcWEAaiEAaQBq4IB',
    '4AKHA/SBASvtgQEm+oIB9AHPhQHOhQHNhQEQARCAreIEEi4KJ9+CAbSEAYcB/gFenQKpA7uEARawAYsCyAKYhAHqAc+FAc6FAc2F',
    'ARADEKwCEjsKLNADwwLQA9uDAWzgA4mFAYqCAWGDhAHSAZEEnQK+gwGfhQEpz4UBzoUBzYUBEAMQgIenDhoECAUQBhJ2Cm2xggHK',
    'ggHsgwGWBIYD64QB+oQBuYIBrYQBtAOghQGaAaWFAY+DAYKCAd+EAb+FAemCAccByQOzhQHhAeWEAesCoQLdgwG+As4D5APbhAHa',
    'hAGahAEF2IQBj4UBr4IB6IMBhIIBz4UBzoUBzYUBEgUDgIenDhJpCmCqgQH9gQHdhAH/AqeCAeeDAb8ClYQBvYUBh4QB8IEBxgEr',
    'hAJj54EBgwSnggG5A6gD/4MBtQLGhAHMA48Cw4MBvgGEBLmCAdgCIMwCj4IBjoMBhYMBkATPhQHOhQHNhQEQARCAreIEEjsKLPyE',
    'AbKBAe6EAb2BAa0DUdCEAaUDogTYAeeEAT/HAoADZNwDz4UBzoUBzYUBEAEQgK3iBBoECAUQBxJkCl27A5QDkYIBvgHTAb8ChYMB',
    'tgLaA78DqwPBAaWCAbMDQ6oBfJQEtIMB9gG/ggGrhAHDgwG9ApkB3YMB1IIBw4MB6IIBzYEBroMB54QBQuWDAZMCtgPPhQHOhQHN',
    'hQEQAxCsAhJZCkfLhAHihAGMA8ECJ+IBwIIB6oQBZtmCAdEDVpwEgASugwGzhAH8A/aEAeiEAYaEAasBmYMBt4EB8wJg0wHKAc+F',
    'Ac6FAc2FARACEIDaxAkaBwgIGIsgIAgSWApJioQB+QPNggHChAGXA40CjoIBqoMBg4IB3oMB4QGigwG4ggHLAqmBAZ2CAUT2hAHo',
    'AtqBAYeDAb2CARRi6wGAA8+FAc6FAc2FARADEICHpw4aBAgFEAYSbQpkpYUB8IEBhAFF84EBigTJhQGPhQGPhQHyggFSlgSxgwGy',
    'A5MEgYIBoATAgwGwhQF1iYUBnYMBlYMBloQBgAGYggH1gQGUggHpgQGnhQHNggGqgQGfggGIAtGDAc+FAc6FAc2FARADEICHpw4S',
    'KgohhwSNAogC2AONBKwC5YMB3gHpA2f7hAFRz4UBzoUBzYUBEgUCgNrECRJoCljmApKCAYkC6IMBjQLyAtcCqAHnhAG+AsiCAdOD',
    'AfiDAd8D7oMBjYUBwgKBhAEaYruDAYyDAfuEAdGEAcACuwLjgQHUAp2CAbsD4AE80YIBz4UBzoUBzYUBEAMQh4CAgAgaBAgFEAcS',
    'UApHj4QB+QLLggHogQGOAoyEAdwDxYEBtIEBs4UB+wPahAGCA7gCu4IB3QLgAdkCuYQBt4EBwYUBrwOFhAG7gwHPhQHOhQHNhQEQ',
    'AxCAh6cOEuYBCtwBu4UB6QH4A4oCkoIB5YEBk4QBtYQB64QBbJoBwYUBS5wDjYQBt4IBxQK3ggHuA9oCv4MBxoQBx4MBwALDgwHd',
    'gQH5gQHDhAEO54EB5AKAATDFA5wDqoUBgIIBo4UB/IQB6wG/hQGhgwGNBKEB9QPHAeeDAamBAZoCxIQBsQKugQGlBJEBzYMB6QO/',
    'hAGagwGBggGLhAHsgwGaggGphAHtA8QDJh+KA/6DARapgQGUAS++ggHIAuUD5wGahQGkgwGqAvIByQIhloQBqIEBxAOehAGfBM+F',
    'Ac6FAc2FARADEICHpw4SWApJvQId6oMBxoUBkAOAhAHiA+qEAYGDAfMDlwHvA+0DlgN6igGkggHwggGEBJeCAZYD24QBpIQBuYQB',
    'ogHlAaCCAc+FAc6FAc2FARACEIDaxAkaBAgFEAYSCwjwgwEQAxCAh6cOEk8KRY6CARmiBPqBAfSCAeIDyIMBroQBgAS0hQGOAvgC',
    '5IMB/YEB3YIB74QBpoIBpQGZggGsAaOCAeqEAdaDAc+FAc6FAc2FARACEIGAgIAgEjQKJZeCAd+DAeSEAcUBp4QB/AEQ0YQB+IIB',
    'u4QB+ALPhQHOhQHNhQESBQKA2sQJGgQIBRAHEiAKDvUBwIEBz4UBzoUBzYUBEAMQgIenDhoHCAgYliAgCBJHCj6EhQGkggGFBKCE',
    'AcKCAdCCAdWDAewDyIIBxYIBx4UBogKVhQHfhAHDgwGOgwG+AbaDAbGBAc+FAc6FAc2FARADEICHpw4SIwoU0gHigwG7AdKDAWzP',
    'hQHOhQHNhQEQARCAreIEGgQIBRAGEk8KR+0BgoIBuoMBoQOQA7GCAd0DyIUBiYIBswOLAaMBkAHjA/2EAYcDyIIBnwKfA6wBmoQB',
    'mYQB2IIBwgPeAfkBz4UBzoUBzYUBEAEQ8KIEEhIKCc+FAc6FAc2FARADEICHpw4SLQoe/YEBwIUBu4IB0ALMggHPgQHcgQFmz4UB',
    'zoUBzYUBEAMQgIenDhoECAUQBxIyCinqAYwE4gOuAoQDjgKihQG7A5ODATXkggHXgwFPlgLBAs+FAc6FAc2FARIFAYCt4gQSRQo8',
    'wgPTgQHegQG9AfKBAfQDn4QBuQOdgwHIA8YBsAHChAGfAs0C8IEB4gPbA6gDyoMB+IMBz4UBzoUBzYUBEAMQgIenDhIbCg2lA/0D',
    'z4UBzoUBzYUBEAMQ8KIEGgQIBRAGEg4IrwIIuYIBEAIQgNrECRJxCmidhAGDA6OCAaSEAfOCAfgChgSggwHBggGWBDdU2AHSgQE3',
    '+4MB/IIBgIIB5oQBnoQBxALAhAGLhQGdAYGEAbmCAeOEAZQE0APkhAGiBPaBATKlhAHAAdEB+gPHA8SDAc+FAc6FAc2FARADEICH',
    'pw4SeQph9oIB9QPggQHZgwGIA+mDAbmCAbYBq4QBrgL8ggG/hAGugQGiA58DtIIB2oEBu4EBf+yBAcuFAaoDuwG9AZSDAdICuoUB',
    'zYEBo4IBoYMBzwG0gQHGhAG5Ac+FAc6FAc2FARADEICHpw4aBAgFEAcaBwgIGKEgIAgSHQoUjQPZAtOEAaKDAXDPhQHOhQHNhQEQ',
    'AxCAh6cOEvEBCuoB7IIB6oMB0YMBLe4BGeoBo4MBYqAC1AEmRYYE/4MBs4EBj4IBLMuDAbGEAZOEAfYCv4UB2oEBwoQBvIMB5IQB',
    '/AKQgwGOgwF2+IQB0QG7ggG0gQHpggHYgQGcAuCEASDWhAHFAfCCAcYDhwGdAhSohQHDggHBgQFKkQOVA5ED9ALPgwHuA5GCAZMB',
    'zAGuAakBw4UBvQP9AjQk7YIBm4UBkwPZAdIDk4UBqYQBywLthAHSAYiFAf6DAYIEz4IBroMB2QIVkAP0gwGiggH9A8OCAeICwwOP',
    'hAHlhAGbA7UD/4EBz4UBzoUBzYUBEgICARIiChPPAYAEuIEB0YEBz4UBzoUBzYUBEAIQgNrECRoECAUQBhJTCkrNggG2hAG2gwHu',
    'ggGXA7aBARjWA/0D7oQBkQHdhAHrggG/AR+PBJUBiYUBo4MBuAGmhQHDAuyEAfuDAc8DI4+FAc+FAc6FAc2FARABEICt4gQSNwou',
    'i4UBzIQB4oQB1QPvAbcBhoQB3IMBxoIBtAGRAruBAcIBjATdA8+FAc6FAc2FARACEIDaxAkSWwpMvYIBv4UBy4MB0IEB9AOqAYGD',
    'AcSEAcgCz4EB1gPFggHJggGqgwG6gwHFgwHvAeuCAfyDAS21AumDAa0CqYUBCPGBAc+FAc6FAc2FARABEICt4gQaBAgFEAcSQQo3',
    'mgOcBN6DAa8DlYQBK8uDAYADiwIS0oQB+YQB5YQBm4MB/oEBnIUBrwPMAdyCAc+FAc6FAc2FARADEIGAgIAgEjsKMsWFAZ4DoYIB',
    'YJ8EmIIBowT8hAG4hAHtAbIDrQO7gQG+hAEBhYUBzoIBz4UBzoUBzYUBEAEQgK3iBBIeCg/ihAFp/wPPhQHOhQHNhQESBQKA2sQJ',
    'GgQIBRAGEmcKXuuBAbYC8AOYggEhgoUBGpIEkoQBqoQBuYIB4oEB1oEBpYUB2YMB8IQBhYMByIUB1YQBgASOhQHvA4eDARHuggFy',
    '0YEBlATVggG1hQGQAo0E34MBnwLPhQHOhQHNhQEQAxCAh6cOEmEKT+UDv4UBp4EB8gGQBMqDAYyFAbWFAZ+DAZIDrAPBgQGiAbSD',
    'Ac6EAbAB0wGXAfyDAdMCKLGBAfgDkgTSgwGwAccD7IEBuQHPhQHOhQHNhQEQAhCA2sQJGgcICBisICAIEkIKNbUD8YMB7AG8ATTH',
    'hQHMgwGBA+OBATK2gQGahQGPggHXhAHvA98CyIQBmoQBz4UBzoUBzYUBEAMQrAIaBAgFEAcSJgodwwLthAHcAYwD1IEB3QGNggFN',
    '0QHPhQHOhQHNhQEQAhCA2sQJEmgKX5kB5oQBtQHxgwGTA4OEAceEAd8D/YEBmYMB0wO0gwGOAbcDnAKHggGHAf8DwwFRiIMB84QB',
    'EeIB2AGrhQGHAfoC0IMBXfyEAaSFAZADJ76CAaUBxIEBz4UBzoUBzYUBEAIQgNrECRIhChJ9mIUBpYMBmgLPhQHOhQHNhQEQARCA',
    'reIEGgQIBRAGEnAKZ4eFAcqEAeKDAf4BmoUBsAFfmoMB4AH1gwGXhAG6AvKBAbmDAauCAYQEm4UB14EBg4IBGvWCAeiBASOhhAHu',
    'A7gDi4IB0YQBs4IBg4QB+oIBMouCAcWDAVHPhAH0gwHPhQHOhQHNhQESBQOAh6cOElcKUM4D44MB2gK4gwGqgwGrAqoDsoIB7wG1',
    'A9AB84EBtQKdBMgDsIIB/IEB54EBpAT1gwG7hAHmA4IEmgSHAs+CAdsBy4IBvIEBz4UBzoUBzYUBEAIQrAISMQoijIMBxQPlAqgD',
    'vgOmhQGPAuCBAewDnAGsA8+FAc6FAc2FARABEICt4gQaBAgFEAcSIAoXtYUBrYUByoQB+QGChAHPhQHOhQHNhQEQAhCA2sQJEvgB',
    'Cu4BgwOHAY8BuwKXAoIB0wMDgoQBxoMBiQE2wQGaA7WBAYeEARS8hAGygwGnA8sDpgK9AqICDrWEAaKDAeyBAcAB2AFh6IQBDsSB',
    'Ae2DAeCBAYiDAbGFAa+CAdYBlYUBW4+CAf6DAZoC9oMBrQJW54IBqYUBwAOogwGIgwHhhAH9AYUDQdoDtIIBhIUBmYUBtIUBuQLz',
    'gwH9ggH2gwG/hQHkAVGVA9MDRIwE8YEB+QO/AucBFeEB6AGqhAGeASr8AokChQHZgwHHAZeEAZsEpgHpAZ4B74EB2IMBjYQB9IMB',
    '/wLRhAGUA8+FAc6FAc2FARACEIDaxAkSSAo56oMBmIIBtIIB/4QB44MBFIoB8gKohQGNhQHShAHMA6KCAdADuYIBtwOZggEhqoUB',
    'z4UBzoUBzYUBEAIQgNrECRoECAUQBhJgCk8OpIQBmwLMAd+EAaqFAfkC3gGVhQGmggHChAGfggH8gwGvAin0A8OBAe8BkAOpAfMD',
    'mALMAe0BlAOzAqCFAZYE1YMB04QBz4UBzoUBzYUBEAIQ8KIEGgcICBi3ICAIElQKS+AD8QGrgwGlhQG7AUL+AsOEAZoB94EBoIUB',
    '84QBJcWBAeuEAeKEAf+DAdCEAfiBAfSBAY2EAZAB6oEB0IQBt4IBeM+FAc6FAc2FARIFAYCt4gQSXApNuIQBXJKCAeACGoyFAc4D',
    '9gO4gwGOgwHKAa+EAY8BWeQB24EB/wPmhAGZggFMEO2EAcEBzIQBkoUBpgO3ggH8hAGwA2jPhQHOhQHNhQEQARCAreIEGgQIBRAH',
    'EjIKKR3HhAGpAfGDAaaEAZqDAYyFAYcD9oIBmoIB/YQBsIUBz4UBzoUBzYUBEAIQgNrECRIkChuvggH7gQE1pYUBIHKWhAHmgQHP',
    'hQHOhQHNhQEQAhCA2sQJEhkKCc+FAc6FAc2FARABEIGAgIAgGgQIBRAGEjYKLaSEAWawAu8BrwK8A7+CAUCZAcSDAaoCggTIgwG3',
    'hAFs3YMBIc+FAc6FAc2FARABEICt4gQSCQg0EAIQgNrECRI3CihAsoEB+IQBwgGWA8CDAb6EAaKCAaeDAWfJhQG4A88Dz4UBzoUB',
    'zYUBEgUBgK3iBBoECAUQBxIlChyNhQFaogHXA+oDoQTSA8gClwE1z4UBzoUBzYUBEAIQgNrECRJmClvbggG3hQGBBKeCAT3zggGR',
    'hAG9hAEzrYMBLZKEAf6BAfAC9wOKggG+hAH1hAGoAa8Cv4QB8IIB9IEBgwERsYUBjgSrhAG7hQEDv4IBo4UBkoIBz4UBzoUBzYUB',
    'EAMQg4CAgIBAElIKOsQCw4QBLROkgwGLBKsDhATuggHNA/yBAc6DAcaEAeEDhQG5hAG4hAH1Av4BpALPA1fPhQHOhQHNhQEQAxCA',
    'h6cOGgQIBRAGGgcICBjCICAIEiUKHOkCngG5As8BhQSMggHtgQGMhAHPhQHOhQHNhQEQAhCA2sQJEkcKPs+DAaqEAdMBnQHTggGk',
    'A4UBMs8Cn4IByYQBzoMBjoIBj4MBr4IBrQPxgwGDgwGvhQHuAeQDz4UBzoUBzYUBEAIQgNrECRJWCkfEA+SDAYWEAZyDAfUDn4IB',
    '5YQBxgPHhQH4gQH9AYGDAZsEpAS4hQHVgwG5hAGHAlNxwYIBeMKBAbqBAeqEAc+FAc6FAc2FARADEICHpw4aBAgFEAcSQAo2iwPt',
    'AaCEAZIEyIMB8IQBw4IBr4QB7IEB9oIByoMBlIUB0YQBjgO8hAEagIQBz4UBzoUBzYUBEgYBgYCAgCASxAEKugGPBBOLA7iBAdwD',
    'uIIBNK2BAeuBAfcCmIQBa8yCAeKDAdyEAbkBioIBi4QBpAKshQHWhAEb64IBgAGkgwHigwHOggGYggHIgwHDA/2BAd2CAeGEAaOD',
    'AZQE/AP8AfaBAX7aA+0B/IEBgQH2A4MEkIQB14QB0oEByAHPggH4hAF7+gNZqgHVgwGOgwHeA9sBwIEB3wK5AxzjAs+DAUzxgwHH',
    'hQGcA8AD8YEBgAPLhAHkgQHPhQHOhQHNhQEQAxCAh6cOEigKGYuEAcEBS4wEooUBvAHsAUHPhQHOhQHNhQEQAxCAh6cOGgQIBRAG',
    'EhUKDNaBAc+FAc6FAc2FARACEIDaxAkSDgjfgwEInAIQAxCAh6cOEiAKFHrwA7ADpgS9A+YDz4UBzoUBzYUBEAEQARoECAUQBxJA',
    'Cjd0v4QBmoQBy4UB/gKjhQGfgwHcgwHNAowB6gL5gwHIgwHYA1HGAdgBQd0B5oMBz4UBzoUBzYUBEAEQgK3iBBJECjKUggHMAYsB',
    'mwHdhAH8AdaEAb2BAbaEAc4DgAKyhQHcgwHWhAGYhQGoAc+FAc6FAc2FARIFAoDaxAkaBwgIGM0gIAgSewpsioIBqAO2AeSDAZ0D',
    '64EB/oMBwAPFhAGehAGchQH+gQGsggGLA5uCAYyDAcuEAYwBrQHgAdaCAbYBlIUB64QB+IQB7QLFAbWEAcaFAbWEAasDpYQBiIIB',
    'yYEBuIEBiAHyApoDz4UBzoUBzYUBEAIQgNrECRoECAUQBhIqCiHLgQHxAeGBAZECaYcDy4UBnYQBqgKkgwHPhQHOhQHNhQEQARCA',
    'reIEEm0KZcgBh4IBnIIB7AG7gwGbhQGSAd+CAcoCxwGuASz1A5EBN5yEAcCEAYOCAd6DAbOFAa+CAYKDAfuEAc0BkYMBuQGuApUB',
    'gwIdJqmEAbmFAa6FARS3gwHWAdQBnIQBz4UBzoUBzYUBEAMQ8KIEEjgKKceBAXSAhAETsYEByYUBpgMXtwOPAqMC64IBqoMBp4MB',
    'z4UBzoUBzYUBEAEQgK3iBBoECAUQBxIZChD5ggFVvYIBz4UBzoUBzYUBEAEQgK3iBBIlChzfAbGCAb6CAdgDm4UBy4IByoEBz4UB',
    'zoUBzYUBEAMQgIenDhIYCgnPhQHOhQHNhQESBQGAreIEGgQIBRAGEicKHMOCAZgBlwSMhQGXgwHdggGqhAHPhQHOhQHNhQEQAxCD',
    'gICAgEASSwpCvoIBCeADuIMB5YIB4YEBtIQBqoQBlgLDhQGIBNCCAfyCASyUAsOCAdyDAfQBp4EBn4UBxoIBy4EBz4UBzoUBzYUB',
    'EAMQgIenDhJpClrAhAGmhQGMAa6CAQftAcQCgoIBz4EBqIEB0oEBjIQBQvWCAc0CqgKlgwHaggG/A+4B5IIByIUBngHdAu6DAf8B',
    'r4MBi4QBpIIBs4UBlQK/ggHPhQHOhQHNhQEQARCAreIEGgQIBRAHEqMCCpACm4IB6oEB5oIBqQGaAdWBAaqEAbEDu4IBwIMBhALK',
    'Ah/rgwG+hAHlAv6BAcoBBZoDBIiCAaCFAcUB2APGgwGEgwGhApQE1IQB1YQBm4QBYl2fBO+DAfoCqoIB4oMB4YQB9oQBi4MBwYMB',
    'jATcA4gD9YMBmYMByQG9AeqCAbiEAeyDAd2CAZCCAbkCZ9WDAbaBAcOEAeSCAe0C3QPTgwGEgwFw/YIB8YIBgwK7AeEB9YQB5IEB',
    'ogKCggH2A0y9gwElUcuFAbuFAUOGhAH9A7aDAb+DATT9AuAC/4MBNfwCcTT/ggGKgwHfAcIDNyv4hAHRA7ACuoIBhYMBRDThgwGm',
    'AaSEAaUElQTPhQHOhQHNhQEQARCAreIEGgcICBjYICAIEiEKGKQEqIIB3AKgA/GDAZODAc+FAc6FAc2FARACEIDaxAkSTQpAzoEB',
    'koIB5gPGgwGMBNAC/oMBC60BgoIBv4UB1gHOA+YCcoiCAZ8CxoMB4IMBpQGPgwG6hQHuA8+FAc6FAc2FARABEKwCGgQIBRAGEisK',
    'IuSBAW6/gwHLgwG3ggGBgwGBggG5AmAzoALPhQHOhQHNhQESBQKA2sQJEhgKD7EDrQGdBM+FAc6FAc2FARACEIDaxAkSGAoJz4UB',
    'zoUBzYUBEAMQgIenDhoECAUQBxJeClWpgQEXrwPCgQHQAt4C/IMBjQOnhAGuAsABvYQBpoUBUP4C2AG3ggGfAaCDATOkAu2BAfSD',
    'AcqCAbKEAYSDAdOBASyBhAFlwQGqA/kDz4UBzoUBzYUBEAIQgNrECRIuCiOvggGLAaKFAeKCAewCx4IBhQSggwHNAtUBT8+FAc6F',
    'Ac2FARACEIOAgICAQBI7Ciz6hAHPAY2DAceBAYSEAd2DAfoCywOrgQGFA+6DAdaCARu/As+FAc6FAc2FARACEIDaxAkaBAgFEAYS',
    'aQpgz4EBkwGqggFb0oEBI37kggEduYMB+4MBpAPQhAEj/oIBowKXAv6BAeuCAYECwYUByQHSAfUBs4QB1YEBvgP1gQGpAfaBAcAD',
    'P8oDmAKYAx/vhAHXhAFez4UBzoUBzYUBEAIQgNrECRJDCjozrwPoA9MDwQOTBLKBAbMCGm6sgQHMgQGMhQGYggHCAfqBAbADuQIn',
    '2IIB5YIByIQBz4UBzoUBzYUBEgUBgK3iBBI0ChyIAfUCi4QBroMBsIEBxAL/A50Ez4UBzoUBzYUBEAEQgK3iBBoECAUQBxoHCAgY',
    '4yAgCBIeChQQ+IQBjYQBnYMBU8+FAc6FAc2FARACEIWAgIACEjsKMrqEAdgCxIQBloMBw4IBoQS+ggGDggHeA/6BAZYDfsyCASuG',
    'AsCFAaUEz4UBzoUBzYUBEAEQgK3iBBI4CimSBOWCAemBAYGFAeWCAe+BAaoDkYUB7wPIhQGCgwHRA8+FAc6FAc2FARABEICt4gQa',
    'BAgFEAYSYgpZO9+CAZoD54MByIIBuoMBiYMBgYQBxQHaAf6CAZoDkoUBvwKBA/2CAeKEAZUC+gHwgwH2A6uDATjhAsIBugPgggGp',
    'gQFZ3gO6ggGMhAGsAkLPhQHOhQHNhQEQARCAreIEEjUKLO6EAbKCAZUBmoUBjQLigQGBA8OEAfiEARyOhAG7ggHzgwFKz4UBzoUB',
    'zYUBEAMQgIenDhISCM+DARIGAYGAgIAgGgQIBRAHEp8CCpUC5YEBoAFAwAP7A8YD2YIBvALegQEP1YQBpAK6AvwDqIIB7wObhAHw',
    'ggGyAoqEASilA/KBAfSBAd4BnIIBVbuEAdmCAYGCAe4BiYIBwIUBYKOFAduEAZWEAbSBAeqDAWXWApaEAcQC8oIBgIUBpoIBjIQB',
    '3AH2hAHoAriDAaEE8YQBN5aCAfUBqYUB1IQB44IBpgGKhAGXAdMDQogDtIEB0QHygwF67oEBloIBigOhhQGGBH7ZA/GCAawD1QGw',
    'A+WBAbCCAaYEnwGjgwH9ggGmBJKDAZUE0IEBQbkB/AFdwwLvgQF7wAKjAuGCAeMC3IQBl4QBH5SFAVLxAYACygKaAY2CAdWEAdmC',
    'AcSBAc+FAc6FAc2FARACEIDaxAkSNgotlQH/gwHVA8CDAcmCAXCEA76DAYIBMqIBoAOQAgqDhQH9A8oCz4UBzoUBzYUBEAIQgNrE',
    'CRJpClq0A80BgQOQggFrHMiBAbODAdgDroEBwoUB2gL3hAGeA4iEAXKLggHCA/4DpwO9AqiDAdOCAQ3JAbgBmAKAhQGTBJABzQNz',
    'roIBuoEBHseCAU/PhQHOhQHNhQEQARCAreIEGgQIBRAGEjgKL/MDsgOMAfWDAYGCAeuCAewD+AObAeIDuwK7AraDAYeFAbUByQMR',
    'z4UBzoUBzYUBEAMQgIenDhJOCjurgQHeAd6BAYADDFi0AcoC3gKwhQHBhAGrhQG8hQGhA9ADxAHIhAG8gQGOA+mDAYyFAc+FAc6F',
    'Ac2FARADEIeAgIAIGgcICBjuICAIEnYKZ4kCWKGFAeuEAe4BoAO4gQGvgQH9hAG/ATmSgwGkBJOEAdWDAeKCAfuCAekC5wPlAvSC',
    'AciFAY2DAaSFAa2BAfoBtYQBuwOLBOUCyIEB3YEBpgLeggHiggGPhQH+ggHPhQHOhQHNhQEQARCAreIEGgQIBRAHEj0KNMgCx4UB',
    'SLKDAdiEAamBAdoBm4MBmAKsA8oCo4IBg4MByAPUAsKFAfKEATDPhQHOhQHNhQESBQKA2sQJEj8KNp8CxIMB04EBo4IBv4EB/gIp',
    'qIMBn4QBjQS+AjzjA6EC9wOngQHyhAEql4MBCc+FAc6FAc2FARADEICHpw4SOwosmoUB04QBigJB34EBrgLDAZ4DnYIBxIMBHWit',
    'A6GDATKLggHPhQHOhQHNhQEQAxCAh6cOGgQIBRAGEjEKJ98Bc/YDqYIB1gLXgwFMoQI4j4QBtYEBgAKdAryDAc+FAc6FAc2FARAB',
    'EIeAgIAIEkwKQ40EjQK6gwH5A1T8AbuDATfdgwFg2oQBzQK6AeYCuIEBzgLcAuqCAbyEAZiEAZ4BvAPYAv2BAWm7hQHPhQHOhQHN',
    'hQEQARCAreIEEhEIqYMBEAIQgNrECRoECAUQBxI6CjHfA7GCAeeEAaeBAdGBAeMBm4MBzAOwhAGeAe2DAcAC0IMB/4IBngJ1z4UB',
    'zoUBzYUBEAIQgNrECRJDCjqVA/OEAbMD2gHkAoiEAdADsoEBmwTPhAH3ggGphQGxhAGFhQFcswGEA9kC4oEBo4IBz4UBzoUBzYUB',
    'EgUCgNrECRJrCluEgwHWgwGZhAH1A/WCAYYBBr6BAaaDAY8C0QOtAa4BqYUBgoQBkAHWgQF/8ALNhAHmAzqkggHlgQHtggGeArIC',
    '7IEBrIUB+oMBwgLpAZ8Eq4MBz4UBzoUBzYUBEAEQhYCAgAIaBAgFEAYSNAoijATUA07pggHshAGCggGrA9kBuAGUAfOEAc+FAc6F',
    'Ac2FARABEICt4gQaBwgIGPkgIAgSPgo1kYIB1oEBoIUB1wHlAeqDAZcE2YEB24MBuQPwhAFMnYUBoASNAe6BAckBnwPPhQHOhQHN',
    'hQEQAhCA2sQJEjgKKbUDkYQB/IIB/4MBygHSAgP3gwHmAriCAcCEAd0CpoQBz4UBzoUBzYUBEAMQgIenDhoECAUQBxKZAgqPAsoD',
    'pgLxAfOCAbCEAYODAZOCAUOqAbkB8AHvA40E8oEB2IMB24IBnQT3AXPSgQGaAnORAZkD64QBmIUBiQMbnQLzgQH4AfoDJOgD2YMB',
    '6AGzhAGDhAHWAeqCAeSEAfOBAeUD5IMBiYUBuYQBr4IB1YMBT6WFAecDt4MB2YMBkwKXAdCDAaQDhoMBzQMg4IMBV/KDAbGFAcGB',
    'AeaDAb6DAeGEAd+EAfeEAdgB4YMB/QKNA5GCAXnQgwGBA/UCxAH4hAGvggGIggHzgwGAgwGzApkCuoUB1gKkggGVA7EBwAJbmAOQ',
    'hQG/AZyCAeKDAeKDAYaFAZ8DooIB9AMWkwOWhQG6hAH7hAHPhQHOhQHNhQEQAhCA2sQJEh0KE+SDAYYBzwPygwHPhQHOhQHNhQEQ',
    'AhCBgICAIBI0CiWRggGzgQHnhAGXATX2A6oBYswCwAL0A+MCpoMBz4UBzoUBzYUBEgUCgNrECRoECAUQBhISCgnPhQHOhQHNhQEQ',
    'ARCAreIEElEKSJqCAY2EAZ6FAfMB3AOphAH8AeuCAbUDwAOBBOABq4IBblPKgQG7gwHHhQGcBOGBAaiEAcKEATGUAeyDAZWCAc+F',
    'Ac6FAc2FARACEIDaxAkSIQoSqgHsA/cBs4MBz4UBzoUBzYUBEAEQgK3iBBoECAUQBxJeClPiAeaDAUq6AeyDAWuSAqSEAa0Cn4UB',
    'voUB+gHhAfsBrIIB14QBr4IBj4MBkoIBuQKwApODAYkDuoEByIUBtwK9ApOEAdeCAaKCAc+FAc6FAc2FARACEIOAgICAQBJkCluv',
    'hQHoAp6FAcqEAYOFAcIBr4MBIecD9AEtwgOHhAHjAsmEAZqCAa6DAaeFAaMExYIBabuFAe+EAY6EAYSEAeAB/ANatwP3gwG/A90B',
    'kYMB8YEBz4UBzoUBzYUBEAEQgK3iBBI1Ch21gQGrAt0C6oMBLbEBfqCFAdODAc+FAc6FAc2FARABEICt4gQaBAgFEAYaBwgIGIQh',
    'IAgSZApbl4UBecwCPOOEAf2DAb6BAb0CnQNphIUBh4MBioMB7YMBkwHYgQHCAjGbA72BATWMAvSEAaEE14QBK9kCpgGzgwGhhQGn',
    'A9GDAeYCnANO9gLLA8+FAc6FAc2FARIFAYCt4gQSUwpKggORAZIBiYQB8YMBmwOHBI+CARONBPWBAa8B2IEBjgS7AbwCr4MB+4IB',
    'owGvARU8XzGWBPwBa/ODAdIDzAKlhAHPhQHOhQHNhQEQARCAreIEEkcKN58BDa0CjQKHgwHEAvACxIUBfpoDWrkD7AO9Al6rAQjL',
    'A54DgIIBzwHcgwGbgwHPhQHOhQHNhQEQAxCHgICACBoECAUQBxIKCJ8BEAMQgIenDhI9CjT0AccBjgPKhAG/gwGMgwH+ggEfkwS8',
    'ggHTgQGeggHfAqWDAeyBAbKCAb4Bz4UBzoUBzYUBEAIQgNrECRI9Ci7uhAGfhQGahAH3ggH/AfSDAemCAWzChQG9hQGchQGYhQHR',
    'AYIDz4UBzoUBzYUBEAMQgIenDhoECAUQBhIkChvtggHJAfiBATMS+gGbAZuDAUbPhQHOhQHNhQEQARCAreIEEh4KGP0BTPSDAaYC',
    'pgP+Af6EAc+FAc6FAc2FARICAgESNgonesICwYEBm4UBp4IB3IEBhYMBoYMB6YEB5QJ52IMBz4UBzoUBzYUBEAIQgNrECRoECAUQ',
    'BxK6AgqwAo0DzwLaAssC+gO9hAGchQGZgwGsgQGlApUC5gLvhAG6A8CDAaOEAfKEAZ6FAeeCAbiDAfYBv4QBR5SDAcOEAeaCAdOE',
    'AZmCAfwCgoQB+gLxggGHgwHxAbOEAeCDAaqEAb0B+wIs6YMBr4QB7YQBh4UB8oMB/oEBm4MB6gLrAxSDAokBhQS/gQGuA4sDqAPs',
    'gwGIAfkBwIMBatSCAauFAXRvv4UBQZkD5YIBTfuBAdeEAfGCAT7YAs2DAaoBQckDyYIB5YMB54QBrgH1gwGbAbgCgoIB3QPVggH4',
    'ggHyggHPAfqCAbaDAYKEAdmDAZSDAY8BGuCCAaWFAfuCAcaFAbCDAeKBAYICnQKFhQG6gQHQAeADhoMBo4IBsIQBSuAC1gOzgQHh',
    'hAHPhQHOhQHNhQEQAhCA2sQJEkQKMvGDAaoB0gGuggGAggHMAZgD+4MBggHbgwFoTY4DvYEBOK6CAamFAZoBz4UBzoUBzYUBEAEQ',
    'gK3iBBoHCAgYjyEgCBJPCkDGhQHZhAHlAvGDATyHBIqCAZ0CowPQggGuhAH5gwHrgwHJAv2EAWSkAlWngwGXggGhAVLPAv0Cz4UB',
    'zoUBzYUBEAMQgIenDhoECAUQBhIsCiGtA+gCMbIDioIBloMB24MB5gGIggGihQHPhQHOhQHNhQEQAhCDgICAgEASagphvgLWgwGa',
    'gwHJgQHiAb6BAfED0YMBxIQBpYUBDPUCvIUBzoMBu4MB+4MBwYMBggT6hAHdA7gBNdGCAaAB9QOPhAGvhAHTAYQCgwGhhQHfA+AB',
    'axvEAe6DAc+FAc6FAc2FARABEICt4gQSTQo+xAJjyQJV3IQBUOgD34IBiIMB5YQB4wFisgHiAdMB4wLDgQHDA+QB9gKahQH/gQG6',
    'hAGrgwHPhQHOhQHNhQESBQGAreIEGgQIBRAHEg4IloQBCJUEEAEQgK3iBBI5CjDQgQGdBBrJgQHUA6qEAcWBAVrdAWjzAaAExwKc',
    'AsCDAekBygHRhAHPhQHOhQHNhQEQAxCAh6cOEikKHe4D/QO6AdCDAbADwIIB0YIB3AM6z4UBzoUBzYUBEAMQARoECAUQBhJBCjiw',
    'Ao0C8YMBJokEiASlA7eCAb4C8AHMA+OEAT2XgwGxggGCgwGUggFzTZ6FAcuFAc+FAc6FAc2FARADEICHpw4SXApT6IIBgIQB6AKM',
    'BJWCAbsDywPwAtOCAZAEigGkgwHNAxrvggGwgwHgggEK74QBlwSABOAD1gKiAnTMAc8BpYIBEbGDAf8BYKQDsAHPhQHOhQHNhQEQ',
    'AxCAh6cOEiUKFv+DAekBhYIBx4UBmATPhQHOhQHNhQEQAhCA2sQJGgQIBRAHEmoKWK8DsIUBtYIBvoQB24IB3gIZ6wKqA7OEAdKC',
    'AZUDmATJhAHMhAGZhAHtgwGygwHDA6aEAayEAd8CzoIB8oIBq4MBqIIBngODApsC4AHfgQHPhQHOhQHNhQESBQKA2sQJGgcICBia',
    'ISAIElcKUIyEAYiEAbcB84QBP4oDz4MBFLoC/QORhAHdgwHWgwH6A9YCloUBy4MByYEByYMBkgHhhAFm5APWgQHjggG8A6UByoMB',
    'yoUBz4UBzoUBzYUBEAMQrAISGwoMsYQBz4UBzoUBzYUBEAIQgNrECRoECAUQBhJkCltA7IIBt4IBwoMBGZSFAaaCAf+BAcGFAbwC',
    'qoUB7ALUhAHXAQvQgQGiAfoBtAHlAboD8ALegwGQA3WvggHNggHZhAGWBJUBlAKEhQGfAucC7YEBz4UBzoUBzYUBEAMQgIenDhIn',
    'Ch7JhAHWA4kDmoUBVqeCAYgCqwKZhQHPhQHOhQHNhQEQAhCA2sQJEtQBCsQBlYUBiwLVA8MCmATmAtyBAcgB0QLsgwGfhQE3Sv6C',
    'AYgEl4QBZayFAeUDzQG7gwGZArMDyQGfhAHnA33PA5+CAaCDAWSaBLWCAZSEAdQCT6YBbeUBkoUBrgJt44QBz4QBsAP5A7mBAbmE',
    'AYUD6YIBoAShggHZgwH4AxzfggGghQG/A8wCiwPlgwG6ggGugwHogQGxAZkB1IQB84IBsALIA4sCCJ4CxgHygQHLA5KCAbiEAQKj',
    'hQHWgwHCA8+FAc6FAc2FARADEICHpw4aBAgFEAcSzgEKxQHhAdmDAYwDqIIB2YIB8wHHgwGhAYIB/4MB8QOLAemEAYKDAZSFAWoK',
    '4wFmlYQBvYIB1IQB5IMBhgSdggH7ggHiAZ8BkwTxgwEbiQHbhAHpgQHBgQG/A1GthQGmAe6CAYiEAXPiAfKBAa0B3IQBgwSjAbSD',
    'AcyEAZ8CqYIBqQNaq4QBqwHPggGPgwHrggG6gwGThQGjhQGeAlaFAcoD8QLSAr2EAZcEHNSDAS6/Ar+CAfYDkQGaBLKEAdkBOs+F',
    'Ac6FAc2FARACEPCiBBJkCluVhQH5ggH+AvkBLImEAauBAeKBAYwCkAHXAYUCi4MBrYUBhgLkgQF70QG+AasB4YIBjwPZgwGUgwHg',
    'hAGtAbyCAcWBAd4CTa8Cg4QBvQJwqYMBz4UBzoUBzYUBEgUBgK3iBBJCCjPoggHFAzrqAcaCAf4C/oQBhQPSgwHKgwEJLZgDEbiE',
    'AZUC2IEBuoMBswLPhQHOhQHNhQEQAxCAh6cOGgQIBRAGEhkKENQBioUBhwHPhQHOhQHNhQEQARCAreIEEi4KJcWEAaiEAaQBq4IB',
    '4AKHA/SBASvtgQEm+oIB9AHPhQHOhQHNhQEQAxCAh6cOEkEKJ9+CAbSEAYcB/gFenQKpA7uEARawAYsCyAKYhAHqAc+FAc6FAc2F',
    'ARACEIOAgICAQBoECAUQBxoHCAgYpSEgCBI1CizQA8MC0APbgwFs4AOJhQGKggFhg4QB0gGRBJ0CvoMBn4UBKc+FAc6FAc2FARAC',
    'EIDaxAkSdgptsYIByoIB7IMBlgSGA+uEAfqEAbmCAa2EAbQDoIUBmgGlhQGPgwGCggHfhAG/hQHpggHHAckDs4UB4QHlhAHrAqEC',
    '3YMBvgLOA+QD24QB2oQBmoQBBdiEAY+FAa+CAeiDAYSCAc+FAc6FAc2FARABEICt4gQSbwpgqoEB/YEB3YQB/wKnggHngwG/ApWE',
    'Ab2FAYeEAfCBAcYBK4QCY+eBAYMEp4IBuQOoA/+DAbUCxoQBzAOPAsODAb4BhAS5ggHYAiDMAo+CAY6DAYWDAZAEz4UBzoUBzYUB',
    'EgUBgK3iBBoECAUQBhI1Ciz8hAGygQHuhAG9gQGtA1HQhAGlA6IE2AHnhAE/xwKAA2TcA8+FAc6FAc2FARADEICHpw4SZwpduwOU',
    'A5GCAb4B0wG/AoWDAbYC2gO/A6sDwQGlggGzA0OqAXyUBLSDAfYBv4IBq4QBw4MBvQKZAd2DAdSCAcODAeiCAc2BAa6DAeeEAULl',
    'gwGTArYDz4UBzoUBzYUBEAIQgYCAgCASVgpHy4QB4oQBjAPBAifiAcCCAeqEAWbZggHRA1acBIAEroMBs4QB/AP2hAHohAGGhAGr',
    'AZmDAbeBAfMCYNMBygHPhQHOhQHNhQEQARCAreIEGgQIBRAHElIKSYqEAfkDzYIBwoQBlwONAo6CAaqDAYOCAd6DAeEBooMBuIIB',
    'ywKpgQGdggFE9oQB6ALagQGHgwG9ggEUYusBgAPPhQHOhQHNhQEQAxCAh6cOEm0KZKWFAfCBAYQBRfOBAYoEyYUBj4UBj4UB8oIB',
    'UpYEsYMBsgOTBIGCAaAEwIMBsIUBdYmFAZ2DAZWDAZaEAYABmIIB9YEBlIIB6YEBp4UBzYIBqoEBn4IBiALRgwHPhQHOhQHNhQEQ',
    'AhCA2sQJEjAKIYcEjQKIAtgDjQSsAuWDAd4B6QNn+4QBUc+FAc6FAc2FARADEICHpw4aBAgFEAYSYgpY5gKSggGJAuiDAY0C8gLX',
    'AqgB54QBvgLIggHTgwH4gwHfA+6DAY2FAcICgYQBGmK7gwGMgwH7hAHRhAHAArsC44EB1AKdggG7A+ABPNGCAc+FAc6FAc2FARIG',
    'AoeAgIAIElkKR4+EAfkCy4IB6IEBjgKMhAHcA8WBAbSBAbOFAfsD2oQBggO4AruCAd0C4AHZArmEAbeBAcGFAa8DhYQBu4MBz4UB',
    'zoUBzYUBEAEQgK3iBBoHCAgYsCEgCBLsAQrcAbuFAekB+AOKApKCAeWBAZOEAbWEAeuEAWyaAcGFAUucA42EAbeCAcUCt4IB7gPa',
    'Ar+DAcaEAceDAcACw4MB3YEB+YEBw4QBDueBAeQCgAEwxQOcA6qFAYCCAaOFAfyEAesBv4UBoYMBjQShAfUDxwHngwGpgQGaAsSE',
    'AbECroEBpQSRAc2DAekDv4QBmoMBgYIBi4QB7IMBmoIBqYQB7QPEAyYfigP+gwEWqYEBlAEvvoIByALlA+cBmoUBpIMBqgLyAckC',
    'IZaEAaiBAcQDnoQBnwTPhQHOhQHNhQEQARCAreIEGgQIBRAHElIKSb0CHeqDAcaFAZADgIQB4gPqhAGBgwHzA5cB7wPtA5YDeooB',
    'pIIB8IIBhASXggGWA9uEAaSEAbmEAaIB5QGgggHPhQHOhQHNhQEQAxCAh6cOEgsI8IMBEAEQgK3iBBJWCkWOggEZogT6gQH0ggHi',
    'A8iDAa6EAYAEtIUBjgL4AuSDAf2BAd2CAe+EAaaCAaUBmYIBrAGjggHqhAHWgwHPhQHOhQHNhQEQAxCDgICAgEAaBAgFEAYSLgol',
    'l4IB34MB5IQBxQGnhAH8ARDRhAH4ggG7hAH4As+FAc6FAc2FARADEICHpw4SFwoO9QHAgQHPhQHOhQHNhQESBQOAh6cOEk0KPoSF',
    'AaSCAYUEoIQBwoIB0IIB1YMB7APIggHFggHHhQGiApWFAd+EAcODAY6DAb4BtoMBsYEBz4UBzoUBzYUBEAIQgNrECRoECAUQBxId',
    'ChTSAeKDAbsB0oMBbM+FAc6FAc2FARABEICt4gQSTwpH7QGCggG6gwGhA5ADsYIB3QPIhQGJggGzA4sBowGQAeMD/YQBhwPIggGf',
    'Ap8DrAGahAGZhAHYggHCA94B+QHPhQHOhQHNhQEQARDwogQSGAoJz4UBzoUBzYUBEAEQgK3iBBoECAUQBhIwCh79gQHAhQG7ggHQ',
    'AsyCAc+BAdyBAWbPhQHOhQHNhQEQAhCA2sQJGgcICBi7ISAIEjIKKeoBjATiA64ChAOOAqKFAbsDk4MBNeSCAdeDAU+WAsECz4UB',
    'zoUBzYUBEAIQgNrECRJLCjzCA9OBAd6BAb0B8oEB9AOfhAG5A52DAcgDxgGwAcKEAZ8CzQLwgQHiA9sDqAPKgwH4gwHPhQHOhQHN',
    'hQESBQGAreIEGgQIBRAHEhMKDaUD/QPPhQHOhQHNhQEQAhABEg4IrwIIuYIBEAEQgK3iBBJ3CmidhAGDA6OCAaSEAfOCAfgChgSg',
    'gwHBggGWBDdU2AHSgQE3+4MB/IIBgIIB5oQBnoQBxALAhAGLhQGdAYGEAbmCAeOEAZQE0APkhAGiBPaBATKlhAHAAdEB+gPHA8SD',
    'Ac+FAc6FAc2FARADEICHpw4aBAgFEAYSagph9oIB9QPggQHZgwGIA+mDAbmCAbYBq4QBrgL8ggG/hAGugQGiA58DtIIB2oEBu4EB',
    'f+yBAcuFAaoDuwG9AZSDAdICuoUBzYEBo4IBoYMBzwG0gQHGhAG5Ac+FAc6FAc2FARADEICHpw4SHQoUjQPZAtOEAaKDAXDPhQHO',
    'hQHNhQEQAhCA2sQJEvkBCuoB7IIB6oMB0YMBLe4BGeoBo4MBYqAC1AEmRYYE/4MBs4EBj4IBLMuDAbGEAZOEAfYCv4UB2oEBwoQB',
    'vIMB5IQB/AKQgwGOgwF2+IQB0QG7ggG0gQHpggHYgQGcAuCEASDWhAHFAfCCAcYDhwGdAhSohQHDggHBgQFKkQOVA5ED9ALPgwHu',
    'A5GCAZMBzAGuAakBw4UBvQP9AjQk7YIBm4UBkwPZAdIDk4UBqYQBywLthAHSAYiFAf6DAYIEz4IBroMB2QIVkAP0gwGiggH9A8OC',
    'AeICwwOPhAHlhAGbA7UD/4EBz4UBzoUBzYUBEAEQ8KIEGgQIBRAHEhwKE88BgAS4gQHRgQHPhQHOhQHNhQESBQKA2sQJElMKSs2C',
    'AbaEAbaDAe6CAZcDtoEBGNYD/QPuhAGRAd2EAeuCAb8BH48ElQGJhQGjgwG4AaaFAcMC7IQB+4MBzwMjj4UBz4UBzoUBzYUBEAIQ',
    'gNrECRJGCi6LhQHMhAHihAHVA+8BtwGGhAHcgwHGggG0AZECu4EBwgGMBN0Dz4UBzoUBzYUBEAIQgNrECRoECAUQBhoHCAgYxiEg',
    'CBJVCky9ggG/hQHLgwHQgQH0A6oBgYMBxIQByALPgQHWA8WCAcmCAaqDAbqDAcWDAe8B64IB/IMBLbUC6YMBrQKphQEI8YEBz4UB',
    'zoUBzYUBEAMQgIenDhJCCjeaA5wE3oMBrwOVhAEry4MBgAOLAhLShAH5hAHlhAGbgwH+gQGchQGvA8wB3IIBz4UBzoUBzYUBEAIQ',
    'g4CAgIBAEkEKMsWFAZ4DoYIBYJ8EmIIBowT8hAG4hAHtAbIDrQO7gQG+hAEBhYUBzoIBz4UBzoUBzYUBEAIQgNrECRoECAUQBxIY',
    'Cg/ihAFp/wPPhQHOhQHNhQEQAhCA2sQJEmcKXuuBAbYC8AOYggEhgoUBGpIEkoQBqoQBuYIB4oEB1oEBpYUB2YMB8IQBhYMByIUB',
    '1YQBgASOhQHvA4eDARHuggFy0YEBlATVggG1hQGQAo0E34MBnwLPhQHOhQHNhQESBQKA2sQJEl4KT+UDv4UBp4EB8gGQBMqDAYyF',
    'AbWFAZ+DAZIDrAPBgQGiAbSDAc6EAbAB0wGXAfyDAdMCKLGBAfgDkgTSgwGwAccD7IEBuQHPhQHOhQHNhQEQARCAreIEGgQIBRAG',
    'EjwKNbUD8YMB7AG8ATTHhQHMgwGBA+OBATK2gQGahQGPggHXhAHvA98CyIQBmoQBz4UBzoUBzYUBEAMQrAISJgodwwLthAHcAYwD',
    '1IEB3QGNggFN0QHPhQHOhQHNhQEQAxCAh6cOEm4KX5kB5oQBtQHxgwGTA4OEAceEAd8D/YEBmYMB0wO0gwGOAbcDnAKHggGHAf8D',
    'wwFRiIMB84QBEeIB2AGrhQGHAfoC0IMBXfyEAaSFAZADJ76CAaUBxIEBz4UBzoUBzYUBEAMQgIenDhoECAUQBxIbChJ9mIUBpYMB',
    'mgLPhQHOhQHNhQEQAhCA2sQJEnkKZ4eFAcqEAeKDAf4BmoUBsAFfmoMB4AH1gwGXhAG6AvKBAbmDAauCAYQEm4UB14EBg4IBGvWC',
    'AeiBASOhhAHuA7gDi4IB0YQBs4IBg4QB+oIBMouCAcWDAVHPhAH0gwHPhQHOhQHNhQEQAxCAh6cOGgcICBjRISAIEmAKUM4D44MB',
    '2gK4gwGqgwGrAqoDsoIB7wG1A9AB84EBtQKdBMgDsIIB/IEB54EBpAT1gwG7hAHmA4IEmgSHAs+CAdsBy4IBvIEBz4UBzoUBzYUB',
    'EgYDhYCAgAIaBAgFEAYSKwoijIMBxQPlAqgDvgOmhQGPAuCBAewDnAGsA8+FAc6FAc2FARACEIDaxAkSIAoXtYUBrYUByoQB+QGC',
    'hAHPhQHOhQHNhQEQARCAreIEEv4BCu4BgwOHAY8BuwKXAoIB0wMDgoQBxoMBiQE2wQGaA7WBAYeEARS8hAGygwGnA8sDpgK9AqIC',
    'DrWEAaKDAeyBAcAB2AFh6IQBDsSBAe2DAeCBAYiDAbGFAa+CAdYBlYUBW4+CAf6DAZoC9oMBrQJW54IBqYUBwAOogwGIgwHhhAH9',
    'AYUDQdoDtIIBhIUBmYUBtIUBuQLzgwH9ggH2gwG/hQHkAVGVA9MDRIwE8YEB+QO/AucBFeEB6AGqhAGeASr8AokChQHZgwHHAZeE',
    'AZsEpgHpAZ4B74EB2IMBjYQB9IMB/wLRhAGUA8+FAc6FAc2FARABEICt4gQaBAgFEAcSQgo56oMBmIIBtIIB/4QB44MBFIoB8gKo',
    'hQGNhQHShAHMA6KCAdADuYIBtwOZggEhqoUBz4UBzoUBzYUBEAMQgIenDhJZCk8OpIQBmwLMAd+EAaqFAfkC3gGVhQGmggHChAGf',
    'ggH8gwGvAin0A8OBAe8BkAOpAfMDmALMAe0BlAOzAqCFAZYE1YMB04QBz4UBzoUBzYUBEAIQgYCAgCASWgpL4APxAauDAaWFAbsB',
    'Qv4Cw4QBmgH3gQGghQHzhAElxYEB64QB4oQB/4MB0IQB+IEB9IEBjYQBkAHqgQHQhAG3ggF4z4UBzoUBzYUBEAMQgIenDhoECAUQ',
    'BhJWCk24hAFckoIB4AIajIUBzgP2A7iDAY6DAcoBr4QBjwFZ5AHbgQH/A+aEAZmCAUwQ7YQBwQHMhAGShQGmA7eCAfyEAbADaM+F',
    'Ac6FAc2FARIFAoDaxAkSMgopHceEAakB8YMBpoQBmoMBjIUBhwP2ggGaggH9hAGwhQHPhQHOhQHNhQEQAxCAh6cOEioKG6+CAfuB',
    'ATWlhQEgcpaEAeaBAc+FAc6FAc2FARADEICHpw4aBAgFEAcSGAoJz4UBzoUBzYUBEAEQARoHCAgY3CEgCBI2Ci2khAFmsALvAa8C',
    'vAO/ggFAmQHEgwGqAoIEyIMBt4QBbN2DASHPhQHOhQHNhQEQAxCAh6cOEg8INBACEIDaxAkaBAgFEAYSMQooQLKBAfiEAcIBlgPA',
    'gwG+hAGiggGngwFnyYUBuAPPA8+FAc6FAc2FARABEICt4gQSJQocjYUBWqIB1wPqA6EE0gPIApcBNc+FAc6FAc2FARIFAYCt4gQS',
    'Zwpb24IBt4UBgQSnggE984IBkYQBvYQBM62DAS2ShAH+gQHwAvcDioIBvoQB9YQBqAGvAr+EAfCCAfSBAYMBEbGFAY4Eq4QBu4UB',
    'A7+CAaOFAZKCAc+FAc6FAc2FARADEAEaBAgFEAcSQwo6xALDhAEtE6SDAYsEqwOEBO6CAc0D/IEBzoMBxoQB4QOFAbmEAbiEAfUC',
    '/gGkAs8DV8+FAc6FAc2FARADEICHpw4SJQoc6QKeAbkCzwGFBIyCAe2BAYyEAc+FAc6FAc2FARABEICt4gQSTQo+z4MBqoQB0wGd',
    'AdOCAaQDhQEyzwKfggHJhAHOgwGOggGPgwGvggGtA/GDAYODAa+FAe4B5APPhQHOhQHNhQEQAhCA2sQJGgQIBRAGElAKR8QD5IMB',
    'hYQBnIMB9QOfggHlhAHGA8eFAfiBAf0BgYMBmwSkBLiFAdWDAbmEAYcCU3HBggF4woEBuoEB6oQBz4UBzoUBzYUBEAIQgNrECRJA',
    'CjaLA+0BoIQBkgTIgwHwhAHDggGvhAHsgQH2ggHKgwGUhQHRhAGOA7yEARqAhAHPhQHOhQHNhQEQAhCFgICAAhLTAQq6AY8EE4sD',
    'uIEB3AO4ggE0rYEB64EB9wKYhAFrzIIB4oMB3IQBuQGKggGLhAGkAqyFAdaEARvrggGAAaSDAeKDAc6CAZiCAciDAcMD/YEB3YIB',
    '4YQBo4MBlAT8A/wB9oEBftoD7QH8gQGBAfYDgwSQhAHXhAHSgQHIAc+CAfiEAXv6A1mqAdWDAY6DAd4D2wHAgQHfArkDHOMCz4MB',
    'TPGDAceFAZwDwAPxgQGAA8uEAeSBAc+FAc6FAc2FARIFAYCt4gQaBAgFEAcaBwgIGOchIAgSIgoZi4QBwQFLjASihQG8AewBQc+F',
    'Ac6FAc2FARADEICHpw4SFQoM1oEBz4UBzoUBzYUBEAIQgNrECRIUCN+DAQicAhABEICt4gQaBAgFEAYSHwoUevADsAOmBL0D5gPP',
    'hQHOhQHNhQEQAhCDgICAgEASQAo3dL+EAZqEAcuFAf4Co4UBn4MB3IMBzQKMAeoC+YMByIMB2ANRxgHYAUHdAeaDAc+FAc6FAc2F',
    'ARACEIDaxAkSQQoylIIBzAGLAZsB3YQB/AHWhAG9gQG2hAHOA4ACsoUB3IMB1oQBmIUBqAHPhQHOhQHNhQEQAhCA2sQJGgQIBRAH',
    'EnUKbIqCAagDtgHkgwGdA+uBAf6DAcADxYQBnoQBnIUB/oEBrIIBiwObggGMgwHLhAGMAa0B4AHWggG2AZSFAeuEAfiEAe0CxQG1',
    'hAHGhQG1hAGrA6WEAYiCAcmBAbiBAYgB8gKaA8+FAc6FAc2FARIFAoDaxAkSKgohy4EB8QHhgQGRAmmHA8uFAZ2EAaoCpIMBz4UB',
    'zoUBzYUBEAIQgNrECRJzCmXIAYeCAZyCAewBu4MBm4UBkgHfggHKAscBrgEs9QORATechAHAhAGDggHegwGzhQGvggGCgwH7hAHN',
    'AZGDAbkBrgKVAYMCHSaphAG5hQGuhQEUt4MB1gHUAZyEAc+FAc6FAc2FARACEPCiBBoECAUQBhIyCinHgQF0gIQBE7GBAcmFAaYD',
    'F7cDjwKjAuuCAaqDAaeDAc+FAc6FAc2FARADEICHpw4SIgoQ+YIBVb2CAc+FAc6FAc2FARACEIDaxAkaBwgIGPIhIAgSKwoc3wGx',
    'ggG+ggHYA5uFAcuCAcqBAc+FAc6FAc2FARADEICHpw4aBAgFEAcSEgoJz4UBzoUBzYUBEAEQgK3iBBInChzDggGYAZcEjIUBl4MB',
    '3YIBqoQBz4UBzoUBzYUBEgcDg4CAgIBAElEKQr6CAQngA7iDAeWCAeGBAbSEAaqEAZYCw4UBiATQggH8ggEslALDggHcgwH0AaeB',
    'AZ+FAcaCAcuBAc+FAc6FAc2FARABEICt4gQaBAgFEAYSYwpawIQBpoUBjAGuggEH7QHEAoKCAc+BAaiBAdKBAYyEAUL1ggHNAqoC',
    'pYMB2oIBvwPuAeSCAciFAZ4B3QLugwH/Aa+DAYuEAaSCAbOFAZUCv4IBz4UBzoUBzYUBEAIQgNrECRKaAgqQApuCAeqBAeaCAakB',
    'mgHVgQGqhAGxA7uCAcCDAYQCygIf64MBvoQB5QL+gQHKAQWaAwSIggGghQHFAdgDxoMBhIMBoQKUBNSEAdWEAZuEAWJdnwTvgwH6',
    'AqqCAeKDAeGEAfaEAYuDAcGDAYwE3AOIA/WDAZmDAckBvQHqggG4hAHsgwHdggGQggG5AmfVgwG2gQHDhAHkggHtAt0D04MBhIMB',
    'cP2CAfGCAYMCuwHhAfWEAeSBAaICgoIB9gNMvYMBJVHLhQG7hQFDhoQB/QO2gwG/gwE0/QLgAv+DATX8AnE0/4IBioMB3wHCAzcr',
    '+IQB0QOwArqCAYWDAUQ04YMBpgGkhAGlBJUEz4UBzoUBzYUBEAEQgK3iBBInChikBKiCAdwCoAPxgwGTgwHPhQHOhQHNhQEQAhCA',
    '2sQJGgQIBRAHEkoKQM6BAZKCAeYDxoMBjATQAv6DAQutAYKCAb+FAdYBzgPmAnKIggGfAsaDAeCDAaUBj4MBuoUB7gPPhQHOhQHN',
    'hQEQAhCFgICAAhIrCiLkgQFuv4MBy4MBt4IBgYMBgYIBuQJgM6ACz4UBzoUBzYUBEAIQgNrECRIeCg+xA60BnQTPhQHOhQHNhQES',
    'BQKA2sQJGgQIBRAGEhsKCc+FAc6FAc2FARABEICt4gQaBwgIGP0hIAgSXgpVqYEBF68DwoEB0ALeAvyDAY0Dp4QBrgLAAb2EAaaF',
    'AVD+AtgBt4IBnwGggwEzpALtgQH0gwHKggGyhAGEgwHTgQEsgYQBZcEBqgP5A8+FAc6FAc2FARADEICHpw4SMwojr4IBiwGihQHi',
    'ggHsAseCAYUEoIMBzQLVAU/PhQHOhQHNhQEQAxCFgICAAhoECAUQBxI1Ciz6hAHPAY2DAceBAYSEAd2DAfoCywOrgQGFA+6DAdaC',
    'ARu/As+FAc6FAc2FARACEIDaxAkSaQpgz4EBkwGqggFb0oEBI37kggEduYMB+4MBpAPQhAEj/oIBowKXAv6BAeuCAYECwYUByQHS',
    'AfUBs4QB1YEBvgP1gQGpAfaBAcADP8oDmAKYAx/vhAHXhAFez4UBzoUBzYUBEAIQgNrECRJJCjozrwPoA9MDwQOTBLKBAbMCGm6s',
    'gQHMgQGMhQGYggHCAfqBAbADuQIn2IIB5YIByIQBz4UBzoUBzYUBEAMQgIenDhoECAUQBhIlChyIAfUCi4QBroMBsIEBxAL/A50E',
    'z4UBzoUBzYUBEgUCgNrECRIfChQQ+IQBjYQBnYMBU8+FAc6FAc2FARABEIOAgICAQBJBCjK6hAHYAsSEAZaDAcOCAaEEvoIBg4IB',
    '3gP+gQGWA37MggErhgLAhQGlBM+FAc6FAc2FARABEICt4gQaBAgFEAcSMgopkgTlggHpgQGBhQHlggHvgQGqA5GFAe8DyIUBgoMB',
    '0QPPhQHOhQHNhQEQARCAreIEEmIKWTvfggGaA+eDAciCAbqDAYmDAYGEAcUB2gH+ggGaA5KFAb8CgQP9ggHihAGVAvoB8IMB9gOr',
    'gwE44QLCAboD4IIBqYEBWd4DuoIBjIQBrAJCz4UBzoUBzYUBEAIQgNrECRJECizuhAGyggGVAZqFAY0C4oEBgQPDhAH4hAEcjoQB',
    'u4IB84MBSs+FAc6FAc2FARADEICHpw4aBAgFEAYaBwgIGIgiIAgSDAjPgwEQARCBgICAIBKfAgqVAuWBAaABQMAD+wPGA9mCAbwC',
    '3oEBD9WEAaQCugL8A6iCAe8Dm4QB8IIBsgKKhAEopQPygQH0gQHeAZyCAVW7hAHZggGBggHuAYmCAcCFAWCjhQHbhAGVhAG0gQHq',
    'gwFl1gKWhAHEAvKCAYCFAaaCAYyEAdwB9oQB6AK4gwGhBPGEATeWggH1AamFAdSEAeOCAaYBioQBlwHTA0KIA7SBAdEB8oMBeu6B',
    'AZaCAYoDoYUBhgR+2QPxggGsA9UBsAPlgQGwggGmBJ8Bo4MB/YIBpgSSgwGVBNCBAUG5AfwBXcMC74EBe8ACowLhggHjAtyEAZeE',
    'AR+UhQFS8QGAAsoCmgGNggHVhAHZggHEgQHPhQHOhQHNhQESBQKA2sQJEjwKLZUB/4MB1QPAgwHJggFwhAO+gwGCATKiAaADkAIK',
    'g4UB/QPKAs+FAc6FAc2FARABEICt4gQaBAgFEAcSYwpatAPNAYEDkIIBaxzIgQGzgwHYA66BAcKFAdoC94QBngOIhAFyi4IBwgP+',
    'A6cDvQKogwHTggENyQG4AZgCgIUBkwSQAc0Dc66CAbqBAR7HggFPz4UBzoUBzYUBEAIQgNrECRI4Ci/zA7IDjAH1gwGBggHrggHs',
    'A/gDmwHiA7sCuwK2gwGHhQG1AckDEc+FAc6FAc2FARABEICt4gQSSwo7q4EB3gHegQGAAwxYtAHKAt4CsIUBwYQBq4UBvIUBoQPQ',
    'A8QByIQBvIEBjgPpgwGMhQHPhQHOhQHNhQEQARCHgICACBoECAUQBhJwCmeJAlihhQHrhAHuAaADuIEBr4EB/YQBvwE5koMBpAST',
    'hAHVgwHiggH7ggHpAucD5QL0ggHIhQGNgwGkhQGtgQH6AbWEAbsDiwTlAsiBAd2BAaYC3oIB4oIBj4UB/oIBz4UBzoUBzYUBEAMQ',
    'gIenDhI9CjTIAseFAUiygwHYhAGpgQHaAZuDAZgCrAPKAqOCAYODAcgD1ALChQHyhAEwz4UBzoUBzYUBEAIQgNrECRJFCjafAsSD',
    'AdOBAaOCAb+BAf4CKaiDAZ+EAY0EvgI84wOhAvcDp4EB8oQBKpeDAQnPhQHOhQHNhQESBQOAh6cOGgQIBRAHEjUKLJqFAdOEAYoC',
    'Qd+BAa4CwwGeA52CAcSDAR1orQOhgwEyi4IBz4UBzoUBzYUBEAIQgNrECRI2CiffAXP2A6mCAdYC14MBTKECOI+EAbWBAYACnQK8',
    'gwHPhQHOhQHNhQEQAhABGgcICBiTIiAIElIKQ40EjQK6gwH5A1T8AbuDATfdgwFg2oQBzQK6AeYCuIEBzgLcAuqCAbyEAZiEAZ4B',
    'vAPYAv2BAWm7hQHPhQHOhQHNhQEQAxCAh6cOGgQIBRAGEgsIqYMBEAIQgNrECRI6CjHfA7GCAeeEAaeBAdGBAeMBm4MBzAOwhAGe',
    'Ae2DAcAC0IMB/4IBngJ1z4UBzoUBzYUBEAIQgNrECRJJCjqVA/OEAbMD2gHkAoiEAdADsoEBmwTPhAH3ggGphQGxhAGFhQFcswGE',
    'A9kC4oEBo4IBz4UBzoUBzYUBEAMQgIenDhoECAUQBxJiCluEgwHWgwGZhAH1A/WCAYYBBr6BAaaDAY8C0QOtAa4BqYUBgoQBkAHW',
    'gQF/8ALNhAHmAzqkggHlgQHtggGeArIC7IEBrIUB+oMBwgLpAZ8Eq4MBz4UBzoUBzYUBEgMBrAISKwoijATUA07pggHshAGCggGr',
    'A9kBuAGUAfOEAc+FAc6FAc2FARACEIDaxAkSRAo1kYIB1oEBoIUB1wHlAeqDAZcE2YEB24MBuQPwhAFMnYUBoASNAe6BAckBnwPP',
    'hQHOhQHNhQEQAxCAh6cOGgQIBRAGEjIKKbUDkYQB/IIB/4MBygHSAgP3gwHmAriCAcCEAd0CpoQBz4UBzoUBzYUBEAEQgK3iBBKZ',
    'AgqPAsoDpgLxAfOCAbCEAYODAZOCAUOqAbkB8AHvA40E8oEB2IMB24IBnQT3AXPSgQGaAnORAZkD64QBmIUBiQMbnQLzgQH4AfoD',
    'JOgD2YMB6AGzhAGDhAHWAeqCAeSEAfOBAeUD5IMBiYUBuYQBr4IB1YMBT6WFAecDt4MB2YMBkwKXAdCDAaQDhoMBzQMg4IMBV/KD',
    'AbGFAcGBAeaDAb6DAeGEAd+EAfeEAdgB4YMB/QKNA5GCAXnQgwGBA/UCxAH4hAGvggGIggHzgwGAgwGzApkCuoUB1gKkggGVA7EB',
    'wAJbmAOQhQG/AZyCAeKDAeKDAYaFAZ8DooIB9AMWkwOWhQG6hAH7hAHPhQHOhQHNhQEQARCAreIEEiAKE+SDAYYBzwPygwHPhQHO',
    'hQHNhQEQAxCsAhoECAUQBxI3CiWRggGzgQHnhAGXATX2A6oBYswCwAL0A+MCpoMBz4UBzoUBzYUBEAEQgK3iBBoHCAgYniIgCBIS',
    'CgnPhQHOhQHNhQESBQKA2sQJElcKSJqCAY2EAZ6FAfMB3AOphAH8AeuCAbUDwAOBBOABq4IBblPKgQG7gwHHhQGcBOGBAaiEAcKE',
    'ATGUAeyDAZWCAc+FAc6FAc2FARACEIDaxAkaBAgFEAYSGwoSqgHsA/cBs4MBz4UBzoUBzYUBEAIQgNrECRJdClPiAeaDAUq6AeyD',
    'AWuSAqSEAa0Cn4UBvoUB+gHhAfsBrIIB14QBr4IBj4MBkoIBuQKwApODAYkDuoEByIUBtwK9ApOEAdeCAaKCAc+FAc6FAc2FARAC',
    'EIeAgIAIEmoKW6+FAegCnoUByoQBg4UBwgGvgwEh5wP0AS3CA4eEAeMCyYQBmoIBroMBp4UBowTFggFpu4UB74QBjoQBhIQB4AH8',
    'A1q3A/eDAb8D3QGRgwHxgQHPhQHOhQHNhQEQAhCA2sQJGgQIBRAHEiYKHbWBAasC3QLqgwEtsQF+oIUB04MBz4UBzoUBzYUBEAMQ',
    'gIenDhJkCluXhQF5zAI844QB/YMBvoEBvQKdA2mEhQGHgwGKgwHtgwGTAdiBAcICMZsDvYEBNYwC9IQBoQTXhAEr2QKmAbODAaGF',
    'AacD0YMB5gKcA072AssDz4UBzoUBzYUBEAIQgNrECRJZCkqCA5EBkgGJhAHxgwGbA4cEj4IBE40E9YEBrwHYgQGOBLsBvAKvgwH7',
    'ggGjAa8BFTxfMZYE/AFr84MB0gPMAqWEAc+FAc6FAc2FARIFA4CHpw4aBAgFEAYSQQo3nwENrQKNAoeDAcQC8ALEhQF+mgNauQPs',
    'A70CXqsBCMsDngOAggHPAdyDAZuDAc+FAc6FAc2FARACEIWAgIACEgoInwEQARCAreIEEkwKNPQBxwGOA8qEAb+DAYyDAf6CAR+T',
    'BLyCAdOBAZ6CAd8CpYMB7IEBsoIBvgHPhQHOhQHNhQEQAhCA2sQJGgQIBRAHGgcICBipIiAIEjcKLu6EAZ+FAZqEAfeCAf8B9IMB',
    '6YIBbMKFAb2FAZyFAZiFAdEBggPPhQHOhQHNhQEQAxCAh6cOEiQKG+2CAckB+IEBMxL6AZsBm4MBRs+FAc6FAc2FARADEICHpw4S',
    'KQoY/QFM9IMBpgKmA/4B/oQBz4UBzoUBzYUBEAIQg4CAgIBAGgQIBRAGEjAKJ3rCAsGBAZuFAaeCAdyBAYWDAaGDAemBAeUCediD',
    'Ac+FAc6FAc2FARIFAYCt4gQSugIKsAKNA88C2gLLAvoDvYQBnIUBmYMBrIEBpQKVAuYC74QBugPAgwGjhAHyhAGehQHnggG4gwH2',
    'Ab+EAUeUgwHDhAHmggHThAGZggH8AoKEAfoC8YIBh4MB8QGzhAHggwGqhAG9AfsCLOmDAa+EAe2EAYeFAfKDAf6BAZuDAeoC6wMU',
    'gwKJAYUEv4EBrgOLA6gD7IMBiAH5AcCDAWrUggGrhQF0b7+FAUGZA+WCAU37gQHXhAHxggE+2ALNgwGqAUHJA8mCAeWDAeeEAa4B',
    '9YMBmwG4AoKCAd0D1YIB+IIB8oIBzwH6ggG2gwGChAHZgwGUgwGPARrgggGlhQH7ggHGhQGwgwHigQGCAp0ChYUBuoEB0AHgA4aD',
    'AaOCAbCEAUrgAtYDs4EB4YQBz4UBzoUBzYUBEAMQgIenDhJBCjLxgwGqAdIBroIBgIIBzAGYA/uDAYIB24MBaE2OA72BATiuggGp',
    'hQGaAc+FAc6FAc2FARADEICHpw4aBAgFEAcSSQpAxoUB2YQB5QLxgwE8hwSKggGdAqMD0IIBroQB+YMB64MByQL9hAFkpAJVp4MB',
    'l4IBoQFSzwL9As+FAc6FAc2FARADEICHpw4SKwohrQPoAjGyA4qCAZaDAduDAeYBiIIBooUBz4UBzoUBzYUBEAIQh4CAgAgScAph',
    'vgLWgwGagwHJgQHiAb6BAfED0YMBxIQBpYUBDPUCvIUBzoMBu4MB+4MBwYMBggT6hAHdA7gBNdGCAaAB9QOPhAGvhAHTAYQCgwGh',
    'hQHfA+ABaxvEAe6DAc+FAc6FAc2FARACEIDaxAkaBAgFEAYSRwo+xAJjyQJV3IQBUOgD34IBiIMB5YQB4wFisgHiAdMB4wLDgQHD',
    'A+QB9gKahQH/gQG6hAGrgwHPhQHOhQHNhQEQAxCAh6cOEhcIloQBCJUEEgUCgNrECRoHCAgYtCIgCBI/CjDQgQGdBBrJgQHUA6qE',
    'AcWBAVrdAWjzAaAExwKcAsCDAekBygHRhAHPhQHOhQHNhQEQARCAreIEGgQIBRAHEicKHe4D/QO6AdCDAbADwIIB0YIB3AM6z4UB',
    'zoUBzYUBEAEQhYCAgAISQQo4sAKNAvGDASaJBIgEpQO3ggG+AvABzAPjhAE9l4MBsYIBgoMBlIIBc02ehQHLhQHPhQHOhQHNhQEQ',
    'AxCAh6cOEmIKU+iCAYCEAegCjASVggG7A8sD8ALTggGQBIoBpIMBzQMa74IBsIMB4IIBCu+EAZcEgATgA9YCogJ0zAHPAaWCARGx',
    'gwH/AWCkA7ABz4UBzoUBzYUBEAIQgNrECRoECAUQBhIfChb/gwHpAYWCAceFAZgEz4UBzoUBzYUBEAEQgK3iBBJhClivA7CFAbWC',
    'Ab6EAduCAd4CGesCqgOzhAHSggGVA5gEyYQBzIQBmYQB7YMBsoMBwwOmhAGshAHfAs6CAfKCAauDAaiCAZ4DgwKbAuAB34EBz4UB',
    'zoUBzYUBEAMQgIenDhJhClCMhAGIhAG3AfOEAT+KA8+DARS6Av0DkYQB3YMB1oMB+gPWApaFAcuDAcmBAcmDAZIB4YQBZuQD1oEB',
    '44IBvAOlAcqDAcqFAc+FAc6FAc2FARIHAYOAgICAQBoECAUQBxIVCgyxhAHPhQHOhQHNhQEQAhCA2sQJEmQKW0DsggG3ggHCgwEZ',
    'lIUBpoIB/4EBwYUBvAKqhQHsAtSEAdcBC9CBAaIB+gG0AeUBugPwAt6DAZADda+CAc2CAdmEAZYElQGUAoSFAZ8C5wLtgQHPhQHO',
    'hQHNhQEQAhCA2sQJEi0KHsmEAdYDiQOahQFWp4IBiAKrApmFAc+FAc6FAc2FARADEICHpw4aBAgFEAYS1wEKxAGVhQGLAtUDwwKY',
    'BOYC3IEByAHRAuyDAZ+FATdK/oIBiASXhAFlrIUB5QPNAbuDAZkCswPJAZ+EAecDfc8Dn4IBoIMBZJoEtYIBlIQB1AJPpgFt5QGS',
    'hQGuAm3jhAHPhAGwA/kDuYEBuYQBhQPpggGgBKGCAdmDAfgDHN+CAaCFAb8DzAKLA+WDAbqCAa6DAeiBAbEBmQHUhAHzggGwAsgD',
    'iwIIngLGAfKBAcsDkoIBuIQBAqOFAdaDAcIDz4UBzoUBzYUBEAMQgIenDhoHCAgYvyIgCBoYCAEQgICAAhiAgIAJKAkwCjgBQAFI',
    'AVABGh4IAhCAgICAgOAfGICAgIGA4B8oCzAAOAFAAUgBUAEiEAgBEAEYwICAAiIFCCsQ+AIiEAgCEAEYgIGAAiIFCB8Q3AMiEAgD',
    'EAEYwIGAAiIFCHMQxwQiGQgEEAEYgIKAAiIGCLsBELsGIgYIygEQtgYiEAgFEAEYwIKAAiIFCIoCEFYiEQgGEAEYgIOAAiIGCNIB',
    'EMoBIhAIBxABGMCDgAIiBQgjEPkFIhcICBABGICEgAIiBQhOEOACIgUIfxCbBCISCAkQARjAhIACIgcI2QEQqZwBIhAIChABGICF',
    'gAIiBQgaEP8EIhAICxABGMCFgAIiBQh5EK8BIh4IDBABGICGgAIiBQgwEL0EIgUI0QEQWSIFCDYQ5QQiEQgNEAEYwIaAAiIGCIUC',
    'EJUEIg8IDhABGICHgAIiBAh4EBoiEQgPEAEYwIeAAiIGCJsCEO8FIiAIEBABGICIgAIiBgjDARD0AyIGCJYBEPMDIgUIShDWBiIR',
    'CBEQARjAiIACIgYI6gEQ+AYiEggSEAEYgImAAiIHCI0BELKcASIRCBMQARjAiYACIgYIrAEQ0QYiFwgUEAEYgIqAAiIFCAUQigUi',
    'BQgJEK4BIhEIFRABGMCKgAIiBgiOARCRAiIPCBYQARiAi4ACIgQISBBOIhEIFxABGMCLgAIiBgicARCGBCIYCBgQARiAjIACIgUI',
    'URDfASIGCP8BEL0EIhEIGRABGMCMgAIiBgjVARC+BiIQCBoQARiAjYACIgUIaxChBSIRCBsQARjAjYACIgYIMBC7nAEiKQgcEAEY',
    'gI6AAiIGCI0BEPwEIgYIwwEQ/gQiBgihAhC9ASIGCJoCEPcEIhEIHRABGMCOgAIiBgjeARCRBiIQCB4QARiAj4ACIgUINRCqAiIR',
    'CB8QARjAj4ACIgYIoQIQjAEiKAggEAEYgJCAAiIGCIcCEOsDIgYI+QEQiwYiBgiPAhC5BCIFCCEQhQciEQghEAEYwJCAAiIGCOsB',
    'EOoBIhAIIhABGICRgAIiBQhkEMYFIhEIIxABGMCRgAIiBgjQARDIBSIjCCQQARiAkoACIgcIywEQxJwBIgcIggIQxJwBIgYIKxDE',
    'nAEiEAglEAEYwJKAAiIFCPsBEHEiEAgmEAEYgJOAAiIFCAkQ4QIiEAgnEAEYwJOAAiIFCJYCED4iFwgoEAEYgJSAAiIFCGwQrgIi',
    'BQh6EL0CIhEIKRABGMCUgAIiBgjVARDCASIRCCoQARiAlYACIgYIogIQ+gMiEQgrEAEYwJWAAiIGCJQBEJICIhgILBABGICWgAIi',
    'BgieARCdBiIFCIQBEBQiEQgtEAEYwJaAAiIGCBUQzZwBIhEILhABGICXgAIiBginAhDeAyIRCC8QARjAl4ACIgYIkgEQsQIiJggw',
    'EAEYgJiAAiIGCPEBENcFIgUIIxCiBSIGCP8BEIoHIgQITBAxIhAIMRABGMCYgAIiBQgVELkDIhMIMhACGKCmgICA4B8iBQhxEPsD',
    'IhAIMxABGMCZgAIiBQhREJwFIiAINBABGICagAIiBgilARDJBCIFCA0QowUiBgieAhDPAyIRCDUQARjAmoACIgYI9wEQrwMiEQg2',
    'EAEYgJuAAiIGCBAQ1pwBIhAINxABGMCbgAIiBQgWEKIDIhgIOBABGICcgAIiBgjZARCSAiIFCJ8BEEgiEAg5EAEYwJyAAiIFCBsQ',
    'hAMiEQg6EAEYgJ2AAiIGCJkBEL4BIhAIOxABGMCdgAIiBQgDEKEFIhcIPBABGICegAIiBQiHARBpIgUITxCUBCIRCD0QARjAnoAC',
    'IgYIzwEQxAEiEQg+EAEYgJ+AAiIGCOkBENEDIhEIPxABGMCfgAIiBghvEN+cASIhCEAQARiAoIACIgYIogEQsQYiBgiTARCQBSIG',
    'CN4BEL0BIhEIQRABGMCggAIiBgiBAhDJBCIRCEIQARiAoYACIgYI4AEQ1QIiEAhDEAEYwKGAAiIFCBsQtwYiHwhEEAEYgKKAAiIF',
    'CAwQpwMiBginARC+BiIFCIwBEHsiEQhFEAEYwKKAAiIGCIQBEPUGIhEIRhABGICjgAIiBgirAhDwASIRCEcQARjAo4ACIgYIgAIQ',
    '1wEiLQhIEAEYgKSAAiIHCLgBEOicASIHCIUCEOicASIHCOIBEOicASIHCKQBEOicASIRCEkQARjApIACIgYIwgEQgQYiEQhKEAEY',
    'gKWAAiIGCMkBEJgBIhEISxABGMClgAIiBgjtARC+BCIoCEwQARiApoACIgUIcRDxASIGCNABEIAFIgYIowEQ6gEiBgiEARDvASIR',
    'CE0QARjApoACIgYI9QEQywQiEAhOEAEYgKeAAiIFCAIQlQIiEAhPEAEYwKeAAiIFCIICEBEiKQhQEAEYgKiAAiIGCJQCEM0GIgYI',
    'zgEQ/QUiBgiUARDCASIGCKkBEPABIhEIURABGMCogAIiBgh2EPGcASIRCFIQARiAqYACIgYIxQEQ7gQiEQhTEAEYwKmAAiIGCIwB',
    'ENgFIhkIVBABGICqgAIiBgiSAhCoBiIGCPsBEI8GIhAIVRABGMCqgAIiBQhsEKkBIhEIVhABGICrgAIiBgjdARCTBSIQCFcQARjA',
    'q4ACIgUIogEQKyInCFgQARiArIACIgYI4gEQrgYiBQgKEJcDIgYIiQEQigYiBQjEARAqIhAIWRABGMCsgAIiBQh4EK4FIhIIWhAB',
    'GICtgAIiBwiAAhD6nAEiEQhbEAEYwK2AAiIGCNIBEIwFIh4IXBABGICugAIiBQhZEO8BIgUIbhDeAiIFCAwQngQiDwhdEAEYwK6A',
    'AiIECFkQHSIRCF4QARiAr4ACIgYIxQEQ7AUiEQhfEAEYwK+AAiIGCOsBEKADIh8IYBABGICwgAIiBQgvEPoDIgYIqwEQ4QMiBQh3',
    'EPAEIhAIYRABGMCwgAIiBQgEEJMCIhEIYhABGICxgAIiBgidARClBSIRCGMQARjAsYACIgYIbhCDnQEiIghkEAIYwKyAgIDgHyIF',
    'CEkQ2gQiBgiFAhCtAiIFCGUQ1wEiDwhlEAEYwLKAAiIECGQQQCIRCGYQARiAs4ACIgYImwIQiAEiEQhnEAEYwLOAAiIGCKgCEP0B',
    'IhgIaBABGIC0gAIiBQhUEO4GIgYI4wEQ7AIiEQhpEAEYwLSAAiIGCNwBEJgCIhAIahABGIC1gAIiBQh0ELcEIhAIaxABGMC1gAIi',
    'BQiAAhBiIiQIbBABGIC2gAIiBwiPAhCMnQEiBwikAhCMnQEiBwjAARCMnQEiEQhtEAEYwLaAAiIGCKIBEPQGIhAIbhABGIC3gAIi',
    'BQhzEJ0DIg8IbxABGMC3gAIiBAhwEDMiHQhwEAEYgLiAAiIFCHAQ+QEiBAhjEEIiBQg5EKoEIhEIcRABGMC4gAIiBgiPAhDBBiIQ',
    'CHIQARiAuYACIgUIEBD9BCIPCHMQARjAuYACIgQIWhBXIiAIdBABGIC6gAIiBgiZARD1ASIGCIEBEIsGIgUILxD1AiISCHUQARjA',
    'uoACIgcIgwIQlZ0BIhEIdhABGIC7gAIiBgjKARCNBCIQCHcQARjAu4ACIgUIOxDRAiIYCHgQARiAvIACIgYIrgEQxgQiBQg6EPoB',
    'IhEIeRABGMC8gAIiBgjiARCPASIQCHoQARiAvYACIgUI8wEQHSIRCHsQARjAvYACIgYIgwIQrgEiJgh8EAEYgL6AAiIFCBcQsAUi',
    'BgiwARCKASIFCEsQ6QYiBQhIEN4BIg8IfRABGMC+gAIiBAhoEEQiEgh+EAEYgL+AAiIHCIQCEJ6dASIQCH8QARjAv4ACIgUIDhDO',
    'BSIgCIABEAEYgMCAAiIGCLcBEOcGIgUIJBCLBiIFCCQQxgIiEgiBARABGMDAgAIiBginAhDXBSISCIIBEAEYgMGAAiIGCIQCEIYD',
    'IhIIgwEQARjAwYACIgYIhgEQ+QQiJwiEARABGIDCgAIiBQhkENwBIgUIdxCdBCIGCJ8CEPUDIgUIWRCFAiISCIUBEAEYwMKAAiIG',
    'CO4BEMcEIhIIhgEQARiAw4ACIgYI9AEQzAUiEgiHARABGMDDgAIiBgg8EKedASIiCIgBEAEYgMSAAiIGCNkBEL4CIgYIhgIQ8gEi',
    'Bgj/ARCCAyIRCIkBEAEYwMSAAiIFCGQQhgEiEgiKARABGIDFgAIiBgicARCBBiISCIsBEAEYwMWAAiIGCOoBEM8FIiIIjAEQARiA',
    'xoACIgYIogIQkQMiBgiUARDXAiIGCPMBEJoBIhEIjQEQARjAxoACIgUIigEQeCISCI4BEAEYgMeAAiIGCOoBEO8EIhEIjwEQARjA',
    'x4ACIgUIggIQfyIjCJABEAEYgMiAAiIGCFsQsJ0BIgcI9gEQsJ0BIgYITBCwnQEiEQiRARABGMDIgAIiBQh1EJQGIhEIkgEQARiA',
    'yYACIgUIPhDDBiISCJMBEAEYwMmAAiIGCP0BEMADIigIlAEQARiAyoACIgYIxwEQ3AUiBgiDAhCDAiIFCI0CEEUiBQhrEL4DIhII',
    'lQEQARjAyoACIgYIjgIQ7QUiFAiWARACGOCygICA4B8iBQg/EKYBIhEIlwEQARjAy4ACIgUIXxD4BiInCJgBEAEYgMyAAiIGCI4C',
    'EKQDIgUISRCuBCIFCE8QoQYiBQhJEJQGIhIImQEQARjAzIACIgYINRC5nQEiEAiaARABGIDNgAIiBAhLEBEiEgibARABGMDNgAIi',
    'BgiOAhDlBSInCJwBEAEYgM6AAiIGCOEBELEBIgUIVxD8ASIFCD4QgwMiBQgUEMwBIhIInQEQARjAzoACIgYI+QEQ6QQiEQieARAB',
    'GIDPgAIiBQgtELIGIhIInwEQARjAz4ACIgYIlwEQygIiIQigARABGIDQgAIiBgiFAhCUBiIFCEcQ0gIiBgjbARCgBCIRCKEBEAEY',
    'wNCAAiIFCEAQvQYiEwiiARABGIDRgAIiBwiWAhDCnQEiEgijARABGMDRgAIiBgjpARDpAyIfCKQBEAEYgNKAAiIGCJcBEIcCIgQI',
    'WRB+IgUIOhDnAiIRCKUBEAEYwNKAAiIFCAkQsAEiEgimARABGIDTgAIiBgijAhDtASISCKcBEAEYwNOAAiIGCJEBEKYFIh8IqAEQ',
    'ARiA1IACIgQIFRBOIgYI+AEQggEiBQgpEJ0FIhEIqQEQARjA1IACIgUIUBCUBiIRCKoBEAEYgNWAAiIFCEQQgAQiEwirARABGMDV',
    'gAIiBwikARDLnQEiIQisARABGIDWgAIiBgihAhCvBSIGCL4BEMEGIgUI3QEQYiIRCK0BEAEYwNaAAiIFCGwQxAMiEQiuARABGIDX',
    'gAIiBQh4EOUCIhIIrwEQARjA14ACIgYI+wEQtQUiIgiwARABGIDYgAIiBgiiAhCzASIGCIsBEPcEIgYI7AEQywQiEgixARABGMDY',
    'gAIiBgjTARD3BSISCLIBEAEYgNmAAiIGCLYBELgFIhEIswEQARjA2YACIgUI5QEQeSIiCLQBEAEYgNqAAiIGCHUQ1J0BIgYIERDU',
    'nQEiBggkENSdASIRCLUBEAEYwNqAAiIFCGAQmQUiEQi2ARABGIDbgAIiBQgbEIkDIhEItwEQARjA24ACIgUIRRDABiInCLgBEAEY',
    'gNyAAiIGCL4BENMEIgUI6wEQTCIECDMQGCIGCIQCEIMDIhIIuQEQARjA3IACIgYIhgIQqAYiEQi6ARABGIDdgAIiBQgCEMQFIhEI',
    'uwEQARjA3YACIgUIIRDoBSIYCLwBEAEYgN6AAiIFCHkQ8wMiBQgHENwGIhIIvQEQARjA3oACIgYISRDdnQEiEQi+ARABGIDfgAIi',
    'BQgqELcFIhEIvwEQARjA34ACIgUIaxC4AyIgCMABEAEYgOCAAiIFCBUQkAMiBQg7EOMCIgYIuAEQkQMiEgjBARABGMDggAIiBgiM',
    'ARCrAiISCMIBEAEYgOGAAiIGCKcCENAEIhIIwwEQARjA4YACIgYIqwEQ3gMiIAjEARABGIDigAIiBQgZEOECIgYIywEQ5QMiBQiR',
    'AhBbIhIIxQEQARjA4oACIgYI6wEQ9wQiEgjGARABGIDjgAIiBghhEOadASIRCMcBEAEYwOOAAiIFCGMQxwQiIwjIARACGIC5gICA',
    '4B8iBQgaEP4GIgUIdBDOBiIGCKgCEM4BIhIIyQEQARjA5IACIgYIuQEQ/wYiEgjKARABGIDlgAIiBgjnARDfASIRCMsBEAEYwOWA',
    'AiIFCKQCEBQiIgjMARABGIDmgAIiBgiCAhCcBSIGCKwCEKMFIgYInwIQgAciEQjNARABGMDmgAIiBQgwENgDIhIIzgEQARiA54AC',
    'IgYI3gEQjAciEgjPARABGMDngAIiBghxEO+dASIoCNABEAEYgOiAAiIGCNIBEP8GIgUIdRCoAyIGCIkCEPQBIgUIHBCbBSISCNEB',
    'EAEYwOiAAiIGCNUBEJQCIhII0gEQARiA6YACIgYIpAEQxgMiEQjTARABGMDpgAIiBQhfEIoGIhkI1AEQARiA6oACIgYI6gEQhwEi',
    'BQgLEMcFIhII1QEQARjA6oACIgYI+wEQ4QEiEgjWARABGIDrgAIiBgi/ARDuASISCNcBEAEYwOuAAiIGCIUBEJQGIhwI2AEQARiA',
    '7IACIgcIgwEQ+J0BIgcIwAEQ+J0BIhEI2QEQARjA7IACIgUIfBDVBCISCNoBEAEYgO2AAiIGCIUCEI0EIhII2wEQARjA7YACIgYI',
    '0gEQnQMiIgjcARABGIDugAIiBgiwARCUBSIGCJsBEJ4DIgYI3QEQ7gQiEQjdARABGMDugAIiBQh5EIACIhII3gEQARiA74ACIgYI',
    'rwEQ2gEiEQjfARABGMDvgAIiBQh+EKEDIigI4AEQARiA8IACIgYI4gEQigYiBgilARCOASIFCAUQmAYiBQhWEM4EIhII4QEQARjA',
    '8IACIgYIXxCBngEiEgjiARABGIDxgAIiBgjwARDLBCIQCOMBEAEYwPGAAiIECGUQciIgCOQBEAEYgPKAAiIFCCoQqAIiBQgCEN8B',
    'IgYIogIQugYiEgjlARABGMDygAIiBgisAhCAASISCOYBEAEYgPOAAiIGCO4BELEGIhEI5wEQARjA84ACIgUIKRD4AyIoCOgBEAEY',
    'gPSAAiIFCGQQywYiBQgqEM4EIgYIrQEQ/wEiBgjoARDpBiISCOkBEAEYwPSAAiIGCOoBENQFIhII6gEQARiA9YACIgYIbBCKngEi',
    'EgjrARABGMD1gAIiBgjaARDRBSIaCOwBEAEYgPaAAiIGCMcBEP4EIgYImwIQnAMiEQjtARABGMD2gAIiBQjwARBwIhAI7gEQARiA',
    '94ACIgQIchA3IhII7wEQARjA94ACIgYIzQEQggQiGQjwARABGID4gAIiBgj+ARCBBCIFCD8QgQYiEgjxARABGMD4gAIiBgiMAhCv',
    'BSISCPIBEAEYgPmAAiIGCNABEJcDIhII8wEQARjA+YACIgYIQBCTngEiKAj0ARABGID6gAIiBgjiARDBAiIFCH4QnwQiBgjTARCA',
    'AyIFCC0QwQIiEgj1ARABGMD6gAIiBgiHARCYAiIRCPYBEAEYgPuAAiIFCPYBEGIiEQj3ARABGMD7gAIiBQjEARBJIigI+AEQARiA',
    '/IACIgYIrQEQ/QYiBAhGEE8iBgiDAhCVAiIGCKwCEPEGIhII+QEQARjA/IACIgYIgAEQ+QUiFAj6ARACGKC/gICA4B8iBQgXELkE',
    'IhII+wEQARjA/YACIgYI9AEQiAQiKwj8ARABGID+gAIiBgheEJyeASIGCA8QnJ4BIgcIggIQnJ4BIgYIaxCcngEiEQj9ARABGMD+',
    'gAIiBQgWEKEGIhII/gEQARiA/4ACIgYItQEQ3gEiEQj/ARABGMD/gAIiBQhjEM0GIh8IgAIQARiAgIECIgUIMxCfBCIGCN8BEJQB',
    'IgQIdhBMIhIIgQIQARjAgIECIgYI2QEQmgEiEQiCAhABGICBgQIiBQhBENcCIhIIgwIQARjAgYECIgYI6QEQlAMiGQiEAhABGICC',
    'gQIiBQgKEPYBIgYI/QEQ0wEiEgiFAhABGMCCgQIiBghgEKWeASISCIYCEAEYgIOBAiIGCPMBEIcHIhIIhwIQARjAg4ECIgYIkAEQ',
    '5QIiKAiIAhABGICEgQIiBQh7EPgGIgYIkgIQpAMiBQhsEL8DIgYIwQEQ+gMiEAiJAhABGMCEgQIiBAgdEDsiEAiKAhABGICFgQIi',
    'BAgiEBMiEgiLAhABGMCFgQIiBgi2ARCEBSIYCIwCEAEYgIaBAiIFCBUQxwYiBQiZARBjIhIIjQIQARjAhoECIgYIiAIQ8wEiEgiO',
    'AhABGICHgQIiBggLEK6eASISCI8CEAEYwIeBAiIGCOQBEPIBIhkIkAIQARiAiIECIgUIEhChBSIGCNEBENIBIhIIkQIQARjAiIEC',
    'IgYIjgIQkwEiEQiSAhABGICJgQIiBQgEEPEBIhIIkwIQARjAiYECIgYIygEQjwIiKAiUAhABGICKgQIiBQifAhBAIgYIkwEQ5gMi',
    'BgjGARCrAyIFCBoQuQIiEQiVAhABGMCKgQIiBQhgEOkFIhEIlgIQARiAi4ECIgUIVxCTAyITCJcCEAEYwIuBAiIHCNsBELeeASIf',
    'CJgCEAEYgIyBAiIGCKkCELcBIgUIcRDtBSIECGIQYiIRCJkCEAEYwIyBAiIFCCoQkgEiEQiaAhABGICNgQIiBQg0EOQGIhEImwIQ',
    'ARjAjYECIgUIMBCUBSIoCJwCEAEYgI6BAiIFCCgQpgEiBgiGAhCOASIGCKcCEKMBIgUIHRDCBCISCJ0CEAEYwI6BAiIGCKoBEKgE',
    'IhIIngIQARiAj4ECIgYI0QEQtwYiEgifAhABGMCPgQIiBgimARDQAiIkCKACEAEYgJCBAiIHCP0BEMCeASIGCBoQwJ4BIgcIqAEQ',
    'wJ4BIhIIoQIQARjAkIECIgYIzwEQ3gIiEQiiAhABGICRgQIiBQhFEJkDIhIIowIQARjAkYECIgYIsgEQpQYiIQikAhABGICSgQIi',
    'BQhfEIoBIgYIlAEQnwYiBgijAhDdBCISCKUCEAEYwJKBAiIGCNIBELkEIhEIpgIQARiAk4ECIgUIehCiBSISCKcCEAEYwJOBAiIG',
    'CJUCEIsGIiEIqAIQARiAlIECIgYI4gEQrAYiBQh+ELUEIgYIkAEQmwYiEwipAhABGMCUgQIiBwiZARDJngEiEgiqAhABGICVgQIi',
    'BgiWARCoASIRCKsCEAEYwJWBAiIFCO8BEBQiIQisAhACGMDFgICA4B8iBQgPEI4DIgQIFxAjIgUINxDPBSISCK0CEAEYwJaBAiIG',
    'CKoBEKECIhEIrgIQARiAl4ECIgUIGBD1AiIRCK8CEAEYwJeBAiIFCFQQ2wYiJwiwAhABGICYgQIiBgigARDKBiIFCGcQnQIiBAhB',
    'EHkiBgisAhClBSIRCLECEAEYwJiBAiIFCFAQzwQiEgiyAhABGICZgQIiBghBENKeASIRCLMCEAEYwJmBAiIFCJgBEEciKAi0AhAB',
    'GICagQIiBQh5EPUDIgYI4AEQ9AMiBQhpEMMBIgYI4QEQogMiEQi1AhABGMCagQIiBQhBEKUBIhIItgIQARiAm4ECIgYI5wEQ8wYi',
    'EQi3AhABGMCbgQIiBQglELwEIikIuAIQARiAnIECIgYIqgIQygEiBgijARCuASIFCG0QxQMiBgioARD2BiIRCLkCEAEYwJyBAiIF',
    'CAsQ9AIiEgi6AhABGICdgQIiBgidAhCzBCITCLsCEAEYwJ2BAiIHCIsCENueASImCLwCEAEYgJ6BAiIGCKMCEMYDIgUIZhChBCIE',
    'CBoQCyIFCH8Q2wMiEgi9AhABGMCegQIiBgjZARDmBSIRCL4CEAEYgJ+BAiIFCEAQ3QMiEQi/AhABGMCfgQIiBQhWEK4EIhgIwAIQ',
    'ARiAoIECIgUIIhCoBCIFCGcQwgQiEgjBAhABGMCggQIiBgifARCaAiIRCMICEAEYgKGBAiIFCJsCEBoiEQjDAhABGMChgQIiBQgh',
    'EPgCIiwIxAIQARiAooECIgYISRDkngEiBwjyARDkngEiBwiOAhDkngEiBgg4EOSeASISCMUCEAEYwKKBAiIGCJsCEPcGIhIIxgIQ',
    'ARiAo4ECIgYIqgEQmgUiEgjHAhABGMCjgQIiBgiYARDgBiIYCMgCEAEYgKSBAiIGCLgBEMkGIgQIHxA+IhEIyQIQARjApIECIgUI',
    'DRDDBiIRCMoCEAEYgKWBAiIFCBsQ7AMiEQjLAhABGMClgQIiBQg/ENwDIh8IzAIQARiApoECIgUIQhCUBSIFCBsQkwQiBQg+EKYB',
    'IhIIzQIQARjApoECIgYIThDtngEiEgjOAhABGICngQIiBgjZARDPBSISCM8CEAEYwKeBAiIGCK0BEPQFIigI0AIQARiAqIECIgUI',
    'eBDfBiIGCNMBEOQCIgUIahCOBCIGCKoBEKcCIhII0QIQARjAqIECIgYInQEQnwUiEAjSAhABGICpgQIiBAgQECEiEQjTAhABGMCp',
    'gQIiBQgkEL4EIhgI1AIQARiAqoECIgYIqgIQzQIiBAhdEBkiEgjVAhABGMCqgQIiBgiQARCWAiISCNYCEAEYgKuBAiIGCGMQ9p4B',
    'IhII1wIQARjAq4ECIgYIqgEQ6gEiGQjYAhABGICsgQIiBgiDAhC3BSIFCAYQxwQiEAjZAhABGMCsgQIiBAg5EGciEQjaAhABGICt',
    'gQIiBQj3ARBKIhEI2wIQARjArYECIgUIBBC5BiIgCNwCEAEYgK6BAiIGCIUCEPICIgUIFRCGBCIFCHoQ9QIiEgjdAhABGMCugQIi',
    'BgiYARDGBiIUCN4CEAIY4MuAgIDgHyIFCEQQsgIiEwjfAhABGMCvgQIiBwiHAhD/ngEiHwjgAhABGICwgQIiBgjOARCIBSIFCBwQ',
    'zgUiBAglEEwiEQjhAhABGMCwgQIiBQhQELUFIhII4gIQARiAsYECIgYI1QEQkgUiEQjjAhABGMCxgQIiBQhrEOQGIiII5AIQARiA',
    'soECIgYItQEQhQUiBgiiAhCPBiIGCKYBEMUDIhEI5QIQARjAsoECIgUIlQEQKiISCOYCEAEYgLOBAiIGCIUBEMwFIhII5wIQARjA',
    's4ECIgYI8wEQkAMiLAjoAhABGIC0gQIiBghxEIifASIHCMYBEIifASIHCKsBEIifASIGCBAQiJ8BIhEI6QIQARjAtIECIgUIXRCt',
    'ASISCOoCEAEYgLWBAiIGCIMCEL4DIhEI6wIQARjAtYECIgUIGBD+BiIgCOwCEAEYgLaBAiIGCKsCENMCIgUIHxDHAiIFCGMQiAQi',
    'EQjtAhABGMC2gQIiBQhYEIIFIhEI7gIQARiAt4ECIgUI+AEQXyIRCO8CEAEYwLeBAiIFCKECED0iKAjwAhABGIC4gQIiBgiBARDP',
    'ASIGCIQBEOYGIgUI7QEQUyIFCF0QkQMiEwjxAhABGMC4gQIiBwj9ARCRnwEiEQjyAhABGIC5gQIiBQhvEMsBIhEI8wIQARjAuYEC',
    'IgUInAEQPSIgCPQCEAEYgLqBAiIGCKEBEKwGIgUIfRDDAyIFCHgQyAMiEgj1AhABGMC6gQIiBgiJAhCTAyISCPYCEAEYgLuBAiIG',
    'CM8BEKYCIhII9wIQARjAu4ECIgYIgwEQngYiGQj4AhABGIC8gQIiBQjEARA2IgYI0AEQ0gIiEgj5AhABGMC8gQIiBgiSAhDuBiIT',
    'CPoCEAEYgL2BAiIHCOsBEJqfASISCPsCEAEYwL2BAiIGCNsBEK4GIikI/AIQARiAvoECIgUIKRDjBiIGCLIBEIsHIgYI5wEQ5wUi',
    'BgiEARDzAiIRCP0CEAEYwL6BAiIFCG0Q3wQiEgj+AhABGIC/gQIiBgiRAhDuBSIRCP8CEAEYwL+BAiIFCGMQiAUiKAiAAxABGIDA',
    'gQIiBQhrEM4CIgUIURDABSIGCMABEPsCIgYIiwIQ8QUiEgiBAxABGMDAgQIiBgiTAhCUBSISCIIDEAEYgMGBAiIGCIsCEPQGIhII',
    'gwMQARjAwYECIgYIQRCjnwEiGAiEAxABGIDCgQIiBQhPELoGIgUIXhDRBiISCIUDEAEYwMKBAiIGCP8BEKAGIhIIhgMQARiAw4EC',
    'IgYI/gEQjQIiEQiHAxABGMDDgQIiBQhdELkBIicIiAMQARiAxIECIgUIZBCwAiIGCJ4CEJoBIgUIHBDnASIFCGMQggMiEgiJAxAB',
    'GMDEgQIiBgiIAhDrBiIRCIoDEAEYgMWBAiIFCHAQiQMiEgiLAxABGMDFgQIiBgjfARCYBiIcCIwDEAEYgMaBAiIHCO4BEKyfASIH',
    'CKoBEKyfASISCI0DEAEYwMaBAiIGCJgBEJYEIhEIjgMQARiAx4ECIgUIsgEQKSISCI8DEAEYwMeBAiIGCOIBENEDIhwIkAMQAhiA',
    '0oCAgOAfIgYI3wEQ6gMiBQhRENsFIhEIkQMQARjAyIECIgUIiQIQKSISCJIDEAEYgMmBAiIGCIgBEOwDIhIIkwMQARjAyYECIgYI',
    'xwEQ3gEiKAiUAxABGIDKgQIiBgjCARDGAyIGCN4BEJsEIgUINBCzBSIFCBwQgwIiEgiVAxABGMDKgQIiBghkELWfASISCJYDEAEY',
    'gMuBAiIGCKwCELcDIhEIlwMQARjAy4ECIgUIbBDpBiIYCJgDEAEYgMyBAiIFCHUQzAYiBQhCEIICIhEImQMQARjAzIECIgUIZRDF',
    'BSIRCJoDEAEYgM2BAiIFCDcQxwEiEgibAxABGMDNgQIiBgiSAhDgBCIWCJwDEAEYgM6BAiIECEoQJSIECDQQSiISCJ0DEAEYwM6B',
    'AiIGCP4BEKsEIhIIngMQARiAz4ECIgYIKhC+nwEiEQifAxABGMDPgQIiBQgqEP8FIhgIoAMQARiA0IECIgUIEhCPBCIFCAkQzgQi',
    'EgihAxABGMDQgQIiBgisAhDKASIRCKIDEAEYgNGBAiIFCKACEHYiEQijAxABGMDRgQIiBQjUARBTIhgIpAMQARiA0oECIgUIcxCK',
    'ByIFCEIQjwYiEgilAxABGMDSgQIiBgi5ARDFAiISCKYDEAEYgNOBAiIGCL0BEK4DIhMIpwMQARjA04ECIgcIqAIQx58BIhkIqAMQ',
    'ARiA1IECIgUIIxCgASIGCKcCEOEDIhIIqQMQARjA1IECIgYIjwEQkgYiEQiqAxABGIDVgQIiBQhvEIkDIhEIqwMQARjA1YECIgUI',
    'BxCMAyIZCKwDEAEYgNaBAiIGCJIBEIIBIgUINBCbBCISCK0DEAEYwNaBAiIGCJICEPYEIhIIrgMQARiA14ECIgYI/QEQsgQiEgiv',
    'AxABGMDXgQIiBgjIARCWAiIkCLADEAEYgNiBAiIHCOABENCfASIGCB8Q0J8BIgcIvwEQ0J8BIhEIsQMQARjA2IECIgUIHxClBiIR',
    'CLIDEAEYgNmBAiIFCFgQ7QQiEQizAxABGMDZgQIiBQgUEMIDIiEItAMQARiA2oECIgYImwIQ8QUiBQiDAhA9IgYIggIQiQQiEgi1',
    'AxABGMDagQIiBgiFAhCTAyIQCLYDEAEYgNuBAiIECF8QNSISCLcDEAEYwNuBAiIGCNwBELMCIiAIuAMQARiA3IECIgYI8wEQ/QUi',
    'BQhYEMMFIgUIAhDZASISCLkDEAEYwNyBAiIGCCgQ2Z8BIhIIugMQARiA3YECIgYI4wEQqgMiEQi7AxABGMDdgQIiBQhFEPIFIhgI',
    'vAMQARiA3oECIgUIWBCRAiIFCGwQlwMiEgi9AxABGMDegQIiBgiOAhC7AyIRCL4DEAEYgN+BAiIFCAEQrQYiEQi/AxABGMDfgQIi',
    'BQgdENMFIigIwAMQARiA4IECIgYI7AEQiAMiBQhSEMEDIgYIqwIQwQEiBQhHEO8CIhEIwQMQARjA4IECIgUIgQIQbyIWCMIDEAIY',
    'oNiAgIDgHyIHCI0BEOKfASIRCMMDEAEYwOGBAiIFCKoBECsiJwjEAxABGIDigQIiBQhAEOwDIgYI0QEQ9QIiBQgDEKwFIgUIpAEQ',
    'WiIRCMUDEAEYwOKBAiIFCDcQ6QIiEQjGAxABGIDjgQIiBQh4EKYDIhIIxwMQARjA44ECIgYIgAEQ2AYiGgjIAxABGIDkgQIiBgie',
    'ARD2BSIGCKsBEIwGIhIIyQMQARjA5IECIgYIqgEQ/QYiEgjKAxABGIDlgQIiBgjKARDNBCISCMsDEAEYwOWBAiIGCGUQ658BIhkI',
    'zAMQARiA5oECIgYIhgEQnQMiBQhREJ8DIhEIzQMQARjA5oECIgUI9AEQIyISCM4DEAEYgOeBAiIGCLgBEOQCIhEIzwMQARjA54EC',
    'IgUIaxClASIiCNADEAEYgOiBAiIGCMQBEI4FIgYIiAIQnwMiBgimAhDFAyIRCNEDEAEYwOiBAiIFCAcQyQIiEQjSAxABGIDpgQIi',
    'BQh1EIYGIhII0wMQARjA6YECIgYIwQEQiwUiJQjUAxABGIDqgQIiBwj/ARD0nwEiBwiVARD0nwEiBwicAhD0nwEiEgjVAxABGMDq',
    'gQIiBgjZARDRAyIRCNYDEAEYgOuBAiIFCKACEFciEgjXAxABGMDrgQIiBgi6ARDDBiIZCNgDEAEYgOyBAiIFCGAQzQUiBgj2ARDw',
    'ASISCNkDEAEYwOyBAiIGCNkBEIcEIhEI2gMQARiA7YECIgUIZxCvAiISCNsDEAEYwO2BAiIGCOIBEP8CIigI3AMQARiA7oECIgQI',
    'NBAMIgYIqgIQ3QMiBgiRAhCEAiIGCNoBEP8BIhMI3QMQARjA7oECIgcImQIQ/Z8BIhII3gMQARiA74ECIgYIgwEQsQQiEQjfAxAB',
    'GMDvgQIiBQhfEMgGIhkI4AMQARiA8IECIgUI/gEQaiIGCPwBEOAFIhEI4QMQARjA8IECIgUIDRDzASIRCOIDEAEYgPGBAiIFCDQQ',
    '6AUiEQjjAxABGMDxgQIiBQglELwCIhkI5AMQARiA8oECIgYIlgEQ4wUiBQgvEMIGIhEI5QMQARjA8oECIgUI2QEQSCITCOYDEAEY',
    'gPOBAiIHCIQCEIagASIRCOcDEAEYwPOBAiIFCD0Q6AYiKQjoAxABGID0gQIiBgiTARCVBCIGCM4BEIkDIgYIkAIQvgMiBQggELgF',
    'IhII6QMQARjA9IECIgYIlwIQ4wMiEQjqAxABGID1gQIiBQjeARANIhEI6wMQARjA9YECIgUIExCSAyInCOwDEAEYgPaBAiIFCBkQ',
    'zgQiBgj/ARD+AyIGCMcBEPIDIgQIWxBMIhAI7QMQARjA9oECIgQIeRAwIhII7gMQARiA94ECIgYIhwEQ2QQiEwjvAxABGMD3gQIi',
    'BwiYARCPoAEiKAjwAxABGID4gQIiBgi9ARDhBiIGCKwCELwCIgUIKhDKBiIFCFUQiwIiEQjxAxABGMD4gQIiBQi6ARAuIhII8gMQ',
    'ARiA+YECIgYI7wEQnAMiEgjzAxABGMD5gQIiBgigAhDOBCIcCPQDEAIYwN6AgIDgHyIFCHUQsgIiBgjlARDJAiIRCPUDEAEYwPqB',
    'AiIFCFUQxgMiEQj2AxABGID7gQIiBQhoEMEDIhII9wMQARjA+4ECIgYIiwEQgQciLAj4AxABGID8gQIiBgggEJigASIGCD8QmKAB',
    'IgcIyQEQmKABIgcIogEQmKABIhII+QMQARjA/IECIgYIhgEQ1QMiEQj6AxABGID9gQIiBQgVEK4CIhII+wMQARjA/YECIgYI4AEQ',
    '/AUiKQj8AxABGID+gQIiBgigARDQAyIFCGQQuwYiBgiWARCrASIGCI8CEN8EIhII/QMQARjA/oECIgYI+AEQ7wUiEgj+AxABGID/',
    'gQIiBgjXARC/AyIRCP8DEAEYwP+BAiIFCAYQ4AYiKAiABBABGICAggIiBQgYEPwGIgYImQEQxgIiBgikAhCJBCIFCJABECwiEwiB',
    'BBABGMCAggIiBwiIAhChoAEiEgiCBBABGICBggIiBgjVARDcBiISCIMEEAEYwIGCAiIGCM4BEPsEIicIhAQQARiAgoICIgUISxDU',
    'AiIGCMsBEPQFIgUIFBDnASIFCCIQ5AMiEQiFBBABGMCCggIiBQg+EJwGIhIIhgQQARiAg4ICIgYIsQEQ+AEiEAiHBBABGMCDggIi',
    'BAhoEBIiGQiIBBABGICEggIiBgjbARD4AyIFCFEQswEiEAiJBBABGMCEggIiBAgaECwiEwiKBBABGICFggIiBwjDARCqoAEiEgiL',
    'BBABGMCFggIiBgi9ARC+AiIgCIwEEAEYgIaCAiIFCDcQnwEiBgikAhDJBCIFCKwCEDciEgiNBBABGMCGggIiBgjfARCEASISCI4E',
    'EAEYgIeCAiIGCK8BEL4GIhEIjwQQARjAh4ICIgUIdRCyASIaCJAEEAEYgIiCAiIGCJ8CEKkEIgYI+QEQ8wIiEgiRBBABGMCIggIi',
    'BgjPARDPBSIRCJIEEAEYgImCAiIFCHkQ3AIiEwiTBBABGMCJggIiBwjyARCzoAEiJwiUBBABGICKggIiBQg6EM4DIgYIjAIQ7gMi',
    'BQggENYCIgUIHRDfBSISCJUEEAEYwIqCAiIGCKsCEKMBIhIIlgQQARiAi4ICIgYIjAIQgAciEAiXBBABGMCLggIiBAheECMiIAiY',
    'BBABGICMggIiBgiEARDfASIFCH8QjAUiBQhEEOQEIhEImQQQARjAjIICIgUIOhDoBSISCJoEEAEYgI2CAiIGCPEBENkEIhEImwQQ',
    'ARjAjYICIgUIGhCHBSIbCJwEEAEYgI6CAiIHCKcBELygASIGCHUQvKABIhIInQQQARjAjoICIgYIowEQpQYiEQieBBABGICPggIi',
    'BQimARAqIhIInwQQARjAj4ICIgYI8wEQyQEiIAigBBABGICQggIiBQgTEMoDIgUIJxCXBSIGCPIBELgDIhIIoQQQARjAkIICIgYI',
    'jgEQmAUiEQiiBBABGICRggIiBQg4EPgEIhEIowQQARjAkYICIgUIXRD6BiIYCKQEEAEYgJKCAiIECDYQJCIGCIACEI0BIhMIpQQQ',
    'ARjAkoICIgcIyAEQxaABIhUIpgQQAhjg5ICAgOAfIgYIjQEQgQYiEgingQEQARjAk4ICIgUIWhCBBCIhCKiBARABGICUggIiBQgo',
    'EKQCIgYI5wEQlgEiBQhlEJIGIhIIqYEBEAEYwJSCAiIFCCUQwAUiEwiqgQEQARiAlYICIgYIxwEQogQiEwirgQEQARjAlYICIgYI',
    'lgIQ7QMiGgisgQEQARiAloICIgYIngEQugUiBQitARAKIhIIrYEBEAEYwJaCAiIFCFEQjAYiEwiugQEQARiAl4ICIgYIZhDOoAEi',
    'EgivgQEQARjAl4ICIgUIeRCkASIoCLCBARABGICYggIiBAheEAoiBgipAhDJASIGCOoBEKQCIgUIxgEQDyISCLGBARABGMCYggIi',
    'BQg2ELIEIhMIsoEBEAEYgJmCAiIGCLQBEJQEIhMIs4EBEAEYwJmCAiIGCIoCENEDIigItIEBEAEYgJqCAiIFCJ8BEB8iBQgEEKsF',
    'IgUIZhDmBSIGCPUBEJ8EIhMItYEBEAEYwJqCAiIGCNABEJEBIhMItoEBEAEYgJuCAiIGCO4BEKwCIhQIt4EBEAEYwJuCAiIHCJAB',
    'ENegASIYCLiBARABGICcggIiBQjsARA7IgQIBxB+IhMIuYEBEAEYwJyCAiIGCO8BEPwDIhIIuoEBEAEYgJ2CAiIFCGwQtAIiEgi7',
    'gQEQARjAnYICIgUIAhCjBiIbCLyBARABGICeggIiBgiZARD4BiIGCPIBEI0EIhMIvYEBEAEYwJ6CAiIGCM8BEIUGIhMIvoEBEAEY',
    'gJ+CAiIGCKwBEKcGIhMIv4EBEAEYwJ+CAiIGCJwBEMMFIiYIwIEBEAEYgKCCAiIHCNoBEOCgASIHCI4BEOCgASIHCJQCEOCgASIS',
    'CMGBARABGMCgggIiBQh2EOcBIhMIwoEBEAEYgKGCAiIGCJcBEIAHIhMIw4EBEAEYwKGCAiIGCLkBEM0EIh8IxIEBEAEYgKKCAiIF',
    'CFcQ2wQiBAgZEBEiBQgEEPYGIhMIxYEBEAEYwKKCAiIGCN0BEJkBIhIIxoEBEAEYgKOCAiIFCKoCEHMiEwjHgQEQARjAo4ICIgYI',
    '5wEQxQIiKgjIgQEQARiApIICIgYI5AEQoQQiBgj8ARCMAyIFCLABECUiBgiDARCYBiIUCMmBARABGMCkggIiBwjOARDpoAEiEwjK',
    'gQEQARiApYICIgYImwIQswYiEgjLgQEQARjApYICIgUIaxD7ASIYCMyBARABGICmggIiBQhdEMoFIgQIQxAVIhIIzYEBEAEYwKaC',
    'AiIFCCwQ8AUiEwjOgQEQARiAp4ICIgYIggIQoAMiEgjPgQEQARjAp4ICIgUIGxCzBCIpCNCBARABGICoggIiBgi5ARCyBCIGCLUB',
    'EPcDIgUITRDwBSIFCCUQmwMiEgjRgQEQARjAqIICIgUIHRDeBSITCNKBARABGICpggIiBggWEPKgASIRCNOBARABGMCpggIiBAhs',
    'EGQiIAjUgQEQARiAqoICIgUIVBD1BCIFCOsBEFwiBQinARBPIhMI1YEBEAEYwKqCAiIGCKMCEKUGIhII1oEBEAEYgKuCAiIFCEIQ',
    'ogEiEwjXgQEQARjAq4ICIgYIiQIQjgEiHQjYgQEQAhiA64CAgOAfIgUIchCjBCIGCM4BEIgHIhMI2YEBEAEYwKyCAiIGCNUBEJ4E',
    'IhMI2oEBEAEYgK2CAiIGCIYCELICIhMI24EBEAEYwK2CAiIGCBIQ+6ABIiII3IEBEAEYgK6CAiIGCLYBEKwEIgUIEBC2ASIGCPIB',
    'EJ8GIhMI3YEBEAEYwK6CAiIGCIACEPYBIhMI3oEBEAEYgK+CAiIGCOkBEKcFIhMI34EBEAEYwK+CAiIGCJYCEPEEIiAI4IEBEAEY',
    'gLCCAiIFCHIQhwYiBQgZEMgDIgUIaxDgBiISCOGBARABGMCwggIiBQh5EPcDIhMI4oEBEAEYgLGCAiIGCJoBEJMCIhII44EBEAEY',
    'wLGCAiIFCFgQ4QQiLwjkgQEQARiAsoICIgcIywEQhKEBIgcImgIQhKEBIgcInwEQhKEBIgcI1AEQhKEBIhMI5YEBEAEYwLKCAiIG',
    'CO0BEK8EIhII5oEBEAEYgLOCAiIFCKEBEBUiEgjngQEQARjAs4ICIgUIMhCGAyIoCOiBARABGIC0ggIiBQgxENkBIgYIkwIQ3QEi',
    'BgjjARCtBiIECHQQUiIRCOmBARABGMC0ggIiBAgqEGYiEwjqgQEQARiAtYICIgYIzwEQowIiEwjrgQEQARjAtYICIgYIhQIQygUi',
    'KQjsgQEQARiAtoICIgYI+wEQ5gEiBQheEI8EIgYIowEQ/wEiBQgpEMcGIhQI7YEBEAEYwLaCAiIHCJwCEI2hASITCO6BARABGIC3',
    'ggIiBgjzARDGBiITCO+BARABGMC3ggIiBgi9ARD9BSIYCPCBARABGIC4ggIiBQi0ARALIgQIKxBWIhII8YEBEAEYwLiCAiIFCEwQ',
    'twIiEgjygQEQARiAuYICIgUIKxCNBiITCPOBARABGMC5ggIiBgiGARDpBSIiCPSBARABGIC6ggIiBgitARDqASIGCL4BENYFIgUI',
    'dhDABiISCPWBARABGMC6ggIiBQhCEMkFIhMI9oEBEAEYgLuCAiIGCHQQlqEBIhII94EBEAEYwLuCAiIFCGYQ9gYiKgj4gQEQARiA',
    'vIICIgUIAxDkBCIGCP8BEM0DIgYI1wEQqgEiBgiTARCbAiITCPmBARABGMC8ggIiBginAhDTBCITCPqBARABGIC9ggIiBgjGARDl',
    'ASISCPuBARABGMC9ggIiBQgEEO0FIhsI/IEBEAEYgL6CAiIGCO4BEOsGIgYIpAIQ/gEiEwj9gQEQARjAvoICIgYIswEQ0QYiEwj+',
    'gQEQARiAv4ICIgYI8QEQxQEiEwj/gQEQARjAv4ICIgYIXBCfoQEiIQiAggEQARiAwIICIgUIlAEQOyIGCL0BEK0FIgUIXhCIBiIT',
    'CIGCARABGMDAggIiBgiVAhCNASITCIKCARABGIDBggIiBgicAhCMBCISCIOCARABGMDBggIiBQjRARBrIisIhIIBEAEYgMKCAiIG',
    'CMUBENoFIgYI5AEQqAEiBgieAhCCAyIGCJcCENECIhIIhYIBEAEYwMKCAiIFCBIQhgYiEgiGggEQARiAw4ICIgUIVxDuASITCIeC',
    'ARABGMDDggIiBgilAhClAyIbCIiCARABGIDEggIiBggdEKihASIGCGsQqKEBIhMIiYIBEAEYwMSCAiIGCIcBELoCIhUIioIBEAIY',
    'oPGAgIDgHyIFCOoBEDgiEgiLggEQARjAxYICIgUIbRCIBiIhCIyCARABGIDGggIiBQhaEL0BIgUIogIQVyIGCIcCEP8CIhMIjYIB',
    'EAEYwMaCAiIGCKkCEI4DIhIIjoIBEAEYgMeCAiIFCEwQyQYiEgiPggEQARjAx4ICIgUIQhDCBSIaCJCCARABGIDIggIiBQgGEKQC',
    'IgYIjwEQogMiFAiRggEQARjAyIICIgcIowEQsaEBIhMIkoIBEAEYgMmCAiIGCIUCEKgCIhIIk4IBEAEYwMmCAiIFCGUQjgYiGwiU',
    'ggEQARiAyoICIgYIjQIQkgEiBgjGARD/BSISCJWCARABGMDKggIiBQhwEIQCIhIIloIBEAEYgMuCAiIFCHoQqwIiEgiXggEQARjA',
    'y4ICIgUIARD5ASIoCJiCARABGIDMggIiBgj7ARDNBCIFCMwBEBwiBQh9EMoEIgUIchCMByITCJmCARABGMDMggIiBgiTARCMByIT',
    'CJqCARABGIDNggIiBghvELqhASITCJuCARABGMDNggIiBgiPARCrAyIfCJyCARABGIDOggIiBAhXEBciBQgWEN4FIgUIYhD+AyIT',
    'CJ2CARABGMDOggIiBgj2ARCyBSISCJ6CARABGIDPggIiBQiXARAdIhMIn4IBEAEYwM+CAiIGCPABEIMCIiMIoIIBEAEYgNCCAiIG',
    'COsBEIsGIgYI+QEQ3wMiBgiGAhDGBiITCKGCARABGMDQggIiBgjGARCtASISCKKCARABGIDRggIiBQhMEOkGIhQIo4IBEAEYwNGC',
    'AiIHCKUBEMOhASIoCKSCARABGIDSggIiBAhOECkiBgiNAhCpBiIFCEQQjgUiBgijARDrBiITCKWCARABGMDSggIiBgipARDsBiIS',
    'CKaCARABGIDTggIiBQi/ARBPIhIIp4IBEAEYwNOCAiIFCHIQ2wYiIwioggEQARiA1IICIgYIngIQyAQiBgjFARDJBSIGCNQBEMEG',
    'IhMIqYIBEAEYwNSCAiIGCI0CEJYCIhIIqoIBEAEYgNWCAiIFCBUQggEiEwirggEQARjA1YICIgYIjgIQ/QEiHAisggEQARiA1oIC',
    'IgYIFRDMoQEiBwicAhDMoQEiEgitggEQARjA1oICIgUITRC0BSISCK6CARABGIDXggIiBQiZAhArIhEIr4IBEAEYwNeCAiIECB8Q',
    'KSIZCLCCARABGIDYggIiBQh9ELgDIgUIFBCJBCITCLGCARABGMDYggIiBgi9ARDuBiISCLKCARABGIDZggIiBQhjELQBIhIIs4IB',
    'EAEYwNmCAiIFCCkQqgIiIgi0ggEQARiA2oICIgUIxgEQYyIGCPIBEM0EIgYI2QEQlgIiEwi1ggEQARjA2oICIgYIBRDVoQEiEwi2',
    'ggEQARiA24ICIgYI4wEQzAMiEwi3ggEQARjA24ICIgYI+wEQnwEiKAi4ggEQARiA3IICIgUIBhDoASIGCNwBEO4GIgYIqAEQpAIi',
    'BAhpEC0iEgi5ggEQARjA3IICIgUIORCRAiITCLqCARABGIDdggIiBgibARDfASISCLuCARABGMDdggIiBQhrEIcFIi0IvIIBEAIY',
    'wPeAgIDgHyIGCOcBELUFIgYIiQEQ6QEiBgjuARDWBCIFCHQQzQYiEwi9ggEQARjA3oICIgYIoQIQiwMiEwi+ggEQARiA34ICIgYI',
    'BBDeoQEiEwi/ggEQARjA34ICIgYIuQEQggciKwjAggEQARiA4IICIgYIsQEQ2QUiBgjlARDcASIGCO4BEKUDIgYI7AEQkAIiEgjB',
    'ggEQARjA4IICIgUIjQEQECISCMKCARABGIDhggIiBQgZEL8BIhMIw4IBEAEYwOGCAiIGCNQBEOADIiMIxIIBEAEYgOKCAiIGCKYB',
    'EJQGIgYI1QEQ4AEiBgjpARDxBCITCMWCARABGMDiggIiBgiQAhC6BCITCMaCARABGIDjggIiBgjMARDCAiIUCMeCARABGMDjggIi',
    'BwiqARDnoQEiGQjIggEQARiA5IICIgUITxDAAiIFCJUCEA0iEgjJggEQARjA5IICIgUIWRDvAyISCMqCARABGIDlggIiBQgCEPcG',
    'IhMIy4IBEAEYwOWCAiIGCKMCELcCIiEIzIIBEAEYgOaCAiIGCNYBEKoEIgUIAhCyBSIFCG0QnAQiEQjNggEQARjA5oICIgQIexBA',
    'IhMIzoIBEAEYgOeCAiIGCNsBEPYFIhMIz4IBEAEYwOeCAiIGCOUBEOACIiYI0IIBEAEYgOiCAiIHCI4BEPChASIHCLcBEPChASIH',
    'CIwCEPChASITCNGCARABGMDoggIiBgjTARDwASISCNKCARABGIDpggIiBQjzARAoIhMI04IBEAEYwOmCAiIGCNkBEMUBIhsI1IIB',
    'EAEYgOqCAiIGCNkBEPcEIgYIjAEQpAQiEgjVggEQARjA6oICIgUIexCfAiITCNaCARABGIDrggIiBgiIAhCmBCISCNeCARABGMDr',
    'ggIiBQhMEIUBIiAI2IIBEAEYgOyCAiIFCGMQvwQiBQhFEIEDIgUIChCYASIUCNmCARABGMDsggIiBwidARD5oQEiEwjaggEQARiA',
    '7YICIgYItAEQtwYiEgjbggEQARjA7YICIgUIaBDBBSIhCNyCARABGIDuggIiBQhDEKUEIgYIlgEQxwMiBQjAARAWIhMI3YIBEAEY',
    'wO6CAiIGCKoCEIUGIhMI3oIBEAEYgO+CAiIGCJYBEOkDIhEI34IBEAEYwO+CAiIECHUQHCIbCOCCARABGIDwggIiBgiNARDXASIG',
    'CMUBEI0HIhMI4YIBEAEYwPCCAiIGCMwBEPAFIhMI4oIBEAEYgPGCAiIGCEsQgqIBIhMI44IBEAEYwPGCAiIGCMEBEMUFIiII5IIB',
    'EAEYgPKCAiIGCPkBEK8CIgUIbhDhASIGCJIBEI0HIhMI5YIBEAEYwPKCAiIGCKYCEPUGIhII5oIBEAEYgPOCAiIFCEQQuwMiEgjn',
    'ggEQARjA84ICIgUIhAEQfSIhCOiCARABGID0ggIiBgidAhCABCIECCYQeiIGCO0BEM0GIhMI6YIBEAEYwPSCAiIGCKsCEPsBIhMI',
    '6oIBEAEYgPWCAiIGCJoBEMgBIhMI64IBEAEYwPWCAiIGCDcQi6IBIiMI7IIBEAEYgPaCAiIGCIgCEPEBIgYIpQEQzwMiBgiqARDX',
    'BiISCO2CARABGMD2ggIiBQh+ELMDIhUI7oIBEAIY4P2AgIDgHyIFCCkQjwEiEwjvggEQARjA94ICIgYIigIQ0gQiGAjwggEQARiA',
    '+IICIgUIeBCWAiIECBAQViISCPGCARABGMD4ggIiBQhgENsFIhMI8oIBEAEYgPmCAiIGCKcBEMABIhII84IBEAEYwPmCAiIFCBkQ',
    'qwUiLgj0ggEQARiA+oICIgcI4QEQlKIBIgYINBCUogEiBwilAhCUogEiBwitARCUogEiEwj1ggEQARjA+oICIgYIrAIQjgUiEgj2',
    'ggEQARiA+4ICIgUIQxDMAyIRCPeCARABGMD7ggIiBAgfEHUiGgj4ggEQARiA/IICIgYIpQIQiAUiBQgwEIAHIhII+YIBEAEYwPyC',
    'AiIFCDsQqQQiEwj6ggEQARiA/YICIgYImgIQqgEiEgj7ggEQARjA/YICIgUIkAIQDyIZCPyCARABGID+ggIiBQgREL4GIgUIHRDt',
    'AyIUCP2CARABGMD+ggIiBwipARCdogEiEgj+ggEQARiA/4ICIgUIShDpBiISCP+CARABGMD/ggIiBQiTAhB4IhkIgIMBEAEYgICD',
    'AiIFCIQBEHkiBQhYEOUFIhMIgYMBEAEYwICDAiIGCL0BELQEIhMIgoMBEAEYgIGDAiIGCLMBEIUHIhMIg4MBEAEYwIGDAiIGCIMC',
    'EIEHIiMIhIMBEAEYgIKDAiIGCJgBEJ4CIgYIngIQ3AMiBgiQARCZBCISCIWDARABGMCCgwIiBQjuARAwIhQIhoMBEAEYgIODAiIH',
    'CLMBEKaiASISCIeDARABGMCDgwIiBQgMELUFIhoIiIMBEAEYgISDAiIGCLYBEKEEIgUIOBCoBCISCImDARABGMCEgwIiBQhNEPoF',
    'IhMIioMBEAEYgIWDAiIGCLEBENQDIhMIi4MBEAEYwIWDAiIGCNgBEMEFIhsIjIMBEAEYgIaDAiIGCIoCEMMBIgYIkgEQtgUiEgiN',
    'gwEQARjAhoMCIgUIDBC2AiITCI6DARABGICHgwIiBgjSARCYBCIUCI+DARABGMCHgwIiBwjQARCvogEiIQiQgwEQARiAiIMCIgYI',
    '9gEQ2QUiBQgjEJkEIgUILxCrBiIRCJGDARABGMCIgwIiBAgNEGciEwiSgwEQARiAiYMCIgYIpQIQ+wYiEgiTgwEQARjAiYMCIgUI',
    'pgIQVCIbCJSDARABGICKgwIiBgirARCCByIGCOABEMwBIhIIlYMBEAEYwIqDAiIFCDMQuQEiEwiWgwEQARiAi4MCIgYImQEQvAUi',
    'EgiXgwEQARjAi4MCIgUIGBDlAyIkCJiDARABGICMgwIiBggYELiiASIHCOMBELiiASIGCDwQuKIBIhMImYMBEAEYwIyDAiIGCO4B',
    'EPIDIhMImoMBEAEYgI2DAiIGCM8BELADIhEIm4MBEAEYwI2DAiIECDoQUSIbCJyDARABGICOgwIiBgigARCaBCIGCL8BEJMCIhMI',
    'nYMBEAEYwI6DAiIGCLgBEJIGIhMInoMBEAEYgI+DAiIGCLoBEOEDIhIIn4MBEAEYwI+DAiIFCAYQrQMiJAiggwEQAhiAhIGAgOAf',
    'IgUIDxCRAiIFCAsQnQIiBgiBARDtBSIUCKGDARABGMCQgwIiBwjyARDBogEiEwiigwEQARiAkYMCIgYI0gEQ+QIiEgijgwEQARjA',
    'kYMCIgUINxC9AiInCKSDARABGICSgwIiBQg1EM4BIgYIxgEQigUiBAhjECoiBQgEEIoHIhMIpYMBEAEYwJKDAiIGCMgBEP0DIhII',
    'poMBEAEYgJODAiIFCGoQtwUiEgingwEQARjAk4MCIgUIggEQHyIoCKiDARABGICUgwIiBQgYEO8EIgYIkwIQsgIiBQhKELQBIgUI',
    'VhD7AyISCKmDARABGMCUgwIiBQhiEIcCIhQIqoMBEAEYgJWDAiIHCJwCEMqiASISCKuDARABGMCVgwIiBQgfEJMDIhoIrIMBEAEY',
    'gJaDAiIFCH0Q/AMiBgj6ARDjAiITCK2DARABGMCWgwIiBgilAhDcAiISCK6DARABGICXgwIiBQgYEKwCIhEIr4MBEAEYwJeDAiIE',
    'CAcQUCIaCLCDARABGICYgwIiBQh9ELUFIgYIuwEQ1gMiEgixgwEQARjAmIMCIgUIAhDFASITCLKDARABGICZgwIiBgirAhDuBCIU',
    'CLODARABGMCZgwIiBwjnARDTogEiIQi0gwEQARiAmoMCIgUILhDHBiIGCM8BEJICIgUIZRCAASITCLWDARABGMCagwIiBgiYARCW',
    'BCISCLaDARABGICbgwIiBQgTEMoFIhMIt4MBEAEYwJuDAiIGCIcCENkEIiIIuIMBEAEYgJyDAiIFCDwQ7QQiBgi9ARD9BiIGCO8B',
    'EKwBIhIIuYMBEAEYwJyDAiIFCFYQ1wEiEwi6gwEQARiAnYMCIgYImAIQ9AMiEgi7gwEQARjAnYMCIgUIGRCFAiIlCLyDARABGICe',
    'gwIiBwipAhDcogEiBwiDARDcogEiBgglENyiASITCL2DARABGMCegwIiBgifARCeAiIRCL6DARABGICfgwIiBAg3EEQiEgi/gwEQ',
    'ARjAn4MCIgUIARDABiIaCMCDARABGICggwIiBgiUAhDdBCIFCFoQsgEiEwjBgwEQARjAoIMCIgYIoAEQnQEiEgjCgwEQARiAoYMC',
    'IgUIJxDjBSITCMODARABGMChgwIiBgiBAhDKBiIZCMSDARABGICigwIiBQgCENoEIgUIExDcASITCMWDARABGMCigwIiBggMEOWi',
    'ASISCMaDARABGICjgwIiBQhZEIIHIhIIx4MBEAEYwKODAiIFCAEQsgYiGgjIgwEQARiApIMCIgUIRBD2BSIGCKkBEIUCIhIIyYMB',
    'EAEYwKSDAiIFCAgQoAMiEgjKgwEQARiApYMCIgUIbBC8ASITCMuDARABGMClgwIiBgiIARC8BiIpCMyDARABGICmgwIiBgieARDr',
    'BSIFCNgBEAoiBgilARDVBiIFCMcBEHEiEwjNgwEQARjApoMCIgYIpAIQjAMiEwjOgwEQARiAp4MCIgYIOBDuogEiEgjPgwEQARjA',
    'p4MCIgUIggEQZyIpCNCDARABGICogwIiBgj3ARCvBSIFCGAQhwciBgiHAhCPBCIFCBYQpAQiEQjRgwEQARjAqIMCIgQISRANIhYI',
    '0oMBEAIYoIqBgIDgHyIGCL8BEOoFIhMI04MBEAEYwKmDAiIGCLUBEOUEIiAI1IMBEAEYgKqDAiIECAgQcCIFCKgBEH4iBgjDARDX',
    'BCITCNWDARABGMCqgwIiBgi2ARCnAyITCNaDARABGICrgwIiBgj7ARCYBiITCNeDARABGMCrgwIiBgg7EPeiASIpCNiDARABGICs',
    'gwIiBgiIAhDzBSIFCEoQtAUiBgiGARDsBiIFCJkCEBwiEgjZgwEQARjArIMCIgUIBBDKBSITCNqDARABGICtgwIiBgjGARCMBiIS',
    'CNuDARABGMCtgwIiBQh3EKoGIioI3IMBEAEYgK6DAiIFCDIQ+AIiBgiHAhC2AyIGCJEBENgCIgYIkwIQjwEiEgjdgwEQARjAroMC',
    'IgUICBDhASITCN6DARABGICvgwIiBgicAhC7BCISCN+DARABGMCvgwIiBQh7EIQGIiMI4IMBEAEYgLCDAiIGCHUQgKMBIgYIJRCA',
    'owEiBgglEICjASITCOGDARABGMCwgwIiBgj4ARCABCIRCOKDARABGICxgwIiBAhUEGYiEwjjgwEQARjAsYMCIgYIvgEQgAciIgjk',
    'gwEQARiAsoMCIgUIiQEQJCIGCKoCEPQGIgYI0gEQ1gQiEwjlgwEQARjAsoMCIgYIuAEQjgMiEgjmgwEQARiAs4MCIgUIHBD+BCIT',
    'COeDARABGMCzgwIiBgjhARDvBiImCOiDARABGIC0gwIiBgimARCpAiIECAsQfyIFCEIQ/AIiBAhMEG8iFAjpgwEQARjAtIMCIgcI',
    'jwEQiaMBIhII6oMBEAEYgLWDAiIFCFsQ5QYiEgjrgwEQARjAtYMCIgUIFxCnAiInCOyDARABGIC2gwIiBAgFECkiBgiCARDrAiIF',
    'CDkQpAUiBQitARAkIhII7YMBEAEYwLaDAiIFCGQQ2wYiEwjugwEQARiAt4MCIgYIhQIQ9AUiEQjvgwEQARjAt4MCIgQICBBqIiAI',
    '8IMBEAEYgLiDAiIFCCUQhAYiBQhuEP8GIgUIhwEQXyISCPGDARABGMC4gwIiBQjbARAZIhMI8oMBEAEYgLmDAiIGCAsQkqMBIhMI',
    '84MBEAEYwLmDAiIGCNkBEMYCIiEI9IMBEAEYgLqDAiIFCEIQ1AYiBQgoELEFIgYI8AEQjgMiEwj1gwEQARjAuoMCIgYIhAIQrwMi',
    'Egj2gwEQARiAu4MCIgUIbBCkBSITCPeDARABGMC7gwIiBgjAARDsBiIaCPiDARABGIC8gwIiBQhFEMoFIgYIoQIQ2gIiEwj5gwEQ',
    'ARjAvIMCIgYIuwEQ6AMiEgj6gwEQARiAvYMCIgUIeRDvAyIUCPuDARABGMC9gwIiBwiEAhCbowEiGQj8gwEQARiAvoMCIgUIpgEQ',
    'MiIFCOkBEF4iEgj9gwEQARjAvoMCIgUIfRDoAyITCP6DARABGIC/gwIiBgjqARC6AiISCP+DARABGMC/gwIiBQhnEJ0DIigIgIQB',
    'EAEYgMCDAiIFCE0Q9gYiBQjMARBDIgYImwIQkwMiBQhKEJsDIhMIgYQBEAEYwMCDAiIGCIUBEN0GIhMIgoQBEAEYgMGDAiIGCIsC',
    'EN8CIhIIg4QBEAEYwMGDAiIFCEwQ4gUiHwiEhAEQAhjAkIGAgOAfIgcIigEQpKMBIgYIBBCkowEiEwiFhAEQARjAwoMCIgYI4gEQ',
    '9wIiEwiGhAEQARiAw4MCIgYIlQEQggIiEwiHhAEQARjAw4MCIgYIkgEQoQUiKQiIhAEQARiAxIMCIgUIBhDYBCIFCDAQlwYiBgiE',
    'AhDXBiIGCIMCEO4BIhMIiYQBEAEYwMSDAiIGCOMBEOgBIhIIioQBEAEYgMWDAiIFCHQQlAIiEgiLhAEQARjAxYMCIgUIKhDrAyIb',
    'CIyEARABGIDGgwIiBgj5ARDgBiIGCJYCEM0CIhQIjYQBEAEYwMaDAiIHCP8BEK2jASITCI6EARABGIDHgwIiBgioAhCFBSISCI+E',
    'ARABGMDHgwIiBQhiEJUFIioIkIQBEAEYgMiDAiIGCKABEL8EIgUIPhDJAiIGCK4BEKsEIgYIkwEQpAMiEwiRhAEQARjAyIMCIgYI',
    'qQIQtQQiEwiShAEQARiAyYMCIgYIqwEQqAQiEwiThAEQARjAyYMCIgYI4gEQwgQiKgiUhAEQARiAyoMCIgUIfBD2AiIGCIECEJ0E',
    'IgYI4gEQvwMiBginARCVBSISCJWEARABGMDKgwIiBQiMARBhIhQIloQBEAEYgMuDAiIHCKACELajASISCJeEARABGMDLgwIiBQhY',
    'EOAFIicImIQBEAEYgMyDAiIFCCAQpAEiBQinAhAjIgUIlwEQFyIFCCMQswUiEwiZhAEQARjAzIMCIgYIqAIQugYiEgiahAEQARiA',
    'zYMCIgUIMRCsASITCJuEARABGMDNgwIiBgj8ARCVBSIaCJyEARABGIDOgwIiBQgGEOwFIgYI8wEQhwEiEwidhAEQARjAzoMCIgYI',
    'mwEQzgQiEwiehAEQARiAz4MCIgYIkQEQogEiFAifhAEQARjAz4MCIgcIzgEQv6MBIiIIoIQBEAEYgNCDAiIFCBsQqgMiBgjuARCC',
    'BCIGCL0BEL8EIhIIoYQBEAEYwNCDAiIFCEQQ+AQiEwiihAEQARiA0YMCIgYIjgEQ1QQiEwijhAEQARjA0YMCIgYIlAEQ7AYiKQik',
    'hAEQARiA0oMCIgYIgwEQ8wEiBgjTARDZAiIFCNIBEGIiBQgtEOoCIhMIpYQBEAEYwNKDAiIGCO4BEIcDIhMIpoQBEAEYgNODAiIG',
    'CKIBEMMFIhMIp4QBEAEYwNODAiIGCIMBEIYGIh0IqIQBEAEYgNSDAiIHCOIBEMijASIHCJEBEMijASITCKmEARABGMDUgwIiBgj2',
    'ARD1AyISCKqEARABGIDVgwIiBQhyEIQFIhEIq4QBEAEYwNWDAiIECAQQRiIiCKyEARABGIDWgwIiBQgaEN0GIgYIxQEQ9gIiBgiS',
    'AhC3AyITCK2EARABGMDWgwIiBgjoARDZBCITCK6EARABGIDXgwIiBgiCAhCHByITCK+EARABGMDXgwIiBgiZAhC4BiIiCLCEARAB',
    'GIDYgwIiBgjDARCeBCIFCJoBEGMiBgjqARDNAiIUCLGEARABGMDYgwIiBwjkARDRowEiEwiyhAEQARiA2YMCIgYIoAEQ4AYiEgiz',
    'hAEQARjA2YMCIgUIAhDgAyIgCLSEARABGIDagwIiBQgZELsDIgUIMRDlAyIFCDoQggYiEgi1hAEQARjA2oMCIgUIggEQWiIVCLaE',
    'ARACGOCWgYCA4B8iBQggEPwCIhIIt4QBEAEYwNuDAiIFCBgQmAUiKgi4hAEQARiA3IMCIgYI/AEQrgIiBgjSARDWBSIGCJsBEOsD',
    'IgUIcRCKBCISCLmEARABGMDcgwIiBQjCARBYIhQIuoQBEAEYgN2DAiIHCJECENqjASITCLuEARABGMDdgwIiBgieARDDBCIpCLyE',
    'ARABGIDegwIiBQhOEN4BIgUIahD9BCIGCKcCENIFIgYIkQIQwQEiEQi9hAEQARjA3oMCIgQINhBFIhMIvoQBEAEYgN+DAiIGCJoB',
    'EIwFIhIIv4QBEAEYwN+DAiIFCAEQnQMiKAjAhAEQARiA4IMCIgYIvwEQyQMiBQhKEMUGIgYIpgIQ2gEiBAhdEF8iEQjBhAEQARjA',
    '4IMCIgQIJRBXIhIIwoQBEAEYgOGDAiIFCEcQ5wMiFAjDhAEQARjA4YMCIgcI5AEQ46MBIigIxIQBEAEYgOKDAiIFCDIQ2gYiBQh2',
    'EJAGIgUIBxD8BCIGCMQBEMwEIhEIxYQBEAEYwOKDAiIECE0QZCISCMaEARABGIDjgwIiBQhCELgGIhMIx4QBEAEYwOODAiIGCM4B',
    'EOsEIiEIyIQBEAEYgOSDAiIFCHQQjQYiBgi4ARCDBiIFCAYQsQIiEgjJhAEQARjA5IMCIgUIFRC8BCITCMqEARABGIDlgwIiBgio',
    'AhCaBiITCMuEARABGMDlgwIiBgioAhDVBiIdCMyEARABGIDmgwIiBwjAARDsowEiBwiKARDsowEiEwjNhAEQARjA5oMCIgYIgQEQ',
    'jQUiEgjOhAEQARiA54MCIgUIDhDgAyISCM+EARABGMDngwIiBQgJEOEGIioI0IQBEAEYgOiDAiIGCNcBEKIEIgUIHhDqBCIGCPUB',
    'EN4DIgYIkAEQqAIiEwjRhAEQARjA6IMCIgYI9gEQpgEiEwjShAEQARiA6YMCIgYIiwIQyQMiEwjThAEQARjA6YMCIgYIhgIQ9gEi',
    'GQjUhAEQARiA6oMCIgQIBRBaIgYI7AEQnQUiFAjVhAEQARjA6oMCIgcIoQIQ9aMBIhII1oQBEAEYgOuDAiIFCFsQ1AUiEQjXhAEQ',
    'ARjA64MCIgQIWRAvIhoI2IQBEAEYgOyDAiIGCKUCEPwBIgUIPRDvASITCNmEARABGMDsgwIiBgiUARD/BiISCNqEARABGIDtgwIi',
    'BQhaEMAGIhII24QBEAEYwO2DAiIFCD4QxgYiGgjchAEQARiA7oMCIgYIzAEQiQEiBQgmENoEIhMI3YQBEAEYwO6DAiIGCKsBEOMD',
    'IhQI3oQBEAEYgO+DAiIHCI8BEP6jASITCN+EARABGMDvgwIiBgiPARDKAiIpCOCEARABGIDwgwIiBgjBARDUAyIFCPUBEBoiBQh3',
    'EMoBIgYI9QEQ4wEiEwjhhAEQARjA8IMCIgYIggIQwQMiEgjihAEQARiA8YMCIgUI6wEQTyITCOOEARABGMDxgwIiBgieARCuAyIb',
    'COSEARABGIDygwIiBginAhCIBSIGCKABEIUGIhMI5YQBEAEYwPKDAiIGCPMBEIoEIhMI5oQBEAEYgPODAiIGCOUBEOsGIhQI54QB',
    'EAEYwPODAiIHCIMCEIekASItCOiEARACGICdgYCA4B8iBgiDARDYBCIGCNcBEPsFIgUIuwEQXCIGCNIBELsFIhEI6YQBEAEYwPSD',
    'AiIECGUQGyISCOqEARABGID1gwIiBQgtEOsEIhMI64QBEAEYwPWDAiIGCMkBENwCIhoI7IQBEAEYgPaDAiIGCIgBEKsFIgUIowEQ',
    'XCITCO2EARABGMD2gwIiBgiKARDCAiISCO6EARABGID3gwIiBQgKELcEIhII74QBEAEYwPeDAiIFCB0QxwQiJQjwhAEQARiA+IMC',
    'IgcI1AEQkKQBIgYIMBCQpAEiBwjRARCQpAEiEwjxhAEQARjA+IMCIgYIoAEQ2wQiEgjyhAEQARiA+YMCIgUIHBDOASITCPOEARAB',
    'GMD5gwIiBgiwARDlAyIqCPSEARABGID6gwIiBgi/ARDrBSIFCDkQ/AIiBgifAhCjAyIGCOYBEMcCIhMI9YQBEAEYwPqDAiIGCMkB',
    'EI8EIhII9oQBEAEYgPuDAiIFCDcQ1gYiEwj3hAEQARjA+4MCIgYItAEQxQYiGQj4hAEQARiA/IMCIgUIFRCaBSIFCBkQhgQiEwj5',
    'hAEQARjA/IMCIgYIAhCZpAEiEwj6hAEQARiA/YMCIgYI3AEQpQQiEgj7hAEQARjA/YMCIgUILRDdASIaCPyEARABGID+gwIiBQir',
    'ARBGIgYIqgIQlAQiEwj9hAEQARjA/oMCIgYIlAIQ7gQiEgj+hAEQARiA/4MCIgUIsQEQECITCP+EARABGMD/gwIiBgi4ARCVASIi',
    'CICFARABGICAhAIiBgjBARCoAiIGCO8BEPoBIgUIFRDlBCISCIGFARABGMCAhAIiBQgWEPsCIhQIgoUBEAEYgIGEAiIHCIYBEKKk',
    'ASITCIOFARABGMCBhAIiBgicAhCmBCIpCISFARABGICChAIiBgjNARDQASIFCFMQkAEiBQgmEKoEIgYIugEQxAMiEwiFhQEQARjA',
    'goQCIgYIiAIQ5gYiEgiGhQEQARiAg4QCIgUIDBCsAiISCIeFARABGMCDhAIiBQh5EOkFIiIIiIUBEAEYgISEAiIGCLQBELwEIgYI',
    'sgEQuAMiBQgCELwFIhIIiYUBEAEYwISEAiIFCAMQrQUiEgiKhQEQARiAhYQCIgUIHRCZAiITCIuFARABGMCFhAIiBgh+EKukASIi',
    'CIyFARABGICGhAIiBQhkEKkDIgYIpQEQvwUiBgjYARDaBCISCI2FARABGMCGhAIiBQgpEKcBIhMIjoUBEAEYgIeEAiIGCIUBENEG',
    'IhMIj4UBEAEYwIeEAiIGCLEBEJwEIiAIkIUBEAEYgIiEAiIFCEgQiQMiBQhHELIEIgUIDxCyASITCJGFARABGMCIhAIiBgiCAhDF',
    'BCISCJKFARABGICJhAIiBQgDEP4CIhIIk4UBEAEYwImEAiIFCCIQ5AYiJQiUhQEQARiAioQCIgcIzwEQtKQBIgcIgQEQtKQBIgYI',
    'JBC0pAEiEgiVhQEQARjAioQCIgUIlAIQPiISCJaFARABGICLhAIiBQhoEKIFIhMIl4UBEAEYwIuEAiIGCMoBEOYGIiMImIUBEAEY',
    'gIyEAiIGCKsCEP4CIgYI6AEQ2gMiBgiGARD3AiISCJmFARABGMCMhAIiBQhWELwDIhUImoUBEAIYoKOBgIDgHyIFCCIQxQEiEwib',
    'hQEQARjAjYQCIgYIugEQugYiIwichQEQARiAjoQCIgYI8QEQkgYiBgj/ARDcAiIGCKcCEJgDIhQInYUBEAEYwI6EAiIHCNkBEL2k',
    'ASISCJ6FARABGICPhAIiBQghEKwBIhIIn4UBEAEYwI+EAiIFCAgQkwQiKgighQEQARiAkIQCIgYIoAEQvAEiBgirARCQASIFCEcQ',
    'sgUiBgjoARDIAyISCKGFARABGMCQhAIiBQhpEN8GIhMIooUBEAEYgJGEAiIGCNABEMwFIhMIo4UBEAEYwJGEAiIGCJcBEO8GIiEI',
    'pIUBEAEYgJKEAiIFCF0Q5QYiBgikARDNASIFCC8QmwEiEwilhQEQARjAkoQCIgYI6QEQrQEiEwimhQEQARiAk4QCIgYIPhDGpAEi',
    'EwinhQEQARjAk4QCIgYIowIQzgMiGQiohQEQARiAlIQCIgUIigIQfSIFCAwQgAIiEwiphQEQARjAlIQCIgYIvwEQ5QYiEgiqhQEQ',
    'ARiAlYQCIgUI+gEQJyITCKuFARABGMCVhAIiBgigAhDqASIbCKyFARABGICWhAIiBgiMAhCbAiIGCPABEMIDIhMIrYUBEAEYwJaE',
    'AiIGCJMBEKYBIhMIroUBEAEYgJeEAiIGCIkBELcDIhQIr4UBEAEYwJeEAiIHCMkBEM+kASIpCLCFARABGICYhAIiBQh4EOQBIgUI',
    'UxCuASIGCKABEKMDIgYI6QEQwwEiEwixhQEQARjAmIQCIgYI+gEQxQMiEwiyhQEQARiAmYQCIgYIpgEQwQYiEwizhQEQARjAmYQC',
    'IgYIzgEQgQQiIQi0hQEQARiAmoQCIgYI4gEQxQYiBQgEEMIFIgUIQRCoASIRCLWFARABGMCahAIiBAgaEGoiEgi2hQEQARiAm4QC',
    'IgUIeRDhBiITCLeFARABGMCbhAIiBgjrARCHBiImCLiFARABGICchAIiBwivARDYpAEiBwjjARDYpAEiBwj6ARDYpAEiEgi5hQEQ',
    'ARjAnIQCIgUIyAEQfSITCLqFARABGICdhAIiBgjtARDPAiITCLuFARABGMCdhAIiBgjiARDrAiIgCLyFARABGICehAIiBQiKARBG',
    'IgUIMhDLBiIFCDEQggQiEwi9hQEQARjAnoQCIgYI+AEQ1gYiEwi+hQEQARiAn4QCIgYIxAEQzgQiEwi/hQEQARjAn4QCIgYIyAEQ',
    'nwUiKgjAhQEQARiAoIQCIgUICxC2ASIGCPYBEKcGIgYIqQEQ2QUiBgj1ARDeBiITCMGFARABGMCghAIiBgggEOGkASISCMKFARAB',
    'GIChhAIiBQgdEOwBIhMIw4UBEAEYwKGEAiIGCOMBEMgGIiAIxIUBEAEYgKKEAiIFCD8Q9gEiBQiHAhBRIgUIQxDgASIRCMWFARAB',
    'GMCihAIiBAhYEEsiEwjGhQEQARiAo4QCIgYIlQIQzQMiEgjHhQEQARjAo4QCIgUIHhD3ASIpCMiFARABGICkhAIiBgi9ARDyAyIG',
    'COQBEKIDIgUIYhC9BiIFCMMBEEQiEwjJhQEQARjApIQCIgYIqwEQ2QUiEwjKhQEQARiApYQCIgYIGBDqpAEiEwjLhQEQARjApYQC',
    'IgYIqAEQ0QUiJQjMhQEQAhjAqYGAgOAfIgYI+wEQ8AIiBQhAELwEIgYI0AEQmwEiEgjNhQEQARjApoQCIgUIrQIQVSITCM6FARAB',
    'GICnhAIiBgiuAhC2AyITCM+FARABGMCnhAIiBgivAhCvBSoKCAEQDBgMIA0oCyoKCAIQDhgOIA8oDCoKCAMQEBgQIBEoDSoKCAQQ',
    'EhgSIBMoDioKCAUQFBgUIBUoDyoKCAYQFhgWIBcoECoKCAcQGBgYIBkoESoKCAgQGhgaIBsoEioKCAkQHBgcIB0oEyoKCAoQHhge',
    'IB8oFCoKCAsQIBggICEoFSoKCAwQIhgiICMoFioKCA0QJBgkICUoFyoKCA4QJhgmICcoGCoKCA8QKBgoICkoGSoKCBAQKhgqICso',
    'GioKCBEQLBgsIC0oGyoKCBIQLhguIC8oHCoKCBMQMBgwIDEoHSoKCBQQMhgyIDMoHioKCBUQNBg0IDUoHyoKCBYQNhg2IDcoICoK',
    'CBcQOBg4IDkoISoKCBgQOhg6IDsoIioKCBkQPBg8ID0oIyoKCBoQPhg+ID8oJCoKCBsQQBhAIEEoJSoKCBwQQhhCIEMoJioKCB0Q',
    'RBhEIEUoJyoKCB4QRhhGIEcoKCoKCB8QSBhIIEkoKSoKCCAQShhKIEsoKioKCCEQTBhMIE0oKyoKCCIQThhOIE8oLCoKCCMQUBhQ',
    'IFEoLSoKCCQQUhhSIFMoLioKCCUQVBhUIFUoLyoKCCYQVhhWIFcoMCoKCCcQWBhYIFkoMSoKCCgQWhhaIFsoMioKCCkQXBhcIF0o',
    'MyoKCCoQXhheIF8oNCoKCCsQYBhgIGEoNSoKCCwQYhhiIGMoNioKCC0QZBhkIGUoNyoKCC4QZhhmIGcoOCoKCC8QaBhoIGkoOSoK',
    'CDAQahhqIGsoOioKCDEQbBhsIG0oOyoKCDIQbhhuIG8oPCoKCDMQcBhwIHEoPSoKCDQQchhyIHMoPioKCDUQdBh0IHUoPyoKCDYQ',
    'dhh2IHcoQCoKCDcQeBh4IHkoQSoKCDgQehh6IHsoQioKCDkQfBh8IH0oQyoKCDoQfhh+IH8oRCoNCDsQgAEYgAEggQEoRSoNCDwQ',
    'ggEYggEggwEoRioNCD0QhAEYhAEghQEoRyoNCD4QhgEYhgEghwEoSCoNCD8QiAEYiAEgiQEoSSoNCEAQigEYigEgiwEoSioNCEEQ',
    'jAEYjAEgjQEoSyoNCEIQjgEYjgEgjwEoTCoNCEMQkAEYkAEgkQEoTSoNCEQQkgEYkgEgkwEoTioNCEUQlAEYlAEglQEoTyoNCEYQ',
    'lgEYlgEglwEoUCoNCEcQmAEYmAEgmQEoUSoNCEgQmgEYmgEgmwEoUioNCEkQnAEYnAEgnQEoUyoNCEoQngEYngEgnwEoVCoNCEsQ',
    'oAEYoAEgoQEoVSoNCEwQogEYogEgowEoVioNCE0QpAEYpAEgpQEoVyoNCE4QpgEYpgEgpwEoWCoNCE8QqAEYqAEgqQEoWSoNCFAQ',
    'qgEYqgEgqwEoWioNCFEQrAEYrAEgrQEoWyoNCFIQrgEYrgEgrwEoXCoNCFMQsAEYsAEgsQEoXSoNCFQQsgEYsgEgswEoXioNCFUQ',
    'tAEYtAEgtQEoXyoNCFYQtgEYtgEgtwEoYCoNCFcQuAEYuAEguQEoYSoNCFgQugEYugEguwEoYioNCFkQvAEYvAEgvQEoYyoNCFoQ',
    'vgEYvgEgvwEoZCoNCFsQwAEYwAEgwQEoZSoNCFwQwgEYwgEgwwEoZioNCF0QxAEYxAEgxQEoZyoNCF4QxgEYxgEgxwEoaCoNCF8Q',
    'yAEYyAEgyQEoaSoNCGAQygEYygEgywEoaioNCGEQzAEYzAEgzQEoayoNCGIQzgEYzgEgzwEobCoNCGMQ0AEY0AEg0QEobSoNCGQQ',
    '0gEY0gEg0wEobioNCGUQ1AEY1AEg1QEobyoNCGYQ1gEY1gEg1wEocCoNCGcQ2AEY2AEg2QEocSoNCGgQ2gEY2gEg2wEocioNCGkQ',
    '3AEY3AEg3QEocyoNCGoQ3gEY3gEg3wEodCoNCGsQ4AEY4AEg4QEodSoNCGwQ4gEY4gEg4wEodioNCG0Q5AEY5AEg5QEodyoNCG4Q',
    '5gEY5gEg5wEoeCoNCG8Q6AEY6AEg6QEoeSoNCHAQ6gEY6gEg6wEoeioNCHEQ7AEY7AEg7QEoeyoNCHIQ7gEY7gEg7wEofCoNCHMQ',
    '8AEY8AEg8QEofSoNCHQQ8gEY8gEg8wEofioNCHUQ9AEY9AEg9QEofyoOCHYQ9gEY9gEg9wEogAEqDgh3EPgBGPgBIPkBKIEBKg4I',
    'eBD6ARj6ASD7ASiCASoOCHkQ/AEY/AEg/QEogwEqDgh6EP4BGP4BIP8BKIQBKg4IexCAAhiAAiCBAiiFASoOCHwQggIYggIggwIo',
    'hgEqDgh9EIQCGIQCIIUCKIcBKg4IfhCGAhiGAiCHAiiIASoOCH8QiAIYiAIgiQIoiQEqDwiAARCKAhiKAiCLAiiKASoPCIEBEIwC',
    'GIwCII0CKIsBKg8IggEQjgIYjgIgjwIojAEqDwiDARCQAhiQAiCRAiiNASoPCIQBEJICGJICIJMCKI4BKg8IhQEQlAIYlAIglQIo',
    'jwEqDwiGARCWAhiWAiCXAiiQASoPCIcBEJgCGJgCIJkCKJEBKg8IiAEQmgIYmgIgmwIokgEqDwiJARCcAhicAiCdAiiTASoPCIoB',
    'EJ4CGJ4CIJ8CKJQBKg8IiwEQoAIYoAIgoQIolQEqDwiMARCiAhiiAiCjAiiWASoPCI0BEKQCGKQCIKUCKJcBKg8IjgEQpgIYpgIg',
    'pwIomAEqDwiPARCoAhioAiCpAiiZASoPCJABEKoCGKoCIKsCKJoBKg8IkQEQrAIYrAIgrQIomwEqDwiSARCuAhiuAiCvAiicASoP',
    'CJMBELACGLACILECKJ0BKg8IlAEQsgIYsgIgswIongEqDwiVARC0Ahi0AiC1AiifASoPCJYBELYCGLYCILcCKKABKg8IlwEQuAIY',
    'uAIguQIooQEqDwiYARC6Ahi6AiC7AiiiASoPCJkBELwCGLwCIL0CKKMBKg8ImgEQvgIYvgIgvwIopAEqDwibARDAAhjAAiDBAiil',
    'ASoPCJwBEMICGMICIMMCKKYBKg8InQEQxAIYxAIgxQIopwEqDwieARDGAhjGAiDHAiioASoPCJ8BEMgCGMgCIMkCKKkBKg8IoAEQ',
    'ygIYygIgywIoqgEqDwihARDMAhjMAiDNAiirASoPCKIBEM4CGM4CIM8CKKwBKg8IowEQ0AIY0AIg0QIorQEqDwikARDSAhjSAiDT',
    'AiiuASoPCKUBENQCGNQCINUCKK8BKg8IpgEQ1gIY1gIg1wIosAEqDwinARDYAhjYAiDZAiixASoPCKgBENoCGNoCINsCKLIBKg8I',
    'qQEQ3AIY3AIg3QIoswEqDwiqARDeAhjeAiDfAii0ASoPCKsBEOACGOACIOECKLUBKg8IrAEQ4gIY4gIg4wIotgEqDwitARDkAhjk',
    'AiDlAii3ASoPCK4BEOYCGOYCIOcCKLgBKg8IrwEQ6AIY6AIg6QIouQEqDwiwARDqAhjqAiDrAii6ASoPCLEBEOwCGOwCIO0CKLsB',
    'Kg8IsgEQ7gIY7gIg7wIovAEqDwizARDwAhjwAiDxAii9ASoPCLQBEPICGPICIPMCKL4BKg8ItQEQ9AIY9AIg9QIovwEqDwi2ARD2',
    'Ahj2AiD3AijAASoPCLcBEPgCGPgCIPkCKMEBKg8IuAEQ+gIY+gIg+wIowgEqDwi5ARD8Ahj8AiD9AijDASoPCLoBEP4CGP4CIP8C',
    'KMQBKg8IuwEQgAMYgAMggQMoxQEqDwi8ARCCAxiCAyCDAyjGASoPCL0BEIQDGIQDIIUDKMcBKg8IvgEQhgMYhgMghwMoyAEqDwi/',
    'ARCIAxiIAyCJAyjJASoPCMABEIoDGIoDIIsDKMoBKg8IwQEQjAMYjAMgjQMoywEqDwjCARCOAxiOAyCPAyjMASoPCMMBEJADGJAD',
    'IJEDKM0BKg8IxAEQkgMYkgMgkwMozgEqDwjFARCUAxiUAyCVAyjPASoPCMYBEJYDGJYDIJcDKNABKg8IxwEQmAMYmAMgmQMo0QEq',
    'DwjIARCaAxiaAyCbAyjSASoPCMkBEJwDGJwDIJ0DKNMBKg8IygEQngMYngMgnwMo1AEqDwjLARCgAxigAyChAyjVASoPCMwBEKID',
    'GKIDIKMDKNYBKg8IzQEQpAMYpAMgpQMo1wEqDwjOARCmAximAyCnAyjYASoPCM8BEKgDGKgDIKkDKNkBKg8I0AEQqgMYqgMgqwMo',
    '2gEqDwjRARCsAxisAyCtAyjbASoPCNIBEK4DGK4DIK8DKNwBKg8I0wEQsAMYsAMgsQMo3QEqDwjUARCyAxiyAyCzAyjeASoPCNUB',
    'ELQDGLQDILUDKN8BKg8I1gEQtgMYtgMgtwMo4AEqDwjXARC4Axi4AyC5AyjhASoPCNgBELoDGLoDILsDKOIBKg8I2QEQvAMYvAMg',
    'vQMo4wEqDwjaARC+Axi+AyC/AyjkASoPCNsBEMADGMADIMEDKOUBKg8I3AEQwgMYwgMgwwMo5gEqDwjdARDEAxjEAyDFAyjnASoP',
    'CN4BEMYDGMYDIMcDKOgBKg8I3wEQyAMYyAMgyQMo6QEqDwjgARDKAxjKAyDLAyjqASoPCOEBEMwDGMwDIM0DKOsBKg8I4gEQzgMY',
    'zgMgzwMo7AEqDwjjARDQAxjQAyDRAyjtASoPCOQBENIDGNIDINMDKO4BKg8I5QEQ1AMY1AMg1QMo7wEqDwjmARDWAxjWAyDXAyjw',
    'ASoPCOcBENgDGNgDINkDKPEBKg8I6AEQ2gMY2gMg2wMo8gEqDwjpARDcAxjcAyDdAyjzASoPCOoBEN4DGN4DIN8DKPQBKg8I6wEQ',
    '4AMY4AMg4QMo9QEqDwjsARDiAxjiAyDjAyj2ASoPCO0BEOQDGOQDIOUDKPcBKg8I7gEQ5gMY5gMg5wMo+AEqDwjvARDoAxjoAyDp',
    'Ayj5ASoPCPABEOoDGOoDIOsDKPoBKg8I8QEQ7AMY7AMg7QMo+wEqDwjyARDuAxjuAyDvAyj8ASoPCPMBEPADGPADIPEDKP0BKg8I',
    '9AEQ8gMY8gMg8wMo/gEqDwj1ARD0Axj0AyD1Ayj/ASoPCPYBEPYDGPYDIPcDKIACKg8I9wEQ+AMY+AMg+QMogQIqDwj4ARD6Axj6',
    'AyD7AyiCAioPCPkBEPwDGPwDIP0DKIMCKg8I+gEQ/gMY/gMg/wMohAIqDwj7ARCABBiABCCBBCiFAioPCPwBEIIEGIIEIIMEKIYC',
    'Kg8I/QEQhAQYhAQghQQohwIqDwj+ARCGBBiGBCCHBCiIAioPCP8BEIgEGIgEIIkEKIkCKg8IgAIQigQYigQgiwQoigIqDwiBAhCM',
    'BBiMBCCNBCiLAioPCIICEI4EGI4EII8EKIwCKg8IgwIQkAQYkAQgkQQojQIqDwiEAhCSBBiSBCCTBCiOAioPCIUCEJQEGJQEIJUE',
    'KI8CKg8IhgIQlgQYlgQglwQokAIqDwiHAhCYBBiYBCCZBCiRAioPCIgCEJoEGJoEIJsEKJICKg8IiQIQnAQYnAQgnQQokwIqDwiK',
    'AhCeBBieBCCfBCiUAioPCIsCEKAEGKAEIKEEKJUCKg8IjAIQogQYogQgowQolgIqDwiNAhCkBBikBCClBCiXAioPCI4CEKYEGKYE',
    'IKcEKJgCKg8IjwIQqAQYqAQgqQQomQIqDwiQAhCqBBiqBCCrBCiaAioPCJECEKwEGKwEIK0EKJsCKg8IkgIQrgQYrgQgrwQonAIq',
    'DwiTAhCwBBiwBCCxBCidAioPCJQCELIEGLIEILMEKJ4CKg8IlQIQtAQYtAQgtQQonwIqDwiWAhC2BBi2BCC3BCigAioPCJcCELgE',
    'GLgEILkEKKECKg8ImAIQugQYugQguwQoogIqDwiZAhC8BBi8BCC9BCijAioPCJoCEL4EGL4EIL8EKKQCKg8ImwIQwAQYwAQgwQQo',
    'pQIqDwicAhDCBBjCBCDDBCimAioPCJ0CEMQEGMQEIMUEKKcCKg8IngIQxgQYxgQgxwQoqAIqDwifAhDIBBjIBCDJBCipAioPCKAC',
    'EMoEGMoEIMsEKKoCKg8IoQIQzAQYzAQgzQQoqwIqDwiiAhDOBBjOBCDPBCisAioPCKMCENAEGNAEINEEKK0CKg8IpAIQ0gQY0gQg',
    '0wQorgIqDwilAhDUBBjUBCDVBCivAioPCKYCENYEGNYEINcEKLACKg8IpwIQ2AQY2AQg2QQosQIqDwioAhDaBBjaBCDbBCiyAioP',
    'CKkCENwEGNwEIN0EKLMCKg8IqgIQ3gQY3gQg3wQotAIqDwirAhDgBBjgBCDhBCi1AioPCKwCEOIEGOIEIOMEKLYCKg8IrQIQ5AQY',
    '5AQg5QQotwIqDwiuAhDmBBjmBCDnBCi4AioPCK8CEOgEGOgEIOkEKLkCMgAyB3NhbXBsZXMyBWNvdW50MgNjcHUyC25hbm9zZWNv',
    'bmRzMgdoYW5kbGVyMgovYXBpL3VzZXJzMgsvYXBpL29yZGVyczIFYnl0ZXMyFi91c3IvbG9jYWwvYmluL3NlcnZpY2UyEDAxMjM0',
    'NTY3ODlhYmNkZWYyHy9saWIveDg2XzY0LWxpbnV4LWdudS9saWJjLnNvLjYyKWV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cx',
    'LigqVDEpLkZ1bmMxMh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2cxL2ZpbGUxLmdvMilleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtn',
    'Mi4oKlQyKS5GdW5jMjIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnMi9maWxlMi5nbzIpZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3Br',
    'ZzMuKCpUMykuRnVuYzMyHy9zcmMvc3ZjL2ludGVybmFsL3BrZzMvZmlsZTMuZ28yKWV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9w',
    'a2c0LigqVDQpLkZ1bmM0Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c0L2ZpbGU0LmdvMilleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwv',
    'cGtnNS4oKlQwKS5GdW5jNTIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnNS9maWxlNS5nbzIpZXhhbXBsZS5jb20vc3ZjL2ludGVybmFs',
    'L3BrZzYuKCpUMSkuRnVuYzYyHy9zcmMvc3ZjL2ludGVybmFsL3BrZzYvZmlsZTYuZ28yKWV4YW1wbGUuY29tL3N2Yy9pbnRlcm5h',
    'bC9wa2c3LigqVDIpLkZ1bmM3Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c3L2ZpbGUwLmdvMilleGFtcGxlLmNvbS9zdmMvaW50ZXJu',
    'YWwvcGtnOC4oKlQzKS5GdW5jODIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnOC9maWxlMS5nbzIpZXhhbXBsZS5jb20vc3ZjL2ludGVy',
    'bmFsL3BrZzkuKCpUNCkuRnVuYzkyHy9zcmMvc3ZjL2ludGVybmFsL3BrZzkvZmlsZTIuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRl',
    'cm5hbC9wa2cxMC4oKlQwKS5GdW5jMTAyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzEwL2ZpbGUzLmdvMitleGFtcGxlLmNvbS9zdmMv',
    'aW50ZXJuYWwvcGtnMTEuKCpUMSkuRnVuYzExMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxMS9maWxlNC5nbzIrZXhhbXBsZS5jb20v',
    'c3ZjL2ludGVybmFsL3BrZzEyLigqVDIpLkZ1bmMxMjIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTIvZmlsZTUuZ28yK2V4YW1wbGUu',
    'Y29tL3N2Yy9pbnRlcm5hbC9wa2cxMy4oKlQzKS5GdW5jMTMyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzEzL2ZpbGU2LmdvMitleGFt',
    'cGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTQuKCpUNCkuRnVuYzE0MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxNC9maWxlMC5nbzIr',
    'ZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzE1LigqVDApLkZ1bmMxNTIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTUvZmlsZTEu',
    'Z28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxNi4oKlQxKS5GdW5jMTYyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzE2L2Zp',
    'bGUyLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTcuKCpUMikuRnVuYzE3MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cx',
    'Ny9maWxlMy5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzE4LigqVDMpLkZ1bmMxODIgL3NyYy9zdmMvaW50ZXJuYWwv',
    'cGtnMTgvZmlsZTQuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxOS4oKlQ0KS5GdW5jMTkyIC9zcmMvc3ZjL2ludGVy',
    'bmFsL3BrZzE5L2ZpbGU1LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjAuKCpUMCkuRnVuYzIwMiAvc3JjL3N2Yy9p',
    'bnRlcm5hbC9wa2cyMC9maWxlNi5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzIxLigqVDEpLkZ1bmMyMTIgL3NyYy9z',
    'dmMvaW50ZXJuYWwvcGtnMjEvZmlsZTAuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyMi4oKlQyKS5GdW5jMjIyIC9z',
    'cmMvc3ZjL2ludGVybmFsL3BrZzIyL2ZpbGUxLmdvMo8BZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzIzLk1hcFtnby5zaGFw',
    'ZS5zdHJ1Y3QgeyBLZXkgc3RyaW5nOyBWYWx1ZSBbXWV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9tb2RlbC5SZWNvcmQyMzsgTWV0',
    'YSBtYXBbc3RyaW5nXXN0cmluZyB9XS5HZXQyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzIzL2ZpbGUyLmdvMitleGFtcGxlLmNvbS9z',
    'dmMvaW50ZXJuYWwvcGtnMjQuKCpUNCkuRnVuYzI0MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyNC9maWxlMy5nbzIrZXhhbXBsZS5j',
    'b20vc3ZjL2ludGVybmFsL3BrZzI1LigqVDApLkZ1bmMyNTIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjUvZmlsZTQuZ28yK2V4YW1w',
    'bGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyNi4oKlQxKS5GdW5jMjYyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzI2L2ZpbGU1LmdvMitl',
    'eGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjcuKCpUMikuRnVuYzI3MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyNy9maWxlNi5n',
    'bzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzI4LigqVDMpLkZ1bmMyODIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjgvZmls',
    'ZTAuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyOS4oKlQ0KS5GdW5jMjkyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzI5',
    'L2ZpbGUxLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMzAuKCpUMCkuRnVuYzMwMiAvc3JjL3N2Yy9pbnRlcm5hbC9w',
    'a2czMC9maWxlMi5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzMxLigqVDEpLkZ1bmMzMTIgL3NyYy9zdmMvaW50ZXJu',
    'YWwvcGtnMzEvZmlsZTMuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2czMi4oKlQyKS5GdW5jMzIyIC9zcmMvc3ZjL2lu',
    'dGVybmFsL3BrZzMyL2ZpbGU0LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMzMuKCpUMykuRnVuYzMzMiAvc3JjL3N2',
    'Yy9pbnRlcm5hbC9wa2czMy9maWxlNS5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzM0LigqVDQpLkZ1bmMzNDIgL3Ny',
    'Yy9zdmMvaW50ZXJuYWwvcGtnMzQvZmlsZTYuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2czNS4oKlQwKS5GdW5jMzUy',
    'IC9zcmMvc3ZjL2ludGVybmFsL3BrZzM1L2ZpbGUwLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMzYuKCpUMSkuRnVu',
    'YzM2MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2czNi9maWxlMS5nbzIqZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzAuKCpUMiku',
    'RnVuYzM3Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2cwL2ZpbGUyLmdvMipleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMS4oKlQz',
    'KS5GdW5jMzgyHy9zcmMvc3ZjL2ludGVybmFsL3BrZzEvZmlsZTMuZ28yKmV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyLigq',
    'VDQpLkZ1bmMzOTIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnMi9maWxlNC5nbzIqZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzMu',
    'KCpUMCkuRnVuYzQwMh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2czL2ZpbGU1LmdvMipleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtn',
    'NC4oKlQxKS5GdW5jNDEyHy9zcmMvc3ZjL2ludGVybmFsL3BrZzQvZmlsZTYuZ28yKmV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9w',
    'a2c1LigqVDIpLkZ1bmM0MjIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnNS9maWxlMC5nbzIqZXhhbXBsZS5jb20vc3ZjL2ludGVybmFs',
    'L3BrZzYuKCpUMykuRnVuYzQzMh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c2L2ZpbGUxLmdvMipleGFtcGxlLmNvbS9zdmMvaW50ZXJu',
    'YWwvcGtnNy4oKlQ0KS5GdW5jNDQyHy9zcmMvc3ZjL2ludGVybmFsL3BrZzcvZmlsZTIuZ28yKmV4YW1wbGUuY29tL3N2Yy9pbnRl',
    'cm5hbC9wa2c4LigqVDApLkZ1bmM0NTIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnOC9maWxlMy5nbzKPAWV4YW1wbGUuY29tL3N2Yy9p',
    'bnRlcm5hbC9wa2c0Ni5NYXBbZ28uc2hhcGUuc3RydWN0IHsgS2V5IHN0cmluZzsgVmFsdWUgW11leGFtcGxlLmNvbS9zdmMvaW50',
    'ZXJuYWwvbW9kZWwuUmVjb3JkNDY7IE1ldGEgbWFwW3N0cmluZ11zdHJpbmcgfV0uR2V0Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c5',
    'L2ZpbGU0LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTAuKCpUMikuRnVuYzQ3MiAvc3JjL3N2Yy9pbnRlcm5hbC9w',
    'a2cxMC9maWxlNS5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzExLigqVDMpLkZ1bmM0ODIgL3NyYy9zdmMvaW50ZXJu',
    'YWwvcGtnMTEvZmlsZTYuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxMi4oKlQ0KS5GdW5jNDkyIC9zcmMvc3ZjL2lu',
    'dGVybmFsL3BrZzEyL2ZpbGUwLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTMuKCpUMCkuRnVuYzUwMiAvc3JjL3N2',
    'Yy9pbnRlcm5hbC9wa2cxMy9maWxlMS5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzE0LigqVDEpLkZ1bmM1MTIgL3Ny',
    'Yy9zdmMvaW50ZXJuYWwvcGtnMTQvZmlsZTIuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxNS4oKlQyKS5GdW5jNTIy',
    'IC9zcmMvc3ZjL2ludGVybmFsL3BrZzE1L2ZpbGUzLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTYuKCpUMykuRnVu',
    'YzUzMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxNi9maWxlNC5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzE3LigqVDQp',
    'LkZ1bmM1NDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTcvZmlsZTUuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxOC4o',
    'KlQwKS5GdW5jNTUyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzE4L2ZpbGU2LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtn',
    'MTkuKCpUMSkuRnVuYzU2MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxOS9maWxlMC5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFs',
    'L3BrZzIwLigqVDIpLkZ1bmM1NzIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjAvZmlsZTEuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRl',
    'cm5hbC9wa2cyMS4oKlQzKS5GdW5jNTgyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzIxL2ZpbGUyLmdvMitleGFtcGxlLmNvbS9zdmMv',
    'aW50ZXJuYWwvcGtnMjIuKCpUNCkuRnVuYzU5MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyMi9maWxlMy5nbzIrZXhhbXBsZS5jb20v',
    'c3ZjL2ludGVybmFsL3BrZzIzLigqVDApLkZ1bmM2MDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjMvZmlsZTQuZ28yK2V4YW1wbGUu',
    'Y29tL3N2Yy9pbnRlcm5hbC9wa2cyNC4oKlQxKS5GdW5jNjEyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzI0L2ZpbGU1LmdvMitleGFt',
    'cGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjUuKCpUMikuRnVuYzYyMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyNS9maWxlNi5nbzIr',
    'ZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzI2LigqVDMpLkZ1bmM2MzIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjYvZmlsZTAu',
    'Z28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyNy4oKlQ0KS5GdW5jNjQyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzI3L2Zp',
    'bGUxLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjguKCpUMCkuRnVuYzY1MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cy',
    'OC9maWxlMi5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzI5LigqVDEpLkZ1bmM2NjIgL3NyYy9zdmMvaW50ZXJuYWwv',
    'cGtnMjkvZmlsZTMuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2czMC4oKlQyKS5GdW5jNjcyIC9zcmMvc3ZjL2ludGVy',
    'bmFsL3BrZzMwL2ZpbGU0LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMzEuKCpUMykuRnVuYzY4MiAvc3JjL3N2Yy9p',
    'bnRlcm5hbC9wa2czMS9maWxlNS5nbzKPAWV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2c2OS5NYXBbZ28uc2hhcGUuc3RydWN0',
    'IHsgS2V5IHN0cmluZzsgVmFsdWUgW11leGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvbW9kZWwuUmVjb3JkNjk7IE1ldGEgbWFwW3N0',
    'cmluZ11zdHJpbmcgfV0uR2V0MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2czMi9maWxlNi5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVy',
    'bmFsL3BrZzMzLigqVDApLkZ1bmM3MDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMzMvZmlsZTAuZ28yK2V4YW1wbGUuY29tL3N2Yy9p',
    'bnRlcm5hbC9wa2czNC4oKlQxKS5GdW5jNzEyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzM0L2ZpbGUxLmdvMitleGFtcGxlLmNvbS9z',
    'dmMvaW50ZXJuYWwvcGtnMzUuKCpUMikuRnVuYzcyMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2czNS9maWxlMi5nbzIrZXhhbXBsZS5j',
    'b20vc3ZjL2ludGVybmFsL3BrZzM2LigqVDMpLkZ1bmM3MzIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMzYvZmlsZTMuZ28yKmV4YW1w',
    'bGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cwLigqVDQpLkZ1bmM3NDIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnMC9maWxlNC5nbzIqZXhh',
    'bXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzEuKCpUMCkuRnVuYzc1Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2cxL2ZpbGU1LmdvMipl',
    'eGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMi4oKlQxKS5GdW5jNzYyHy9zcmMvc3ZjL2ludGVybmFsL3BrZzIvZmlsZTYuZ28y',
    'KmV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2czLigqVDIpLkZ1bmM3NzIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnMy9maWxlMC5n',
    'bzIqZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzQuKCpUMykuRnVuYzc4Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c0L2ZpbGUx',
    'LmdvMipleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnNS4oKlQ0KS5GdW5jNzkyHy9zcmMvc3ZjL2ludGVybmFsL3BrZzUvZmls',
    'ZTIuZ28yKmV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2c2LigqVDApLkZ1bmM4MDIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnNi9m',
    'aWxlMy5nbzIqZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzcuKCpUMSkuRnVuYzgxMh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c3',
    'L2ZpbGU0LmdvMipleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnOC4oKlQyKS5GdW5jODIyHy9zcmMvc3ZjL2ludGVybmFsL3Br',
    'ZzgvZmlsZTUuZ28yKmV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2c5LigqVDMpLkZ1bmM4MzIfL3NyYy9zdmMvaW50ZXJuYWwv',
    'cGtnOS9maWxlNi5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzEwLigqVDQpLkZ1bmM4NDIgL3NyYy9zdmMvaW50ZXJu',
    'YWwvcGtnMTAvZmlsZTAuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxMS4oKlQwKS5GdW5jODUyIC9zcmMvc3ZjL2lu',
    'dGVybmFsL3BrZzExL2ZpbGUxLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTIuKCpUMSkuRnVuYzg2MiAvc3JjL3N2',
    'Yy9pbnRlcm5hbC9wa2cxMi9maWxlMi5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzEzLigqVDIpLkZ1bmM4NzIgL3Ny',
    'Yy9zdmMvaW50ZXJuYWwvcGtnMTMvZmlsZTMuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxNC4oKlQzKS5GdW5jODgy',
    'IC9zcmMvc3ZjL2ludGVybmFsL3BrZzE0L2ZpbGU0LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTUuKCpUNCkuRnVu',
    'Yzg5MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxNS9maWxlNS5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzE2LigqVDAp',
    'LkZ1bmM5MDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTYvZmlsZTYuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxNy4o',
    'KlQxKS5GdW5jOTEyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzE3L2ZpbGUwLmdvMo8BZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3Br',
    'ZzkyLk1hcFtnby5zaGFwZS5zdHJ1Y3QgeyBLZXkgc3RyaW5nOyBWYWx1ZSBbXWV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9tb2Rl',
    'bC5SZWNvcmQ5MjsgTWV0YSBtYXBbc3RyaW5nXXN0cmluZyB9XS5HZXQyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzE4L2ZpbGUxLmdv',
    'MitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTkuKCpUMykuRnVuYzkzMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxOS9maWxl',
    'Mi5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzIwLigqVDQpLkZ1bmM5NDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjAv',
    'ZmlsZTMuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyMS4oKlQwKS5GdW5jOTUyIC9zcmMvc3ZjL2ludGVybmFsL3Br',
    'ZzIxL2ZpbGU0LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjIuKCpUMSkuRnVuYzk2MiAvc3JjL3N2Yy9pbnRlcm5h',
    'bC9wa2cyMi9maWxlNS5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzIzLigqVDIpLkZ1bmM5NzIgL3NyYy9zdmMvaW50',
    'ZXJuYWwvcGtnMjMvZmlsZTYuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyNC4oKlQzKS5GdW5jOTgyIC9zcmMvc3Zj',
    'L2ludGVybmFsL3BrZzI0L2ZpbGUwLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjUuKCpUNCkuRnVuYzk5MiAvc3Jj',
    'L3N2Yy9pbnRlcm5hbC9wa2cyNS9maWxlMS5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzI2LigqVDApLkZ1bmMxMDAy',
    'IC9zcmMvc3ZjL2ludGVybmFsL3BrZzI2L2ZpbGUyLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjcuKCpUMSkuRnVu',
    'YzEwMTIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjcvZmlsZTMuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyOC4oKlQy',
    'KS5GdW5jMTAyMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyOC9maWxlNC5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzI5',
    'LigqVDMpLkZ1bmMxMDMyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzI5L2ZpbGU1LmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwv',
    'cGtnMzAuKCpUNCkuRnVuYzEwNDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMzAvZmlsZTYuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRl',
    'cm5hbC9wa2czMS4oKlQwKS5GdW5jMTA1MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2czMS9maWxlMC5nbzIsZXhhbXBsZS5jb20vc3Zj',
    'L2ludGVybmFsL3BrZzMyLigqVDEpLkZ1bmMxMDYyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzMyL2ZpbGUxLmdvMixleGFtcGxlLmNv',
    'bS9zdmMvaW50ZXJuYWwvcGtnMzMuKCpUMikuRnVuYzEwNzIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMzMvZmlsZTIuZ28yLGV4YW1w',
    'bGUuY29tL3N2Yy9pbnRlcm5hbC9wa2czNC4oKlQzKS5GdW5jMTA4MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2czNC9maWxlMy5nbzIs',
    'ZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzM1LigqVDQpLkZ1bmMxMDkyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzM1L2ZpbGU0',
    'LmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMzYuKCpUMCkuRnVuYzExMDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMzYv',
    'ZmlsZTUuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cwLigqVDEpLkZ1bmMxMTEyHy9zcmMvc3ZjL2ludGVybmFsL3Br',
    'ZzAvZmlsZTYuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxLigqVDIpLkZ1bmMxMTIyHy9zcmMvc3ZjL2ludGVybmFs',
    'L3BrZzEvZmlsZTAuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyLigqVDMpLkZ1bmMxMTMyHy9zcmMvc3ZjL2ludGVy',
    'bmFsL3BrZzIvZmlsZTEuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2czLigqVDQpLkZ1bmMxMTQyHy9zcmMvc3ZjL2lu',
    'dGVybmFsL3BrZzMvZmlsZTIuZ28ykQFleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTE1Lk1hcFtnby5zaGFwZS5zdHJ1Y3Qg',
    'eyBLZXkgc3RyaW5nOyBWYWx1ZSBbXWV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9tb2RlbC5SZWNvcmQxMTU7IE1ldGEgbWFwW3N0',
    'cmluZ11zdHJpbmcgfV0uR2V0Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c0L2ZpbGUzLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJu',
    'YWwvcGtnNS4oKlQxKS5GdW5jMTE2Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c1L2ZpbGU0LmdvMitleGFtcGxlLmNvbS9zdmMvaW50',
    'ZXJuYWwvcGtnNi4oKlQyKS5GdW5jMTE3Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c2L2ZpbGU1LmdvMitleGFtcGxlLmNvbS9zdmMv',
    'aW50ZXJuYWwvcGtnNy4oKlQzKS5GdW5jMTE4Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c3L2ZpbGU2LmdvMitleGFtcGxlLmNvbS9z',
    'dmMvaW50ZXJuYWwvcGtnOC4oKlQ0KS5GdW5jMTE5Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c4L2ZpbGUwLmdvMitleGFtcGxlLmNv',
    'bS9zdmMvaW50ZXJuYWwvcGtnOS4oKlQwKS5GdW5jMTIwMh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c5L2ZpbGUxLmdvMixleGFtcGxl',
    'LmNvbS9zdmMvaW50ZXJuYWwvcGtnMTAuKCpUMSkuRnVuYzEyMTIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTAvZmlsZTIuZ28yLGV4',
    'YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxMS4oKlQyKS5GdW5jMTIyMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxMS9maWxlMy5n',
    'bzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzEyLigqVDMpLkZ1bmMxMjMyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzEyL2Zp',
    'bGU0LmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTMuKCpUNCkuRnVuYzEyNDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtn',
    'MTMvZmlsZTUuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxNC4oKlQwKS5GdW5jMTI1MiAvc3JjL3N2Yy9pbnRlcm5h',
    'bC9wa2cxNC9maWxlNi5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzE1LigqVDEpLkZ1bmMxMjYyIC9zcmMvc3ZjL2lu',
    'dGVybmFsL3BrZzE1L2ZpbGUwLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTYuKCpUMikuRnVuYzEyNzIgL3NyYy9z',
    'dmMvaW50ZXJuYWwvcGtnMTYvZmlsZTEuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxNy4oKlQzKS5GdW5jMTI4MiAv',
    'c3JjL3N2Yy9pbnRlcm5hbC9wa2cxNy9maWxlMi5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzE4LigqVDQpLkZ1bmMx',
    'MjkyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzE4L2ZpbGUzLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTkuKCpUMCku',
    'RnVuYzEzMDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTkvZmlsZTQuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyMC4o',
    'KlQxKS5GdW5jMTMxMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyMC9maWxlNS5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3Br',
    'ZzIxLigqVDIpLkZ1bmMxMzIyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzIxL2ZpbGU2LmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJu',
    'YWwvcGtnMjIuKCpUMykuRnVuYzEzMzIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjIvZmlsZTAuZ28yLGV4YW1wbGUuY29tL3N2Yy9p',
    'bnRlcm5hbC9wa2cyMy4oKlQ0KS5GdW5jMTM0MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyMy9maWxlMS5nbzIsZXhhbXBsZS5jb20v',
    'c3ZjL2ludGVybmFsL3BrZzI0LigqVDApLkZ1bmMxMzUyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzI0L2ZpbGUyLmdvMixleGFtcGxl',
    'LmNvbS9zdmMvaW50ZXJuYWwvcGtnMjUuKCpUMSkuRnVuYzEzNjIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjUvZmlsZTMuZ28yLGV4',
    'YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyNi4oKlQyKS5GdW5jMTM3MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyNi9maWxlNC5n',
    'bzKRAWV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxMzguTWFwW2dvLnNoYXBlLnN0cnVjdCB7IEtleSBzdHJpbmc7IFZhbHVl',
    'IFtdZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL21vZGVsLlJlY29yZDEzODsgTWV0YSBtYXBbc3RyaW5nXXN0cmluZyB9XS5HZXQy',
    'IC9zcmMvc3ZjL2ludGVybmFsL3BrZzI3L2ZpbGU1LmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjguKCpUNCkuRnVu',
    'YzEzOTIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjgvZmlsZTYuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyOS4oKlQw',
    'KS5GdW5jMTQwMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyOS9maWxlMC5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzMw',
    'LigqVDEpLkZ1bmMxNDEyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzMwL2ZpbGUxLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwv',
    'cGtnMzEuKCpUMikuRnVuYzE0MjIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMzEvZmlsZTIuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRl',
    'cm5hbC9wa2czMi4oKlQzKS5GdW5jMTQzMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2czMi9maWxlMy5nbzIsZXhhbXBsZS5jb20vc3Zj',
    'L2ludGVybmFsL3BrZzMzLigqVDQpLkZ1bmMxNDQyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzMzL2ZpbGU0LmdvMixleGFtcGxlLmNv',
    'bS9zdmMvaW50ZXJuYWwvcGtnMzQuKCpUMCkuRnVuYzE0NTIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMzQvZmlsZTUuZ28yLGV4YW1w',
    'bGUuY29tL3N2Yy9pbnRlcm5hbC9wa2czNS4oKlQxKS5GdW5jMTQ2MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2czNS9maWxlNi5nbzIs',
    'ZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzM2LigqVDIpLkZ1bmMxNDcyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzM2L2ZpbGUw',
    'LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMC4oKlQzKS5GdW5jMTQ4Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2cwL2Zp',
    'bGUxLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMS4oKlQ0KS5GdW5jMTQ5Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2cx',
    'L2ZpbGUyLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMi4oKlQwKS5GdW5jMTUwMh8vc3JjL3N2Yy9pbnRlcm5hbC9w',
    'a2cyL2ZpbGUzLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMy4oKlQxKS5GdW5jMTUxMh8vc3JjL3N2Yy9pbnRlcm5h',
    'bC9wa2czL2ZpbGU0LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnNC4oKlQyKS5GdW5jMTUyMh8vc3JjL3N2Yy9pbnRl',
    'cm5hbC9wa2c0L2ZpbGU1LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnNS4oKlQzKS5GdW5jMTUzMh8vc3JjL3N2Yy9p',
    'bnRlcm5hbC9wa2c1L2ZpbGU2LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnNi4oKlQ0KS5GdW5jMTU0Mh8vc3JjL3N2',
    'Yy9pbnRlcm5hbC9wa2c2L2ZpbGUwLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnNy4oKlQwKS5GdW5jMTU1Mh8vc3Jj',
    'L3N2Yy9pbnRlcm5hbC9wa2c3L2ZpbGUxLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnOC4oKlQxKS5GdW5jMTU2Mh8v',
    'c3JjL3N2Yy9pbnRlcm5hbC9wa2c4L2ZpbGUyLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnOS4oKlQyKS5GdW5jMTU3',
    'Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c5L2ZpbGUzLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTAuKCpUMykuRnVu',
    'YzE1ODIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTAvZmlsZTQuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxMS4oKlQ0',
    'KS5GdW5jMTU5MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxMS9maWxlNS5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzEy',
    'LigqVDApLkZ1bmMxNjAyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzEyL2ZpbGU2LmdvMpEBZXhhbXBsZS5jb20vc3ZjL2ludGVybmFs',
    'L3BrZzE2MS5NYXBbZ28uc2hhcGUuc3RydWN0IHsgS2V5IHN0cmluZzsgVmFsdWUgW11leGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwv',
    'bW9kZWwuUmVjb3JkMTYxOyBNZXRhIG1hcFtzdHJpbmddc3RyaW5nIH1dLkdldDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTMvZmls',
    'ZTAuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxNC4oKlQyKS5GdW5jMTYyMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cx',
    'NC9maWxlMS5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzE1LigqVDMpLkZ1bmMxNjMyIC9zcmMvc3ZjL2ludGVybmFs',
    'L3BrZzE1L2ZpbGUyLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTYuKCpUNCkuRnVuYzE2NDIgL3NyYy9zdmMvaW50',
    'ZXJuYWwvcGtnMTYvZmlsZTMuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxNy4oKlQwKS5GdW5jMTY1MiAvc3JjL3N2',
    'Yy9pbnRlcm5hbC9wa2cxNy9maWxlNC5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzE4LigqVDEpLkZ1bmMxNjYyIC9z',
    'cmMvc3ZjL2ludGVybmFsL3BrZzE4L2ZpbGU1LmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTkuKCpUMikuRnVuYzE2',
    'NzIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTkvZmlsZTYuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyMC4oKlQzKS5G',
    'dW5jMTY4MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyMC9maWxlMC5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzIxLigq',
    'VDQpLkZ1bmMxNjkyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzIxL2ZpbGUxLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtn',
    'MjIuKCpUMCkuRnVuYzE3MDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjIvZmlsZTIuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5h',
    'bC9wa2cyMy4oKlQxKS5GdW5jMTcxMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyMy9maWxlMy5nbzIsZXhhbXBsZS5jb20vc3ZjL2lu',
    'dGVybmFsL3BrZzI0LigqVDIpLkZ1bmMxNzIyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzI0L2ZpbGU0LmdvMixleGFtcGxlLmNvbS9z',
    'dmMvaW50ZXJuYWwvcGtnMjUuKCpUMykuRnVuYzE3MzIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjUvZmlsZTUuZ28yLGV4YW1wbGUu',
    'Y29tL3N2Yy9pbnRlcm5hbC9wa2cyNi4oKlQ0KS5GdW5jMTc0MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyNi9maWxlNi5nbzIsZXhh',
    'bXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzI3LigqVDApLkZ1bmMxNzUyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzI3L2ZpbGUwLmdv',
    'MixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjguKCpUMSkuRnVuYzE3NjIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjgvZmls',
    'ZTEuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyOS4oKlQyKS5GdW5jMTc3MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cy',
    'OS9maWxlMi5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzMwLigqVDMpLkZ1bmMxNzgyIC9zcmMvc3ZjL2ludGVybmFs',
    'L3BrZzMwL2ZpbGUzLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMzEuKCpUNCkuRnVuYzE3OTIgL3NyYy9zdmMvaW50',
    'ZXJuYWwvcGtnMzEvZmlsZTQuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2czMi4oKlQwKS5GdW5jMTgwMiAvc3JjL3N2',
    'Yy9pbnRlcm5hbC9wa2czMi9maWxlNS5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzMzLigqVDEpLkZ1bmMxODEyIC9z',
    'cmMvc3ZjL2ludGVybmFsL3BrZzMzL2ZpbGU2LmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMzQuKCpUMikuRnVuYzE4',
    'MjIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMzQvZmlsZTAuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2czNS4oKlQzKS5G',
    'dW5jMTgzMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2czNS9maWxlMS5nbzKRAWV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxODQu',
    'TWFwW2dvLnNoYXBlLnN0cnVjdCB7IEtleSBzdHJpbmc7IFZhbHVlIFtdZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL21vZGVsLlJl',
    'Y29yZDE4NDsgTWV0YSBtYXBbc3RyaW5nXXN0cmluZyB9XS5HZXQyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzM2L2ZpbGUyLmdvMitl',
    'eGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMC4oKlQwKS5GdW5jMTg1Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2cwL2ZpbGUzLmdv',
    'MitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMS4oKlQxKS5GdW5jMTg2Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2cxL2ZpbGU0',
    'LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMi4oKlQyKS5GdW5jMTg3Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2cyL2Zp',
    'bGU1LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMy4oKlQzKS5GdW5jMTg4Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2cz',
    'L2ZpbGU2LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnNC4oKlQ0KS5GdW5jMTg5Mh8vc3JjL3N2Yy9pbnRlcm5hbC9w',
    'a2c0L2ZpbGUwLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnNS4oKlQwKS5GdW5jMTkwMh8vc3JjL3N2Yy9pbnRlcm5h',
    'bC9wa2c1L2ZpbGUxLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnNi4oKlQxKS5GdW5jMTkxMh8vc3JjL3N2Yy9pbnRl',
    'cm5hbC9wa2c2L2ZpbGUyLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnNy4oKlQyKS5GdW5jMTkyMh8vc3JjL3N2Yy9p',
    'bnRlcm5hbC9wa2c3L2ZpbGUzLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnOC4oKlQzKS5GdW5jMTkzMh8vc3JjL3N2',
    'Yy9pbnRlcm5hbC9wa2c4L2ZpbGU0LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnOS4oKlQ0KS5GdW5jMTk0Mh8vc3Jj',
    'L3N2Yy9pbnRlcm5hbC9wa2c5L2ZpbGU1LmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTAuKCpUMCkuRnVuYzE5NTIg',
    'L3NyYy9zdmMvaW50ZXJuYWwvcGtnMTAvZmlsZTYuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxMS4oKlQxKS5GdW5j',
    'MTk2MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxMS9maWxlMC5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzEyLigqVDIp',
    'LkZ1bmMxOTcyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzEyL2ZpbGUxLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTMu',
    'KCpUMykuRnVuYzE5ODIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTMvZmlsZTIuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9w',
    'a2cxNC4oKlQ0KS5GdW5jMTk5MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxNC9maWxlMy5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVy',
    'bmFsL3BrZzE1LigqVDApLkZ1bmMyMDAyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzE1L2ZpbGU0LmdvMixleGFtcGxlLmNvbS9zdmMv',
    'aW50ZXJuYWwvcGtnMTYuKCpUMSkuRnVuYzIwMTIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTYvZmlsZTUuZ28yLGV4YW1wbGUuY29t',
    'L3N2Yy9pbnRlcm5hbC9wa2cxNy4oKlQyKS5GdW5jMjAyMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxNy9maWxlNi5nbzIsZXhhbXBs',
    'ZS5jb20vc3ZjL2ludGVybmFsL3BrZzE4LigqVDMpLkZ1bmMyMDMyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzE4L2ZpbGUwLmdvMixl',
    'eGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTkuKCpUNCkuRnVuYzIwNDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTkvZmlsZTEu',
    'Z28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyMC4oKlQwKS5GdW5jMjA1MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyMC9m',
    'aWxlMi5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzIxLigqVDEpLkZ1bmMyMDYyIC9zcmMvc3ZjL2ludGVybmFsL3Br',
    'ZzIxL2ZpbGUzLmdvMpEBZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzIwNy5NYXBbZ28uc2hhcGUuc3RydWN0IHsgS2V5IHN0',
    'cmluZzsgVmFsdWUgW11leGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvbW9kZWwuUmVjb3JkMjA3OyBNZXRhIG1hcFtzdHJpbmddc3Ry',
    'aW5nIH1dLkdldDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjIvZmlsZTQuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cy',
    'My4oKlQzKS5GdW5jMjA4MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyMy9maWxlNS5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFs',
    'L3BrZzI0LigqVDQpLkZ1bmMyMDkyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzI0L2ZpbGU2LmdvMixleGFtcGxlLmNvbS9zdmMvaW50',
    'ZXJuYWwvcGtnMjUuKCpUMCkuRnVuYzIxMDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjUvZmlsZTAuZ28yLGV4YW1wbGUuY29tL3N2',
    'Yy9pbnRlcm5hbC9wa2cyNi4oKlQxKS5GdW5jMjExMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyNi9maWxlMS5nbzIsZXhhbXBsZS5j',
    'b20vc3ZjL2ludGVybmFsL3BrZzI3LigqVDIpLkZ1bmMyMTIyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzI3L2ZpbGUyLmdvMixleGFt',
    'cGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjguKCpUMykuRnVuYzIxMzIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjgvZmlsZTMuZ28y',
    'LGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyOS4oKlQ0KS5GdW5jMjE0MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyOS9maWxl',
    'NC5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzMwLigqVDApLkZ1bmMyMTUyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzMw',
    'L2ZpbGU1LmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMzEuKCpUMSkuRnVuYzIxNjIgL3NyYy9zdmMvaW50ZXJuYWwv',
    'cGtnMzEvZmlsZTYuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2czMi4oKlQyKS5GdW5jMjE3MiAvc3JjL3N2Yy9pbnRl',
    'cm5hbC9wa2czMi9maWxlMC5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzMzLigqVDMpLkZ1bmMyMTgyIC9zcmMvc3Zj',
    'L2ludGVybmFsL3BrZzMzL2ZpbGUxLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMzQuKCpUNCkuRnVuYzIxOTIgL3Ny',
    'Yy9zdmMvaW50ZXJuYWwvcGtnMzQvZmlsZTIuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2czNS4oKlQwKS5GdW5jMjIw',
    'MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2czNS9maWxlMy5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzM2LigqVDEpLkZ1',
    'bmMyMjEyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzM2L2ZpbGU0LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMC4oKlQy',
    'KS5GdW5jMjIyMh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2cwL2ZpbGU1LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMS4o',
    'KlQzKS5GdW5jMjIzMh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2cxL2ZpbGU2LmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtn',
    'Mi4oKlQ0KS5GdW5jMjI0Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2cyL2ZpbGUwLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwv',
    'cGtnMy4oKlQwKS5GdW5jMjI1Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2czL2ZpbGUxLmdvMitleGFtcGxlLmNvbS9zdmMvaW50ZXJu',
    'YWwvcGtnNC4oKlQxKS5GdW5jMjI2Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c0L2ZpbGUyLmdvMitleGFtcGxlLmNvbS9zdmMvaW50',
    'ZXJuYWwvcGtnNS4oKlQyKS5GdW5jMjI3Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c1L2ZpbGUzLmdvMitleGFtcGxlLmNvbS9zdmMv',
    'aW50ZXJuYWwvcGtnNi4oKlQzKS5GdW5jMjI4Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c2L2ZpbGU0LmdvMitleGFtcGxlLmNvbS9z',
    'dmMvaW50ZXJuYWwvcGtnNy4oKlQ0KS5GdW5jMjI5Mh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c3L2ZpbGU1LmdvMpEBZXhhbXBsZS5j',
    'b20vc3ZjL2ludGVybmFsL3BrZzIzMC5NYXBbZ28uc2hhcGUuc3RydWN0IHsgS2V5IHN0cmluZzsgVmFsdWUgW11leGFtcGxlLmNv',
    'bS9zdmMvaW50ZXJuYWwvbW9kZWwuUmVjb3JkMjMwOyBNZXRhIG1hcFtzdHJpbmddc3RyaW5nIH1dLkdldDIfL3NyYy9zdmMvaW50',
    'ZXJuYWwvcGtnOC9maWxlNi5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzkuKCpUMSkuRnVuYzIzMTIfL3NyYy9zdmMv',
    'aW50ZXJuYWwvcGtnOS9maWxlMC5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzEwLigqVDIpLkZ1bmMyMzIyIC9zcmMv',
    'c3ZjL2ludGVybmFsL3BrZzEwL2ZpbGUxLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTEuKCpUMykuRnVuYzIzMzIg',
    'L3NyYy9zdmMvaW50ZXJuYWwvcGtnMTEvZmlsZTIuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxMi4oKlQ0KS5GdW5j',
    'MjM0MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxMi9maWxlMy5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzEzLigqVDAp',
    'LkZ1bmMyMzUyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzEzL2ZpbGU0LmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTQu',
    'KCpUMSkuRnVuYzIzNjIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTQvZmlsZTUuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9w',
    'a2cxNS4oKlQyKS5GdW5jMjM3MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxNS9maWxlNi5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVy',
    'bmFsL3BrZzE2LigqVDMpLkZ1bmMyMzgyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzE2L2ZpbGUwLmdvMixleGFtcGxlLmNvbS9zdmMv',
    'aW50ZXJuYWwvcGtnMTcuKCpUNCkuRnVuYzIzOTIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTcvZmlsZTEuZ28yLGV4YW1wbGUuY29t',
    'L3N2Yy9pbnRlcm5hbC9wa2cxOC4oKlQwKS5GdW5jMjQwMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxOC9maWxlMi5nbzIsZXhhbXBs',
    'ZS5jb20vc3ZjL2ludGVybmFsL3BrZzE5LigqVDEpLkZ1bmMyNDEyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzE5L2ZpbGUzLmdvMixl',
    'eGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjAuKCpUMikuRnVuYzI0MjIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjAvZmlsZTQu',
    'Z28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyMS4oKlQzKS5GdW5jMjQzMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyMS9m',
    'aWxlNS5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzIyLigqVDQpLkZ1bmMyNDQyIC9zcmMvc3ZjL2ludGVybmFsL3Br',
    'ZzIyL2ZpbGU2LmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjMuKCpUMCkuRnVuYzI0NTIgL3NyYy9zdmMvaW50ZXJu',
    'YWwvcGtnMjMvZmlsZTAuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyNC4oKlQxKS5GdW5jMjQ2MiAvc3JjL3N2Yy9p',
    'bnRlcm5hbC9wa2cyNC9maWxlMS5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzI1LigqVDIpLkZ1bmMyNDcyIC9zcmMv',
    'c3ZjL2ludGVybmFsL3BrZzI1L2ZpbGUyLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjYuKCpUMykuRnVuYzI0ODIg',
    'L3NyYy9zdmMvaW50ZXJuYWwvcGtnMjYvZmlsZTMuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyNy4oKlQ0KS5GdW5j',
    'MjQ5MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyNy9maWxlNC5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzI4LigqVDAp',
    'LkZ1bmMyNTAyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzI4L2ZpbGU1LmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjku',
    'KCpUMSkuRnVuYzI1MTIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjkvZmlsZTYuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9w',
    'a2czMC4oKlQyKS5GdW5jMjUyMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2czMC9maWxlMC5nbzKRAWV4YW1wbGUuY29tL3N2Yy9pbnRl',
    'cm5hbC9wa2cyNTMuTWFwW2dvLnNoYXBlLnN0cnVjdCB7IEtleSBzdHJpbmc7IFZhbHVlIFtdZXhhbXBsZS5jb20vc3ZjL2ludGVy',
    'bmFsL21vZGVsLlJlY29yZDI1MzsgTWV0YSBtYXBbc3RyaW5nXXN0cmluZyB9XS5HZXQyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzMx',
    'L2ZpbGUxLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMzIuKCpUNCkuRnVuYzI1NDIgL3NyYy9zdmMvaW50ZXJuYWwv',
    'cGtnMzIvZmlsZTIuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2czMy4oKlQwKS5GdW5jMjU1MiAvc3JjL3N2Yy9pbnRl',
    'cm5hbC9wa2czMy9maWxlMy5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzM0LigqVDEpLkZ1bmMyNTYyIC9zcmMvc3Zj',
    'L2ludGVybmFsL3BrZzM0L2ZpbGU0LmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMzUuKCpUMikuRnVuYzI1NzIgL3Ny',
    'Yy9zdmMvaW50ZXJuYWwvcGtnMzUvZmlsZTUuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2czNi4oKlQzKS5GdW5jMjU4',
    'MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2czNi9maWxlNi5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzAuKCpUNCkuRnVu',
    'YzI1OTIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnMC9maWxlMC5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzEuKCpUMCku',
    'RnVuYzI2MDIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnMS9maWxlMS5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzIuKCpU',
    'MSkuRnVuYzI2MTIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnMi9maWxlMi5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzMu',
    'KCpUMikuRnVuYzI2MjIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnMy9maWxlMy5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3Br',
    'ZzQuKCpUMykuRnVuYzI2MzIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnNC9maWxlNC5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFs',
    'L3BrZzUuKCpUNCkuRnVuYzI2NDIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnNS9maWxlNS5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVy',
    'bmFsL3BrZzYuKCpUMCkuRnVuYzI2NTIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnNi9maWxlNi5nbzIrZXhhbXBsZS5jb20vc3ZjL2lu',
    'dGVybmFsL3BrZzcuKCpUMSkuRnVuYzI2NjIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnNy9maWxlMC5nbzIrZXhhbXBsZS5jb20vc3Zj',
    'L2ludGVybmFsL3BrZzguKCpUMikuRnVuYzI2NzIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnOC9maWxlMS5nbzIrZXhhbXBsZS5jb20v',
    'c3ZjL2ludGVybmFsL3BrZzkuKCpUMykuRnVuYzI2ODIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnOS9maWxlMi5nbzIsZXhhbXBsZS5j',
    'b20vc3ZjL2ludGVybmFsL3BrZzEwLigqVDQpLkZ1bmMyNjkyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzEwL2ZpbGUzLmdvMixleGFt',
    'cGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTEuKCpUMCkuRnVuYzI3MDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTEvZmlsZTQuZ28y',
    'LGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxMi4oKlQxKS5GdW5jMjcxMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxMi9maWxl',
    'NS5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzEzLigqVDIpLkZ1bmMyNzIyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzEz',
    'L2ZpbGU2LmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMTQuKCpUMykuRnVuYzI3MzIgL3NyYy9zdmMvaW50ZXJuYWwv',
    'cGtnMTQvZmlsZTAuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cxNS4oKlQ0KS5GdW5jMjc0MiAvc3JjL3N2Yy9pbnRl',
    'cm5hbC9wa2cxNS9maWxlMS5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzE2LigqVDApLkZ1bmMyNzUyIC9zcmMvc3Zj',
    'L2ludGVybmFsL3BrZzE2L2ZpbGUyLmdvMpEBZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzI3Ni5NYXBbZ28uc2hhcGUuc3Ry',
    'dWN0IHsgS2V5IHN0cmluZzsgVmFsdWUgW11leGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvbW9kZWwuUmVjb3JkMjc2OyBNZXRhIG1h',
    'cFtzdHJpbmddc3RyaW5nIH1dLkdldDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMTcvZmlsZTMuZ28yLGV4YW1wbGUuY29tL3N2Yy9p',
    'bnRlcm5hbC9wa2cxOC4oKlQyKS5GdW5jMjc3MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cxOC9maWxlNC5nbzIsZXhhbXBsZS5jb20v',
    'c3ZjL2ludGVybmFsL3BrZzE5LigqVDMpLkZ1bmMyNzgyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzE5L2ZpbGU1LmdvMixleGFtcGxl',
    'LmNvbS9zdmMvaW50ZXJuYWwvcGtnMjAuKCpUNCkuRnVuYzI3OTIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjAvZmlsZTYuZ28yLGV4',
    'YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyMS4oKlQwKS5GdW5jMjgwMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2cyMS9maWxlMC5n',
    'bzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzIyLigqVDEpLkZ1bmMyODEyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzIyL2Zp',
    'bGUxLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjMuKCpUMikuRnVuYzI4MjIgL3NyYy9zdmMvaW50ZXJuYWwvcGtn',
    'MjMvZmlsZTIuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyNC4oKlQzKS5GdW5jMjgzMiAvc3JjL3N2Yy9pbnRlcm5h',
    'bC9wa2cyNC9maWxlMy5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzI1LigqVDQpLkZ1bmMyODQyIC9zcmMvc3ZjL2lu',
    'dGVybmFsL3BrZzI1L2ZpbGU0LmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjYuKCpUMCkuRnVuYzI4NTIgL3NyYy9z',
    'dmMvaW50ZXJuYWwvcGtnMjYvZmlsZTUuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyNy4oKlQxKS5GdW5jMjg2MiAv',
    'c3JjL3N2Yy9pbnRlcm5hbC9wa2cyNy9maWxlNi5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzI4LigqVDIpLkZ1bmMy',
    'ODcyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzI4L2ZpbGUwLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJuYWwvcGtnMjkuKCpUMyku',
    'RnVuYzI4ODIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMjkvZmlsZTEuZ28yLGV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2czMC4o',
    'KlQ0KS5GdW5jMjg5MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2czMC9maWxlMi5nbzIsZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3Br',
    'ZzMxLigqVDApLkZ1bmMyOTAyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzMxL2ZpbGUzLmdvMixleGFtcGxlLmNvbS9zdmMvaW50ZXJu',
    'YWwvcGtnMzIuKCpUMSkuRnVuYzI5MTIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMzIvZmlsZTQuZ28yLGV4YW1wbGUuY29tL3N2Yy9p',
    'bnRlcm5hbC9wa2czMy4oKlQyKS5GdW5jMjkyMiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2czMy9maWxlNS5nbzIsZXhhbXBsZS5jb20v',
    'c3ZjL2ludGVybmFsL3BrZzM0LigqVDMpLkZ1bmMyOTMyIC9zcmMvc3ZjL2ludGVybmFsL3BrZzM0L2ZpbGU2LmdvMixleGFtcGxl',
    'LmNvbS9zdmMvaW50ZXJuYWwvcGtnMzUuKCpUNCkuRnVuYzI5NDIgL3NyYy9zdmMvaW50ZXJuYWwvcGtnMzUvZmlsZTAuZ28yLGV4',
    'YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2czNi4oKlQwKS5GdW5jMjk1MiAvc3JjL3N2Yy9pbnRlcm5hbC9wa2czNi9maWxlMS5n',
    'bzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzAuKCpUMSkuRnVuYzI5NjIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnMC9maWxl',
    'Mi5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzEuKCpUMikuRnVuYzI5NzIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnMS9m',
    'aWxlMy5nbzIrZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL3BrZzIuKCpUMykuRnVuYzI5ODIfL3NyYy9zdmMvaW50ZXJuYWwvcGtn',
    'Mi9maWxlNC5nbzKRAWV4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2cyOTkuTWFwW2dvLnNoYXBlLnN0cnVjdCB7IEtleSBzdHJp',
    'bmc7IFZhbHVlIFtdZXhhbXBsZS5jb20vc3ZjL2ludGVybmFsL21vZGVsLlJlY29yZDI5OTsgTWV0YSBtYXBbc3RyaW5nXXN0cmlu',
    'ZyB9XS5HZXQyHy9zcmMvc3ZjL2ludGVybmFsL3BrZzMvZmlsZTUuZ28yK2V4YW1wbGUuY29tL3N2Yy9pbnRlcm5hbC9wa2c0Ligq',
    'VDApLkZ1bmMzMDAyHy9zcmMvc3ZjL2ludGVybmFsL3BrZzQvZmlsZTYuZ28yDnJ1bnRpbWUuZ29leGl0Mh8vc3JjL3N2Yy9pbnRl',
    'cm5hbC9wa2c1L2ZpbGUwLmdvMhZuZXQvaHR0cC4oKmNvbm4pLnNlcnZlMh8vc3JjL3N2Yy9pbnRlcm5hbC9wa2c2L2ZpbGUxLmdv',
    'MiBuZXQvaHR0cC5zZXJ2ZXJIYW5kbGVyLlNlcnZlSFRUUDIfL3NyYy9zdmMvaW50ZXJuYWwvcGtnNy9maWxlMi5nbzIDY3B1Mgtu',
    'YW5vc2Vjb25kc0iAgKix45/nyxdQgNiO4W9aBgjqBBDrBGCAreIE'
];

/**
 * Runs the decoder and the totals loop once over a small profile, so that
 * V8 has compiled them, with type feedback for every path, before a large
 * profile arrives.
 *
 * Why: V8 compiles a function with what it has seen so far, and an operation
 * that has not run yet (the first value of 2^31 or more, the first stack seen
 * twice, a varint split over two chunks) throws the compiled code away when
 * it first runs; the function then goes back to the interpreter until it is
 * compiled again. On a 10 MB profile that happened four to six times in the
 * first profile's sample section, and the location and function sections,
 * which run once per profile, ran mostly before they were compiled. The
 * profile (warmup-profile.ts) has every such case in its first few hundred
 * samples; decoding it costs about 16 ms in a fresh process, so only large
 * inputs are worth it (the caller decides).
 */
/** Where the byte-by-byte stretch starts: past the bytes the decoder only collects to sniff the format. */
const SPLIT_FROM = 4096;
const SPLIT_BYTES = 512;
function warmUpDecoder() {
    const bytes = Buffer.from(WARM_UP_PROFILE.join(''), 'base64');
    const decoder = new ProfileDecoder({ inflated: true });
    // A stretch of samples is pushed byte by byte, so that a chunk ends inside
    // every part of a field (tag, length, value) at least once.
    decoder.push(bytes.subarray(0, SPLIT_FROM));
    for (let at = SPLIT_FROM; at < SPLIT_FROM + SPLIT_BYTES; at++)
        decoder.push(bytes.subarray(at, at + 1));
    decoder.push(bytes.subarray(SPLIT_FROM + SPLIT_BYTES));
    const p = decoder.finish();
    // The comparison's paths too: sample counts as the base and CPU time as
    // head (deltas of every size for the sort), then head against nothing.
    const names = new NameTable();
    const counts = functionTotals(p, 0, names);
    const cpu = functionTotals(p, 1, names);
    combineTotals(names, counts, cpu, p.sampleTypes[1], 1);
    combineTotals(names, { flat: new ExactArray(), cum: new ExactArray(), total: 0 }, cpu, p.sampleTypes[1], 1);
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
/**
 * The first line, from parts already made safe for where it goes: the
 * sample type and unit come from the profile (anyone who wrote it chose them).
 */
function headline(r, type, unitLabel) {
    const { sampleType: st, total } = r.comparison;
    const u = st.unit;
    const change = percent(total.delta, total.base, true);
    return (`${type} (${unitLabel}): base ${formatValue(total.base, u)}, head ${formatValue(total.head, u)}, ` +
        `delta ${formatValue(total.delta, u, true)}${change ? ` (${change})` : ''}` +
        (r.normalized ? ', head normalized to the base total' : ''));
}
/**
 * What pprof -diff_base takes percentages of: the base total, or, when base
 * has nothing (an empty profile), the total of every sample, which is head's.
 */
function percentBase(c) {
    return c.total.base !== 0 ? c.total.base : c.total.head;
}
/**
 * What lining up different sample types did (pprof does the same silently),
 * from parts made safe by `safe`: type and unit names come from the profiles.
 */
function alignmentNote(a, safe) {
    if (!a)
        return undefined;
    const parts = [`sample types differ; compared on the ones both profiles have (${a.shared.map((t) => safe(t.type)).join(', ')})`];
    for (const d of a.dropped) {
        parts.push(`left out ${d.side}'s ${safe(d.type.type)} (${safe(d.type.unit)}), which ${d.side === 'base' ? 'head' : 'base'} lacks`);
    }
    for (const c of a.converted)
        parts.push(`converted ${c.side}'s ${safe(c.type)} from ${safe(c.from)} to ${safe(c.to)}`);
    return `Note: ${parts.join('; ')}, as pprof -diff_base does.`;
}
function renderCompareText(r) {
    const c = r.comparison;
    const u = c.sampleType.unit;
    const rows = listed(r);
    const out = [];
    out.push(headline(r, plain(c.sampleType.type), plain(c.sampleType.unit, 40)));
    const note = alignmentNote(c.alignment, (t) => plain(t, 40));
    if (note)
        out.push(note);
    out.push(`Showing ${rows.length} of ${c.functions.length} functions, largest flat change first; ` +
        `% of base total, as pprof -diff_base shows it`);
    const header = ['flat Δ', 'flat%', 'sum%', 'cum Δ', 'cum%', 'base flat', 'head flat'];
    const of = percentBase(c);
    const table = [];
    let sum = 0;
    for (const f of rows) {
        sum += Number(f.flat.delta);
        table.push([
            formatValue(f.flat.delta, u, true),
            percent(f.flat.delta, of),
            percent(sum, of),
            formatValue(f.cum.delta, u, true),
            percent(f.cum.delta, of),
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
        out.push(`Stacks that grew (${plain(c.sampleType.type)}):`);
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
    out.push(`Dig further: ${plain(pprofCommand(r), 1000)}`);
    return inertCommands(out.join('\n') + '\n');
}
function renderCompareMarkdown(r) {
    const c = r.comparison;
    const u = c.sampleType.unit;
    const rows = listed(r);
    const out = [];
    out.push(`### pprof-gate compare: ${code(c.sampleType.type)}`);
    out.push('');
    out.push(headline(r, `**${code(c.sampleType.type)}**`, code(c.sampleType.unit, 40)));
    out.push('');
    const note = alignmentNote(c.alignment, (t) => code(t, 40));
    if (note)
        out.push(note, '');
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
        normalized: r.normalized,
        ...(c.alignment ? { alignment: alignmentJson(c.alignment) } : {})
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
/** The alignment for machines: which types were compared, left out and converted, per side. */
function alignmentJson(a) {
    return {
        shared: a.shared.map((t) => ({ type: t.type, unit: t.unit })),
        dropped: a.dropped.map((d) => ({ side: d.side, type: d.type.type, unit: d.type.unit })),
        converted: a.converted
    };
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
  --html FILE             also write a differential flame graph (one self-contained HTML page)
  --node-fraction F       leave frames under F of head's total out of the flame graph (default 0.001)
  --max-profile-bytes N   cap on a profile's decompressed size (default 1GiB)
  --max-profile-entries N cap on a profile's strings, locations, functions and
                          distinct stacks, each (default 4194304; other tables scale with it)
  --raw-names             keep function names as written; by default C++ and Rust names lose
                          argument lists and template arguments, as go tool pprof shows them
  --debug                 print stack traces for unexpected errors
`;
/**
 * readProfile, again with labels kept when the profile has labelled
 * negative values: pprof's total (the sum of |value| over samples merged by
 * stack and labels) needs them.
 */
async function readForTotals(path, role, opts) {
    const p = await readProfile(path, role, opts);
    return p.labelsChangeTotals ? readProfile(path, role, { ...opts, keepLabels: true }) : p;
}
/** Head, decoded and reduced to what the comparison needs of it. */
async function totalHead(path, basePath, sampleType, opts) {
    const head = await readForTotals(path, 'head', opts);
    let sampleIndex;
    try {
        sampleIndex = sampleTypeIndex(head, sampleType);
    }
    catch (e) {
        // Profiles of different kinds are refused first, as when base is read first.
        aligned(await readProfile(basePath, 'base', opts), head, basePath, path);
        throw inFile(e, `head profile ${path}`);
    }
    const names = new NameTable();
    const totals = functionTotals(head, sampleIndex, names);
    const isGoroutine = head.sampleTypes[sampleIndex].type === 'goroutine';
    const kind = { sampleTypes: head.sampleTypes, periodType: head.periodType, defaultSampleType: head.defaultSampleType };
    return { path, kind, sampleIndex, names, totals, stacks: isGoroutine ? stackValues(head, sampleIndex) : undefined };
}
/** A profile error after decoding (a sample type, a kind) with the file(s) it is about, as decoding errors have. */
function inFile(e, where) {
    return e instanceof ProfileError ? new ProfileError(`${where}: ${e.message}`) : e;
}
/** How base lines up with head (pprof's rules, align.ts); refuses profiles of different kinds, naming both files. */
function aligned(base, head, basePath, headPath) {
    try {
        return alignKinds(base, head);
    }
    catch (e) {
        throw inFile(e, `base profile ${basePath}, head profile ${headPath}`);
    }
}
/**
 * Base, decoded and reduced the same way, so that it too is let go before
 * the report is built; null when its sample types differ from head's (the
 * whole-profile path then lines them up).
 */
async function totalBase(path, head, opts) {
    const base = await readForTotals(path, 'base', opts);
    if (!aligned(base, head.kind, path, head.path).identical)
        return null;
    const totals = functionTotals(base, head.sampleIndex, head.names);
    return { totals, stacks: head.stacks && stackValues(base, head.sampleIndex) };
}
/**
 * Both whole profiles: the diff profile needs every stack of both, pprof's
 * -normalize scales every sample of head by base total / head total and
 * rounds each one, so the totals must be known before head is folded, and
 * profiles with different sample types are lined up stack by stack.
 */
async function compareWhole(basePath, headPath, o, opts) {
    // The diff profile keeps sample labels, as pprof's does (-tagfocus and -tags read them).
    let wholeOpts = { ...opts, keepLabels: o.output !== undefined };
    let base = await readForTotals(basePath, 'base', wholeOpts);
    let head = await readForTotals(headPath, 'head', wholeOpts);
    if (base.labelSets || head.labelSets)
        wholeOpts = { ...wholeOpts, keepLabels: true };
    const alignment = aligned(base, head, basePath, headPath);
    if (!alignment.identical) {
        if (o.normalize) {
            throw new ProfileError(`base profile ${basePath}, head profile ${headPath}: --normalize needs the same sample types in the same units on both sides ` +
                `(base has ${describeTypes(base)}; head has ${describeTypes(head)}), as pprof -normalize does; compare without --normalize`);
        }
        base = alignProfile(base, alignment, 'base', head.periodType);
        head = alignProfile(head, alignment, 'head', head.periodType);
    }
    const dropped = alignment.dropped.find((d) => d.type.type === o.sampleType);
    if (dropped) {
        throw new ProfileError(`base profile ${basePath}, head profile ${headPath}: sample type ${JSON.stringify(o.sampleType)} is only in ${dropped.side}; ` +
            `choose one both have: ${alignment.shared.map((t) => t.type).join(', ')}`);
    }
    try {
        sampleTypeIndex(head, o.sampleType);
    }
    catch (e) {
        throw inFile(e, `head profile ${headPath}`);
    }
    if (o.normalize)
        head = await readProfile(headPath, 'head', { ...wholeOpts, scale: normalizeRatios(sampleTypeTotals(base), sampleTypeTotals(head)) });
    const comparison = compareProfiles(base, head, { sampleType: o.sampleType });
    if (!alignment.identical)
        comparison.alignment = alignment;
    const isGoroutine = comparison.sampleType.type === 'goroutine';
    const report = { comparison, stacks: isGoroutine ? stackDeltas(base, head, comparison.sampleIndex) : undefined, top: o.top, basePath, headPath, normalized: o.normalize };
    const diff = o.output ? encodeDiffProfile(base, head) : undefined;
    const html = o.html ? compareFlameGraph(base, head, comparison.sampleIndex, { basePath, headPath, normalized: o.normalize, nodeFraction: o.nodeFraction }) : undefined;
    return { report, diff, html };
}
/**
 * Files from this size on are worth warming the decoder up for (see
 * warmUpDecoder, about 16 ms of a fresh process). Measured side by side
 * (wall time of compare): +9 ms on two 110 KB files, -13 ms on two of 420 KB,
 * -35 ms on two of 5 MB.
 */
const WARM_UP_FROM_BYTES = 256 * 1024;
async function isLarge(...paths) {
    const sizes = await Promise.all(paths.map(async (p) => (await stat(p)).size));
    return Math.max(...sizes) >= WARM_UP_FROM_BYTES;
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
            html: { type: 'string' },
            'node-fraction': { type: 'string' },
            'max-profile-bytes': { type: 'string' },
            'max-profile-entries': { type: 'string' },
            'raw-names': { type: 'boolean', default: false },
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
    const maxEntries = values['max-profile-entries'] === undefined ? DEFAULT_MAX_ENTRIES : parseCount(values['max-profile-entries'], '--max-profile-entries');
    if (maxEntries === 0)
        throw new UsageError('--max-profile-entries must be 1 or more; got 0');
    const opts = { maxDecompressedBytes, maxEntries, rawNames: values['raw-names'] };
    const nodeFraction = values['node-fraction'] === undefined ? DEFAULT_NODE_FRACTION : parseFraction(values['node-fraction'], '--node-fraction');
    // Fail on a missing or unreadable file before spending time on the other one.
    await checkReadable(basePath, 'base');
    await checkReadable(headPath, 'head');
    if (await isLarge(basePath, headPath))
        warmUpDecoder();
    try {
        let report;
        let diff;
        let html;
        const whole = { sampleType: values['sample-type'], normalize: values.normalize, output: values.output, html: values.html, top, nodeFraction };
        if (!values.normalize && !values.output && !values.html) {
            // One large profile at a time: head is totalled (the sample type is
            // head's, as pprof's) and let go before base is decoded, which keeps
            // peak memory near that of one profile.
            const side = await totalHead(headPath, basePath, values['sample-type'], opts);
            const base = await totalBase(basePath, side, opts);
            if (base) {
                const comparison = combineTotals(side.names, base.totals, side.totals, side.kind.sampleTypes[side.sampleIndex], side.sampleIndex);
                const stacks = side.stacks && diffStacks(base.stacks, side.stacks);
                report = { comparison, stacks, top, basePath, headPath, normalized: false };
            }
        }
        if (!report)
            ({ report, diff, html } = await compareWhole(basePath, headPath, whole, opts));
        if (diff)
            await writeFile(values.output, diff);
        if (html !== undefined)
            await writeFile(values.html, html);
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
