/**
 * The CPU time a process has used, from the kernel's own accounting (Linux
 * /proc): per thread, /proc/PID/task/TID/schedstat gives the time run on a
 * CPU and the time spent runnable but waiting for one (run-queue wait), in
 * nanoseconds; /proc/PID/stat's utime + stime (clock ticks) stands in where
 * schedstat is missing. Unlike the CPU profile's samples (one per 10 ms of
 * CPU), this has no sampling noise, so it is what CPU per request is
 * computed from; the profile says where the time went. A thread that ends
 * between two readings takes its time with it, which is rare for Go (it
 * keeps its threads). Returns null where /proc is not available.
 */
import { readFile, readdir } from 'node:fs/promises'

const TICKS_PER_SECOND = 100

export interface CpuTimes {
  cpuNs: number
  /** null when only /proc/PID/stat was readable */
  runQueueNs: number | null
}

export async function processCpuTimes(pid: number): Promise<CpuTimes | null> {
  try {
    const tasks = await readdir(`/proc/${pid}/task`)
    let cpuNs = 0
    let runQueueNs = 0
    let any = false
    for (const tid of tasks) {
      try {
        const [run, wait] = (await readFile(`/proc/${pid}/task/${tid}/schedstat`, 'latin1')).split(' ').map(Number)
        if (Number.isFinite(run) && Number.isFinite(wait)) {
          cpuNs += run
          runQueueNs += wait
          any = true
        }
      } catch {
        // the thread ended between readdir and read
      }
    }
    if (any && cpuNs > 0) return { cpuNs, runQueueNs }
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
    return { cpuNs: ((utime + stime) * 1e9) / TICKS_PER_SECOND, runQueueNs: null }
  } catch {
    return null
  }
}
