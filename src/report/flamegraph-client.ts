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

export const FLAME_STYLE = `
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
`

export const FLAME_SCRIPT = `
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
`
