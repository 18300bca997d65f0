/**
 * An error of the measurement harness: what failed, the evidence (compiler
 * output, service log tail, HTTP status and body), and what to do. The CLI
 * prints `message` on one line; `evidence` follows, indented, when present.
 */
export class HarnessError extends Error {
  override name = 'HarnessError'
  constructor(
    message: string,
    readonly evidence = ''
  ) {
    super(message)
  }
}
