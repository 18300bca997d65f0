/**
 * The action under @github/local-action, GitHub's local runner for
 * JavaScript actions (scripts/local-action.sh says how and why it runs the
 * sources rather than the bundle).
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../helpers/action-runner.js'

test('scripts/local-action.sh: the goroutine leak is found, summary and outputs written', async () => {
  const work = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-local-action-'))
  try {
    const out = await new Promise<string>((resolve, reject) =>
      execFile('bash', [path.join(ROOT, 'scripts', 'local-action.sh'), work], { timeout: 240_000 }, (err, stdout, stderr) =>
        err ? reject(new Error(`${err.message}\n${stdout}\n${stderr}`)) : resolve(stdout)
      )
    )
    expect(out).toContain('local-action: the action found the leak')
  } finally {
    await rm(work, { recursive: true, force: true })
  }
})
