/**
 * An error of the measurement harness: what failed, the evidence (compiler
 * output, service log tail, HTTP status and body), and what to do. The CLI
 * prints `message` on one line; `evidence` follows, indented, when present.
 */
class HarnessError extends Error {
    evidence;
    name = 'HarnessError';
    constructor(message, evidence = '') {
        super(message);
        this.evidence = evidence;
    }
}

export { HarnessError };
