// npm run bench:gate: how often the gate cries wolf, and how often it catches
// a leak, with default settings. Runs `pprof-gate run` (dist/cli.js) on the
// clean pair N times and on every failing case M times, and prints a table.
// Usage: node scripts/bench-gate.js [--clean 20] [--leaks 5] [--cases a,b]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const casesDir = join(root, 'testdata', 'cases')
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : dflt
}
const cleanRuns = Number(arg('clean', '20'))
const leakRuns = Number(arg('leaks', '5'))
const only = arg('cases', '')
const cli = resolve(arg('cli', join(root, 'dist/cli.js')))
const out = join(root, '.bench', 'gate')
mkdirSync(out, { recursive: true })

const cases = readdirSync(casesDir)
  .filter((c) => existsSync(join(casesDir, c, 'expect')))
  .filter((c) => !only || only.split(',').includes(c))
const plan = cases.map((c) => {
  const expect = readFileSync(join(casesDir, c, 'expect'), 'utf8').trim()
  return { name: c, expect, runs: c === 'clean' ? cleanRuns : expect === 'fail' ? leakRuns : Math.max(1, Math.ceil(leakRuns / 1)) }
})

const rows = []
for (const p of plan) {
  let asExpected = 0
  const figures = []
  const started = Date.now()
  for (let i = 1; i <= p.runs; i++) {
    const dir = join(out, `${p.name}-${i}`)
    rmSync(dir, { recursive: true, force: true })
    const r = spawnSync(
      process.execPath,
      [cli, 'run', '--base-dir', join(casesDir, p.name, 'base'), '--head-dir', join(casesDir, p.name, 'head'), '--format', 'json', '--quiet', '--out', dir],
      { encoding: 'utf8', maxBuffer: 64 << 20 }
    )
    if (r.status === 2 || !r.stdout) {
      console.error(`${p.name} run ${i}: error\n${r.stderr}`)
      continue
    }
    const json = JSON.parse(r.stdout)
    if (json.verdict === p.expect) asExpected++
    const failed = json.checks.filter((c) => c.status === 'fail').map((c) => c.id)
    figures.push(json.checks.map((c) => `${c.id}:${c.delta === null ? '-' : Number(c.delta).toFixed(c.id === 'goroutines' ? 1 : 0)}`).join(' ') + (failed.length ? ` [${failed.join(',')}]` : ''))
    process.stderr.write(`${p.name} ${i}/${p.runs}: ${json.verdict} ${figures.at(-1)}\n`)
    rmSync(dir, { recursive: true, force: true })
  }
  rows.push({ ...p, asExpected, seconds: (Date.now() - started) / 1000 / p.runs, last: figures.at(-1) ?? '' })
}

const lines = ['| case | expected | runs | as expected | s/run | last run (deltas: goroutines, heap bytes, cpu ns/request) |', '| --- | --- | ---: | ---: | ---: | --- |']
for (const r of rows) lines.push(`| ${r.name} | ${r.expect} | ${r.runs} | ${r.asExpected}/${r.runs} | ${r.seconds.toFixed(0)} | ${r.last} |`)
console.log(lines.join('\n'))
const clean = rows.find((r) => r.name === 'clean')
if (clean) console.log(`\nfalse alarms on the clean pair: ${clean.runs - clean.asExpected}/${clean.runs}`)
const leaks = rows.filter((r) => r.expect === 'fail')
console.log(`leaks caught: ${leaks.reduce((a, r) => a + r.asExpected, 0)}/${leaks.reduce((a, r) => a + r.runs, 0)}`)
