/** Small robust figures over a handful of trials. */

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
