/**
 * Caps on what the decoder keeps while it reads a profile. The decompressed
 * size is capped on its own (gunzip.ts), but a few bytes of protobuf can
 * stand for far more memory: two bytes make a string or a sample type, one
 * byte a frame, so a small gzip file could otherwise make the decoder hold
 * gigabytes. Each cap is checked where its table grows (a new string,
 * location, function or distinct stack), never per sample, and a profile
 * past one is refused with the cap named.
 *
 * One number scales every cap (small tables get a fixed share of it); the
 * defaults sit well above real profiles (a Go CPU profile of 10^6
 * distinct stacks uses a quarter of the stack cap, and 50 MB profiles far
 * less of the others).
 */
import { ProfileError } from './errors.js'

/** Default cap on strings, locations, functions and distinct stacks (--max-profile-entries). */
export const DEFAULT_MAX_ENTRIES = 1 << 22

export interface DecodeLimits {
  strings: number
  locations: number
  /** Lines of all locations together. */
  lines: number
  functions: number
  mappings: number
  /** Distinct stacks. */
  stacks: number
  /** Frames of all distinct stacks together. */
  frames: number
  /** Frames of one stack. */
  depth: number
  /** Sum cells kept: distinct stacks times values per sample. */
  values: number
  sampleTypes: number
  comments: number
  /** Bytes of one top-level field (a string, a sample, ...): one that straddles chunks is held until whole. */
  fieldBytes: number
}

/** The caps for `entries` (default DEFAULT_MAX_ENTRIES): what each table may hold. */
export function decodeLimits(entries = DEFAULT_MAX_ENTRIES): DecodeLimits {
  return {
    strings: entries,
    locations: entries,
    lines: 2 * entries,
    functions: entries,
    mappings: Math.max(1 << 10, entries / 64),
    stacks: entries,
    frames: 32 * entries,
    depth: Math.max(1 << 16, entries / 4),
    values: 8 * entries,
    sampleTypes: Math.max(1 << 10, entries / 4096),
    comments: Math.max(1 << 10, entries / 64),
    fieldBytes: Math.max(1 << 20, 16 * entries)
  }
}

/** A profile that would make the decoder hold more than a cap allows. */
export class LimitError extends ProfileError {
  constructor(what: string, limit: number, detail?: string) {
    super(
      `parsing profile: more than ${limit} ${what} (the decoder's limit)${detail ? `: ${detail}` : ''}; the profile is corrupt or hostile; ` +
        'raise the limit (--max-profile-entries) if it is genuine'
    )
  }
}
