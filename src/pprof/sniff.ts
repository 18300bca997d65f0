/**
 * Recognizes text where a protobuf profile was expected, so the error can
 * say what the file is and how to get the right one, instead of a wire-format
 * complaint. A protobuf profile starts with a tag byte; text starts with
 * printable characters.
 */
import { ProfileError } from './errors.js'

export function rejectText(head: Uint8Array): void {
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
  if (start.startsWith('heap profile:') || start.startsWith('--- ')) {
    throw new ProfileError(
      'this is the legacy text form (debug=1) of a profile, not a protobuf profile; fetch it without the debug parameter'
    )
  }
  if (start.startsWith('<!doctype') || start.startsWith('<html') || start.includes('<title>')) {
    throw new ProfileError(
      'this is an HTML page (probably the /debug/pprof/ index), not a profile; fetch a profile such as /debug/pprof/heap'
    )
  }
  const firstLine = text.split(/\r?\n/)[0].slice(0, 60)
  throw new ProfileError(`not a profile: the data is text (${JSON.stringify(firstLine)}), not gzip or protobuf`)
}
