import { formatValue, percent } from '../src/report/units.js'

describe('formatValue scales to a unit people read', () => {
  test.each([
    [230_000_000, 'nanoseconds', false, '230ms'],
    [-200_000_000, 'nanoseconds', true, '-200ms'],
    [1_500_000_000, 'nanoseconds', true, '+1.5s'],
    [10_000_000, 'nanoseconds', false, '10ms'],
    [999, 'nanoseconds', false, '999ns'],
    [0, 'bytes', false, '0B'],
    [1024, 'bytes', false, '1kB'],
    [1_048_576, 'bytes', true, '+1MB'],
    [414_560, 'bytes', false, '405kB'],
    [100 * 1024, 'bytes', false, '100kB'],
    [12345, 'count', true, '+12,345'],
    [2n ** 60n + 1n, 'count', false, '1152921504606846977']
  ])('%p %s', (v, unit, signed, want) => {
    expect(formatValue(v, unit as string, signed as boolean)).toBe(want)
  })

  test('percent of a total, signed when asked', () => {
    expect(percent(5, 20, true)).toBe('+25.00%')
    expect(percent(-5, 20)).toBe('-25.00%')
    expect(percent(1, 0)).toBe('')
  })
})
