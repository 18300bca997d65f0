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
import { createHash } from 'node:crypto'
import type { FlameTree } from '../pprof/flametree.js'
import { FLAME_SCRIPT, FLAME_STYLE } from './flamegraph-client.js'
import { shorten, visible } from './escape.js'

export interface FlameGraphOptions {
  /** What the graph shows, e.g. "CPU per request". */
  title: string
  /** Lines under the title: where the numbers come from. */
  notes?: string[]
  /** Unit of the tree's values: nanoseconds, bytes, or a count's name (goroutines). */
  unit: string
  /** What the values are per ("request", "trial"), or '' for totals. */
  per?: string
  /** Factors for each side's values (1 / requests for values per request); 1 by default. */
  scale?: { base: number; head: number }
  /** Frames below this fraction of head's total are left out (default 0.001). */
  nodeFraction?: number
}

export const DEFAULT_NODE_FRACTION = 0.001

/** Names longer than this are shortened in the middle (the page stays small; both ends carry meaning). */
const MAX_NAME = 400

/** The page's data, as the client script reads it (flamegraph-client.ts). */
export interface FlameData {
  title: string
  notes: string[]
  unit: string
  per: string
  nodeFraction: number
  /** Frames left out below nodeFraction, and the values they carried. */
  pruned: { frames: number; head: number; base: number }
  /** Per name: the function's name, file and start line. */
  names: string[]
  files: string[]
  lines: number[]
  /** Frames in depth-first order, children by head's value, largest first: parent index (-1 for the root), name index (-1 for the root), base, head. */
  parent: number[]
  name: number[]
  base: number[]
  head: number[]
}

export function flameData(tree: FlameTree, options: FlameGraphOptions): FlameData {
  const fraction = options.nodeFraction ?? DEFAULT_NODE_FRACTION
  const baseScale = options.scale?.base ?? 1
  const headScale = options.scale?.head ?? 1
  // The cut is on head's unscaled values (the scale is positive: the same frames).
  const nodes = tree.build(fraction * Math.max(0, tree.total('head')))
  const children = new Map<number, number[]>()
  for (let i = 1; i < nodes.parent.length; i++) {
    const list = children.get(nodes.parent[i])
    if (list) list.push(i)
    else children.set(nodes.parent[i], [i])
  }

  const data: FlameData = {
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
  }
  const nameIndex = new Map<number, number>()
  const stack: [node: number, outParent: number][] = [[0, -1]]
  while (stack.length > 0) {
    const [node, outParent] = stack.pop()!
    const at = data.parent.length
    data.parent.push(outParent)
    data.name.push(node === 0 ? -1 : nameOf(tree, nodes.name[node], nameIndex, data))
    data.base.push(round(nodes.base[node] * baseScale))
    data.head.push(round(nodes.head[node] * headScale))
    const keep = children.get(node) ?? []
    // Pushed smallest first, so that the largest child is emitted first.
    keep.sort((a, b) => nodes.head[a] - nodes.head[b] || b - a)
    for (const c of keep) stack.push([c, at])
  }
  return data
}

function nameOf(tree: FlameTree, id: number, index: Map<number, number>, data: FlameData): number {
  let i = index.get(id)
  if (i === undefined) {
    i = data.names.length
    index.set(id, i)
    data.names.push(shorten(visible(tree.names.names[id]), MAX_NAME))
    data.files.push(shorten(visible(tree.files[id] ?? ''), MAX_NAME))
    data.lines.push(tree.lines[id] ?? 0)
  }
  return i
}

/** Seven significant digits: the page shows three or four, and the file stays small. */
function round(x: number): number {
  return x === 0 || Number.isInteger(x) ? x : Number(x.toPrecision(7))
}

/**
 * JSON that can sit inside a `<script>` element: no `<` (so no `</script>`
 * or `<!--`), no `>` or `&`, and no U+2028/U+2029 (line terminators in older
 * JavaScript). JSON.stringify already writes lone surrogates as \u escapes.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** The page. Pure: a string in memory; the caller writes it. */
export function renderFlameGraph(tree: FlameTree, options: FlameGraphOptions): string {
  return flameGraphPage(flameData(tree, options))
}

export function flameGraphPage(data: FlameData): string {
  const csp = `default-src 'none'; script-src ${sha256(FLAME_SCRIPT)}; style-src ${sha256(FLAME_STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'`
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
`
}
