/**
 * Small statistics for a handful of trials. The CPU check asks "is head
 * slower than base?" from 3-10 values per side on a noisy machine, so it uses
 * an exact one-sided Mann-Whitney test: it assumes no distribution, and with
 * so few values an exact permutation count is cheap and better than an
 * approximation. With 5 trials per side (the default) the smallest p is
 * 1/252 ≈ 0.004 (every head trial slower than every base trial) and one
 * inversion gives 2/252 ≈ 0.008, both under the default level of 0.01; with
 * 3 trials the smallest p is 1/20 = 0.05, so CPU never fails at 0.01.
 */

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

export function mean(xs: number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length
}

export function spread(xs: number[]): number {
  return xs.length === 0 ? NaN : Math.max(...xs) - Math.min(...xs)
}

/** Mann-Whitney U of "head above base": pairs where head > base, ties counting half. */
export function mannWhitneyU(base: number[], head: number[]): number {
  let u = 0
  for (const h of head) for (const b of base) u += h > b ? 1 : h === b ? 0.5 : 0
  return u
}

/**
 * One-sided p-value of "head tends to be larger than base": the share of
 * all ways to split the pooled values into groups of these sizes whose U is
 * at least the observed U. Exact up to a million splits, normal
 * approximation beyond.
 */
export function mannWhitneyGreaterP(base: number[], head: number[]): number {
  const n = base.length
  const m = head.length
  if (n === 0 || m === 0) return 1
  const observed = mannWhitneyU(base, head)
  const pooled = [...base, ...head]
  if (binomial(n + m, m) > 1e6) return normalApproxP(observed, n, m)
  let atLeast = 0
  let total = 0
  const pick: number[] = []
  const walk = (from: number): void => {
    if (pick.length === m) {
      total++
      const chosen = new Set(pick)
      const h = pick.map((i) => pooled[i])
      const b = pooled.filter((_, i) => !chosen.has(i))
      if (mannWhitneyU(b, h) >= observed - 1e-9) atLeast++
      return
    }
    for (let i = from; i <= pooled.length - (m - pick.length); i++) {
      pick.push(i)
      walk(i + 1)
      pick.pop()
    }
  }
  walk(0)
  return atLeast / total
}

function binomial(n: number, k: number): number {
  let r = 1
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i
  return r
}

function normalApproxP(u: number, n: number, m: number): number {
  const mu = (n * m) / 2
  const sigma = Math.sqrt((n * m * (n + m + 1)) / 12)
  const z = (u - mu - 0.5) / sigma
  return 1 - normalCdf(z)
}

function normalCdf(z: number): number {
  // Abramowitz-Stegun 7.1.26 via erf; plenty for a p-value threshold.
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2))
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(z * z) / 2)
  return z >= 0 ? (1 + y) / 2 : (1 - y) / 2
}
