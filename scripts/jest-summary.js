// Prints one plain closing line ("jest: N passed, N failed") after the run,
// so that a reader of the CI log sees the count without Jest's formatting.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const suites = results.numFailedTestSuites
    const failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0)
    process.stdout.write(
      `\njest: ${results.numPassedTests} passed, ${failed} failed` +
        (skipped ? `, ${skipped} skipped` : '') +
        (suites ? ` (${suites} suites failed)` : '') +
        '\n'
    )
  }
}
