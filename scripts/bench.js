#!/usr/bin/env node
// Benchmark of the profile engine: `npm run bench [-- --runs 3 --sizes 1,10,50]`.
//
// Generates pairs of synthetic Go-like CPU profiles (testdata/bench-gen) of about 1, 10 and 50 MB
// decompressed into .bench/ (cached by parameters and generator source), then measures wall time and
// peak RSS of fresh child processes, the median of --runs runs each:
//   ours      node dist/cli.js compare BASE HEAD --format json --top 0 > /dev/null
//   pprof     go tool pprof -top -diff_base=BASE HEAD > /dev/null
//   pako      node start + pako.inflate of both files (what a pure-JS tool cannot avoid)
//   zlib      node start + zlib.gunzipSync of both files (the physical floor)
//   ours x10  ours on the base written with 10x the samples (same distinct stacks) vs the normal head
// It prints a table and the target ratios with PASS/MISS, and writes the same as markdown to
// .bench/results.md. It reports and never gates: the exit code is 0 unless a command fails.

import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, openSync, readSync, closeSync, fstatSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BENCH = path.join(ROOT, '.bench')
const GEN_DIR = path.join(ROOT, 'testdata', 'bench-gen')
const GEN_BIN = path.join(BENCH, 'bench-gen')
const CLI = path.join(ROOT, 'dist', 'cli.js')
const NODE = process.execPath
const MB = 1e6

const TARGETS = {
  speedup: { min: 25, label: 'speedup vs go tool pprof', target: '>= 25x (10 MB pair)' },
  added: { max: 0.5, label: 'time added over node + pako gunzip', target: '<= 50%' },
  rss: { max: 0.2, label: 'peak RSS vs go tool pprof', target: '<= 1/5' },
  scaling: { max: 1.2, strict: true, label: 'peak RSS with 10x samples vs normal', target: '< 1.2x' }
}

const USAGE = `usage: npm run bench -- [options]
  --runs N           runs per measurement, median reported (default 3)
  --sizes LIST       pair sizes in decompressed MB (default 1,10,50)
  --tools LIST       any of ours,pprof,pako,zlib (default all)
  --factor F         samples factor of the memory-scaling base (default 10; 1 disables)
  --scaling-size N   pair size whose base gets the 10x variant (default 10; must be in --sizes)
  --repeat-limit S   a measurement slower than S seconds is not repeated (default 60)
  --seed S           generator seed (default 1)
  --kind cpu|heap    profile kind (default cpu)
  --regen            regenerate the profiles even if cached`

// ----------------------------------------------------------------------------------------------
// options

function parseArgs(argv) {
  const o = { runs: 3, sizes: [1, 10, 50], tools: ['ours', 'pprof', 'pako', 'zlib'], factor: 10, scalingSize: 10, repeatLimit: 60, seed: 1, kind: 'cpu', regen: false }
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]
    let v
    const eq = a.indexOf('=')
    if (a.startsWith('--') && eq > 0) { v = a.slice(eq + 1); a = a.slice(0, eq) }
    const next = () => {
      if (v !== undefined) return v
      if (i + 1 >= argv.length) usage(`${a} needs a value`)
      return argv[++i]
    }
    const num = (s, name) => {
      const n = Number(s)
      if (!Number.isFinite(n) || n <= 0) usage(`${name} must be a positive number, got '${s}'`)
      return n
    }
    switch (a) {
      case '--runs': o.runs = Math.floor(num(next(), a)); break
      case '--sizes': o.sizes = next().split(',').filter(Boolean).map((s) => num(s, a)); break
      case '--tools': {
        o.tools = next().split(',').filter(Boolean)
        for (const t of o.tools) if (!['ours', 'pprof', 'pako', 'zlib'].includes(t)) usage(`--tools: unknown tool '${t}'`)
        break
      }
      case '--factor': o.factor = Math.floor(num(next(), a)); break
      case '--scaling-size': o.scalingSize = num(next(), a); break
      case '--repeat-limit': o.repeatLimit = num(next(), a); break
      case '--seed': o.seed = Math.floor(num(next(), a)); break
      case '--kind': o.kind = next(); if (!['cpu', 'heap'].includes(o.kind)) usage(`--kind must be cpu or heap, got '${o.kind}'`); break
      case '--regen': o.regen = true; break
      case '-h': case '--help': console.log(USAGE); process.exit(0); break
      default: usage(`unknown option '${a}'`)
    }
  }
  return o
}

function usage(msg) {
  console.error(`bench: ${msg}\n${USAGE}`)
  process.exit(2)
}

function die(msg) {
  console.error(`bench: ${msg}`)
  process.exit(1)
}

// ----------------------------------------------------------------------------------------------
// tools

function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts })
}

function findGo() {
  for (const c of ['go', '/usr/local/go/bin/go']) {
    const r = run(c, ['env', 'GOVERSION'])
    if (r.status === 0) return { go: c, version: r.stdout.trim() }
  }
  die('go not found (install Go or put it on PATH); it builds testdata/bench-gen and runs go tool pprof')
}

// How to measure peak RSS: GNU time (installing Debian's `time` if missing and we are root), else a
// python3 wrapper reading getrusage(RUSAGE_CHILDREN).
function rssMeter() {
  const gnuTime = () => existsSync('/usr/bin/time') && run('/usr/bin/time', ['-f', '%M', 'true']).status === 0
  if (gnuTime()) return { kind: 'time', note: '/usr/bin/time (%M; cpu s = %U + %S)' }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot && run('sh', ['-c', 'command -v apt-get']).status === 0) {
    console.log('bench: /usr/bin/time is missing; installing the Debian package "time" (apt-get install time)')
    run('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    run('apt-get', ['install', '-y', '-qq', 'time'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    if (gnuTime()) return { kind: 'time', note: '/usr/bin/time (%M; cpu s = %U + %S; Debian package "time", installed by this run)' }
  }
  if (run('python3', ['-c', 'import resource']).status === 0) {
    console.log('bench: /usr/bin/time unavailable; measuring peak RSS with python3 getrusage(RUSAGE_CHILDREN)')
    return { kind: 'python', note: 'python3 getrusage(RUSAGE_CHILDREN) (ru_maxrss; cpu s = ru_utime + ru_stime)' }
  }
  die('cannot measure peak RSS: install GNU time (Debian package "time") or python3')
}

const PY_WRAPPER = `import resource, subprocess, sys
out = sys.argv[1]
r = subprocess.run(sys.argv[2:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
with open(out, "w") as f:
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    f.write("0 %d %f %f\\n" % (u.ru_maxrss, u.ru_utime, u.ru_stime))
sys.exit(r.returncode if r.returncode >= 0 else 128 - r.returncode)`

// measure runs cmd once in a fresh process, stdout to /dev/null; returns wall seconds and peak RSS.
function measure(meter, cmd, args) {
  const out = path.join(BENCH, `.measure-${process.pid}`)
  rmSync(out, { force: true })
  const argv = meter.kind === 'time'
    ? ['/usr/bin/time', ['-f', '%e %M %U %S', '-o', out, cmd, ...args]]
    : ['python3', ['-c', PY_WRAPPER, out, cmd, ...args]]
  const t0 = process.hrtime.bigint()
  const r = spawnSync(argv[0], argv[1], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 16 << 20 })
  const wall = Number(process.hrtime.bigint() - t0) / 1e9
  let rssKB = NaN
  let cpu = NaN
  if (existsSync(out)) {
    const lines = readFileSync(out, 'utf8').trim().split('\n')
    const f = lines[lines.length - 1].split(' ').map(Number)
    rssKB = f[1]
    cpu = f[2] + f[3]
    rmSync(out, { force: true })
  }
  const ok = r.status === 0
  const err = ok ? '' : (r.error ? r.error.message : (r.stderr || '').trim().split('\n').slice(-3).join(' | ') || `exit status ${r.status ?? r.signal}`)
  return { ok, wall, cpu, rssMB: rssKB * 1024 / MB, err, status: r.status }
}

// ----------------------------------------------------------------------------------------------
// profiles

function genHash(goVersion) {
  const h = createHash('sha256')
  for (const f of ['main.go', 'go.mod', 'go.sum']) {
    const p = path.join(GEN_DIR, f)
    if (existsSync(p)) h.update(f).update(readFileSync(p))
  }
  return h.update(goVersion).digest('hex').slice(0, 16)
}

function buildGen(go) {
  process.stdout.write('bench: building testdata/bench-gen ... ')
  const r = run(go, ['build', '-o', GEN_BIN, '.'], { cwd: GEN_DIR })
  if (r.status !== 0) die(`go build in testdata/bench-gen failed:\n${r.stderr}`)
  console.log('ok')
}

// gzip ISIZE: the decompressed size mod 2^32 of the (single) member
function gunzippedSize(file) {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    const b = Buffer.alloc(4)
    readSync(fd, b, 0, 4, size - 4)
    return b.readUInt32LE(0)
  } finally {
    closeSync(fd)
  }
}

// generate runs bench-gen unless .bench/ already holds the files for these exact parameters.
function generate(o, hash, name, genArgs, outputs) {
  const metaFile = path.join(BENCH, `${name}.json`)
  const params = { genArgs, hash }
  if (!o.regen && existsSync(metaFile)) {
    try {
      const meta = JSON.parse(readFileSync(metaFile, 'utf8'))
      if (JSON.stringify(meta.params) === JSON.stringify(params) && meta.stats.length === outputs.length &&
          meta.stats.every((s) => existsSync(s.file) && statSync(s.file).size === s.compressedBytes)) {
        console.log(`bench: ${name}: cached`)
        return meta.stats
      }
    } catch {
      // regenerate
    }
  }
  process.stdout.write(`bench: ${name}: generating ... `)
  const t0 = process.hrtime.bigint()
  const r = run(GEN_BIN, genArgs, { cwd: ROOT })
  if (r.status !== 0) die(`bench-gen ${genArgs.join(' ')} failed:\n${r.stderr}`)
  const stats = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
  for (const s of stats) s.file = path.resolve(ROOT, s.file)
  console.log(`${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s`)
  writeFileSync(metaFile, JSON.stringify({ params, stats }, null, 2) + '\n')
  return stats
}

function profiles(o, hash) {
  const pairs = []
  for (const size of o.sizes) {
    const stem = `${o.kind}-${size}mb-s${o.seed}`
    const base = path.join('.bench', `${stem}-base.pb.gz`)
    const head = path.join('.bench', `${stem}-head.pb.gz`)
    const common = ['-size-mb', String(size), '-seed', String(o.seed), '-kind', o.kind]
    const [b, h] = generate(o, hash, `${stem}-pair`, [...common, '-o', base, '-pair-o', head], [base, head])
    const pair = { size, base: b, head: h }
    if (size === o.scalingSize && o.factor > 1) {
      const bx = path.join('.bench', `${stem}-base-x${o.factor}.pb.gz`)
      ;[pair.baseX] = generate(o, hash, `${stem}-x${o.factor}`, [...common, '-samples-factor', String(o.factor), '-o', bx], [bx])
    }
    pairs.push(pair)
  }
  return pairs
}

// ----------------------------------------------------------------------------------------------
// formatting

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-')
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '-')
const wallFmt = (x) => (!Number.isFinite(x) ? '-' : x < 10 ? x.toFixed(3) : x.toFixed(1))
const mbFmt = (bytes) => (bytes / MB).toFixed(bytes < 10 * MB ? 2 : 1)

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

function textTable(header, rows) {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (r) => r.map((c, i) => (i < 2 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ')
  return [line(header), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n')
}

// align: one letter per column, l or r
function mdTable(header, rows, align) {
  const esc = (c) => String(c).replace(/\|/g, '\\|')
  return [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (align[i] === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n')
}

function verdict(t, x) {
  if (!Number.isFinite(x)) return 'n/a'
  if (t.min !== undefined) return x >= t.min ? 'PASS' : 'MISS'
  return (t.strict ? x < t.max : x <= t.max) ? 'PASS' : 'MISS'
}

// ----------------------------------------------------------------------------------------------
// main

function newestMtime(dir) {
  let newest = 0
  if (!existsSync(dir)) return 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)
  }
  return newest
}

function main() {
  const o = parseArgs(process.argv.slice(2))
  const started = process.hrtime.bigint()
  const loadAtStart = os.loadavg().map((x) => x.toFixed(1)).join(' ')
  mkdirSync(BENCH, { recursive: true })
  const { go, version: goVersion } = findGo()
  const meter = rssMeter()
  const notes = []

  buildGen(go)
  const pairs = profiles(o, genHash(goVersion))

  let pprofBin
  if (o.tools.includes('pprof')) {
    const r = run(go, ['tool', '-n', 'pprof'], { cwd: ROOT })
    if (r.status !== 0) die(`go tool -n pprof failed:\n${r.stderr}`)
    pprofBin = r.stdout.trim()
  }
  let oursMissing = false
  if (o.tools.includes('ours')) {
    if (!existsSync(CLI)) {
      oursMissing = true
      console.log('bench: dist/cli.js does not exist (run `npm run build`); the rows for our tool are reported as missing')
      notes.push('dist/cli.js was missing: no measurement of pprof-gate itself.')
    } else if (newestMtime(path.join(ROOT, 'src')) > statSync(CLI).mtimeMs) {
      console.log('bench: warning: dist/cli.js is older than src/; run `npm run build` to measure the current code')
      notes.push('dist/cli.js was older than src/ when measured.')
    }
  }

  const pakoJs = 'import { inflate } from "pako"; import { readFileSync } from "node:fs";' +
    'const a = inflate(readFileSync(process.argv[1])); const b = inflate(readFileSync(process.argv[2]));' +
    'if (a.length + b.length === 0) process.exit(3)'
  const zlibJs = 'import { gunzipSync } from "node:zlib"; import { readFileSync } from "node:fs";' +
    'const a = gunzipSync(readFileSync(process.argv[1])); const b = gunzipSync(readFileSync(process.argv[2]));' +
    'if (a.length + b.length === 0) process.exit(3)'
  const toolCmd = {
    ours: (b, h) => [NODE, [CLI, 'compare', b, h, '--format', 'json', '--top', '0']],
    pprof: (b, h) => [pprofBin, ['-top', `-diff_base=${b}`, h]],
    pako: (b, h) => [NODE, ['--input-type=module', '-e', pakoJs, b, h]],
    zlib: (b, h) => [NODE, ['--input-type=module', '-e', zlibJs, b, h]]
  }
  const toolName = {
    ours: 'pprof-gate compare (ours)',
    pprof: 'go tool pprof -top -diff_base',
    pako: 'node start + pako gunzip',
    zlib: 'node start + zlib gunzip (floor)'
  }

  // the measurement plan: [case, tool, base file, head file, decompressed bytes of both]
  const plan = []
  for (const p of pairs) {
    const bytes = gunzippedSize(p.base.file) + gunzippedSize(p.head.file)
    const name = `${p.size} MB pair`
    for (const t of o.tools) plan.push({ case: name, size: p.size, tool: t, base: p.base.file, head: p.head.file, bytes })
    if (p.baseX && o.tools.includes('ours')) {
      plan.push({ case: `${p.size} MB pair, base x${o.factor} samples`, size: p.size, tool: 'ours', scaling: true, base: p.baseX.file, head: p.head.file, bytes: gunzippedSize(p.baseX.file) + gunzippedSize(p.head.file) })
    }
  }
  if (o.factor > 1 && o.tools.includes('ours') && !o.sizes.includes(o.scalingSize)) {
    notes.push(`the memory-scaling check needs the ${o.scalingSize} MB pair (--sizes); not run.`)
  }

  // warm the page cache so that the first run does not pay for the disk
  for (const p of plan) { readFileSync(p.base); readFileSync(p.head) }

  let failed = false
  console.log(`bench: measuring with ${meter.note}, median of ${o.runs} run(s); runs slower than ${o.repeatLimit} s are not repeated`)
  // runs are interleaved within a pair (all tools once, then again) so that a change in machine load
  // hits every tool alike; a failed or slow measurement is not repeated
  for (const m of plan) {
    m.runs = []
    if (m.tool === 'ours' && oursMissing) { m.missing = true; m.done = true }
    m.cmd = m.missing ? null : toolCmd[m.tool](path.relative(ROOT, m.base), path.relative(ROOT, m.head))
  }
  for (const size of o.sizes) {
    const group = plan.filter((m) => m.size === size)
    for (let i = 0; i < o.runs; i++) {
      for (const m of group) {
        if (m.done) continue
        const r = measure(meter, m.cmd[0], m.cmd[1])
        process.stdout.write(`  ${m.case.padEnd(32)} ${m.tool.padEnd(6)} run ${i + 1}: ${r.ok ? `${wallFmt(r.wall)} s, ${f1(r.rssMB)} MB, cpu ${wallFmt(r.cpu)} s` : `FAILED (${r.err})`}\n`)
        if (!r.ok) { m.error = r.err; m.done = true; failed = true; continue }
        m.runs.push(r)
        if (r.wall > o.repeatLimit) m.done = true
      }
    }
  }
  for (const m of plan) {
    if (m.runs.length > 0 && !m.error) {
      m.wall = median(m.runs.map((r) => r.wall))
      m.rss = median(m.runs.map((r) => r.rssMB))
      m.cpu = median(m.runs.map((r) => r.cpu))
    }
  }

  // results table
  const header = ['case', 'tool', 'runs', 'wall s', 'MB/s', 'peak RSS MB', 'cpu s']
  const rows = plan.map((m) => [m.case, toolName[m.tool],
    m.missing ? 'missing' : m.error ? 'FAILED' : String(m.runs.length),
    wallFmt(m.wall), Number.isFinite(m.wall) ? f1(m.bytes / MB / m.wall) : '-', f1(m.rss), wallFmt(m.cpu)])

  const get = (size, tool, scaling = false) => plan.find((m) => m.size === size && m.tool === tool && !!m.scaling === scaling)
  const ratioHeader = ['case', 'measure', 'value', 'target', 'result']
  const ratioRows = []
  for (const p of pairs) {
    const ours = get(p.size, 'ours')
    const pprof = get(p.size, 'pprof')
    const pako = get(p.size, 'pako')
    const zlib = get(p.size, 'zlib')
    const c = `${p.size} MB pair`
    const why = (x) => (x?.missing ? 'ours missing' : 'n/a')
    if (ours && pprof) {
      const x = pprof.wall / ours.wall
      ratioRows.push([c, TARGETS.speedup.label, Number.isFinite(x) ? `${f1(x)}x` : why(ours), TARGETS.speedup.target, p.size === 10 ? verdict(TARGETS.speedup, x) : `${verdict(TARGETS.speedup, x)} (info)`])
    }
    if (ours && pako) {
      const x = (ours.wall - pako.wall) / pako.wall
      ratioRows.push([c, TARGETS.added.label, Number.isFinite(x) ? `${(x * 100).toFixed(0)}%` : why(ours), TARGETS.added.target, verdict(TARGETS.added, x)])
      // The same in cpu time (user + system, every thread): what the work adds
      // whatever else the machine runs; wall time on a busy 2-core machine
      // swings with how much of the second core our threads get.
      const y = (ours.cpu - pako.cpu) / pako.cpu
      ratioRows.push([c, 'cpu time added over node + pako gunzip', Number.isFinite(y) ? `${(y * 100).toFixed(0)}%` : why(ours), 'info', ''])
    }
    if (ours && pprof) {
      const x = ours.rss / pprof.rss
      ratioRows.push([c, TARGETS.rss.label, Number.isFinite(x) ? (x < 1 ? `${f2(x)} (1/${f1(1 / x)})` : `${f2(x)}x`) : why(ours), TARGETS.rss.target, verdict(TARGETS.rss, x)])
    }
    if (ours && zlib) {
      const x = ours.wall / zlib.wall
      ratioRows.push([c, 'time vs node + zlib gunzip floor', Number.isFinite(x) ? `${f2(x)}x` : why(ours), 'info', ''])
    }
    const xs = get(p.size, 'ours', true)
    if (ours && xs) {
      const x = xs.rss / ours.rss
      ratioRows.push([`${c}, base x${o.factor}`, TARGETS.scaling.label, Number.isFinite(x) ? `${f2(x)}x` : why(ours), TARGETS.scaling.target, verdict(TARGETS.scaling, x)])
    }
  }

  // generated profiles
  const genHeader = ['file', 'gzip MB', 'decompressed MB', 'samples', 'distinct stacks', 'locations', 'functions', 'depth min/mean/max']
  const genRows = []
  for (const p of pairs) {
    for (const s of [p.base, p.head, p.baseX].filter(Boolean)) {
      genRows.push([path.basename(s.file), mbFmt(s.compressedBytes), mbFmt(s.decompressedBytes), s.samples, s.distinctStacks, s.locations, s.functions, `${s.depthMin}/${s.depthMean}/${s.depthMax}`])
    }
  }

  const secs = Number(process.hrtime.bigint() - started) / 1e9
  const peakLoad = Math.max(Number(loadAtStart.split(' ')[0]), os.loadavg()[0])
  if (peakLoad > os.cpus().length * 0.75) {
    notes.push(`The machine was busy (1-minute load average up to ${peakLoad.toFixed(1)} on ${os.cpus().length} CPUs): wall times are noisy; compare cpu s.`)
  }
  const cpu = os.cpus()
  const env = `Node ${process.version}, ${goVersion}, ${os.platform()} ${os.arch()}, ${cpu.length} x ${cpu[0]?.model?.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, load average ${loadAtStart} at start, ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} at end`
  const footer = [
    `MB = 10^6 bytes. MB/s = decompressed MB of both files / wall time. Wall time: measured by this script around each fresh child process; peak RSS and cpu (user + system) time: ${meter.note}. Median of up to ${o.runs} runs, interleaved; a run slower than ${o.repeatLimit} s is not repeated. The targets use wall time; cpu s is the check when the machine was busy.`,
    `go tool pprof is run as the binary that \`go tool -n pprof\` names (the same tool without the go command in front)${pprofBin ? `: ${pprofBin}` : ''}.`,
    ...notes
  ]

  console.log(`\nGenerated profiles (${o.kind}, seed ${o.seed}):\n${textTable(genHeader, genRows)}`)
  console.log(`\n${textTable(header, rows)}`)
  if (ratioRows.length) console.log(`\n${textTable(ratioHeader, ratioRows)}`)
  console.log(`\n${env}; bench took ${f1(secs)} s`)
  for (const l of footer) console.log(l)

  const md = [
    '## Benchmark', '',
    `\`npm run bench\` (${new Date().toISOString().slice(0, 10)}; ${env}).`, '',
    mdTable(header, rows, 'llrrrrr'), '',
    ...(ratioRows.length ? [mdTable(ratioHeader, ratioRows, 'llrll'), ''] : []),
    `Inputs (synthetic Go-like ${o.kind} profiles from \`testdata/bench-gen\`, seed ${o.seed}):`, '',
    mdTable(genHeader, genRows, 'lrrrrrrr'), '',
    ...footer.map((l) => `${l}`), ''
  ].join('\n')
  writeFileSync(path.join(BENCH, 'results.md'), md)
  console.log('\nbench: wrote .bench/results.md')
  if (failed) {
    console.error('bench: some measurements FAILED (see above)')
    process.exit(1)
  }
}

main()
