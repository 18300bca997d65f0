// npm run bench:gate: how often the gate is right, with default settings,
// on a quiet machine and with a busy neighbour (a CPU-bound process that
// this script starts and stops). Cases:
// - every case of testdata/cases (expect: pass or fail, culprit named);
// - the CPU dose-response: testdata/cpu/dose with heads at +0, +10, +20 and
//   +40% more work per request (made by copying the module and raising its
//   `extra` constant);
// - testdata/cpu/routes: five routes, one 50% slower (a hot spot to name).
// Usage: node scripts/bench-gate.js [--runs 10] [--settings quiet,busy] [--cases a,b] [--cli-dir dist]
// Prints a markdown table with the date and the machine's load.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : dflt
}
const runs = Number(arg('runs', '10'))
const settings = arg('settings', 'quiet,busy').split(',')
const only = arg('cases', '')
const out = join(root, '.bench', 'gate')
mkdirSync(out, { recursive: true })
// A copy of the bundle: a rebuild of dist/ while the benchmark runs must not change what it measures.
const cliDir = join(out, 'cli')
rmSync(cliDir, { recursive: true, force: true })
cpSync(resolve(arg('cli-dir', join(root, 'dist'))), cliDir, { recursive: true })
const cli = join(cliDir, 'cli.js')

const casesDir = join(root, 'testdata', 'cases')
const plan = []
for (const c of readdirSync(casesDir).sort()) {
  if (!existsSync(join(casesDir, c, 'expect'))) continue
  const culprit = existsSync(join(casesDir, c, 'culprit')) ? readFileSync(join(casesDir, c, 'culprit'), 'utf8').trim().split(/\s+/) : null
  plan.push({ name: c, base: join(casesDir, c, 'base'), head: join(casesDir, c, 'head'), expect: readFileSync(join(casesDir, c, 'expect'), 'utf8').trim(), culprit })
}
// Heads of the dose-response, made fresh from the base module. plus0 builds to base's very
// binary: every run passes --measure-unchanged, so that it is measured (the null case).
const doseDir = join(out, 'dose')
for (const pct of [0, 10, 20, 40]) {
  const dir = join(doseDir, `plus${pct}`)
  rmSync(dir, { recursive: true, force: true })
  cpSync(join(root, 'testdata/cpu/dose/base'), dir, { recursive: true })
  const main = join(dir, 'main.go')
  writeFileSync(main, readFileSync(main, 'utf8').replace(/extra = 0$/m, `extra = ${pct * 10}`))
  // The copy lives elsewhere: point its kit replacement at the real one.
  writeFileSync(join(dir, 'go.mod'), readFileSync(join(dir, 'go.mod'), 'utf8').replace(/=> .*_kit/, `=> ${join(casesDir, '_kit')}`))
  plan.push({ name: `cpu-dose-plus${pct}`, base: join(root, 'testdata/cpu/dose/base'), head: dir, expect: pct >= 20 ? 'fail' : pct === 0 ? 'pass' : 'any', culprit: pct >= 20 ? ['cpu', null] : null })
}
plan.push({
  name: 'cpu-routes-one-slower',
  base: join(root, 'testdata/cpu/routes/base'),
  head: join(root, 'testdata/cpu/routes/head'),
  expect: 'fail',
  culprit: ['cpu', 'main.search'],
  args: ['--target', 'GET /orders', '--target', 'GET /invoices', '--target', 'GET /users', '--target', 'GET /carts', '--target', 'GET /search']
})
const selected = plan.filter((p) => !only || only.split(',').includes(p.name))

/** A CPU-bound neighbour: one process spinning until stopped. */
function startNeighbour() {
  const child = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })
  return () => child.kill('SIGKILL')
}

function runOnce(p, dir) {
  rmSync(dir, { recursive: true, force: true })
  const started = Date.now()
  const r = spawnSync(process.execPath, [cli, 'run', '--base-dir', p.base, '--head-dir', p.head, '--measure-unchanged', ...(p.args ?? []), '--format', 'json', '--quiet', '--out', dir], {
    encoding: 'utf8',
    maxBuffer: 64 << 20
  })
  const seconds = (Date.now() - started) / 1000
  if (r.status === 2 || !r.stdout) return { error: r.stderr.trim().split('\n').slice(-3).join(' | '), seconds }
  const json = JSON.parse(r.stdout)
  rmSync(dir, { recursive: true, force: true })
  return { json, seconds }
}

function right(p, json) {
  if (p.expect === 'any') return true
  if (p.expect === 'pass') return json.verdict !== 'fail'
  if (json.verdict !== 'fail') return false
  if (!p.culprit) return true
  const [id, fn] = p.culprit
  const c = json.checks.find((x) => x.id === id)
  if (!c || c.status !== 'fail') return false
  return !fn || c.top.some((g) => [g.name, g.site, ...(g.frames ?? [])].includes(fn))
}

const rows = []
const loads = []
for (const setting of settings) {
  for (const p of selected) {
    const stop = setting === 'busy' ? startNeighbour() : () => {}
    const tally = { pass: 0, fail: 0, inconclusive: 0, error: 0, right: 0 }
    const secs = []
    const ratios = []
    try {
      for (let i = 1; i <= runs; i++) {
        loads.push(loadavg()[0])
        const r = runOnce(p, join(out, `${p.name}-${setting}-${i}`))
        secs.push(r.seconds)
        if (r.error) {
          tally.error++
          process.stderr.write(`${p.name} ${setting} ${i}/${runs}: error: ${r.error}\n`)
          continue
        }
        tally[r.json.verdict]++
        if (right(p, r.json)) tally.right++
        const cpu = r.json.checks.find((c) => c.id === 'cpu')
        const f = cpu?.figures
        if (f) ratios.push(f.ratio)
        const figs = r.json.checks
          .map((c) => `${c.id}:${c.status}${c.figures?.kind === 'cpu' ? ` ${((c.figures.ratio - 1) * 100).toFixed(1)}% [${((c.figures.low - 1) * 100).toFixed(1)}, ${c.figures.high === null ? '∞' : ((c.figures.high - 1) * 100).toFixed(1)}] ${c.figures.pairs}p` : c.figures?.kind === 'growth' ? ` ${c.figures.headRounds.map((v) => Math.round(v)).join('/')}` : ''}`)
          .join(' ')
        process.stderr.write(`${p.name} ${setting} ${i}/${runs}: ${r.json.verdict} ${r.seconds.toFixed(0)}s ${figs}\n`)
      }
    } finally {
      stop()
    }
    const med = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[xs.length >> 1] : NaN)
    rows.push({ name: p.name, expect: p.expect, setting, ...tally, runs, seconds: med(secs), ratio: med(ratios) })
  }
}

const lines = [
  `bench:gate ${new Date().toISOString().slice(0, 16)}Z, ${runs} run(s) per case and setting, load average during runs ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}`,
  '',
  '| case | expected | setting | right | fail | inconclusive | pass | error | median s/run | median CPU head/base |',
  '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
]
for (const r of rows) {
  lines.push(`| ${r.name} | ${r.expect} | ${r.setting} | ${r.right}/${r.runs} | ${r.fail} | ${r.inconclusive} | ${r.pass} | ${r.error} | ${r.seconds.toFixed(0)} | ${Number.isFinite(r.ratio) ? `${((r.ratio - 1) * 100).toFixed(1)}%` : '–'} |`)
}
console.log(lines.join('\n'))
