/**
 * The differential flame graph's data and page (src/pprof/flametree.ts,
 * src/report/flamegraph*.ts, `compare --html`), on profiles written by the
 * test writer. The page itself is exercised in a real browser in
 * __tests__/e2e/flamegraph-browser.test.ts.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../src/commands/cli.js'
import { decodeProfile } from '../src/pprof/index.js'
import type { Profile } from '../src/pprof/index.js'
import { FlameTree } from '../src/pprof/flametree.js'
import type { FlameNodes } from '../src/pprof/flametree.js'
import { flameData, renderFlameGraph, scriptSafeJson } from '../src/report/flamegraph.js'
import type { FlameData } from '../src/report/flamegraph.js'
import { RunFlameGraphs } from '../src/report/flamegraph-run.js'
import { FLAME_SCRIPT, FLAME_STYLE } from '../src/report/flamegraph-client.js'
import { buildProfile } from '../testdata/gen/protowriter.js'
import { parseHandoff } from '../src/github/handoff-schema.js'
import { renderRunMarkdown, renderRunText, runJson } from '../src/report/run.js'
import { fixedReport } from './helpers/report-fixture.js'

/** Stacks as root-first function names, each with its value. */
type Stacks = [frames: string[], value: number][]

function profileBytes(stacks: Stacks, type: [string, string] = ['cpu', 'nanoseconds']): Uint8Array {
  const names = [...new Set(stacks.flatMap(([f]) => f))]
  const id = (n: string) => names.indexOf(n) + 1
  return buildProfile({
    sampleTypes: [type],
    functions: names.map((n) => ({ id: id(n), name: n, filename: `/src/${n.length}.go`, startLine: 10 + id(n) })),
    locations: names.map((n) => ({ id: id(n), lines: [{ functionId: id(n), line: 20 }] })),
    samples: stacks.map(([frames, value]) => ({ locationIds: frames.map(id).reverse(), values: [value] }))
  })
}

function profile(stacks: Stacks, type?: [string, string]): Profile {
  return decodeProfile(profileBytes(stacks, type))
}

/** The node at a root-first path of names in the built tree, or -1. */
function nodeAt(t: FlameTree, b: FlameNodes, names: string[]): number {
  let node = 0
  for (const name of names) {
    let next = -1
    for (let i = 1; i < b.parent.length; i++) if (b.parent[i] === node && t.names.names[b.name[i]] === name) next = i
    if (next < 0) return -1
    node = next
  }
  return node
}

/** The JSON block of a page, cut where the HTML parser would end the script element. */
function dataBlock(html: string): string {
  const open = '<script type="application/json" id="flame-data">'
  const start = html.indexOf(open) + open.length
  return html.slice(start, html.indexOf('</script', start))
}

describe('FlameTree', () => {
  test('merges both sides by path of names, values cumulative, recursion kept apart', () => {
    const t = new FlameTree()
    t.add(profile([[['main', 'a', 'b'], 5], [['main', 'a'], 2], [['main', 'c'], 3]]), 0, 'base')
    t.add(profile([[['main', 'a', 'b'], 9], [['main', 'd'], 4], [['main', 'a', 'a'], 1]]), 0, 'head')
    const b = t.build()
    const at = (...p: string[]) => {
      const n = nodeAt(t, b, p)
      return n < 0 ? null : [b.base[n], b.head[n]]
    }
    expect(at()).toEqual([10, 14])
    expect(at('main')).toEqual([10, 14])
    expect(at('main', 'a')).toEqual([7, 10])
    expect(at('main', 'a', 'b')).toEqual([5, 9])
    expect(at('main', 'a', 'a')).toEqual([0, 1])
    expect(at('main', 'd')).toEqual([0, 4])
    expect(at('a')).toBeNull()
    // Absent from head: no width, left out and counted.
    expect(at('main', 'c')).toBeNull()
    expect(b.pruned).toEqual({ frames: 1, head: 0, base: 3 })
    // Under the cut (b 9, a/a 1, d 4): left out with everything under them.
    expect(t.build(9.5).pruned).toEqual({ frames: 4, head: 9 + 1 + 4, base: 5 + 3 })
  })

  test('weights subtract a "before" snapshot; files and start lines come from head', () => {
    const t = new FlameTree()
    t.add(profile([[['main', 'leak'], 10], [['main', 'idle'], 4]], ['goroutine', 'count']), 0, 'head')
    t.add(profile([[['main', 'idle'], 4]], ['goroutine', 'count']), 0, 'head', -1)
    const b = t.build()
    expect(b.head[nodeAt(t, b, ['main', 'leak'])]).toBe(10)
    expect(nodeAt(t, b, ['main', 'idle'])).toBe(-1)
    expect(b.head[0]).toBe(10)
    const leak = t.names.names.indexOf('leak')
    expect([t.files[leak], t.lines[leak]]).toEqual(['/src/4.go', 12])
  })
})

describe('flameData', () => {
  test("leaves out frames under the node fraction of head's total and says what they carried", () => {
    const t = new FlameTree()
    t.add(profile([[['main', 'big'], 9990], [['main', 'tiny', 'deeper'], 5], [['main', 'gone'], 100]]), 0, 'base')
    t.add(profile([[['main', 'big'], 9990], [['main', 'tiny', 'deeper'], 5], [['main', 'small'], 20]]), 0, 'head')
    const d = flameData(t, { title: 't', unit: 'nanoseconds', nodeFraction: 0.001 })
    const names = d.name.map((n) => (n < 0 ? 'all' : d.names[n]))
    // Depth-first, largest first; tiny (5 of 10015, with deeper) and gone (absent from head) are out.
    expect(names).toEqual(['all', 'main', 'big', 'small'])
    expect(d.parent).toEqual([-1, 0, 1, 1])
    expect(d.pruned).toEqual({ frames: 2, head: 5, base: 105 })
    expect(flameData(t, { title: 't', unit: 'nanoseconds', nodeFraction: 0 }).pruned.frames).toBe(1)
  })

  test('scales each side (values per request)', () => {
    const t = new FlameTree()
    t.add(profile([[['main'], 3000]]), 0, 'base')
    t.add(profile([[['main'], 4500]]), 0, 'head')
    const d = flameData(t, { title: 't', unit: 'nanoseconds', per: 'request', scale: { base: 1 / 3, head: 1 / 3 } })
    expect([d.base[0], d.head[0], d.per]).toEqual([1000, 1500, 'request'])
  })
})

describe('the page', () => {
  const HOSTILE = '</script><img src=x onerror="window.pwned=1"><!--\u2028&amp;\u2029>'

  test('a hostile function name stays data: it cannot close the JSON block, and parses back whole', () => {
    const t = new FlameTree()
    t.add(profile([[['main', HOSTILE], 5]]), 0, 'head')
    const html = renderFlameGraph(t, { title: '<b>title</b>', unit: 'nanoseconds' })
    // The only tags are the page's own: two scripts, no image, no comment.
    expect(html.match(/<\/script/gi)).toHaveLength(2)
    expect(html).not.toMatch(/<img|<!--|<b>/i)
    const block = dataBlock(html)
    expect(block).not.toMatch(/[<>&\u2028\u2029]/)
    const data = JSON.parse(block) as FlameData
    expect(data.names).toContain(HOSTILE.replace('\u2028', '⏎').replace('\u2029', '⏎'))
    expect(data.title).toBe('<b>title</b>')
    // The page's script never hands data to the HTML parser.
    expect(FLAME_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/)
  })

  test('scriptSafeJson escapes what could end a script or a line', () => {
    const s = scriptSafeJson({ a: '</script>&<!--\u2028\u2029\ud800' })
    expect(s).toBe('{"a":"\\u003c/script\\u003e\\u0026\\u003c!--\\u2028\\u2029\\ud800"}')
    expect(JSON.parse(s)).toEqual({ a: '</script>&<!--\u2028\u2029\ud800' })
  })

  test('runs only its own script and style (CSP hashes) and asks for nothing from the network', () => {
    const html = renderFlameGraph(new FlameTree(), { title: 't', unit: 'bytes' })
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain(`script-src ${hash(FLAME_SCRIPT)};`)
    expect(csp).toContain(`style-src ${hash(FLAME_STYLE)};`)
    expect(html).toContain(`<script>${FLAME_SCRIPT}</script>`)
    expect(html).not.toMatch(/\b(src|href)=/)
  })
})

describe('RunFlameGraphs', () => {
  test('CPU per request pooled over trials; heap and goroutines after minus before', () => {
    const g = new RunFlameGraphs()
    g.addCpu('base', profile([[['main', 'work'], 6000]]), 3)
    g.addCpu('base', profile([[['main', 'work'], 3000]]), 6)
    g.addCpu('head', profile([[['main', 'work'], 18000]]), 9)
    const heap = (n: number) => profile([[['main', 'keep'], n]], ['inuse_space', 'bytes'])
    g.addHeap('base', heap(100), heap(100), 3)
    g.addHeap('head', heap(100), heap(1000), 9)
    const gor = (n: number) => profile([[['main', 'wait'], n]], ['goroutine', 'count'])
    g.addGoroutines('base', gor(2), gor(2))
    g.addGoroutines('head', gor(2), gor(12))
    const pages = g.pages()
    const data = (kind: 'cpu' | 'heap' | 'goroutines') => JSON.parse(dataBlock(pages[kind]!)) as FlameData
    expect([data('cpu').base[0], data('cpu').head[0], data('cpu').per, data('cpu').unit]).toEqual([1000, 2000, 'request', 'nanoseconds'])
    expect([data('heap').base[0], data('heap').head[0], data('heap').per]).toEqual([0, 100, 'request'])
    expect([data('goroutines').base[0], data('goroutines').head[0], data('goroutines').per, data('goroutines').unit]).toEqual([0, 10, 'trial', 'goroutines'])
  })

  test('without a request count, values are per trial; without CPU profiles, no CPU page', () => {
    const g = new RunFlameGraphs()
    const heap = (n: number) => profile([[['main'], n]], ['inuse_space', 'bytes'])
    g.addHeap('base', heap(0), heap(300), null)
    g.addHeap('head', heap(0), heap(600), 5)
    const pages = g.pages()
    expect(pages.cpu).toBeNull()
    const d = JSON.parse(dataBlock(pages.heap!)) as FlameData
    expect([d.base[0], d.head[0], d.per]).toEqual([300, 600, 'trial'])
  })
})

describe('compare --html', () => {
  let tmp: string
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-flame-'))
  })
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true })
  })

  test('writes the differential of the chosen sample type beside the usual report', async () => {
    const base = path.join(tmp, 'base.pb')
    const head = path.join(tmp, 'head.pb')
    await writeFile(base, profileBytes([[['main', 'a'], 10]]))
    await writeFile(head, profileBytes([[['main', 'a'], 30]]))
    const out = path.join(tmp, 'diff.html')
    let stdout = ''
    const code = await runCli(['compare', base, head, '--html', out], { stdout: (s) => (stdout += s), stderr: () => {} })
    expect(code).toBe(0)
    expect(stdout).toContain('main')
    const d = JSON.parse(dataBlock(await readFile(out, 'utf8'))) as FlameData
    expect([d.base[0], d.head[0], d.unit, d.title]).toEqual([10, 30, 'nanoseconds', 'Differential flame graph: cpu'])
    expect(d.names).toEqual(['main', 'a'])
  })

  test('a bad --node-fraction is a usage error', async () => {
    let stderr = ''
    const code = await runCli(['compare', 'a', 'b', '--html', 'x.html', '--node-fraction', '2'], { stdout: () => {}, stderr: (s) => (stderr += s) })
    expect(code).toBe(2)
    expect(stderr).toContain('--node-fraction must be a fraction')
  })
})

describe('the run reports', () => {
  const files = ['flamegraph-cpu.html', 'flamegraph-heap.html', 'flamegraph-goroutines.html']

  test('text, markdown and JSON name the flame graphs', () => {
    const report = { ...fixedReport(), flameGraphs: files }
    for (const out of [renderRunText(report), renderRunMarkdown(report)]) {
      expect(out).toMatch(/Flame graphs, head vs base/)
      for (const f of files) expect(out).toContain(f)
    }
    expect(JSON.parse(runJson(report)).flameGraphs).toEqual(files)
  })

  test('the report job takes only the names the measure job writes from an artifact', () => {
    const report = JSON.parse(runJson({ ...fixedReport(), flameGraphs: ['flamegraph-heap.html', '../../etc/passwd', '<img src=x>.html'] }))
    const parsed = parseHandoff({ kind: 'pprof-gate-handoff', schemaVersion: 1, key: '0123456789abcdef', report }, 'artifact')
    expect(parsed.report.flameGraphs).toEqual(['flamegraph-heap.html'])
  })
})
