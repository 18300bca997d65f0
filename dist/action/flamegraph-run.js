import { createHash } from 'node:crypto';
import { s as shorten, v as visible } from './escape.js';

/**
 * An error in a profile's bytes or contents. The message carries the context
 * path, as pprof's errors do: `parsing profile: sample 12: location 99 not found`.
 */
class ProfileError extends Error {
    name = 'ProfileError';
    constructor(message) {
        super(message);
    }
}
/** Error for malformed or invalid profile contents, with pprof's prefix. */
function parseError(detail) {
    return new ProfileError(`parsing profile: ${detail}`);
}

class ExactArray {
    cells;
    big = null;
    length;
    constructor(length = 0) {
        this.cells = new Float64Array(Math.max(16, length));
        this.length = length;
    }
    /** Grows to at least `n` slots (new slots are 0). */
    ensure(n) {
        if (n > this.cells.length) {
            const next = new Float64Array(Math.max(n, this.cells.length * 2));
            next.set(this.cells);
            this.cells = next;
        }
        if (n > this.length)
            this.length = n;
    }
    /** Wraps float64 cells that are known to hold exact integers. */
    static from(cells) {
        const a = new ExactArray(0);
        a.cells = cells.length >= 16 ? cells : Float64Array.from({ length: 16 }, (_, i) => cells[i] ?? 0);
        a.length = cells.length;
        return a;
    }
    add(i, v) {
        if (typeof v === 'number') {
            const s = this.cells[i] + v;
            if (Number.isSafeInteger(s)) {
                this.cells[i] = s;
                return;
            }
        }
        this.addSlow(i, v);
    }
    addSlow(i, v) {
        const big = (this.big ??= new Map());
        const cur = big.get(i) ?? BigInt(this.cells[i]);
        big.set(i, cur + BigInt(v));
        this.cells[i] = NaN;
    }
    set(i, v) {
        if (typeof v === 'number' && Number.isSafeInteger(v)) {
            this.cells[i] = v;
            this.big?.delete(i);
            return;
        }
        (this.big ??= new Map()).set(i, BigInt(v));
        this.cells[i] = NaN;
    }
    get(i) {
        const c = this.cells[i];
        if (c === c)
            return c;
        return normalize(this.big.get(i));
    }
    /**
     * The float64 cells themselves when every slot is a safe integer (else
     * null), for loops that would otherwise box a number per get() call.
     */
    safeCells() {
        return this.big === null ? this.cells : null;
    }
}
/** Returns a number when the bigint is a safe integer, so equal values compare equal. */
function normalize(v) {
    if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n)
        return Number(v);
    return v;
}
function addExact(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const s = a + b;
        if (Number.isSafeInteger(s))
            return s;
    }
    return normalize(BigInt(a) + BigInt(b));
}
/** As a float64 for display and ratios (may round beyond 2^53). */
function toFloat(a) {
    return typeof a === 'number' ? a : Number(a);
}
/**
 * Go's int64(math.Round(float64(v) * ratio)): rounds half away from zero,
 * as pprof's Profile.ScaleN does when normalizing.
 */
function scaleLikeGo(v, ratio) {
    const x = toFloat(v) * ratio;
    const r = x < 0 ? -Math.round(-x) : Math.round(x);
    if (Number.isSafeInteger(r))
        return r || 0;
    if (!Number.isFinite(r))
        return 0;
    // Go's float64 to int64 conversion of an out-of-range value is
    // implementation-defined; clamp, as amd64 gives the minimum int64.
    if (r >= 2 ** 63 || r < -9223372036854776e3)
        return -9223372036854775808n;
    return normalize(BigInt(r));
}

/**
 * The largest of `ids` when all are numbers up to 2^22, so that an array
 * indexed by id can stand in for a map (Go numbers functions 1..N); -1 otherwise.
 */
function smallIdMax(ids) {
    let max = 0;
    for (const id of ids) {
        if (typeof id !== 'number' || id > 1 << 22)
            return -1;
        if (id > max)
            max = id;
    }
    return max;
}
/** Frame positions: block index << FRAME_BLOCK_SHIFT | offset within the block. */
const FRAME_BLOCK_SHIFT = 16;
const FRAME_OFFSET_MASK = (1 << FRAME_BLOCK_SHIFT) - 1;

/**
 * Per-function flat and cum, the way `go tool pprof -top` computes them at
 * its default granularity (functions):
 * - a frame is one line of a location (inlined calls give several frames);
 *   frames are grouped by function name only, since pprof's function
 *   aggregation drops file names, line numbers and addresses;
 * - flat goes to the leaf frame (the first line of the first location);
 * - cum goes once to every distinct function on the stack, so recursion does
 *   not count a function twice.
 * A location without lines is named after its mapping's file ([binary]) or
 * `<unknown>`, as pprof names it.
 */
/** Function names shared by the profiles being compared: a name's index is its node. */
class NameTable {
    names = [];
    index = new Map();
    id(name) {
        let i = this.index.get(name);
        if (i === undefined) {
            i = this.names.length;
            this.names.push(name);
            this.index.set(name, i);
        }
        return i;
    }
}
function locationFrames(p, table) {
    const locs = p.locations;
    const start = new Int32Array(locs.count + 1);
    const names = new Int32Array(frameCount(locs.lineStart, locs.count));
    start[locs.count] = fillFrames(p, new FunctionNodes(p, table), start, names);
    return { start, names };
}
// The loops below are functions of their own: V8 compiles a loop that runs
// long while it runs, and code after it that had not run yet would throw
// that compiled code away at the end of the first profile (see accumulate).
/** Frames of all locations: one per line, one for a location without lines. */
function frameCount(lineStart, count) {
    let total = 0;
    for (let i = 0; i < count; i++)
        total += Math.max(1, lineStart[i + 1] - lineStart[i]);
    return total;
}
/** Fills start and names (but start's last cell); returns the frame count. */
function fillFrames(p, nodes, start, names) {
    const locs = p.locations;
    // Plain cells when every id is a safe integer (the usual case): no get() per line.
    const fids = locs.lineFunctions.safeCells();
    const mids = locs.mappingIds.safeCells();
    let n = 0;
    for (let i = 0; i < locs.count; i++) {
        start[i] = n;
        const from = locs.lineStart[i];
        const to = locs.lineStart[i + 1];
        const mid = mids ? mids[i] : locs.mappingIds.get(i);
        if (from === to) {
            names[n++] = nodes.unnamed(mid);
            continue;
        }
        for (let k = from; k < to; k++)
            names[n++] = nodes.of(fids ? fids[k] : locs.lineFunctions.get(k), mid);
    }
    return n;
}
/**
 * The name node of each function id, looked up once per function rather
 * than once per line: in an array when the ids are small, else in a map.
 */
class FunctionNodes {
    p;
    table;
    dense;
    sparse = new Map();
    constructor(p, table) {
        this.p = p;
        this.table = table;
        const maxId = smallIdMax(p.functions.keys());
        this.dense = maxId >= 0 ? new Int32Array(maxId + 1).fill(-1) : null;
    }
    of(fid, mappingId) {
        const cached = this.dense ? this.dense[fid] : this.sparse.get(fid);
        if (cached !== undefined && cached >= 0)
            return cached;
        const name = this.p.functions.get(fid).name;
        if (name === '')
            return this.unnamed(mappingId);
        const node = this.table.id(name);
        if (this.dense)
            this.dense[fid] = node;
        else
            this.sparse.set(fid, node);
        return node;
    }
    /**
     * A frame without a function name (a location without lines, or a
     * nameless function): named after its mapping's file, as pprof does, so
     * its node depends on the location and is not cached per function.
     */
    unnamed(mappingId) {
        const m = mappingId === 0 ? undefined : this.p.mappings.get(mappingId);
        return this.table.id(m?.filename ? `[${basename(m.filename)}]` : '<unknown>');
    }
}
function basename(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? path : path.slice(i + 1);
}

/**
 * Base vs head, per function: the numbers `go tool pprof -top
 * -diff_base=BASE HEAD` prints (head minus base, exactly), plus both sides.
 */
/** Resolves a sample type name or index to its index, pprof's way. */
function sampleTypeIndex(p, wanted) {
    const types = p.sampleTypes;
    if (types.length === 0)
        throw new ProfileError('profile has no sample types; nothing to compare');
    if (wanted === undefined || wanted === '') {
        if (p.defaultSampleType) {
            const i = types.findIndex((t) => t.type === p.defaultSampleType);
            if (i >= 0)
                return i;
        }
        return types.length - 1;
    }
    const byName = types.findIndex((t) => t.type === wanted);
    if (byName >= 0)
        return byName;
    if (/^\d+$/.test(wanted) && Number(wanted) < types.length)
        return Number(wanted);
    throw new ProfileError(`sample type ${JSON.stringify(wanted)} not found; this profile has: ${types.map((t) => t.type).join(', ')}`);
}

/**
 * A merged call tree of two sides (base and head) for a differential flame
 * graph: one node per path of function names from the root, with each
 * side's cumulative value. Function names key the nodes, as in pprof's
 * flame graph: two builds (and two processes) share no location ids.
 *
 * Profiles are added one at a time with a weight (-1 for a "before"
 * snapshot that is subtracted) and kept only as folded stacks (name ids,
 * root first, and a value per side). build() then grows the tree from the
 * root, one level at a time, and never descends into a frame narrower than
 * the cut: on the 10 MB pair, 216,000 stacks make 2.1 million distinct
 * paths, of which a few thousand are wide enough to see; building them all
 * first took 3-12 s, this takes a fraction of a second.
 */
class FlameTree {
    names = new NameTable();
    /** Per name id: the function's source file and start line ('' and 0 when unknown); head's where head has the function. */
    files = [];
    lines = [];
    fileFromHead = [];
    /** Stack i has frames[offsets[i] .. offsets[i + 1]) (name ids, root first) and its value on one side. */
    frames = new Int32Array(1 << 16);
    frameCount = 0;
    offsets = [0];
    values = [];
    onHead = [];
    /** Adds every sample of `p` (sample type `sampleIndex`) to `side`, each value times `weight`. */
    add(p, sampleIndex, side, weight = 1) {
        const { start, names } = locationFrames(p, this.names);
        this.noteFiles(p, side);
        const { frameBlocks, frameAt, depth, width, count } = p.stacks;
        const cells = p.stacks.values.safeCells();
        for (let s = 0; s < count; s++) {
            const raw = cells ? cells[s * width + sampleIndex] : toFloat(p.stacks.values.get(s * width + sampleIndex));
            if (raw === 0)
                continue;
            const locs = frameBlocks[frameAt[s] >>> FRAME_BLOCK_SHIFT];
            const begin = frameAt[s] & FRAME_OFFSET_MASK;
            let size = 0;
            for (let k = begin; k < begin + depth[s]; k++)
                size += start[locs[k] + 1] - start[locs[k]];
            this.reserve(size);
            const frames = this.frames;
            let n = this.frameCount;
            // Root first: locations are leaf first, and so are a location's inlined frames.
            for (let k = begin + depth[s] - 1; k >= begin; k--) {
                const loc = locs[k];
                for (let j = start[loc + 1] - 1; j >= start[loc]; j--)
                    frames[n++] = names[j];
            }
            this.frameCount = n;
            this.offsets.push(n);
            this.values.push(raw * weight);
            this.onHead.push(side === 'head');
        }
    }
    /** The sum of one side's values. */
    total(side) {
        let sum = 0;
        for (let s = 0; s < this.values.length; s++)
            if (this.onHead[s] === (side === 'head'))
                sum += this.values[s];
        return sum;
    }
    /**
     * The tree, without the frames whose head value is under `cut` (nor any
     * frame under those): they are counted in `pruned`. Frames where head is
     * not positive have no width and are left out too.
     */
    build(cut = 0) {
        const out = { parent: [-1], name: [-1], base: [0], head: [0], pruned: { frames: 0, head: 0, base: 0 } };
        const { offsets, frames, values, onHead } = this;
        const n = values.length;
        // Stacks that share a path are a range of `order`; a range is split by the
        // name at the next depth with a counting sort, in place: no map and no
        // array per group (on the 10 MB pair, millions of stack visits).
        const order = new Int32Array(n);
        const spare = new Int32Array(n);
        for (let s = 0; s < n; s++) {
            order[s] = s;
            if (onHead[s])
                out.head[0] += values[s];
            else
                out.base[0] += values[s];
        }
        const names = this.names.names.length;
        const count = new Int32Array(names);
        const cursor = new Int32Array(names);
        const headOf = new Float64Array(names);
        const baseOf = new Float64Array(names);
        const seen = [];
        // Groups still to split: the path's node, its depth, and its range of `order`.
        const todo = [[0, 0, 0, n]];
        while (todo.length > 0) {
            const [node, depth, lo, hi] = todo.pop();
            seen.length = 0;
            for (let i = lo; i < hi; i++) {
                const s = order[i];
                const at = offsets[s] + depth;
                if (at >= offsets[s + 1])
                    continue;
                const name = frames[at];
                if (count[name]++ === 0)
                    seen.push(name);
                if (onHead[s])
                    headOf[name] += values[s];
                else
                    baseOf[name] += values[s];
            }
            // In the order first seen, as the page has always drawn siblings.
            let pos = lo;
            for (const name of seen) {
                cursor[name] = pos;
                pos += count[name];
            }
            for (let i = lo; i < hi; i++) {
                const s = order[i];
                const at = offsets[s] + depth;
                if (at < offsets[s + 1])
                    spare[cursor[frames[at]]++] = s;
            }
            order.set(spare.subarray(lo, pos), lo);
            for (const name of seen) {
                const head = headOf[name];
                const base = baseOf[name];
                const end = cursor[name];
                const begin = end - count[name];
                if (head > 0 && head >= cut) {
                    const child = out.parent.length;
                    out.parent.push(node);
                    out.name.push(name);
                    out.base.push(base);
                    out.head.push(head);
                    todo.push([child, depth + 1, begin, end]);
                }
                else {
                    out.pruned.frames++;
                    out.pruned.head += Math.max(0, head);
                    out.pruned.base += base;
                }
                count[name] = 0;
                headOf[name] = 0;
                baseOf[name] = 0;
            }
        }
        return out;
    }
    reserve(more) {
        if (this.frameCount + more <= this.frames.length)
            return;
        const next = new Int32Array(Math.max(this.frames.length * 2, this.frameCount + more));
        next.set(this.frames.subarray(0, this.frameCount));
        this.frames = next;
    }
    /** File and start line of the functions in `p`: the first seen, but head's over base's (the code under review). */
    noteFiles(p, side) {
        const fromHead = side === 'head';
        for (const f of p.functions.values()) {
            if (f.name === '' || f.filename === '')
                continue;
            const id = this.names.id(f.name);
            this.growFiles();
            if (this.files[id] === '' || (fromHead && !this.fileFromHead[id])) {
                this.files[id] = f.filename;
                this.lines[id] = Math.max(0, toFloat(f.startLine));
                this.fileFromHead[id] = fromHead;
            }
        }
        this.growFiles();
    }
    growFiles() {
        while (this.files.length < this.names.names.length) {
            this.files.push('');
            this.lines.push(0);
            this.fileFromHead.push(false);
        }
    }
}

/**
 * The flame graph page's own style and script, inlined by flamegraph.ts
 * (allowed by their hashes in the page's Content-Security-Policy).
 *
 * Hand-written rather than d3-flame-graph: measured in headless Chromium on
 * the same trees (docs/cli.md, "Flame graphs"), d3-flame-graph's SVG took 2-14 s
 * to first render 10,000-60,000 frames (0.3-1.3 s when told to skip frames
 * under a pixel) and needs 131 KB of d3 modules; this canvas renderer drew
 * the same trees in 0.05-0.15 s with about 10 KB of script. The page also
 * needs a differences-only view, search shares and units that the library
 * does not have.
 *
 * The script reads the data block (flamegraph.ts: FlameData) and draws an
 * icicle (root on top) on one canvas. Untrusted names only ever meet the
 * DOM through textContent (tooltip, search result) or the canvas.
 * `window.pprofGateFlame` exposes the drawn frames for the browser test.
 */
const FLAME_STYLE = `
:root { color-scheme: light; font: 13px/1.4 system-ui, sans-serif; color: #1b1b1b; }
body { margin: 0; padding: 12px 16px; background: #fff; }
h1 { font-size: 18px; margin: 0 0 4px; }
#notes, #totals, #pruned { color: #444; }
#totals { font-weight: 600; margin: 4px 0; }
#legend { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 6px 0; }
.swatch { display: inline-block; width: 60px; height: 12px; border: 1px solid #bbb; }
.swatch.same { width: 16px; background: hsl(40, 10%, 86%); }
#legend-text { color: #444; }
.swatch.shrank { background: linear-gradient(to left, hsl(40, 10%, 86%), hsl(215, 75%, 48%)); }
.swatch.grew { background: linear-gradient(to right, hsl(40, 10%, 86%), hsl(0, 75%, 48%)); }
#controls { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; margin: 8px 0; }
#search { width: 280px; padding: 3px 6px; }
#search-result { color: #6a1b9a; font-weight: 600; }
#chart { position: relative; margin-top: 8px; }
#flame { display: block; width: 100%; cursor: pointer; }
#tip { position: fixed; z-index: 2; max-width: 640px; padding: 6px 8px; background: #fffff4; border: 1px solid #888;
  box-shadow: 0 2px 6px rgba(0, 0, 0, .25); pointer-events: none; overflow-wrap: anywhere; white-space: pre-wrap; }
#tip .fn { font-weight: 700; font-family: ui-monospace, monospace; }
#tip .file { color: #555; font-family: ui-monospace, monospace; }
`;
const FLAME_SCRIPT = `
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('flame-data').textContent);
  var N = D.parent.length;
  var ROW = 18;
  var byId = function (id) { return document.getElementById(id); };
  var canvas = byId('flame');
  var ctx = canvas.getContext('2d');
  var tip = byId('tip');

  var kids = new Array(N);
  var depth = new Int32Array(N);
  for (var i = 0; i < N; i++) kids[i] = [];
  for (i = 1; i < N; i++) { kids[D.parent[i]].push(i); depth[i] = depth[D.parent[i]] + 1; }
  var rootHead = D.head[0], rootBase = D.base[0];

  // A change is worth showing when it is at least nodeFraction of the larger total.
  var changeCut = D.nodeFraction * Math.max(Math.abs(rootHead), Math.abs(rootBase));
  var changed = new Uint8Array(N);
  for (i = N - 1; i >= 0; i--) {
    var d = Math.abs(D.head[i] - D.base[i]);
    if (d > 0 && d >= changeCut) changed[i] = 1;
    if (changed[i] && i > 0) changed[D.parent[i]] = 1;
  }

  var state = { zoom: 0, diffOnly: false, matches: null };
  var rects = [];
  var rows = [];

  function nameOf(n) { return n === 0 ? 'all' : D.names[D.name[n]]; }
  function trim(x) {
    var a = Math.abs(x);
    var s = a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : a >= 1 ? x.toFixed(2) : x.toPrecision(3);
    return s.indexOf('.') >= 0 && s.indexOf('e') < 0 ? s.replace(/\\.?0+$/, '') : s;
  }
  var SCALES = {
    nanoseconds: [[1e9, 's'], [1e6, 'ms'], [1e3, 'µs'], [1, 'ns']],
    bytes: [[1073741824, 'GB'], [1048576, 'MB'], [1024, 'kB'], [1, 'B']]
  };
  function fmt(v, signed) {
    var sign = signed && v > 0 ? '+' : '';
    var per = D.per ? '/' + D.per : '';
    var table = SCALES[D.unit];
    if (table) {
      for (var k = 0; k < table.length; k++) {
        if (Math.abs(v) >= table[k][0] || k === table.length - 1) return sign + trim(v / table[k][0]) + ' ' + table[k][1] + per;
      }
    }
    return sign + trim(v) + ' ' + D.unit + per;
  }
  function pct(part, whole) {
    if (!whole) return '–';
    var p = 100 * part / Math.abs(whole);
    return (Math.abs(p) >= 10 ? p.toFixed(1) : p.toPrecision(2).replace(/\\.?0+$/, '')) + '%';
  }
  function deltaText(n) {
    var dv = D.head[n] - D.base[n];
    var rel = D.base[n] !== 0 ? ' (' + (dv > 0 ? '+' : '') + pct(dv, D.base[n]) + ')' : D.head[n] !== 0 ? ' (new in head)' : '';
    return fmt(dv, true) + rel;
  }

  // Red: head has more here; blue: less; the larger the change relative to
  // the frame's own value, the deeper the colour; grey: no change.
  function colour(n) {
    var dv = D.head[n] - D.base[n];
    var m = Math.max(Math.abs(D.head[n]), Math.abs(D.base[n]));
    var rel = m > 0 ? Math.abs(dv) / m : 0;
    if (rel < 0.005) return { fill: 'hsl(40, 10%, 86%)', dark: false };
    var light = 88 - 40 * Math.sqrt(Math.min(1, rel));
    return { fill: 'hsl(' + (dv > 0 ? 0 : 215) + ', 75%, ' + light.toFixed(1) + '%)', dark: light < 62 };
  }

  function layout(width) {
    rects = [];
    var chain = [];
    for (var a = state.zoom; a >= 0; a = D.parent[a]) chain.push(a);
    for (var c = chain.length - 1; c > 0; c--) rects.push({ n: chain[c], x: 0, w: width });
    var zoomHead = Math.max(0, D.head[state.zoom]);
    var todo = [[state.zoom, 0, width, zoomHead > 0 ? width / zoomHead : 0]];
    while (todo.length > 0) {
      var t = todo.pop(), n = t[0], x = t[1], w = t[2], scale = t[3];
      rects.push({ n: n, x: x, w: w });
      var ks = kids[n], sum = 0;
      for (var k = 0; k < ks.length; k++) sum += Math.max(0, D.head[ks[k]]);
      // Children whose positive values add up to more than the frame (heap
      // freed elsewhere under it) are fitted into its width.
      var own = Math.max(0, D.head[n]);
      var s = sum > own && sum > 0 ? scale * own / sum : scale;
      var cx = x;
      for (k = 0; k < ks.length; k++) {
        var cw = Math.max(0, D.head[ks[k]]) * s;
        if (cw >= 0.3 && (!state.diffOnly || changed[ks[k]])) todo.push([ks[k], cx, cw, s]);
        cx += cw;
      }
    }
    rows = [];
    for (var r = 0; r < rects.length; r++) {
      var row = depth[rects[r].n];
      (rows[row] = rows[row] || []).push(rects[r]);
    }
  }

  function draw() {
    var width = Math.max(200, canvas.parentNode.clientWidth);
    layout(width);
    var ratio = window.devicePixelRatio || 1;
    var height = Math.max(1, rows.length) * ROW;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.height = height + 'px';
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = '12px ui-monospace, monospace';
    ctx.textBaseline = 'middle';
    var charWidth = ctx.measureText('mmmmmmmmmm').width / 10 || 7;
    for (var r = 0; r < rects.length; r++) {
      var f = rects[r], y = depth[f.n] * ROW, c = colour(f.n);
      var faded = state.matches && !state.matches[f.n];
      ctx.globalAlpha = faded ? 0.3 : 1;
      ctx.fillStyle = c.fill;
      ctx.fillRect(f.x, y, Math.max(0.5, f.w - 1), ROW - 1);
      if (state.matches && state.matches[f.n]) {
        ctx.strokeStyle = '#6a1b9a';
        ctx.lineWidth = 2;
        ctx.strokeRect(f.x + 1, y + 1, Math.max(0.5, f.w - 3), ROW - 3);
      }
      if (f.w > 24) {
        var room = Math.floor((f.w - 6) / charWidth);
        var label = nameOf(f.n);
        if (label.length > room) label = label.slice(0, Math.max(1, room - 1)) + '…';
        ctx.fillStyle = c.dark && !faded ? '#fff' : '#111';
        ctx.fillText(label, f.x + 3, y + ROW / 2, f.w - 6);
      }
    }
    ctx.globalAlpha = 1;
  }

  function frameAt(ev) {
    var box = canvas.getBoundingClientRect();
    var x = ev.clientX - box.left, row = rows[Math.floor((ev.clientY - box.top) / ROW)] || [];
    for (var k = 0; k < row.length; k++) if (x >= row[k].x && x < row[k].x + row[k].w) return row[k].n;
    return -1;
  }

  function line(cls, text) {
    var el = document.createElement('div');
    if (cls) el.className = cls;
    el.textContent = text;
    return el;
  }
  function showTip(n, ev) {
    tip.replaceChildren(
      line('fn', nameOf(n)),
      line('file', n === 0 ? 'all frames' : D.files[D.name[n]] ? D.files[D.name[n]] + (D.lines[D.name[n]] ? ':' + D.lines[D.name[n]] : '') : '(no file)'),
      line('', 'base: ' + fmt(D.base[n])),
      line('', 'head: ' + fmt(D.head[n]) + '  (' + pct(D.head[n], rootHead) + ' of head)'),
      line('', 'delta: ' + deltaText(n))
    );
    tip.hidden = false;
    var left = ev.clientX + 14, top = ev.clientY + 14;
    if (left + tip.offsetWidth > window.innerWidth) left = Math.max(0, ev.clientX - tip.offsetWidth - 14);
    if (top + tip.offsetHeight > window.innerHeight) top = Math.max(0, ev.clientY - tip.offsetHeight - 14);
    tip.style.left = left + 'px';
    tip.style.top = top + 'px';
  }

  function search(query) {
    var q = query.trim().toLowerCase();
    if (!q) { state.matches = null; byId('search-result').textContent = ''; draw(); return; }
    var nameHit = D.names.map(function (s) { return s.toLowerCase().indexOf(q) >= 0; });
    var matches = new Uint8Array(N), inside = new Uint8Array(N);
    var count = 0, head = 0, base = 0;
    for (var n = 1; n < N; n++) {
      var p = D.parent[n];
      inside[n] = inside[p] || matches[p];
      if (nameHit[D.name[n]]) {
        matches[n] = 1;
        count++;
        // A match under another match is already in its value.
        if (!inside[n]) { head += D.head[n]; base += D.base[n]; }
      }
    }
    state.matches = matches;
    byId('search-result').textContent = count === 0 ? 'no frame matches' :
      count + (count === 1 ? ' frame matches: ' : ' frames match: ') + pct(head, rootHead) + ' of head (' + fmt(head) + '), ' +
      pct(base, rootBase) + ' of base (' + fmt(base) + ')';
    draw();
  }

  document.title = D.title + ' · pprof-gate';
  byId('title').textContent = D.title;
  D.notes.forEach(function (s) { byId('notes').appendChild(line('', s)); });
  byId('totals').textContent = 'base ' + fmt(rootBase) + ' · head ' + fmt(rootHead) + ' · delta ' + deltaText(0);
  byId('legend-text').textContent = '(the deeper the colour, the larger the change relative to the frame). ' +
    'Width: head\\'s value. Click a frame to zoom; Esc or "Reset zoom" zooms out.';
  byId('pruned').textContent = rootHead <= 0 ? 'Head\\'s total is not positive: there is nothing to draw in width.' :
    D.pruned.frames > 0 ? D.pruned.frames.toLocaleString('en-US') + ' frames (with what they call) are left out, being narrower than ' + pct(D.nodeFraction, 1) +
      ' of head\\'s total or absent from head: they carry ' + pct(D.pruned.head, rootHead) + ' of head\\'s value and ' + pct(D.pruned.base, rootBase) + ' of base\\'s.' :
    'Every frame is shown (none was narrower than ' + pct(D.nodeFraction, 1) + ' of head\\'s total).';

  canvas.addEventListener('mousemove', function (ev) { var n = frameAt(ev); if (n < 0) tip.hidden = true; else showTip(n, ev); });
  canvas.addEventListener('mouseleave', function () { tip.hidden = true; });
  canvas.addEventListener('click', function (ev) { var n = frameAt(ev); if (n >= 0) { state.zoom = n; draw(); } });
  byId('reset').addEventListener('click', function () { state.zoom = 0; draw(); });
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') { state.zoom = 0; draw(); } });
  byId('search').addEventListener('input', function (ev) { search(ev.target.value); });
  byId('diff-only').addEventListener('change', function (ev) { state.diffOnly = ev.target.checked; draw(); });
  var pending = false;
  window.addEventListener('resize', function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; draw(); });
  });

  window.pprofGateFlame = {
    frames: function () {
      return rects.map(function (f) { return { name: nameOf(f.n), node: f.n, x: f.x, y: depth[f.n] * ROW, w: f.w, h: ROW - 1, base: D.base[f.n], head: D.head[f.n] }; });
    },
    search: search,
    zoom: function (n) { state.zoom = n; draw(); },
    width: function () { return canvas.clientWidth; }
  };
  draw();
  window.pprofGateFlame.renderedAt = performance.now();
})();
`;

/**
 * The differential flame graph: one self-contained HTML page (script, style
 * and data inline; no network, which its Content-Security-Policy forbids
 * outright) drawn from a merged tree of base and head. Frame width is head's
 * value; colour is head minus base (see flamegraph-client.ts).
 *
 * Names come from the profiled code, which a pull request's author controls:
 * they reach the page only as JSON inside a `<script type="application/json">`
 * block, with `<`, `>`, `&`, U+2028 and U+2029 escaped so that no text can
 * close the block, and the page's script shows them with textContent or on
 * the canvas, never as markup. The page's own script and style are allowed by
 * their hashes; nothing else may run.
 *
 * Frames narrower than `nodeFraction` of head's total are left out
 * (as pprof's -nodefraction), and the page says how much that was.
 */
const DEFAULT_NODE_FRACTION = 0.001;
/** Names longer than this are shortened in the middle (the page stays small; both ends carry meaning). */
const MAX_NAME = 400;
function flameData(tree, options) {
    const fraction = options.nodeFraction ?? DEFAULT_NODE_FRACTION;
    const baseScale = options.scale?.base ?? 1;
    const headScale = options.scale?.head ?? 1;
    // The cut is on head's unscaled values (the scale is positive: the same frames).
    const nodes = tree.build(fraction * Math.max(0, tree.total('head')));
    const children = new Map();
    for (let i = 1; i < nodes.parent.length; i++) {
        const list = children.get(nodes.parent[i]);
        if (list)
            list.push(i);
        else
            children.set(nodes.parent[i], [i]);
    }
    const data = {
        title: options.title,
        notes: options.notes ?? [],
        unit: options.unit,
        per: options.per ?? '',
        nodeFraction: fraction,
        pruned: { frames: nodes.pruned.frames, head: round(nodes.pruned.head * headScale), base: round(nodes.pruned.base * baseScale) },
        names: [],
        files: [],
        lines: [],
        parent: [],
        name: [],
        base: [],
        head: []
    };
    const nameIndex = new Map();
    const stack = [[0, -1]];
    while (stack.length > 0) {
        const [node, outParent] = stack.pop();
        const at = data.parent.length;
        data.parent.push(outParent);
        data.name.push(node === 0 ? -1 : nameOf(tree, nodes.name[node], nameIndex, data));
        data.base.push(round(nodes.base[node] * baseScale));
        data.head.push(round(nodes.head[node] * headScale));
        const keep = children.get(node) ?? [];
        // Pushed smallest first, so that the largest child is emitted first.
        keep.sort((a, b) => nodes.head[a] - nodes.head[b] || b - a);
        for (const c of keep)
            stack.push([c, at]);
    }
    return data;
}
function nameOf(tree, id, index, data) {
    let i = index.get(id);
    if (i === undefined) {
        i = data.names.length;
        index.set(id, i);
        data.names.push(shorten(visible(tree.names.names[id]), MAX_NAME));
        data.files.push(shorten(visible(tree.files[id] ?? ''), MAX_NAME));
        data.lines.push(tree.lines[id] ?? 0);
    }
    return i;
}
/** Seven significant digits: the page shows three or four, and the file stays small. */
function round(x) {
    return x === 0 || Number.isInteger(x) ? x : Number(x.toPrecision(7));
}
/**
 * JSON that can sit inside a `<script>` element: no `<` (so no `</script>`
 * or `<!--`), no `>` or `&`, and no U+2028/U+2029 (line terminators in older
 * JavaScript). JSON.stringify already writes lone surrogates as \u escapes.
 */
function scriptSafeJson(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function sha256(text) {
    return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
/** The page. Pure: a string in memory; the caller writes it. */
function renderFlameGraph(tree, options) {
    return flameGraphPage(flameData(tree, options));
}
function flameGraphPage(data) {
    const csp = `default-src 'none'; script-src ${sha256(FLAME_SCRIPT)}; style-src ${sha256(FLAME_STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="pprof-gate">
<title>pprof-gate flame graph</title>
<style>${FLAME_STYLE}</style>
</head>
<body>
<header>
<h1 id="title"></h1>
<div id="notes"></div>
<div id="totals"></div>
<div id="legend"><span class="swatch shrank"></span>less in head <span class="swatch same"></span>no change <span class="swatch grew"></span>more in head <span id="legend-text"></span></div>
<div id="controls">
<input id="search" type="search" placeholder="Search functions" aria-label="Search functions" autocomplete="off">
<label><input id="diff-only" type="checkbox"> differences only</label>
<button id="reset" type="button">Reset zoom</button>
<span id="search-result" role="status"></span>
</div>
<div id="pruned"></div>
</header>
<main id="chart"><canvas id="flame"></canvas><div id="tip" hidden></div></main>
<script type="application/json" id="flame-data">${scriptSafeJson(data)}</script>
<script>${FLAME_SCRIPT}</script>
</body>
</html>
`;
}

/**
 * What goes into the flame graphs: the differential of two profiles
 * (`compare --html`), and the three of a run, folded one trial at a time so
 * that a run's profiles need not all be held at once:
 * - CPU: each trial's CPU profile, pooled per side, per request when every
 *   trial's request count is known (else per trial);
 * - heap: each trial's retained heap growth, inuse_space after the load
 *   minus before it (both after a GC), pooled the same way;
 * - goroutines: each trial's goroutines after the load minus before it,
 *   the mean per trial.
 * Pure: profiles in, HTML strings out.
 */
/** The page's unit for a sample type: time and bytes as such, a count by what it counts. */
function flameUnit(t) {
    if (t.unit === 'nanoseconds' || t.unit === 'bytes')
        return t.unit;
    if (t.type === 'goroutine')
        return 'goroutines';
    return t.unit === 'count' || t.unit === '' ? t.type : t.unit;
}
/** File names in the run directory. */
const FLAME_FILES = {
    cpu: 'flamegraph-cpu.html',
    heap: 'flamegraph-heap.html',
    goroutines: 'flamegraph-goroutines.html'
};
function pool(unit = '') {
    return { tree: new FlameTree(), unit, trials: { base: 0, head: 0 }, requests: { base: 0, head: 0 }, requestsKnown: true };
}
class RunFlameGraphs {
    pools = { cpu: pool(), heap: pool('bytes'), goroutines: pool('goroutines') };
    /** A trial's CPU profile over its measured load; `requests` null when the load tool did not say. */
    addCpu(side, cpu, requests) {
        const i = cpuIndex(cpu);
        const p = this.pools.cpu;
        p.unit = flameUnit(cpu.sampleTypes[i]);
        p.tree.add(cpu, i, side);
        count(p, side, requests);
    }
    /** A trial's heap profiles before and after the load: inuse_space growth. */
    addHeap(side, before, after, requests) {
        const p = this.pools.heap;
        p.tree.add(after, sampleTypeIndex(after, 'inuse_space'), side);
        p.tree.add(before, sampleTypeIndex(before, 'inuse_space'), side, -1);
        count(p, side, requests);
    }
    /** A trial's goroutine profiles before and after the load. */
    addGoroutines(side, before, after) {
        const p = this.pools.goroutines;
        p.tree.add(after, sampleTypeIndex(after), side);
        p.tree.add(before, sampleTypeIndex(before), side, -1);
        count(p, side, null);
    }
    /** The pages; null for a kind no trial gave (no CPU profile). */
    pages(nodeFraction) {
        return {
            cpu: this.page('cpu', 'CPU per request, head vs base', 'CPU time in the measured load', nodeFraction),
            heap: this.page('heap', 'Retained heap growth, head vs base', 'In-use heap after the load minus before it (both after a GC)', nodeFraction),
            goroutines: this.page('goroutines', 'Leftover goroutines, head vs base', 'Goroutines after the load minus before it', nodeFraction)
        };
    }
    page(kind, title, what, nodeFraction) {
        const p = this.pools[kind];
        if (p.trials.base + p.trials.head === 0)
            return null;
        const perRequest = p.requestsKnown && p.requests.base > 0 && p.requests.head > 0;
        const divisor = (s) => Math.max(1, perRequest ? p.requests[s] : p.trials[s]);
        const sides = (s) => `${s}: ${p.trials[s]} trial${p.trials[s] === 1 ? '' : 's'}${perRequest ? `, ${p.requests[s].toLocaleString('en-US')} requests` : ''}`;
        const how = perRequest ? 'per request, pooled over the trials' : 'mean per trial';
        return renderFlameGraph(p.tree, {
            title: perRequest || kind !== 'cpu' ? title : title.replace('per request', 'per trial'),
            notes: [`${what}, ${how}.`, `${sides('base')}; ${sides('head')}.`],
            unit: p.unit,
            per: perRequest ? 'request' : 'trial',
            scale: { base: 1 / divisor('base'), head: 1 / divisor('head') },
            nodeFraction
        });
    }
}
function cpuIndex(cpu) {
    const i = cpu.sampleTypes.findIndex((t) => t.unit === 'nanoseconds');
    return i >= 0 ? i : sampleTypeIndex(cpu);
}
function count(p, side, requests) {
    p.trials[side]++;
    if (requests === null)
        p.requestsKnown = false;
    else
        p.requests[side] += requests;
}

export { ExactArray as E, FRAME_BLOCK_SHIFT as F, NameTable as N, ProfileError as P, RunFlameGraphs as R, FRAME_OFFSET_MASK as a, smallIdMax as b, addExact as c, sampleTypeIndex as d, FLAME_FILES as e, locationFrames as l, parseError as p, scaleLikeGo as s, toFloat as t };
