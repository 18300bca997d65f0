/**
 * Reads a profile file into the streaming decoder chunk by chunk, so the
 * file is never held whole in memory.
 */
import { createReadStream } from 'node:fs'
import { ProfileDecoder, ProfileError } from '../pprof/index.js'
import type { DecodeOptions, Profile } from '../pprof/index.js'
import { HarnessError } from './errors.js'

export async function readProfile(path: string, role: string, opts: DecodeOptions = {}): Promise<Profile> {
  const decoder = new ProfileDecoder(opts)
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      decoder.push(chunk as Buffer)
    }
    return decoder.finish()
  } catch (e) {
    if (e instanceof ProfileError) throw new HarnessError(`${role} profile ${path}: ${e.message}`)
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new HarnessError(`${role} profile ${path}: no such file`)
    if (code === 'EISDIR') throw new HarnessError(`${role} profile ${path}: is a directory, not a profile file`)
    if (code === 'EACCES') throw new HarnessError(`${role} profile ${path}: permission denied`)
    throw e
  }
}
