/**
 * One trial's CPU profile reduced (src/gate/cpu-profile.ts), on a real
 * profile: testdata/progs/idleprof idles the way a light service does
 * (goroutines waking each other through channels and sleeps, so Ms spin in
 * findRunnable, steal and park in futexes), burns CPU in two known
 * functions and allocates over a live heap. Every figure is checked against
 * `go tool pprof -top` on the same file, with the idle set written here as
 * a regular expression of its own.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { classifyStack, reduceCpuProfile } from '../src/gate/cpu-profile.js'
import type { TrialCpu } from '../src/gate/cpu-profile.js'
import { decodeProfile } from '../src/pprof/index.js'
import { GO, buildGo, run } from './helpers/go.js'
import { parseTop } from './helpers/pproftop.js'
import type { TopRow } from './helpers/pproftop.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const closure = '(\\.func[0-9]+(\\.[0-9]+)*)?$'
const IDLE = `^runtime\\.(findRunnable|findrunnable|stopm|mPark|stoplockedm|gcstopm|sysmon|templateThread)${closure}`
const FOUND_WORK = `^runtime\\.(runqget|globrunqget|globrunqgetbatch|injectglist|\\(\\*timers\\)\\.run|\\(\\*timer\\)\\.unlockAndRun|runtimer|runOneTimer)${closure}`
const GC = `^runtime\\.(gcBgMarkWorker|gcDrain|gcDrainN|gcDrainMarkWorker(Idle|Dedicated|Fractional)|gcAssistAlloc1?|markroot|bgsweep|sweepone|deductSweepCredit|\\(\\*sweepLocked\\)\\.sweep|\\(\\*mheap\\)\\.reclaim|bgscavenge|gcStart|gcMarkDone|gcMarkTermination|GC|_GC|wbBufFlush1?|gcWriteBarrier[1-8])${closure}`

let dir: string
let file: string
let trial: TrialCpu

/** pprof -top with filters: every row, and the "accounting for" figure (the samples kept). */
async function top(filters: string[]): Promise<{ rows: Map<string, TopRow>; kept: number }> {
  const args = ['tool', 'pprof', '-top', '-nodecount=1000000', '-nodefraction=0', '-edgefraction=0', '-unit=ns', ...filters, file]
  const r = await run(GO, args, { timeoutMs: 120_000 })
  if (r.code !== 0) throw new Error(`go ${args.join(' ')} failed (exit ${r.code}):\n${r.stderr}`)
  const m = /^Showing nodes accounting for (\d+)(?:ns)?,/m.exec(r.stdout)
  if (!m) throw new Error(`no "Showing nodes accounting for" line:\n${r.stdout}`)
  return { rows: parseTop(r.stdout).rows, kept: Number(m[1]) }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-cpu-profile-'))
  const bin = await buildGo(path.join(ROOT, 'testdata', 'progs', 'idleprof'))
  file = path.join(dir, 'idle.pb.gz')
  const r = await run(bin, [file, '1500ms'], { timeoutMs: 60_000 })
  if (r.code !== 0) throw new Error(`idleprof failed (exit ${r.code}): ${r.stderr}`)
  trial = reduceCpuProfile(decodeProfile(new Uint8Array(await readFile(file))))
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

test('the total and the samples are the whole profile', async () => {
  const all = await top([])
  expect(trial.totalNs).toBe(all.kept)
  expect(trial.periodNs).toBe(10_000_000)
  expect(trial.samples * trial.periodNs).toBe(trial.totalNs)
  expect(trial.busyNs + trial.idleNs).toBe(trial.totalNs)
})

test('idle work is there and is what pprof keeps with -focus on the idle frames, less the work they found', async () => {
  const idle = await top([`-focus=${IDLE}`])
  const foundWork = await top([`-focus=${FOUND_WORK}`])
  const foundWorkNotIdle = await top([`-focus=${FOUND_WORK}`, `-ignore=${IDLE}`])
  // Found-work frames only run under idle ones (the scheduler), so the two cancel exactly.
  expect(trial.idleNs).toBe(idle.kept - (foundWork.kept - foundWorkNotIdle.kept))
  // The program idles most of its wall time: spinning and parking Ms show up.
  expect(trial.idleNs).toBeGreaterThan(0)
  expect(trial.idleNs / trial.totalNs).toBeLessThan(0.9)
})

test('flat and cum per function over the work samples equal pprof -top -ignore=IDLE plus the found work', async () => {
  const notIdle = await top([`-ignore=${IDLE}`])
  const found = await top([`-focus=${FOUND_WORK}`])
  const foundNotIdle = await top([`-focus=${FOUND_WORK}`, `-ignore=${IDLE}`])
  const want = new Map<string, TopRow>()
  const add = (rows: Map<string, TopRow>, sign: number) => {
    for (const [name, row] of rows) {
      const have = want.get(name) ?? { flat: 0, cum: 0 }
      want.set(name, { flat: have.flat + sign * row.flat, cum: have.cum + sign * row.cum })
    }
  }
  add(notIdle.rows, 1)
  add(found.rows, 1)
  add(foundNotIdle.rows, -1)
  for (const [name, row] of want) if (row.flat === 0 && row.cum === 0) want.delete(name)
  const got = new Map([...trial.functions].map(([name, f]) => [name, { flat: f.flat, cum: f.cum }]))
  expect(got).toEqual(want)
  expect(trial.busyNs).toBe(notIdle.kept + found.kept - foundNotIdle.kept)
})

test('the known functions are named with file and line; the request path carries the burn', () => {
  const burn = trial.functions.get('main.burn')!
  expect(burn.file).toMatch(/testdata\/progs\/idleprof\/main\.go$/)
  expect(burn.line).toBeGreaterThan(0)
  expect(burn.cum).toBeGreaterThan(0)
  expect(trial.functions.get('main.handle')!.cum).toBeGreaterThanOrEqual(burn.cum - (trial.functions.get('main.spin')?.cum ?? 0))
  expect(trial.busySamples).toBe(trial.busyNs / trial.periodNs)
})

test('GC work is counted in the work and reported: at least what pprof keeps with -focus=GC -ignore=IDLE', async () => {
  const gc = await top([`-focus=${GC}`, `-ignore=${IDLE}`])
  const found = await top([`-focus=${FOUND_WORK}`])
  expect(trial.gcNs).toBeGreaterThanOrEqual(gc.kept)
  expect(trial.gcNs).toBeLessThanOrEqual(gc.kept + found.kept)
  expect(trial.gcNs).toBeGreaterThan(0)
  expect(trial.gcNs).toBeLessThanOrEqual(trial.busyNs)
})

describe('classifyStack', () => {
  test.each([
    [['runtime.futex', 'runtime.futexsleep', 'runtime.notesleep', 'runtime.mPark', 'runtime.stopm', 'runtime.findRunnable', 'runtime.schedule'], 'idle'],
    [['runtime.usleep', 'runtime.runqgrab', 'runtime.runqsteal', 'runtime.stealWork', 'runtime.findRunnable', 'runtime.schedule'], 'idle'],
    [['internal/runtime/syscall/linux.EpollWait', 'runtime.netpoll', 'runtime.findRunnable'], 'idle'],
    [['runtime.usleep', 'runtime.sysmon', 'runtime.mstart1'], 'idle'],
    [['runtime.globrunqgetbatch', 'runtime.findRunnable', 'runtime.schedule'], 'work'],
    [['runtime.goroutineReady', 'runtime.(*timer).unlockAndRun', 'runtime.(*timers).run', 'runtime.(*timers).check', 'runtime.findRunnable'], 'work'],
    [['runtime.futex', 'runtime.futexsleep', 'runtime.lock2', 'main.handler'], 'work'],
    [['runtime.scanobject', 'runtime.gcDrain', 'runtime.gcBgMarkWorker.func2', 'runtime.systemstack', 'runtime.gcBgMarkWorker'], 'gc'],
    [['runtime.memclrNoHeapPointers', 'runtime.mallocgc', 'main.handler'], 'work'],
    [['runtime.gcDrainN', 'runtime.gcAssistAlloc1', 'runtime.gcAssistAlloc.func2', 'runtime.mallocgc', 'main.handler'], 'gc'],
    [['main.sysmonitor'], 'work'],
    [['runtime.findRunnableGCWorker'], 'work']
  ])('%j is %s', (frames, kind) => {
    expect(classifyStack(frames as string[])).toBe(kind)
  })
})
