#!/usr/bin/env node
// The flame graph's benchmark (part of `npm run bench`): for the 10 MB CPU pair that scripts/bench.js
// generates into .bench/ (generated here through it when missing), the median over --runs of
//   build    wall time of `compare BASE HEAD --html OUT` and of the same without --html (fresh processes)
//   size     the HTML page's bytes
//   render   time to first render in headless chromium: navigation start to the end of the page's
//            first draw (performance.now() in the page), the page opened from file://
// Targets: page under 5 MB, build under 1 s, render under 2 s. It reports and never gates.
// Needs dist/cli.js (npm run bundle) and Debian's chromium (PPROF_GATE_CHROMIUM names another).

import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(ROOT, 'dist', 'cli.js')
const BASE = path.join(ROOT, '.bench', 'cpu-10mb-s1-base.pb.gz')
const HEAD = path.join(ROOT, '.bench', 'cpu-10mb-s1-head.pb.gz')
const CHROMIUM = process.env.PPROF_GATE_CHROMIUM || '/usr/bin/chromium'
const runsArg = process.argv.indexOf('--runs')
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
const verdict = (ok) => (ok ? 'PASS' : 'MISS')

function wall(args) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`node dist/cli.js ${args.join(' ')} failed: ${r.stderr}`)
  return Number(process.hrtime.bigint() - t0) / 1e9
}

async function main() {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run bundle')
  if (!existsSync(BASE) || !existsSync(HEAD)) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench.js'), '--sizes', '10', '--tools', 'zlib', '--runs', '1', '--factor', '1'], { stdio: 'inherit' })
    if (r.status !== 0) throw new Error('generating the 10 MB pair failed')
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-bench-flame-'))
  try {
    const html = path.join(tmp, 'diff.html')
    const compare = ['compare', BASE, HEAD, '--format', 'json', '--top', '0']
    const withHtml = []
    const without = []
    for (let i = 0; i < RUNS; i++) {
      without.push(wall(compare))
      withHtml.push(wall([...compare, '--html', html]))
    }
    const size = statSync(html).size

    const { default: puppeteer } = await import('puppeteer-core')
    const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
    const renders = []
    let frames = 0
    try {
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.newPage()
        await page.setViewport({ width: 1280, height: 800 })
        await page.goto(`file://${html}`, { waitUntil: 'load' })
        await page.waitForFunction('window.pprofGateFlame && window.pprofGateFlame.renderedAt > 0')
        renders.push((await page.evaluate('window.pprofGateFlame.renderedAt')) / 1000)
        frames = await page.evaluate('JSON.parse(document.getElementById("flame-data").textContent).parent.length')
        await page.close()
      }
    } finally {
      await browser.close()
    }
    const build = median(withHtml)
    const added = build - median(without)
    const render = median(renders)
    console.log(`\nbench flame graph: 10 MB pair (${path.relative(ROOT, BASE)}, ${path.relative(ROOT, HEAD)}), median of ${RUNS}`)
    console.log(`  page size                         ${(size / 1e6).toFixed(3)} MB, ${frames} frames   target < 5 MB   ${verdict(size < 5e6)}`)
    console.log(`  compare --html (decode + build)   ${build.toFixed(2)} s`)
    console.log(`  compare without --html            ${median(without).toFixed(2)} s`)
    console.log(`  added by the flame graph          ${added.toFixed(2)} s   target < 1 s   ${verdict(added < 1)}`)
    console.log(`  first render, headless chromium   ${render.toFixed(3)} s   target < 2 s   ${verdict(render < 2)}`)
    console.log(`  load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`)
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(`bench-flame: ${e.message}`)
  process.exit(1)
})
