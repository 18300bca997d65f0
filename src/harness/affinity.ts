/**
 * Where CPU trials run. On a machine with two or more CPUs the service gets
 * the upper half and pprof-gate (the load driver) the lower half, so the
 * driver's own work never competes with the service for a CPU, and the
 * service's GOMAXPROCS is fixed to its share for base and head alike
 * (a user's GOMAXPROCS wins). Affinity is set with taskset (util-linux);
 * without it, or on one CPU, both run where the kernel puts them and the
 * manifest says so.
 */
import { execFile } from 'node:child_process'
import { availableParallelism } from 'node:os'

export interface CpuPlacement {
  /** taskset CPU lists, or null when not pinned. */
  serviceCpus: string | null
  driverCpus: string | null
  /** Environment for the service (GOMAXPROCS). */
  env: Record<string, string>
  /** For the manifest and the report: how the CPU trials were isolated. */
  how: string
}

function run(cmd: string, args: string[]): Promise<{ ok: boolean; out: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: 5000 }, (err, stdout, stderr) => resolve({ ok: !err, out: `${stdout}${stderr}`.trim() }))
  })
}

/** The CPUs this process may use now, from taskset -p; null when taskset is missing. */
async function allowedCpus(): Promise<number[] | null> {
  const r = await run('taskset', ['-c', '-p', String(process.pid)])
  if (!r.ok) return null
  const list = /:\s*([\d,\s-]+)$/.exec(r.out)?.[1]
  if (!list) return null
  const cpus: number[] = []
  for (const part of list.split(',')) {
    const [a, b] = part.trim().split('-').map(Number)
    for (let c = a; c <= (b ?? a); c++) cpus.push(c)
  }
  return cpus.length > 0 && cpus.every(Number.isInteger) ? cpus : null
}

export async function cpuPlan(userEnv: Record<string, string>): Promise<CpuPlacement> {
  const cpus = await allowedCpus()
  const userProcs = userEnv.GOMAXPROCS ?? process.env.GOMAXPROCS
  if (!cpus || cpus.length < 2) {
    const n = cpus?.length ?? availableParallelism()
    return {
      serviceCpus: null,
      driverCpus: null,
      env: userProcs ? {} : { GOMAXPROCS: String(n) },
      how: cpus ? `not pinned (one CPU); GOMAXPROCS=${userProcs ?? n}` : `not pinned (taskset not found); GOMAXPROCS=${userProcs ?? n}`
    }
  }
  const half = Math.floor(cpus.length / 2)
  const driver = cpus.slice(0, half)
  const service = cpus.slice(half)
  return {
    serviceCpus: service.join(','),
    driverCpus: driver.join(','),
    env: userProcs ? {} : { GOMAXPROCS: String(service.length) },
    how: `service on CPU ${service.join(',')}, load driver on CPU ${driver.join(',')}; GOMAXPROCS=${userProcs ?? service.length}`
  }
}

/**
 * Pins every thread of a process to `cpus` (threads it starts later inherit
 * it); returns a function that restores what it had. A failure leaves the
 * process where it was: isolation helps the figures, it is not required.
 */
export async function pinProcess(pid: number, cpus: string | null): Promise<() => Promise<void>> {
  if (cpus === null) return async () => {}
  const before = await run('taskset', ['-c', '-p', String(pid)])
  const had = /:\s*([\d,\s-]+)$/.exec(before.out)?.[1]?.trim()
  const r = await run('taskset', ['-a', '-c', '-p', cpus, String(pid)])
  if (!r.ok || !had) return async () => {}
  return async () => {
    await run('taskset', ['-a', '-c', '-p', had, String(pid)])
  }
}
