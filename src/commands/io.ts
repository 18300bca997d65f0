/** Where a command writes; tests pass collectors, the CLI passes the process streams. */
export interface CommandIO {
  stdout: (s: string) => void
  stderr: (s: string) => void
  /** Whether stderr is a terminal (live progress line). */
  isTTY?: boolean
}

export { UsageError } from '../options.js'
