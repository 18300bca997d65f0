/**
 * The CPU window grows when a pair's service got too little CPU time for a
 * profile worth judging (100 samples a second), and never shrinks.
 */
import { cpuWindowFor } from '../src/harness/trials.js'

const trial = (cpuMs: number | null, seconds = 3) => ({ processCpuNs: cpuMs === null ? null : cpuMs * 1e6, cpuSeconds: seconds })

describe('cpuWindowFor', () => {
  test('a service that ran at least 1.5 s of its 3 s keeps the asked window', () => {
    expect(cpuWindowFor([trial(2700), trial(1600)], 3, 3)).toBe(3)
  })
  test('a starved pair (0.5 s of CPU in 3 s) gets twice the window, judged by its less-served trial', () => {
    expect(cpuWindowFor([trial(2700), trial(500)], 3, 3)).toBe(6)
    expect(cpuWindowFor([trial(1000), trial(1100)], 3, 3)).toBe(5)
  })
  test('it never shrinks, and never goes below what was asked', () => {
    expect(cpuWindowFor([trial(3000, 5), trial(3000, 5)], 5, 3)).toBe(5)
    expect(cpuWindowFor([trial(2000, 10), trial(2000, 10)], 10, 10)).toBe(10)
  })
  test('it grows to twice the asked window at most', () => {
    expect(cpuWindowFor([trial(10, 1), trial(10, 1)], 1, 1)).toBe(2)
    expect(cpuWindowFor([trial(10), trial(10)], 3, 3)).toBe(6)
  })
  test('where the kernel gave no CPU time, the window stays', () => {
    expect(cpuWindowFor([trial(null), trial(100)], 3, 3)).toBe(3)
  })
})
