/**
 * What the documentation promises about secrets: every workflow example
 * checks out without leaving credentials in .git/config, and the README and
 * the action's inputs say plainly that in mode: measure the pull request's
 * code can read whatever the job can (the scrub is hygiene, not a boundary).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname ?? '.', '..')
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
const actionYml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')

test('every actions/checkout in the README examples sets persist-credentials: false', () => {
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1])
  const checkouts = blocks.flatMap((b) => [...b.matchAll(/- uses: actions\/checkout@[^\n]*\n((?: {8,}[^\n]*\n)*)/g)].map((m) => m[1]))
  expect(checkouts.length).toBeGreaterThanOrEqual(2)
  for (const step of checkouts) expect(step).toMatch(/^\s+persist-credentials: false\b/m)
})

test('the README and the mode input say what the pull request code can reach', () => {
  for (const text of [readme, actionYml]) {
    expect(text).toMatch(/\/proc/)
    expect(text).toMatch(/\.git\/config/)
    expect(text).toMatch(/fork-safe pair/)
  }
  expect(readme).toMatch(/whatever the job\s+can read, the pull request's code can read/)
})
