/**
 * The paired CPU statistics on simulated noise (seeded, so every run sees
 * the same numbers): the t distribution against published tables, interval
 * coverage, false fails over the sequential looks, power, inconclusive at
 * the cap. PRINT_PAIRED_TABLE=1 prints the table quoted in paired.ts.
 */
import { DEFAULT_LOOK_LEVELS, DEFAULT_PAIRED_OPTIONS, calibrateLookLevels, estimatePaired, lookLevels, needMorePairs } from '../src/gate/paired.js'
import type { PairedEstimate, PairedOptions, TrialPair } from '../src/gate/paired.js'
import { normalDraw, seededRandom } from '../src/gate/random.js'
import type { Random } from '../src/gate/random.js'
import { studentCdf, studentUpperQuantile } from '../src/gate/student.js'

/**
 * Noise of one pair, on the log scale: each trial varies by trialSd, of
 * which the share `shared` of the variance is the pair's common condition
 * (it cancels in the ratio); a trial is starved with probability `starved`
 * and then costs 30-100% more. The pair ratio's SD is trialSd·√(2(1-shared)).
 */
interface Noise {
  trialSd: number
  shared: number
  starved?: number
}

function pair(random: Random, ratio: number, n: Noise): TrialPair {
  const common = normalDraw(random) * n.trialSd * Math.sqrt(n.shared)
  const own = () => normalDraw(random) * n.trialSd * Math.sqrt(1 - n.shared)
  const starve = () => (random() < (n.starved ?? 0) ? Math.log(1.3 + 0.7 * random()) : 0)
  const base = 1e6 * Math.exp(common + own() + starve())
  const head = 1e6 * ratio * Math.exp(common + own() + starve())
  return { base, head }
}

/** One sequential run: pairs added while needMorePairs says so. */
function sequentialRun(random: Random, ratio: number, noise: Noise, opts: Partial<PairedOptions> = {}): PairedEstimate {
  const pairs: TrialPair[] = []
  let estimate: PairedEstimate
  do {
    pairs.push(pair(random, ratio, noise))
    estimate = estimatePaired(pairs, opts)
  } while (needMorePairs(estimate, opts))
  return estimate
}

function outcomes(seed: number, runs: number, ratio: number, noise: Noise, opts: Partial<PairedOptions> = {}) {
  const random = seededRandom(seed)
  const count = { fail: 0, pass: 0, inconclusive: 0, pairs: 0 }
  for (let i = 0; i < runs; i++) {
    const e = sequentialRun(random, ratio, noise, opts)
    count[e.status]++
    count.pairs += e.pairs
  }
  return { fail: count.fail / runs, pass: count.pass / runs, inconclusive: count.inconclusive / runs, pairs: count.pairs / runs }
}

// Pair SDs 0.063, 0.100 and 0.126 (see paired.ts).
const QUIET: Noise = { trialSd: 0.1, shared: 0.8 }
const BUSY: Noise = { trialSd: 0.1, shared: 0.5 }
const NOISY: Noise = { trialSd: 0.2, shared: 0.8 }

describe('Student t', () => {
  test.each([
    [0.025, 2, 4.302653],
    [0.01, 3, 4.540703],
    [0.005, 10, 3.169273],
    [0.05, 1, 6.313752],
    [0.001, 20, 3.551808],
    [0.1, 7, 1.414924]
  ])('upper %p quantile at %p df is %p', (p, df, want) => {
    expect(studentUpperQuantile(p, df)).toBeCloseTo(want, 5)
    expect(1 - studentCdf(want, df)).toBeCloseTo(p, 6)
  })
})

describe('per-look levels', () => {
  test('the default levels kept in the code are what the simulation gives', () => {
    const o = DEFAULT_PAIRED_OPTIONS
    expect(calibrateLookLevels(o.minPairs, o.maxPairs, o.alpha, o.passAlpha)).toEqual(DEFAULT_LOOK_LEVELS)
  })

  test('spread alpha over the looks: less than alpha each, more than Bonferroni', () => {
    const l = lookLevels(DEFAULT_PAIRED_OPTIONS)
    const looks = DEFAULT_PAIRED_OPTIONS.maxPairs - DEFAULT_PAIRED_OPTIONS.minPairs + 1
    expect(l.fail).toBeLessThan(0.01)
    expect(l.fail).toBeGreaterThan(0.01 / looks)
    expect(l.pass).toBeLessThan(0.05)
    expect(l.pass).toBeGreaterThan(0.05 / looks)
  })

  test('any look finding "head slower" when it is not: at most alpha over all looks (normal noise, no stopping)', () => {
    // The calibration's own claim, checked with another seed: 20,000 runs of 8 pairs, every look.
    const random = seededRandom(99)
    let falsely = 0
    const runs = 20_000
    for (let r = 0; r < runs; r++) {
      const pairs: TrialPair[] = []
      let hit = false
      for (let k = 1; k <= 8; k++) {
        pairs.push(pair(random, 1, BUSY))
        if (k >= 4 && !hit && estimatePaired(pairs).low > 1) hit = true
      }
      if (hit) falsely++
    }
    // 0.01 ± 0.0007 (one standard error at 20,000 runs).
    expect(falsely / runs).toBeLessThanOrEqual(0.0115)
    expect(falsely / runs).toBeGreaterThan(0.005)
  })
})

describe('interval', () => {
  test.each([4, 6, 8])('covers the true ratio in at least 96.5%% of 2000 runs of %p pairs (levels sum to 2.3%%)', (n) => {
    const random = seededRandom(7 + n)
    let covered = 0
    for (let r = 0; r < 2000; r++) {
      const pairs = Array.from({ length: n }, () => pair(random, 1.2, NOISY))
      const e = estimatePaired(pairs)
      if (e.low <= 1.2 && 1.2 <= e.high) covered++
    }
    expect(covered / 2000).toBeGreaterThanOrEqual(0.965)
  })

  test('detectable is the smallest ratio that would be significant', () => {
    const e = estimatePaired([
      { base: 100, head: 104 },
      { base: 100, head: 96 },
      { base: 100, head: 102 },
      { base: 100, head: 99 }
    ])
    const lowAtDetectable = e.ratio / e.detectable
    // exp(mean - q·se) = ratio / detectable: an estimate of `detectable` would have its lower bound at 1.
    expect(e.low).toBeCloseTo(lowAtDetectable, 12)
    expect(e.detectable).toBeGreaterThan(1)
    expect(e.status).toBe('pass')
  })
})

describe('sequential decisions under the noise model (2000 runs each)', () => {
  test.each([
    ['quiet', QUIET],
    ['busy', BUSY],
    ['noisy', NOISY],
    ['busy with 5% starved trials', { ...BUSY, starved: 0.05 }]
  ])('+0%% (%s): false fails at most alpha', (_, noise) => {
    expect(outcomes(1, 2000, 1, noise as Noise).fail).toBeLessThanOrEqual(0.01)
  })

  test('+20% caught 9 in 10 once the pair SD is 0.063; 8 in 10 at 0.100', () => {
    expect(outcomes(2, 2000, 1.2, QUIET).fail).toBeGreaterThanOrEqual(0.95)
    expect(outcomes(3, 2000, 1.2, BUSY).fail).toBeGreaterThanOrEqual(0.78)
  })

  test('+40% caught every time at pair SD 0.100 and 99% at 0.126', () => {
    expect(outcomes(4, 2000, 1.4, BUSY).fail).toBeGreaterThanOrEqual(0.995)
    expect(outcomes(5, 2000, 1.4, NOISY).fail).toBeGreaterThanOrEqual(0.98)
  })

  test('a real +15% passes at most passAlpha of the time', () => {
    expect(outcomes(6, 2000, 1.15, BUSY).pass).toBeLessThanOrEqual(0.05)
  })

  test('+0% on a quiet machine passes in 4-5 pairs', () => {
    const o = outcomes(8, 2000, 1, QUIET)
    expect(o.pass).toBeGreaterThanOrEqual(0.99)
    expect(o.pairs).toBeLessThan(5)
  })

  test('prints the table quoted in paired.ts when asked', () => {
    if (!process.env.PRINT_PAIRED_TABLE) return
    const rows: string[] = []
    for (const [label, noise] of [
      ['0.063', QUIET],
      ['0.100', BUSY],
      ['0.126', NOISY],
      ['0.100 + 5% starved', { ...BUSY, starved: 0.05 }]
    ] as [string, Noise][]) {
      const cells = [1, 1.1, 1.15, 1.2, 1.4].map((r) => {
        const o = outcomes(42, 2000, r, noise)
        return `${r.toFixed(2)}: F${(o.fail * 100).toFixed(1)} P${(o.pass * 100).toFixed(0)} I${(o.inconclusive * 100).toFixed(0)} n${o.pairs.toFixed(1)}`
      })
      rows.push(`${label.padEnd(20)} ${cells.join(' | ')}`)
    }
    console.log(`levels ${JSON.stringify(lookLevels(DEFAULT_PAIRED_OPTIONS))}\n${rows.join('\n')}`)
  })
})

describe('edges', () => {
  test('inconclusive at the cap: no more pairs, and it says what it could see', () => {
    const pairs = [0.8, 1.5, 0.85, 1.45, 0.9, 1.4, 0.8, 1.5].map((r) => ({ base: 100, head: 100 * r }))
    const atCap = estimatePaired(pairs)
    expect(atCap.status).toBe('inconclusive')
    expect(atCap.pairs).toBe(8)
    expect(needMorePairs(atCap)).toBe(false)
    expect(atCap.detectable).toBeGreaterThan(1.15)
    const before = estimatePaired(pairs.slice(0, 5))
    expect(before.status).toBe('inconclusive')
    expect(needMorePairs(before)).toBe(true)
  })

  test('before minPairs another pair is asked for even when the result is decided', () => {
    const pairs = [1.5, 1.52, 1.49].map((r) => ({ base: 100, head: 100 * r }))
    expect(needMorePairs(estimatePaired(pairs))).toBe(true)
  })

  test('a clear +50% fails, a clear +0% passes', () => {
    const up = estimatePaired([1.5, 1.52, 1.49, 1.51].map((r) => ({ base: 100, head: 100 * r })))
    expect(up.status).toBe('fail')
    expect(up.low).toBeGreaterThan(1.4)
    const same = estimatePaired([1.01, 0.99, 1.0, 1.02].map((r) => ({ base: 100, head: 100 * r })))
    expect(same.status).toBe('pass')
    expect(same.high).toBeLessThan(1.15)
  })

  test('+12% that is significant is not a fail: the estimate must reach +15%', () => {
    const e = estimatePaired([1.12, 1.121, 1.119, 1.12, 1.122].map((r) => ({ base: 100, head: 100 * r })))
    expect(e.low).toBeGreaterThan(1)
    expect(e.status).toBe('pass')
  })

  test('pairs with a zero, negative or missing figure are left out and counted', () => {
    const e = estimatePaired([
      { base: 0, head: 100 },
      { base: 100, head: -1 },
      { base: NaN, head: 100 },
      { base: 100, head: 101 }
    ])
    expect(e.unusable).toBe(3)
    expect(e.pairs).toBe(1)
    expect(e.status).toBe('inconclusive')
    expect(e.high).toBe(Infinity)
    expect(estimatePaired([]).status).toBe('inconclusive')
  })

  test('bad options are refused with the value', () => {
    expect(() => estimatePaired([], { maxPairs: 2 })).toThrow(/maxPairs.*got 2/)
    expect(() => estimatePaired([], { alpha: 0 })).toThrow(/alpha/)
  })
})
