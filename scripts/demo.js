// npm run demo: the main job on the bundled example. Builds the Go program
// in testdata/progs/profgen, has it write real base and head profiles (heap,
// goroutine, CPU), and runs `pprof-gate compare` on each pair, printing the
// reports. Nothing is faked: the numbers come from the Go runtime.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..')
const out = join(root, '.tmp', 'demo')
mkdirSync(out, { recursive: true })

function step(msg) {
  process.stderr.write(`\n== ${msg}\n`)
}

try {
  execFileSync('go', ['version'], { stdio: 'ignore' })
} catch {
  console.error('demo: the Go toolchain is needed (go not found on PATH); install Go 1.26 and retry')
  process.exit(2)
}

step('building testdata/progs/profgen')
const bin = join(out, 'profgen')
const build = spawnSync('go', ['build', '-o', bin, '.'], { cwd: join(root, 'testdata/progs/profgen'), encoding: 'utf8' })
if (build.status !== 0) {
  console.error(`demo: go build failed:\n${build.stderr}`)
  process.exit(2)
}

let failed = false
for (const [kind, sampleType] of [
  ['goroutine', 'goroutine'],
  ['heap', 'inuse_space'],
  ['cpu', 'cpu']
]) {
  step(`${kind}: writing base and head profiles with runtime/pprof`)
  for (const variant of ['base', 'head']) {
    const file = join(out, `${variant}.${kind}.pb.gz`)
    const r = spawnSync(bin, ['-variant', variant, '-kind', kind, '-o', file], { encoding: 'utf8', timeout: 60000 })
    if (r.status !== 0) {
      console.error(`demo: profgen ${variant} ${kind} failed:\n${r.stderr}`)
      process.exit(2)
    }
  }
  step(`pprof-gate compare (${kind}, ${sampleType})`)
  const args = [
    join(root, 'dist/cli.js'),
    'compare',
    join(out, `base.${kind}.pb.gz`),
    join(out, `head.${kind}.pb.gz`),
    '--sample-type',
    sampleType,
    '--top',
    '8'
  ]
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' })
  if (r.status !== 0) failed = true
}
process.stderr.write(`\nProfiles are in ${out}\n`)
process.exit(failed ? 1 : 0)
