// Copies a run directory into testdata/recorded/<name>/ as golden data for
// __tests__/judge.test.ts: the manifest, every trial's trial.json and
// profiles, without the binaries, logs and flame graphs, and with this
// machine's paths in the JSON made relative (judge finds each trial's files
// by their names inside the directory).
// Usage: node scripts/record-run.js RUN_DIR NAME
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const [runDir, name] = process.argv.slice(2)
if (!runDir || !name) {
  console.error('usage: node scripts/record-run.js RUN_DIR NAME')
  process.exit(2)
}
const root = resolve(import.meta.dirname, '..')
const src = resolve(runDir)
const out = join(root, 'testdata', 'recorded', name)
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const relative = (text) => text.split(src).join('.').split(root).join('.')
for (const entry of readdirSync(src)) {
  const from = join(src, entry)
  if (!statSync(from).isDirectory() || entry === 'bin') continue
  mkdirSync(join(out, entry))
  for (const f of readdirSync(from)) {
    if (f.endsWith('.pb.gz')) cpSync(join(from, f), join(out, entry, f))
    if (f === 'trial.json') writeFileSync(join(out, entry, f), relative(readFileSync(join(from, f), 'utf8')))
  }
}
writeFileSync(join(out, 'manifest.json'), relative(readFileSync(join(src, 'manifest.json'), 'utf8')))
console.error(`recorded ${src} as ${out}`)
