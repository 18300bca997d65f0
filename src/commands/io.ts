/** Where a command writes; tests pass collectors, the CLI passes the process streams. */
export interface CommandIO {
  stdout: (s: string) => void
  stderr: (s: string) => void
  /** Whether stderr is a terminal (live progress line). */
  isTTY?: boolean
}

/** An error the user can fix: one line on stderr, exit code 2, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError'
}
