/**
 * The CPU time a process has used, from the kernel's own accounting
 * (Linux /proc): the sum of every thread's run time in nanoseconds
 * (/proc/PID/task/TID/schedstat), or utime + stime in clock ticks
 * (/proc/PID/stat) where schedstat is missing. Unlike the CPU profile's
 * samples (one per 10 ms of CPU), this has no sampling noise, so it is what
 * CPU per request is computed from; the profile says where the time went.
 * Returns null where /proc is not available.
 */
import { readFile, readdir } from 'node:fs/promises'

const TICKS_PER_SECOND = 100

export async function processCpuNs(pid: number): Promise<number | null> {
  try {
    const tasks = await readdir(`/proc/${pid}/task`)
    let total = 0
    let any = false
    for (const tid of tasks) {
      try {
        const text = await readFile(`/proc/${pid}/task/${tid}/schedstat`, 'latin1')
        const ns = Number(text.split(' ')[0])
        if (Number.isFinite(ns)) {
          total += ns
          any = true
        }
      } catch {
        // the thread ended between readdir and read: its time is lost, which is rare for Go
      }
    }
    if (any && total > 0) return total
  } catch {
    // fall through to /proc/PID/stat
  }
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'latin1')
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const utime = Number(fields[11])
    const stime = Number(fields[12])
    if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null
    return ((utime + stime) * 1e9) / TICKS_PER_SECOND
  } catch {
    return null
  }
}
