/**
 * Streaming decompression in front of the decoder. Gzip input (magic 1f 8b)
 * is inflated with pako chunk by chunk; anything else is taken as a raw,
 * uncompressed profile, as pprof does. The decompressed size is capped so a
 * decompression bomb fails fast with a clear error instead of eating memory.
 */
import pako from 'pako'
import { ProfileError } from './errors.js'

export const DEFAULT_MAX_DECOMPRESSED_BYTES = 1024 * 1024 * 1024

/** zlib's Z_BUF_ERROR: no progress possible (at the end: the input stopped short). */
const Z_BUF_ERROR = -5

/** Output chunk size: large enough that per-chunk overhead is negligible. */
const CHUNK_SIZE = 256 * 1024

export class Gunzip {
  private inflater: pako.Inflate | null = null
  private mode: 'sniff' | 'gzip' | 'raw' = 'sniff'
  private head: Uint8Array | null = null
  private held: Uint8Array | null = null
  /** Bytes emitted so far (after decompression). */
  outBytes = 0
  /** Bytes received so far. */
  inBytes = 0

  /**
   * `inflated`: the caller pushes the already decompressed content of a gzip
   * file (inflated natively, e.g. by node:zlib); only the cap applies.
   */
  constructor(
    private readonly emit: (chunk: Uint8Array) => void,
    private readonly maxBytes = DEFAULT_MAX_DECOMPRESSED_BYTES,
    private readonly inflated = false
  ) {}

  push(chunk: Uint8Array): void {
    this.inBytes += chunk.length
    if (this.inflated) {
      this.out(chunk)
      return
    }
    if (this.mode === 'sniff') {
      // The magic needs two bytes; a first chunk of one byte is held back.
      const data = this.head ? concat(this.head, chunk) : chunk
      if (data.length < 2) {
        this.head = data.slice()
        return
      }
      this.head = null
      this.mode = data[0] === 0x1f && data[1] === 0x8b ? 'gzip' : 'raw'
      if (this.mode === 'gzip') this.startInflate()
      this.feed(data, false)
      return
    }
    this.feed(chunk, false)
  }

  /** Signals the end of input; throws when the gzip stream is incomplete. */
  end(): void {
    if (this.inflated) return
    if (this.mode === 'sniff' && this.head) {
      // A single byte: neither gzip nor a meaningful protobuf; let the decoder judge.
      this.mode = 'raw'
      this.feed(this.head, true)
      this.head = null
      return
    }
    if (this.mode === 'gzip') {
      if (this.held) throw new ProfileError('gzip stream is truncated: the file ends one byte into a new gzip member')
      this.inflater!.push(new Uint8Array(0), true)
      // pako reports input that ends before the stream does as Z_BUF_ERROR (-5).
      if (!ended(this.inflater!) || this.inflater!.err === Z_BUF_ERROR) {
        throw new ProfileError('gzip stream is truncated: the file ends before the compressed data does')
      }
      this.checkInflater()
    }
  }

  get compressed(): boolean {
    return this.inflated || this.mode === 'gzip'
  }

  private startInflate(): void {
    const inflater = new pako.Inflate({ chunkSize: CHUNK_SIZE })
    inflater.onData = (out: Uint8Array) => this.out(out)
    this.inflater = inflater
  }

  private feed(data: Uint8Array, _last: boolean): void {
    if (this.mode === 'raw') {
      this.out(data)
      return
    }
    if (this.held) {
      // A lone 0x1f at the end of the last chunk may start the next member.
      data = concat(this.held, data)
      this.held = null
    }
    const inflater = this.inflater!
    if (ended(inflater)) {
      // pako restarts by itself for a member that follows in the same push;
      // one that starts in a later chunk needs a fresh inflater. Anything
      // else after the end, zero padding included, is refused, as Go's
      // gzip reader refuses it.
      if (data.length === 1 && data[0] === 0x1f) {
        this.held = data.slice()
        return
      }
      if (data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b) {
        this.startInflate()
        this.feed(data, false)
        return
      }
      throw trailing()
    }
    inflater.push(data, false)
    this.checkInflater()
    // pako stops at a zero byte after a member and leaves the rest unread.
    if (ended(inflater) && (inflater as unknown as { strm: { avail_in: number } }).strm.avail_in > 0) throw trailing()
  }

  private checkInflater(): void {
    const inflater = this.inflater!
    if (inflater.err) {
      // The first member starts with the gzip magic (checked before inflating),
      // so a bad magic can only be data after a member's end.
      if (inflater.msg === 'incorrect header check') throw trailing()
      throw new ProfileError(`gzip stream is corrupt: ${inflater.msg || `zlib error ${inflater.err}`}`)
    }
  }

  private out(chunk: Uint8Array): void {
    this.outBytes += chunk.length
    if (this.outBytes > this.maxBytes) {
      throw new ProfileError(
        `profile decompresses to more than ${formatLimit(this.maxBytes)} (the limit); ` +
          'it is corrupt or a decompression bomb; raise the limit (--max-profile-bytes) if it is genuine'
      )
    }
    this.emit(chunk)
  }
}

/** pako sets `ended` once the stream's end was reached; its typings omit it. */
function ended(inflater: pako.Inflate): boolean {
  return (inflater as unknown as { ended: boolean }).ended
}

function trailing(): ProfileError {
  return new ProfileError('gzip stream has trailing data after its end (not another gzip member); the file is corrupt or was appended to')
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}

function formatLimit(n: number): string {
  if (n >= 1 << 30 && n % (1 << 30) === 0) return `${n / (1 << 30)} GiB`
  if (n >= 1 << 20 && n % (1 << 20) === 0) return `${n / (1 << 20)} MiB`
  return `${n} bytes`
}
