/**
 * Runs the decoder and the totals loop once over a small profile, so that
 * V8 has compiled them, with type feedback for every path, before a large
 * profile arrives.
 *
 * Why: V8 compiles a function with what it has seen so far, and an operation
 * that has not run yet (the first value of 2^31 or more, the first stack seen
 * twice, a varint split over two chunks) throws the compiled code away when
 * it first runs; the function then goes back to the interpreter until it is
 * compiled again. On a 10 MB profile that happened four to six times in the
 * first profile's sample section, and the location and function sections,
 * which run once per profile, ran mostly before they were compiled. The
 * profile (warmup-profile.ts) has every such case in its first few hundred
 * samples; decoding it costs about 16 ms in a fresh process, so only large
 * inputs are worth it (the caller decides).
 */
import { ProfileDecoder } from './decode.js'
import { NameTable, functionTotals } from './aggregate.js'
import { combineTotals } from './diff.js'
import { ExactArray } from './exact.js'
import { WARM_UP_PROFILE } from './warmup-data.js'

/** Where the byte-by-byte stretch starts: past the bytes the decoder only collects to sniff the format. */
const SPLIT_FROM = 4096
const SPLIT_BYTES = 512

export function warmUpDecoder(): void {
  const bytes = Buffer.from(WARM_UP_PROFILE.join(''), 'base64')
  const decoder = new ProfileDecoder({ inflated: true })
  // A stretch of samples is pushed byte by byte, so that a chunk ends inside
  // every part of a field (tag, length, value) at least once.
  decoder.push(bytes.subarray(0, SPLIT_FROM))
  for (let at = SPLIT_FROM; at < SPLIT_FROM + SPLIT_BYTES; at++) decoder.push(bytes.subarray(at, at + 1))
  decoder.push(bytes.subarray(SPLIT_FROM + SPLIT_BYTES))
  const p = decoder.finish()
  // The comparison's paths too: sample counts as the base and CPU time as
  // head (deltas of every size for the sort), then head against nothing.
  const names = new NameTable()
  const counts = functionTotals(p, 0, names)
  const cpu = functionTotals(p, 1, names)
  combineTotals(names, counts, cpu, p.sampleTypes[1], 1)
  combineTotals(names, { flat: new ExactArray(), cum: new ExactArray(), total: 0 }, cpu, p.sampleTypes[1], 1)
}
