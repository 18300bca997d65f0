// The bounded log of a service: its stdout and stderr go to a file and an
// in-memory copy, and neither grows past maxBytes however much it writes.
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs'

export const DEFAULT_MAX_LOG_BYTES = 8 * 1024 * 1024
const MAX_HEAD_BYTES = 1024 * 1024

/**
 * Keeps the first bytes of a log (where start-up errors are) and a rolling
 * tail (where the last words are); what falls between is dropped and a line
 * in the file says how much.
 *
 * While the total fits in maxBytes every chunk is appended to the file at
 * once, so the file can be followed live. When it first overflows, the file
 * is cut back to the head, and the tail is kept in memory until close(),
 * which appends the "dropped" line and the tail. File writes are synchronous
 * on purpose: the order of write, truncate and the final append is then
 * trivially right, and a few MiB of page-cache writes cost little.
 */
export class BoundedLog {
  private readonly headBytes: number
  private readonly tailBytes: number
  private fd: number | undefined
  private head: Buffer[] = []
  private headSize = 0
  private tail: Buffer[] = []
  private tailSize = 0
  private total = 0
  private overflowed = false
  /** Where the next byte goes in the file (writes are positional: the file is cut back once). */
  private filePos = 0

  constructor(
    readonly file: string,
    readonly maxBytes = DEFAULT_MAX_LOG_BYTES
  ) {
    if (!(maxBytes >= 2)) throw new RangeError(`maxLogBytes must be at least 2, got ${maxBytes}`)
    // 1 MiB of the default 8 MiB; smaller budgets keep the same proportion.
    this.headBytes = Math.min(MAX_HEAD_BYTES, Math.floor(maxBytes / 8)) || 1
    this.tailBytes = maxBytes - this.headBytes
    this.fd = openSync(file, 'w')
  }

  /** Bytes written to the log so far, kept or not. */
  get totalBytes(): number {
    return this.total
  }

  write(chunk: Buffer | string): void {
    if (this.fd === undefined) return // closed: late output of a dying process
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    this.total += buf.length
    if (this.headSize < this.headBytes) {
      const n = Math.min(buf.length, this.headBytes - this.headSize)
      this.head.push(buf.subarray(0, n))
      this.headSize += n
      if (!this.overflowed) this.filePos += writeSync(this.fd, buf, 0, n, this.filePos)
      buf = buf.subarray(n)
      if (buf.length === 0) return
    }
    if (!this.overflowed) {
      if (this.total <= this.maxBytes) {
        this.filePos += writeSync(this.fd, buf, 0, buf.length, this.filePos)
      } else {
        // From here the file holds only the head until close().
        this.overflowed = true
        ftruncateSync(this.fd, this.headSize)
        this.filePos = this.headSize
      }
    }
    this.tail.push(buf)
    this.tailSize += buf.length
    // Drop whole chunks that lie entirely before the last tailBytes.
    while (this.tail.length > 1 && this.tailSize - this.tail[0].length >= this.tailBytes) {
      this.tailSize -= this.tail.shift()!.length
    }
  }

  /** A note of our own (a retry, a signal), marked so it is not mistaken for the service's output. */
  note(text: string): void {
    this.write(`[pprof-gate] ${text}\n`)
  }

  /** The last `lines` lines of what was kept (at most the last 64 KiB of it). */
  tailText(lines = 40): string {
    const window = 64 * 1024
    const parts: Buffer[] = []
    let size = 0
    for (let i = this.tail.length - 1; i >= 0 && size < window; i--) {
      parts.unshift(this.tail[i])
      size += this.tail[i].length
    }
    // The head joins on only when nothing was dropped between it and the tail.
    if (size < window && !this.overflowed) parts.unshift(...this.head)
    const kept = Buffer.concat(parts)
    let text = kept.subarray(Math.max(0, kept.length - window)).toString('utf8')
    if (text.endsWith('\n')) text = text.slice(0, -1)
    const all = text.split('\n')
    return all.slice(Math.max(0, all.length - lines)).join('\n')
  }

  /** Writes what is pending (the "dropped" line and the tail) and closes the file. Idempotent. */
  close(): void {
    if (this.fd === undefined) return
    const fd = this.fd
    this.fd = undefined
    try {
      if (this.overflowed) {
        const tail = this.keptTail()
        const dropped = this.total - this.headSize - tail.length
        const note = Buffer.from(
          `\n[pprof-gate] ${dropped} bytes of log output dropped here: ` +
            `this file keeps the first ${this.headBytes} and the last ${tail.length} of ${this.total} bytes\n`
        )
        writeSync(fd, note, 0, note.length, this.filePos)
        writeSync(fd, tail, 0, tail.length, this.filePos + note.length)
      }
    } finally {
      closeSync(fd)
    }
  }

  private keptTail(): Buffer {
    const all = Buffer.concat(this.tail)
    return all.subarray(Math.max(0, all.length - this.tailBytes))
  }
}
