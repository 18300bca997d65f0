/**
 * A service whose grandchild leaves its process group, its parentage and
 * its environment (a double fork with a cleared environment, so no marker)
 * is still stopped: where the kernel allows it (cgroup v2, writable), each
 * service runs in a cgroup of its own, which stop() empties. Without one
 * (PPROF_GATE_NO_CGROUP=1, or a runner where cgroups are not ours) such a
 * grandchild outlives the service: the second case shows why the cgroup is
 * needed, and that the fallback is said.
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { MARKER_ENV, serviceContainment, startService, stopAllServices, type RunningService } from '../src/harness/process.js'
import { buildGo } from './helpers/go.js'

let bin: string
let tmp: string
let seq = 0

beforeAll(async () => {
  bin = await buildGo('testdata/services/misbehave')
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-contain-'))
})
/** Grandchildren that may outlive a failing case: killed at the end whatever happened. */
const escaped: number[] = []

afterAll(async () => {
  await stopAllServices()
  for (const pid of escaped) if (alive(pid)) process.kill(pid, 'SIGKILL')
  await rm(tmp, { recursive: true, force: true })
})

const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) [ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

async function startEscaper(): Promise<{ svc: RunningService; sleeper: number }> {
  const svc = await startService({ name: 'escape', binary: bin, args: ['-mode', 'escape'], env: {}, cwd: tmp, logFile: path.join(tmp, `svc-${seq++}.log`) })
  let sleeper = 0
  for (let i = 0; i < 100 && !sleeper; i++) {
    sleeper = Number(/sleeper pid (\d+)/.exec(svc.logTail())?.[1] ?? 0)
    if (!sleeper) await new Promise((r) => setTimeout(r, 50))
  }
  expect(sleeper).toBeGreaterThan(0)
  // Out of reach of the process group, the parentage walk and the marker.
  const text = readFileSync(`/proc/${sleeper}/stat`, 'utf8')
  const stat = text.slice(text.lastIndexOf(')') + 2).split(' ')
  expect(Number(stat[1])).not.toBe(svc.pid) // ppid
  expect(Number(stat[2])).not.toBe(svc.pid) // pgrp
  expect(readFileSync(`/proc/${sleeper}/environ`, 'latin1')).not.toContain(MARKER_ENV)
  return { svc, sleeper }
}

const cgroupWritable = (() => {
  try {
    const own = readFileSync('/proc/self/cgroup', 'utf8').split('\n').find((l) => l.startsWith('0::'))
    return own !== undefined && process.getuid?.() === 0
  } catch {
    return false
  }
})()

;(cgroupWritable ? test : test.skip)('in its own cgroup: the escaped grandchild is stopped with the service, the cgroup removed', async () => {
  const { svc, sleeper } = await startEscaper()
  escaped.push(sleeper)
  expect(svc.containment).toBe('cgroup')
  const cgroupLine = readFileSync(`/proc/${svc.pid}/cgroup`, 'utf8').split('\n').find((l) => l.startsWith('0::'))!
  expect(cgroupLine).toMatch(/\/pprof-gate-\d+-[0-9a-f]+$/)
  expect(readFileSync(`/proc/${sleeper}/cgroup`, 'utf8')).toContain(cgroupLine)
  await svc.stop(300) // the sleeper ignores SIGTERM
  expect(alive(sleeper)).toBe(false)
  expect(serviceContainment()).toContain('cgroup')
  const mount = readFileSync('/proc/self/mountinfo', 'utf8').split('\n').map((l) => l.split(' - ')).find((p) => p[1]?.startsWith('cgroup2 '))![0].split(' ')[4]
  expect(existsSync(path.join(mount, cgroupLine.slice(3)))).toBe(false)
})

test('without a cgroup (PPROF_GATE_NO_CGROUP=1) the same grandchild escapes: the fallback is the process group, and says so', async () => {
  process.env.PPROF_GATE_NO_CGROUP = '1'
  let sleeper = 0
  try {
    const started = await startEscaper()
    sleeper = started.sleeper
    expect(started.svc.containment).toBe('process-group')
    await started.svc.stop(300)
    expect(alive(sleeper)).toBe(true) // the limitation the cgroup removes
    expect(serviceContainment()).toContain('process-group')
  } finally {
    delete process.env.PPROF_GATE_NO_CGROUP
    if (sleeper) process.kill(sleeper, 'SIGKILL')
  }
})
