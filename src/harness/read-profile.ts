/**
 * Reads a profile file into the streaming decoder chunk by chunk, so the
 * file is never held whole in memory. A gzipped file is inflated by
 * node:zlib (native, several times faster than pako) and the decoder gets
 * the decompressed chunks; anything else goes to the decoder as it is, which
 * takes raw protobuf and also runs pako for gzip where node:zlib is absent.
 * Both paths refuse the same inputs with the same messages.
 */
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { createGunzip } from 'node:zlib'
import type { ZlibOptions } from 'node:zlib'
import type { TransformOptions } from 'node:stream'
import { ProfileDecoder, ProfileError } from '../pprof/index.js'
import type { DecodeOptions, Profile } from '../pprof/index.js'
import { HarnessError } from './errors.js'

const CHUNK = 256 * 1024

export async function readProfile(path: string, role: string, opts: DecodeOptions = {}): Promise<Profile> {
  try {
    const profile = (await isGzip(path)) ? await readGzip(path, opts) : await readRaw(path, opts)
    // Valid protobuf, but nothing any comparison could use: say so here, where the file is known.
    if (profile.sampleTypes.length === 0) throw new ProfileError('the profile has no sample types (no sample_type field): nothing to measure or compare')
    return profile
  } catch (e) {
    throw explain(e, path, role)
  }
}

/** Fails as readProfile would on a file that cannot be read (missing, a directory, no permission). */
export async function checkReadable(path: string, role: string): Promise<void> {
  try {
    await isGzip(path)
  } catch (e) {
    throw explain(e, path, role)
  }
}

function explain(e: unknown, path: string, role: string): unknown {
  if (e instanceof ProfileError) return new HarnessError(`${role} profile ${path}: ${e.message}`)
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return new HarnessError(`${role} profile ${path}: no such file`)
  if (code === 'EISDIR') return new HarnessError(`${role} profile ${path}: is a directory, not a profile file`)
  if (code === 'EACCES') return new HarnessError(`${role} profile ${path}: permission denied`)
  return e
}

async function isGzip(path: string): Promise<boolean> {
  const fh = await open(path, 'r')
  try {
    const { bytesRead, buffer } = await fh.read(Buffer.alloc(2), 0, 2, 0)
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b
  } finally {
    await fh.close()
  }
}

async function readRaw(path: string, opts: DecodeOptions): Promise<Profile> {
  const decoder = new ProfileDecoder(opts)
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) decoder.push(chunk as Buffer)
  return decoder.finish()
}

async function readGzip(path: string, opts: DecodeOptions): Promise<Profile> {
  const decoder = new ProfileDecoder({ ...opts, inflated: true })
  const file = createReadStream(path, { highWaterMark: 1 << 20 })
  // zlib inflates on a pool thread; a few chunks of room let it stay ahead of
  // the decoder instead of waiting to be asked for each one (node's zlib
  // hands its options on to the stream, highWaterMark included).
  const options: ZlibOptions & TransformOptions = { chunkSize: CHUNK, highWaterMark: 4 * CHUNK }
  const gunzip = createGunzip(options)
  let fileBytes = 0
  file.on('data', (c) => (fileBytes += c.length))
  file.on('error', (e) => gunzip.destroy(e))
  file.pipe(gunzip)
  try {
    for await (const chunk of gunzip) decoder.push(chunk as Buffer)
  } catch (e) {
    throw zlibError(e)
  } finally {
    file.destroy()
    gunzip.destroy()
  }
  // zlib stops quietly at zero bytes after a member; Go's reader (and pprof) refuses them.
  if (gunzip.bytesWritten < fileBytes) {
    throw new ProfileError('gzip stream has trailing data after its end (not another gzip member); the file is corrupt or was appended to')
  }
  return decoder.finish()
}

function zlibError(e: unknown): unknown {
  const err = e as NodeJS.ErrnoException
  if (e instanceof ProfileError || typeof err?.code !== 'string' || !err.code.startsWith('Z_')) return e
  if (err.code === 'Z_BUF_ERROR') return new ProfileError('gzip stream is truncated: the file ends before the compressed data does')
  // The first member starts with the magic (checked before inflating), so a bad magic is data after an end.
  if (err.message === 'incorrect header check') {
    return new ProfileError('gzip stream has trailing data after its end (not another gzip member); the file is corrupt or was appended to')
  }
  return new ProfileError(`gzip stream is corrupt: ${err.message}`)
}
