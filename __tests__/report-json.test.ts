import { compareJson, writeCompareJson } from '../src/report/compare.js'
import type { CompareReport } from '../src/report/compare.js'
import { toJson } from '../src/report/json.js'
import type { FunctionDelta, StackDelta } from '../src/pprof/index.js'

// `compare --format json` is written in pieces (a few hundred functions each);
// put together, they must be exactly the document JSON.stringify would write
// whole, bigints as bare digits included.

function functions(n: number): FunctionDelta[] {
  const out: FunctionDelta[] = []
  for (let i = 0; i < n; i++) {
    const big = i % 97 === 0 ? 2n ** 62n + BigInt(i) : null
    out.push({
      name: i % 5 === 0 ? `main.weird "name" ${i}\n\u00e9\u{1F600}` : `github.com/acme/svc.(*Handler).Serve${i}`,
      flat: { base: i * 10, head: big ?? i * 10 + 7, delta: big !== null ? big - BigInt(i * 10) : 7 },
      cum: { base: i * 1000, head: 0, delta: -(i * 1000) || 0 }
    })
  }
  return out
}

function report(fns: FunctionDelta[], stacks?: StackDelta[]): CompareReport {
  return {
    comparison: {
      sampleType: { type: 'cpu', unit: 'nanoseconds' },
      sampleIndex: 1,
      total: { base: 12345, head: 2n ** 63n - 1n, delta: 2n ** 63n - 1n - 12345n },
      functions: fns
    },
    stacks,
    top: 0,
    basePath: 'base.pb.gz',
    headPath: 'head.pb.gz',
    normalized: false
  }
}

function whole(r: CompareReport): string {
  const c = r.comparison
  return (
    toJson({
      sampleType: c.sampleType,
      total: { base: c.total.base, head: c.total.head },
      functions: c.functions,
      ...(r.stacks ? { stacks: r.stacks } : {}),
      normalized: r.normalized
    }) + '\n'
  )
}

describe('compare --format json', () => {
  for (const n of [0, 1, 255, 256, 257, 600]) {
    test(`${n} functions in pieces read as one document`, () => {
      const r = report(functions(n))
      const pieces: string[] = []
      writeCompareJson(r, (s) => pieces.push(s))
      expect(pieces.join('')).toBe(whole(r))
      // Several functions per piece, and more than one piece once there are many.
      if (n > 256) expect(pieces.length).toBeGreaterThan(3)
      if (n > 0) {
        const parsed = JSON.parse(pieces.join('')) as { functions: { name: string; cum: { delta: number } }[] }
        expect(parsed.functions).toHaveLength(n)
        expect(parsed.functions[n - 1].cum.delta).toBe(-((n - 1) * 1000) || 0)
      }
    })
  }

  test('bigints stay exact digits, and the goroutine stacks follow the functions', () => {
    const stacks: StackDelta[] = [{ frames: ['main.leak', 'main.main'], root: 'main.main', site: 'main.leak', base: 1, head: 101, delta: 100 }]
    const r = report(functions(300), stacks)
    const text = compareJson(r)
    expect(text).toBe(whole(r))
    expect(text).toContain(`"head": ${2n ** 62n}`)
    expect(text).toContain(`"head": ${2n ** 63n - 1n}`)
    expect(text.indexOf('"stacks"')).toBeGreaterThan(text.lastIndexOf('"name"'))
  })
})
