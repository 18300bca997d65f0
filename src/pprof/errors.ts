/**
 * An error in a profile's bytes or contents. The message carries the context
 * path, as pprof's errors do: `parsing profile: sample 12: location 99 not found`.
 */
export class ProfileError extends Error {
  override name = 'ProfileError'
  constructor(message: string) {
    super(message)
  }
}

/** Error for malformed or invalid profile contents, with pprof's prefix. */
export function parseError(detail: string): ProfileError {
  return new ProfileError(`parsing profile: ${detail}`)
}
