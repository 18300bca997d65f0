/**
 * A seeded pseudo-random source (mulberry32) and standard normal draws
 * (Box-Muller). Used where the gate calibrates its levels by simulation, so
 * that the same options always give the same levels, and by the tests.
 */

export type Random = () => number

/** Uniform in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A standard normal draw. */
export function normalDraw(random: Random): number {
  let u = 0
  while (u === 0) u = random()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
}

/** Fills `out` with standard normal draws, both of each Box-Muller pair used. */
export function normalDraws(random: Random, out: Float64Array): Float64Array {
  for (let i = 0; i < out.length; i += 2) {
    let u = 0
    while (u === 0) u = random()
    const r = Math.sqrt(-2 * Math.log(u))
    const a = 2 * Math.PI * random()
    out[i] = r * Math.cos(a)
    if (i + 1 < out.length) out[i + 1] = r * Math.sin(a)
  }
  return out
}
