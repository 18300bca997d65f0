// npm run demo: the main job on the bundled example. `pprof-gate run` builds
// base and head of the example service in testdata/cases/goroutine-leak (head
// starts a goroutine per request that never ends), loads both over loopback,
// fetches their profiles and gives the verdict; then `pprof-gate compare`
// shows the goroutine profiles of one head trial side by side. Nothing is
// faked: the numbers come from the Go runtime.
import { execFileSync, spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const example = join(root, 'testdata', 'cases', 'goroutine-leak')
const out = join(root, '.tmp', 'demo')
const cli = join(root, 'dist', 'cli.js')

try {
  execFileSync('go', ['version'], { stdio: 'ignore' })
} catch {
  console.error('demo: the Go toolchain is needed (go not found on PATH); install Go 1.26 and retry')
  process.exit(2)
}
rmSync(out, { recursive: true, force: true })

console.error(`demo: pprof-gate run on ${example} (head leaks a goroutine per request)\n`)
const run = spawnSync(process.execPath, [cli, 'run', '--base-dir', join(example, 'base'), '--head-dir', join(example, 'head'), '--out', out], {
  stdio: 'inherit'
})
if (run.status !== 1) {
  console.error(`\ndemo: expected the verdict FAIL (exit 1), got exit ${run.status}`)
  process.exit(run.status === 0 ? 1 : 2)
}

console.error('\ndemo: pprof-gate compare of head leak trial 1, goroutines after round 1 vs after round 2\n')
const cmp = spawnSync(
  process.execPath,
  [cli, 'compare', join(out, 'head-1', 'goroutine-round1.pb.gz'), join(out, 'head-1', 'goroutine-round2.pb.gz'), '--top', '5'],
  { stdio: 'inherit' }
)
console.error(`\ndemo: the gate failed head as it should (exit 1 from pprof-gate run); profiles, logs and manifest are in ${out}`)
process.exit(cmp.status === 0 ? 0 : 2)
