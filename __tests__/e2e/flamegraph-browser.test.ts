/**
 * The flame graph pages in a real browser: Debian's chromium, headless,
 * driven over the DevTools protocol by puppeteer-core (no browser download;
 * .ci/run installs the chromium package when it is missing). The pages come
 * from a real run of testdata/cases/goroutine-leak (go build, real service,
 * real /debug/pprof) and from `compare --html` on its real CPU profiles.
 * Every request other than the page itself is refused and counted.
 *
 * PPROF_GATE_CHROMIUM names another browser binary. With
 * PPROF_GATE_UPDATE_SCREENSHOT=1 the goroutine page's screenshot is also
 * copied to docs/flamegraph-goroutines.png (the README shows it).
 */
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import puppeteer from 'puppeteer-core'
import type { Browser, Page } from 'puppeteer-core'
import { runCli } from '../../src/commands/cli.js'
import { readProfile } from '../../src/harness/read-profile.js'
import { FlameTree } from '../../src/pprof/flametree.js'
import { decodeProfile, stackValues } from '../../src/pprof/index.js'
import { renderFlameGraph } from '../../src/report/flamegraph.js'
import { buildProfile } from '../../testdata/gen/protowriter.js'
import { markedProcesses } from '../helpers/marked.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CASE = path.join(ROOT, 'testdata', 'cases', 'goroutine-leak')
const CHROMIUM = process.env.PPROF_GATE_CHROMIUM || '/usr/bin/chromium'
const LEAK = 'main.notifyAuditor'
const TRIALS = 2

interface Frame {
  name: string
  node: number
  x: number
  y: number
  w: number
  h: number
  base: number
  head: number
}

interface Opened {
  page: Page
  errors: string[]
  /** Requests other than the page itself (refused). */
  outside: string[]
}

let tmp: string
let runDir: string
let browser: Browser
let runJson: { flameGraphs: string[] }

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium; .ci/run does) or set PPROF_GATE_CHROMIUM`)
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-flame-e2e-'))
  runDir = path.join(tmp, 'run')
  let stderr = ''
  let stdout = ''
  const code = await runCli(
    ['run', '--base-dir', path.join(CASE, 'base'), '--head-dir', path.join(CASE, 'head'), '--trials', String(TRIALS), '--requests', '2000', '--cpu-pairs', '2', '--max-cpu-pairs', '2', '--cpu-seconds', '1', '--format', 'json', '--out', runDir],
    { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }
  )
  if (code !== 1) throw new Error(`the goroutine-leak run should fail its gate (exit 1), got ${code}:\n${stderr}`)
  runJson = JSON.parse(stdout)
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Root in a container: no sandbox. No network: no proxy may answer, no name resolves.
    args: ['--no-sandbox', '--disable-gpu', '--proxy-server=127.0.0.1:9', '--host-resolver-rules=MAP * ~NOTFOUND']
  })
})

afterAll(async () => {
  await browser?.close()
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

async function open(file: string): Promise<Opened> {
  const page = await browser.newPage()
  await page.setViewport({ width: 1280, height: 800 })
  const errors: string[] = []
  const outside: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.setRequestInterception(true)
  const url = `file://${file}`
  page.on('request', (r) => {
    if (r.url() === url) return void r.continue()
    outside.push(r.url())
    void r.abort()
  })
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForFunction('window.pprofGateFlame && window.pprofGateFlame.renderedAt > 0')
  return { page, errors, outside }
}

const frames = (page: Page) => page.evaluate('window.pprofGateFlame.frames()') as Promise<Frame[]>
const canvasWidth = (page: Page) => page.evaluate('window.pprofGateFlame.width()') as Promise<number>

/** The colours the canvas shows inside frames (a corner, away from the label), in one read of the canvas. */
async function pixels(page: Page, fs: Frame[]): Promise<[number, number, number][]> {
  const points = JSON.stringify(fs.map((f) => [f.x + 1.5, f.y + 2]))
  return (await page.evaluate(`(() => {
    const c = document.getElementById('flame')
    const ratio = c.width / c.clientWidth
    const image = c.getContext('2d').getImageData(0, 0, c.width, c.height)
    return ${points}.map(([x, y]) => {
      const at = 4 * (Math.round(y * ratio) * c.width + Math.round(x * ratio))
      return Array.from(image.data.slice(at, at + 3))
    })
  })()`)) as [number, number, number][]
}

async function hover(page: Page, f: Frame): Promise<string> {
  const box = (await (await page.$('#flame'))!.boundingBox())!
  await page.mouse.move(box.x + f.x + f.w / 2, box.y + f.y + f.h / 2)
  return (await page.evaluate("document.getElementById('tip').innerText")) as string
}

/** The goroutines head added in its last leak round (round 2 minus round 1, summed over trials), in total and in stacks through `fn`. */
async function leftover(fn: string): Promise<{ total: number; through: number }> {
  let total = 0
  let through = 0
  for (let t = 1; t <= TRIALS; t++) {
    for (const [when, sign] of [['round2', 1], ['round1', -1]] as const) {
      const p = await readProfile(path.join(runDir, `head-${t}`, `goroutine-${when}.pb.gz`), 'head')
      for (const s of stackValues(p, 0).values()) {
        total += sign * Number(s.value)
        if (s.frames.includes(fn)) through += sign * Number(s.value)
      }
    }
  }
  return { total, through }
}

test('the run writes its three flame graphs, and its report names them', () => {
  const files = ['flamegraph-cpu.html', 'flamegraph-heap.html', 'flamegraph-goroutines.html']
  for (const f of files) expect(existsSync(path.join(runDir, f))).toBe(true)
  expect(runJson.flameGraphs).toEqual(files)
  expect(markedProcesses()).toEqual([])
})

test('goroutines: the root and the leaking function, their widths and colour, search, hover, screenshot', async () => {
  const { page, errors, outside } = await open(path.join(runDir, 'flamegraph-goroutines.html'))
  const width = await canvasWidth(page)
  const all = await frames(page)
  const root = all.find((f) => f.node === 0)!
  const leak = all.find((f) => f.name === LEAK)!
  expect(root).toBeDefined()
  expect(leak).toBeDefined()
  expect(root.w).toBeCloseTo(width, 0)
  // Head's value sets the width: the leak's share of head's leftover goroutines, from the profiles themselves.
  const { total, through } = await leftover(LEAK)
  expect(through).toBeGreaterThan(0)
  expect(Math.abs(leak.w - (width * through) / total)).toBeLessThan(1.5)
  expect(leak.head * TRIALS).toBeCloseTo(through, 6)
  // Base left none of these: the frame is new in head, full red.
  for (const [r, g, b] of await pixels(page, [leak, root])) {
    expect(r).toBeGreaterThan(180)
    expect(g).toBeLessThan(90)
    expect(b).toBeLessThan(90)
  }
  const tip = await hover(page, leak)
  expect(tip).toContain(LEAK)
  expect(tip).toMatch(/main\.go:\d+/)
  expect(tip).toMatch(/head: [\d.]+ goroutines\/trial/)

  await page.type('#search', 'notifyAuditor')
  const found = (await page.evaluate("document.getElementById('search-result').textContent")) as string
  expect(found).toMatch(/^1 frame matches: \d+(\.\d)?% of head/)
  const share = Number(/([\d.]+)% of head/.exec(found!)![1])
  expect(share).toBeCloseTo((100 * through) / total, 0)

  const shot = path.join(runDir, 'flamegraph-goroutines.png')
  await page.screenshot({ path: shot, fullPage: true })
  expect((await readFile(shot)).subarray(1, 4).toString()).toBe('PNG')
  if (process.env.PPROF_GATE_UPDATE_SCREENSHOT === '1') {
    await mkdir(path.join(ROOT, 'docs'), { recursive: true })
    await copyFile(shot, path.join(ROOT, 'docs', 'flamegraph-goroutines.png'))
  }

  expect(errors).toEqual([])
  expect(outside).toEqual([])
  await page.close()
})

test('cpu and heap pages of the run, and compare --html on its real CPU profiles, render without errors', async () => {
  const html = path.join(tmp, 'compare-cpu.html')
  const code = await runCli(['compare', path.join(runDir, 'base-cpu-1', 'cpu.pb.gz'), path.join(runDir, 'head-cpu-1', 'cpu.pb.gz'), '--html', html], { stdout: () => {}, stderr: () => {} })
  expect(code).toBe(0)
  for (const file of [path.join(runDir, 'flamegraph-cpu.html'), path.join(runDir, 'flamegraph-heap.html'), html]) {
    const { page, errors, outside } = await open(file)
    const all = await frames(page)
    expect(all.find((f) => f.node === 0)!.w).toBeCloseTo(await canvasWidth(page), 0)
    // Zoom into the widest child of the root: it takes the whole width.
    const child = all.filter((f) => f.y === 18).sort((a, b) => b.w - a.w)[0]
    await page.evaluate(`window.pprofGateFlame.zoom(${child.node})`)
    expect((await frames(page)).find((f) => f.node === child.node)!.w).toBeCloseTo(await canvasWidth(page), 0)
    await page.click('#diff-only')
    expect(errors).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  }
})

test('a function named like markup renders inert: no element, no script, shown as text', async () => {
  const hostile = '</script><img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
  const names = ['main.main', hostile]
  const bytes = buildProfile({
    sampleTypes: [['goroutine', 'count']],
    functions: names.map((name, i) => ({ id: i + 1, name, filename: '<b>file</b>.go', startLine: 7 })),
    locations: names.map((_, i) => ({ id: i + 1, lines: [{ functionId: i + 1, line: 9 }] })),
    samples: [{ locationIds: [2, 1], values: [40] }]
  })
  const tree = new FlameTree()
  tree.add(decodeProfile(bytes), 0, 'head')
  const file = path.join(tmp, 'hostile.html')
  await writeFile(file, renderFlameGraph(tree, { title: '<i>hostile</i>', unit: 'goroutines' }))
  const { page, errors, outside } = await open(file)
  const state = await page.evaluate(`({
    pwned: window.pwned,
    images: document.querySelectorAll('img').length,
    scripts: document.querySelectorAll('script').length,
    title: document.getElementById('title').textContent
  })`)
  expect(state).toEqual({ pwned: undefined, images: 0, scripts: 2, title: '<i>hostile</i>' })
  const frame = (await frames(page)).find((f) => f.name === hostile)!
  expect(frame).toBeDefined()
  const tip = await hover(page, frame)
  expect(tip).toContain(hostile)
  expect(tip).toContain('<b>file</b>.go:7')
  expect(await page.evaluate("document.querySelectorAll('img, #tip *:not(div)').length")).toBe(0)
  expect(errors).toEqual([])
  expect(outside).toEqual([])
  await page.close()
})
