/**
 * Recognizes text and legacy binary profiles where a protobuf profile was
 * expected, so the error can say what the file is and how to get the right
 * one, instead of a wire-format complaint. A protobuf profile starts with a
 * tag byte; text starts with printable characters, a legacy CPU profile
 * with a zero word.
 */
import { ProfileError } from './errors.js'

/**
 * Refuses the legacy binary CPU profile (what runtime/pprof wrote before
 * protobuf, and gperftools still writes): machine words 0, 3, 0, period,
 * 0 and then the samples, as 32 or 64 bits, either byte order (pprof's
 * legacy_profile.go tries the same four). No protobuf starts with a zero
 * byte, which would be field number 0.
 */
export function rejectLegacyBinary(head: Uint8Array): void {
  for (const size of [4, 8]) {
    if (head.length < 3 * size) continue
    for (const littleEndian of [true, false]) {
      if (word(head, 0, size, littleEndian) === 0 && word(head, size, size, littleEndian) === 3 && word(head, 2 * size, size, littleEndian) === 0) {
        throw new ProfileError(
          'this is a legacy binary CPU profile (the format runtime/pprof wrote before protobuf), not a protobuf profile; ' +
            'fetch /debug/pprof/profile from a current Go, or convert it with go tool pprof -proto FILE > FILE.pb.gz'
        )
      }
    }
  }
}

/** The unsigned word of `size` bytes at `at` (as a float64: only compared with small numbers). */
function word(b: Uint8Array, at: number, size: number, littleEndian: boolean): number {
  let v = 0
  for (let i = 0; i < size; i++) v = v * 256 + b[at + (littleEndian ? size - 1 - i : i)]
  return v
}

/** How to get a protobuf profile instead of a text one. */
const USE_PROTOBUF = 'or convert it with go tool pprof -proto FILE > FILE.pb.gz'

/** Refuses text where protobuf was expected, naming what the text is; `compressed`: it came out of a gzip stream. */
export function rejectText(head: Uint8Array, compressed: boolean): void {
  const n = Math.min(head.length, 64)
  if (n < 4) return
  for (let i = 0; i < n; i++) {
    const b = head[i]
    const printable = (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d
    if (!printable) return
  }
  const text = Buffer.from(head.subarray(0, Math.min(head.length, 256))).toString('latin1')
  const start = text.trimStart().toLowerCase()
  if (start.startsWith('goroutine profile:') || start.startsWith('goroutine ')) {
    throw new ProfileError(
      'this is the text form (debug=1 or debug=2) of a goroutine profile, not a protobuf profile; ' +
        'fetch /debug/pprof/goroutine without the debug parameter (or debug=0)'
    )
  }
  // Go's debug=1 text: "threadcreate profile: total 7", "heap profile: 13: 1595680 [...] @ heap/1048576".
  const named = /^([a-z_]+) profile: /.exec(start)
  if (named) {
    const kind = named[1] === 'heap' ? 'heap or allocs' : named[1]
    throw new ProfileError(
      `this is the text form (debug=1) of a ${kind} profile, not a protobuf profile; fetch it without the debug parameter (or with debug=0), ${USE_PROTOBUF}`
    )
  }
  if (start.startsWith('--- ')) {
    throw new ProfileError(
      `this is the legacy text form (debug=1) of a profile, not a protobuf profile; fetch it without the debug parameter (or with debug=0), ${USE_PROTOBUF}`
    )
  }
  if (start.startsWith('<!doctype') || start.startsWith('<html') || start.includes('<title>')) {
    throw new ProfileError(
      'this is an HTML page (probably the /debug/pprof/ index), not a profile; fetch a profile such as /debug/pprof/heap'
    )
  }
  const firstLine = text.split(/\r?\n/)[0].slice(0, 60)
  throw new ProfileError(
    compressed
      ? `not a profile: the gzip stream holds text (${JSON.stringify(firstLine)}), not a protobuf profile`
      : `not a profile: the data is text (${JSON.stringify(firstLine)}), not gzip or protobuf`
  )
}
