/**
 * --ignore-top / --ignore-any patterns: `*` matches any run of characters,
 * and matching takes time linear in the name and the pattern whatever the
 * name (names come from the pull request's profile).
 */
import { StackFilter, Wildcard } from '../src/gate/allowlist.js'

/** What the patterns mean, as a backtracking regular expression would decide it (on short inputs only). */
function reference(pattern: string, name: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`)
  return re.test(name)
}

test('matches as the wildcard reads: prefix, suffix, parts in order, no overlap', () => {
  const cases: [string, string, boolean][] = [
    ['main.work', 'main.work', true],
    ['main.work', 'main.worker', false],
    ['main.*', 'main.(*T).M', true],
    ['*.start', 'go.opencensus.io/stats/view.(*worker).start', true],
    ['github.com/acme/pool.*', 'github.com/acme/pool.(*P).run', true],
    ['github.com/acme/pool.*', 'github.com/acme/poolx.run', false],
    ['a*a', 'a', false],
    ['a*a', 'aa', true],
    ['ab*ba', 'aba', false],
    ['*aab*', 'aaab', true],
    ['*ab*ab*', 'abab', true],
    ['*ab*ab*', 'aba', false],
    ['**', '', true],
    ['*', 'anything', true],
    ['', '', true],
    ['', 'x', false]
  ]
  for (const [p, n, want] of cases) {
    expect({ p, n, got: new Wildcard(p).test(n) }).toEqual({ p, n, got: want })
    expect({ p, n, ref: reference(p, n) }).toEqual({ p, n, ref: want })
  }
})

test('agrees with the regular expression on every short pattern and name over {a, b}', () => {
  const words = (len: number, alphabet: string[]): string[] => (len === 0 ? [''] : words(len - 1, alphabet).flatMap((w) => alphabet.map((c) => w + c)))
  const names = [0, 1, 2, 3, 4, 5].flatMap((l) => words(l, ['a', 'b']))
  const patterns = [0, 1, 2, 3, 4].flatMap((l) => words(l, ['a', 'b', '*']))
  for (const p of patterns) {
    const w = new Wildcard(p)
    for (const n of names) if (w.test(n) !== reference(p, n)) throw new Error(`${p} on ${n}: ${w.test(n)}`)
  }
})

test('a hostile 500-character name and a pattern of many stars: linear work, right answer', () => {
  // With ^.*a.*a...b$ a backtracking engine tries about 500^20 ways before saying no.
  const pattern = `${'*a'.repeat(20)}*b`
  const name = 'a'.repeat(500)
  const w = new Wildcard(pattern)
  expect(w.test(name)).toBe(false)
  expect(w.steps).toBeLessThanOrEqual(2 * (name.length + pattern.length))
  const filter = new StackFilter({ ignoreTop: [pattern], ignoreAny: [`*${'a*'.repeat(30)}c*`] })
  expect(filter.ignores([name, `${name}x`, 'a'.repeat(499) + 'b'.repeat(1)])).toBe(false)
  expect(filter.ignores(['a'.repeat(499) + 'b'])).toBe(true)
})

test('work stays linear on names of growing length', () => {
  const w = new Wildcard('*aab*aab*aac')
  for (const len of [1_000, 10_000, 100_000]) {
    w.steps = 0
    expect(w.test('aa'.repeat(len / 2) + 'b')).toBe(false)
    expect(w.steps).toBeLessThanOrEqual(3 * len + 20)
  }
})
