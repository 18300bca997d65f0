// npm run corpus: the framework leak corpus (testdata/frameworks/<framework>/<case>).
// Runs `pprof-gate run` (dist/cli.js) with default settings on every case,
// checks the verdict against the case's `expect` and, for failing cases, that
// the check named in `culprit` failed and names the culprit function in its
// top stack. Prints a table, writes it as markdown to .bench/corpus.md, and
// exits 1 when any case, in any round, is not as expected.
//
// Usage: node scripts/corpus.js [--only FW[/CASE]]... [--repeat N] [--no-goroutineleak] [--cli dist/cli.js]
//   --only             run only these cases (a framework, or framework/case; repeatable, or comma-separated)
//   --repeat N         run the whole selection N times and report cases whose verdict changed
//   --no-goroutineleak do not fetch Go's goroutineleak profile (by default it is fetched when the
//                      toolchain can serve it: Go 1.26 with GOEXPERIMENT=goroutineleakprofile, which
//                      pprof-gate sets itself; it adds a profile and changes no threshold or verdict)
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const root = resolve(import.meta.dirname, '..')
const corpusDir = join(root, 'testdata', 'frameworks')
const FRAMEWORKS = ['nethttp', 'gin', 'echo', 'chi', 'fiber', 'gokit', 'beego']

const { values } = parseArgs({
  options: {
    only: { type: 'string', multiple: true, default: [] },
    repeat: { type: 'string', default: '1' },
    'no-goroutineleak': { type: 'boolean', default: false },
    cli: { type: 'string', default: join(root, 'dist', 'cli.js') },
    out: { type: 'string', default: join(root, '.bench') }
  }
})
const repeat = Number(values.repeat)
if (!Number.isInteger(repeat) || repeat < 1) {
  console.error(`--repeat must be a whole number of at least 1; got ${JSON.stringify(values.repeat)}`)
  process.exit(2)
}
const cli = resolve(values.cli)
if (!existsSync(cli)) {
  console.error(`${cli} not found: build the CLI first (npx rollup -c)`)
  process.exit(2)
}
const outDir = resolve(values.out)
const runsDir = join(outDir, 'corpus-runs')
mkdirSync(runsDir, { recursive: true })

/** Every case: { fw, name, dir, expect, culprit: {check, fn} | null, targets: path | null } */
function discover() {
  const cases = []
  const fws = readdirSync(corpusDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && !d.name.startsWith('.'))
    .map((d) => d.name)
  fws.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
  for (const fw of fws) {
    for (const name of readdirSync(join(corpusDir, fw)).sort()) {
      const dir = join(corpusDir, fw, name)
      if (name.startsWith('_') || !existsSync(join(dir, 'expect'))) continue
      const expect = readFileSync(join(dir, 'expect'), 'utf8').trim()
      let culprit = null
      if (existsSync(join(dir, 'culprit'))) {
        const [check, fn] = readFileSync(join(dir, 'culprit'), 'utf8').trim().split(/\s+/)
        culprit = { check, fn }
      }
      cases.push({ fw, name, dir, expect, culprit, targets: existsSync(join(dir, 'targets')) ? join(dir, 'targets') : null })
    }
  }
  return cases
}
function rank(fw) {
  const i = FRAMEWORKS.indexOf(fw)
  return i < 0 ? FRAMEWORKS.length : i
}

const only = values.only.flatMap((o) => o.split(',')).map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean)
const cases = discover().filter((c) => only.length === 0 || only.some((o) => o === c.fw || o === `${c.fw}/${c.name}`))
if (cases.length === 0) {
  console.error(`no case matches --only ${only.join(',')}; cases live in testdata/frameworks/<framework>/<case>`)
  process.exit(2)
}

// The goroutineleak profile: available when the toolchain is Go 1.26 (with
// the experiment, which pprof-gate sets) or newer.
function goMinor() {
  const r = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' })
  const m = /^go1\.(\d+)/.exec((r.stdout ?? '').trim())
  return m ? Number(m[1]) : 0
}
const leakProfile = !values['no-goroutineleak'] && goMinor() >= 26

function fmtBytes(b) {
  const a = Math.abs(b)
  const s = b < 0 ? '-' : '+'
  if (a >= 1024 * 1024) return `${s}${(a / 1024 / 1024).toFixed(1)} MiB`
  if (a >= 1024) return `${s}${(a / 1024).toFixed(0)} KiB`
  return `${s}${Math.round(a)} B`
}
function fmtCheck(c) {
  if (!c) return '?'
  if (c.status === 'skipped') return `${c.id} skipped`
  if (c.id === 'goroutines') return `goroutines ${c.delta >= 0 ? '+' : ''}${Math.round(c.delta)}`
  if (c.id === 'heap') return `heap ${fmtBytes(c.delta)}`
  const pct = c.base > 0 ? (c.delta / c.base) * 100 : 0
  return `cpu ${pct >= 0 ? '+' : ''}${pct.toFixed(0)}%/req` + (typeof c.p === 'number' ? ` p=${c.p < 0.01 ? c.p.toFixed(3) : c.p.toFixed(2)}` : '')
}
function shortName(fn) {
  // main.(*tracer).start -> main.(*tracer).start; github.com/x/y.(*T).f -> y.(*T).f
  const slash = fn.lastIndexOf('/', fn.indexOf('.(') > 0 ? fn.indexOf('.(') : fn.length)
  return slash >= 0 ? fn.slice(slash + 1) : fn
}

/** Decodes a profile pair with `pprof-gate compare` (JSON): totals and the functions present in head. */
function compareProfiles(base, head) {
  const r = spawnSync(process.execPath, [cli, 'compare', base, head, '--format', 'json', '--top', '0'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  if (r.status !== 0) return null
  try {
    return JSON.parse(r.stdout)
  } catch {
    return null
  }
}

/** What the goroutineleak profiles of a run say: median leaked goroutines per side, and whether the culprit is among them. */
function leakFigures(runDir, c, trials) {
  const per = { base: [], head: [] }
  let culpritSeen = false
  for (let t = 1; t <= trials; t++) {
    const b = join(runDir, `base-${t}`, 'goroutineleak.pb.gz')
    const h = join(runDir, `head-${t}`, 'goroutineleak.pb.gz')
    if (!existsSync(b) || !existsSync(h)) continue
    const j = compareProfiles(b, h)
    if (!j) continue
    per.base.push(j.total.base)
    per.head.push(j.total.head)
    if (c.culprit && j.functions.some((f) => f.name === c.culprit.fn && f.cum.head > 0)) culpritSeen = true
  }
  if (per.head.length === 0) return null
  const med = (v) => [...v].sort((x, y) => x - y)[Math.floor((v.length - 1) / 2)]
  return { base: med(per.base), head: med(per.head), culpritSeen }
}

function runCase(c, round) {
  const runDir = join(runsDir, `${c.fw}-${c.name}-r${round}`)
  rmSync(runDir, { recursive: true, force: true })
  const args = [cli, 'run', '--base-dir', join(c.dir, 'base'), '--head-dir', join(c.dir, 'head'), '--format', 'json', '--quiet', '--out', runDir]
  if (c.targets) args.push('--targets', c.targets)
  if (leakProfile) args.push('--goroutineleak')
  const started = Date.now()
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 })
  const seconds = (Date.now() - started) / 1000
  // The two binaries are 10-40 MB a run and the profiles are already symbolized: keep the rest.
  rmSync(join(runDir, 'bin'), { recursive: true, force: true })
  const row = { fw: c.fw, name: c.name, expect: c.expect, round, seconds, got: 'error', ok: false, figure: '', leak: '', note: '' }
  if (r.status === 2 || r.status === null) {
    row.note = (r.stderr || `exit ${r.status ?? r.signal}`).trim().split('\n')[0]
    row.figure = row.note
    return row
  }
  let json
  try {
    json = JSON.parse(r.stdout)
  } catch {
    row.note = 'unreadable JSON output'
    return row
  }
  writeFileSync(join(runDir, 'result.json'), r.stdout)
  row.got = json.verdict
  const failed = json.checks.filter((k) => k.status === 'fail')
  const byId = Object.fromEntries(json.checks.map((k) => [k.id, k]))
  let culpritOk = true
  if (c.culprit) {
    const k = byId[c.culprit.check]
    const top = k?.top?.[0]
    culpritOk = !!(k && k.status === 'fail' && top && [top.name, top.site, ...top.frames].includes(c.culprit.fn))
    if (!k) row.note = `no ${c.culprit.check} check in the report`
    else if (k.status !== 'fail') row.note = `${k.id} check ${k.status}: ${k.summary}`
    else if (!culpritOk) row.note = `culprit ${c.culprit.fn} not in the top ${k.id} stack` + (top ? ` (top: ${top.name} @ ${top.site})` : '')
  }
  row.ok = json.verdict === c.expect && culpritOk && json.load.base.errors + json.load.head.errors === 0
  if (json.load.base.errors + json.load.head.errors > 0) row.note = `load errors: base ${json.load.base.errors}, head ${json.load.head.errors}`
  if (failed.length > 0) {
    row.figure = failed.map((k) => `${fmtCheck(k)} (${shortName(k.top?.[0]?.name ?? '?')}${k.top?.[0] && k.top[0].site !== k.top[0].name ? ` @ ${shortName(k.top[0].site)}` : ''})`).join('; ')
  } else {
    row.figure = ['goroutines', 'heap', 'cpu'].map((id) => fmtCheck(byId[id])).join(', ')
  }
  if (!settings) {
    try {
      const cfg = JSON.parse(readFileSync(join(runDir, 'manifest.json'), 'utf8')).config
      settings = `${cfg.leakTrials} leak trials of ${cfg.leakRounds} rounds of ${cfg.requests} requests, CPU pairs ${cfg.cpuPairs}-${cfg.maxCpuPairs} of ${cfg.cpuSeconds} s, concurrency ${cfg.concurrency}, warm-up ${cfg.warmupRequests}, CPU alpha ${cfg.thresholds.cpuAlpha}`
    } catch {
      // an older manifest: leave the settings unsaid
    }
  }
  row.checks = Object.fromEntries(json.checks.map((k) => [k.id, { status: k.status, delta: k.delta, base: k.base, head: k.head, p: k.p, trials: k.trials }]))
  if (leakProfile) {
    const lf = leakFigures(runDir, c, json.load.head.trials ?? 3)
    if (!lf) row.leak = 'n/a'
    else if (c.culprit?.check === 'goroutines') row.leak = lf.culpritSeen ? `confirms (${lf.base}→${lf.head})` : `misses (${lf.base}→${lf.head})`
    else row.leak = `${lf.base}→${lf.head}`
  }
  return row
}

const header = ['framework', 'case', 'expected', 'got', 'time', 'key figure', ...(leakProfile ? ['goroutineleak'] : [])]
function cells(r) {
  const got = r.ok ? r.got : `**${r.got}** ✗`
  return [r.fw, r.name, r.expect, got, `${r.seconds.toFixed(0)} s`, r.note && !r.ok ? `${r.figure} — ${r.note}` : r.figure, ...(leakProfile ? [r.leak] : [])]
}
function mdRow(vals) {
  return `| ${vals.map((v) => String(v).replace(/\|/g, '\\|')).join(' | ')} |`
}
function printRow(r) {
  const c = cells(r)
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${c[0]}/${c[1]}: expected ${r.expect}, got ${r.got} in ${c[4]}: ${c[5]}${leakProfile ? ` [goroutineleak: ${r.leak}]` : ''}`)
}

let settings = null
const rounds = []
const t0 = Date.now()
for (let round = 1; round <= repeat; round++) {
  if (repeat > 1) console.log(`# round ${round} of ${repeat}`)
  const rows = []
  for (const c of cases) {
    const row = runCase(c, round)
    printRow(row)
    rows.push(row)
  }
  rounds.push(rows)
}

const last = rounds[rounds.length - 1]
const lines = []
lines.push(`# pprof-gate framework corpus`, '')
lines.push(
  `${cases.length} cases, default settings${settings ? ` (${settings})` : ''}, ${repeat} round(s), ` +
    `${((Date.now() - t0) / 60000).toFixed(1)} min in all; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC` +
    (leakProfile ? '; goroutineleak: leaked goroutines base→head (median of trials) from Go\'s goroutineleak profile, and whether it lists the culprit' : ''),
  ''
)
lines.push(mdRow(header), mdRow(header.map(() => '---')))
for (const r of last) lines.push(mdRow(cells(r)))
const flips = []
const misses = rounds.flat().filter((r) => !r.ok)
if (repeat > 1) {
  lines.push('', `## ${repeat} rounds`, '')
  lines.push(mdRow(['case', 'expected', ...rounds.map((_, i) => `round ${i + 1}`), 'flipped']), mdRow(['---', '---', ...rounds.map(() => '---'), '---']))
  for (let i = 0; i < cases.length; i++) {
    const got = rounds.map((rows) => rows[i].got)
    const flipped = new Set(got).size > 1
    if (flipped) flips.push(`${cases[i].fw}/${cases[i].name}: ${got.join(', ')}`)
    lines.push(mdRow([`${cases[i].fw}/${cases[i].name}`, cases[i].expect, ...rounds.map((rows) => `${rows[i].got}${rows[i].ok ? '' : ' ✗'} ${rows[i].seconds.toFixed(0)} s`), flipped ? 'yes' : 'no']))
  }
  lines.push('', flips.length ? `Verdict changed between rounds: ${flips.join('; ')}` : 'No verdict changed between rounds.')
}
if (misses.length) lines.push('', `Not as expected: ${misses.map((r) => `${r.fw}/${r.name} (round ${r.round}: ${r.got}${r.note ? `, ${r.note}` : ''})`).join('; ')}`)
const md = lines.join('\n') + '\n'
writeFileSync(join(outDir, 'corpus.md'), md)
writeFileSync(join(outDir, 'corpus.json'), JSON.stringify({ repeat, goroutineleak: leakProfile, rounds }, null, 2))
console.log('')
console.log(md)
console.log(`written to ${join(outDir, 'corpus.md')} (raw: corpus.json, run directories: corpus-runs/)`)
process.exit(misses.length ? 1 : 0)
