/**
 * Names from a profile are controlled by the pull request's author; in
 * markdown they must render as plain text. Each name from bad-inputs.md goes
 * through code() and the output is checked for the properties that keep it
 * inert: one line, one code span, pipes escaped, nothing invisible.
 */
import { code, plain, shorten, visible } from '../src/report/escape.js'

const NAMES = [
  'a|b',
  '\\|',
  '`',
  '```',
  '<!-- pprof-gate -->',
  '<!--',
  '-->',
  '<img src=x>',
  '<details open>',
  '[x](https://example.invalid)',
  '![](https://example.invalid/p.png)',
  '@octocat',
  '#1',
  'main.f\n# Approved',
  'cr\rhere',
  'nul\u0000here',
  'rtl\u202Eevil',
  'zero\u200Bwidth',
  'lone\ud800surrogate',
  'x'.repeat(10000),
  'main.(*T).M',
  'pkg.F.func1.2',
  'pkg.G[...]'
]

/** Splits a markdown table row into cells the way GFM does: on pipes not preceded by a backslash. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/)
}

describe('code() makes untrusted names inert in markdown', () => {
  test.each(NAMES.map((n) => [JSON.stringify(n).slice(0, 40), n]))('%s', (_label, name) => {
    const out = code(name)
    // eslint-disable-next-line no-control-regex -- looking for exactly these
    expect(out).not.toMatch(/[\r\n\u0000\u202E\u200B]/)
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
    // One code span: it opens and closes with the same fence, longer than any run inside.
    const fence = /^`+/.exec(out)![0]
    expect(out.endsWith(fence)).toBe(true)
    const inner = out.slice(fence.length, out.length - fence.length)
    for (const run of inner.match(/`+/g) ?? []) expect(run.length).toBeLessThan(fence.length)
    // Inside a table row it stays one cell.
    expect(cells(`| ${out} | 1 |`)).toHaveLength(4)
    expect(Array.from(out).length).toBeLessThanOrEqual(130)
  })

  test('bidi override and zero-width characters are shown, not applied', () => {
    expect(visible('rtl\u202Eevil')).toBe('rtlU+202Eevil')
    expect(visible('zero\u200Bwidth')).toBe('zeroU+200Bwidth')
    expect(visible('nul\u0000x')).toBe('nulU+0000x')
    expect(visible('a\nb\r\nc')).toBe('a⏎b⏎c')
  })

  test('long names keep both ends around an ellipsis', () => {
    const name = 'github.com/acme/' + 'x'.repeat(500) + '.(*Server).Handle'
    const s = shorten(name, 60)
    expect(Array.from(s)).toHaveLength(60)
    expect(s.startsWith('github.com/acme/')).toBe(true)
    expect(s.endsWith('.(*Server).Handle')).toBe(true)
    expect(s).toContain('…')
  })

  test('Go names read as they are', () => {
    expect(code('main.(*T).M')).toBe('`main.(*T).M`')
    expect(code('pkg.G[...]')).toBe('`pkg.G[...]`')
    expect(plain('pkg.F.func1.2')).toBe('pkg.F.func1.2')
    expect(code('a|b')).toBe('`a\\|b`')
    expect(code('```')).toBe('```` ``` ````')
  })
})
