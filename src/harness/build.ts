// Building a side with `go build`, and checking out the merge-base of
// --base-ref in a git worktree.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { childEnv } from './child-env.js'
import { HarnessError } from './errors.js'

export type Side = 'base' | 'head'

const BUILD_TIMEOUT_MS = 10 * 60_000
const GIT_TIMEOUT_MS = 2 * 60_000
const EVIDENCE_LINES = 100

/**
 * `go build <buildArgs> -o <out> <pkg>` in dir. Throws a HarnessError naming
 * the side, with the compiler's output (its first 100 lines: the first errors
 * are the ones that matter) as evidence.
 */
export async function goBuild(opts: {
  side: Side
  dir: string
  pkg?: string
  out: string
  buildArgs?: string[]
  env?: Record<string, string>
  timeoutMs?: number
}): Promise<{ durationMs: number }> {
  // -trimpath: both sides' frames name files by module path (example.com/svc/main.go), not by
  // where each side was checked out, so base and head compare by name and no machine path
  // reaches a report. -buildvcs=false: a side checked out at another commit would otherwise
  // stamp another vcs.revision, and identical sources would not give identical binaries
  // (what tells an unchanged service). A user's own setting of either is not doubled.
  const user = opts.buildArgs ?? []
  const own = (flag: string) => user.some((a) => a === flag || a.startsWith(`${flag}=`))
  const args = ['build', ...(own('-trimpath') ? [] : ['-trimpath']), ...(own('-buildvcs') ? [] : ['-buildvcs=false']), ...user, '-o', opts.out, opts.pkg ?? '.']
  if (!existsSync(opts.dir)) throw new HarnessError(`${opts.side}: cannot build: ${opts.dir} does not exist`)
  const started = Date.now()
  const r = await run('go', args, { cwd: opts.dir, env: opts.env, timeoutMs: opts.timeoutMs ?? BUILD_TIMEOUT_MS })
  const shown = `go ${args.join(' ')}`
  if (r.timedOut) {
    throw new HarnessError(
      `${opts.side}: go build timed out after ${(opts.timeoutMs ?? BUILD_TIMEOUT_MS) / 1000} s in ${opts.dir}; ` +
        `run \`${shown}\` there to see why, or raise the build timeout`,
      firstLines(r.output)
    )
  }
  if (r.code !== 0) {
    throw new HarnessError(
      `${opts.side}: go build failed (exit ${r.code}) in ${opts.dir}; fix the error below, ` +
        `or run \`${shown}\` there to reproduce it`,
      firstLines(r.output) || '(go printed nothing)'
    )
  }
  return { durationMs: Date.now() - started }
}

/** The SHA-256 of a built binary, hex: base and head with the same one are the same program. */
export async function binarySha256(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/**
 * Refuses a package that is not a main package before anything is built:
 * go build would write an archive, which cannot be started (EACCES).
 */
export async function checkMainPackage(dir: string, pkg: string): Promise<void> {
  const r = await run('go', ['list', '-f', '{{.Name}}', pkg], { cwd: dir, env: { GOTOOLCHAIN: 'local' }, timeoutMs: GIT_TIMEOUT_MS })
  if (r.code !== 0) return // go build says why, with the compiler's words
  const name = r.output.trim().split('\n').pop()
  if (name !== 'main') {
    throw new HarnessError(
      `package ${pkg} in ${dir} is package ${name}, not a main package: go build would write an archive, not a program. ` +
        `Give the service's main package (--package, input package), e.g. ./cmd/server`
    )
  }
}

/** The toolchain's version, as `go env GOVERSION` prints it, e.g. "go1.26.8". */
export async function goVersion(): Promise<string> {
  const r = await run('go', ['env', 'GOVERSION'], { timeoutMs: 60_000 })
  const v = r.output.trim()
  if (r.code !== 0 || !v) {
    throw new HarnessError(`go env GOVERSION failed (exit ${r.code}); is Go installed and on PATH?`, firstLines(r.output))
  }
  return v
}

/**
 * Whether this toolchain can serve /debug/pprof/goroutineleak at all: from
 * Go 1.26 ("go1.26.8", "go1.27rc1", "devel go1.27-abc..."). On 1.26 it needs
 * GOEXPERIMENT=goroutineleakprofile at build time (see
 * goroutineLeakNeedsExperiment); from 1.27 it is on by default.
 */
export function supportsGoroutineLeakProfile(version: string): boolean {
  const minor = goMinor(version)
  return minor !== undefined && minor >= 26
}

/** True when the goroutineleak profile needs GOEXPERIMENT=goroutineleakprofile (Go 1.26). */
export function goroutineLeakNeedsExperiment(version: string): boolean {
  return goMinor(version) === 26
}

function goMinor(version: string): number | undefined {
  const m = /\bgo1\.(\d+)/.exec(version)
  return m ? Number(m[1]) : undefined
}

/**
 * Checks out the merge-base of HEAD and baseRef in a temporary git worktree
 * (detached). `dir` is the worktree's counterpart of repoDir, so a service in
 * a subdirectory of the repository is found at the same place; `root` is the
 * worktree itself. When baseRef is unknown but origin/<baseRef> exists (a CI
 * checkout has only remote branches), that one is used.
 */
export async function mergeBaseWorktree(
  repoDir: string,
  baseRef: string
): Promise<{ dir: string; root: string; commit: string; remove(): Promise<void> }> {
  const top = await git(repoDir, ['rev-parse', '--show-toplevel'])
  if (top.code !== 0) {
    throw new HarnessError(
      `--base-ref ${baseRef}: ${repoDir} is not in a git repository; run in a git checkout, or give the base as a directory (--base-dir)`,
      firstLines(top.output)
    )
  }
  const prefix = (await git(repoDir, ['rev-parse', '--show-prefix'])).output.trim()
  const ref = await resolveRef(repoDir, baseRef)
  const mb = await git(repoDir, ['merge-base', 'HEAD', ref])
  if (mb.code !== 0) {
    const shallow = (await git(repoDir, ['rev-parse', '--is-shallow-repository'])).output.trim() === 'true'
    throw new HarnessError(
      `--base-ref ${baseRef}: no merge base between HEAD and ${ref} in ${repoDir}; ` +
        (shallow
          ? 'this is a shallow clone: fetch the full history (actions/checkout with fetch-depth: 0)'
          : 'the histories are unrelated: give the base as a directory (--base-dir) instead'),
      firstLines(mb.output)
    )
  }
  const commit = mb.output.trim()
  await pruneStaleWorktrees(repoDir)
  const tmp = await mkdtemp(path.join(os.tmpdir(), WORKTREE_PREFIX))
  const root = path.join(tmp, 'base')
  // Before the worktree exists: a later run that finds it knows whose it is.
  await writeFile(path.join(tmp, OWNER_FILE), JSON.stringify(thisProcess()))
  const add = await git(repoDir, ['worktree', 'add', '--detach', root, commit])
  if (add.code !== 0) {
    await rm(tmp, { recursive: true, force: true })
    throw new HarnessError(
      `--base-ref ${baseRef}: git worktree add of ${commit.slice(0, 12)} failed (exit ${add.code}) in ${repoDir}`,
      firstLines(add.output)
    )
  }
  let removed: Promise<void> | undefined
  const remove = (): Promise<void> => {
    removed ??= (async () => {
      await git(repoDir, ['worktree', 'remove', '--force', root])
      await rm(tmp, { recursive: true, force: true })
      await git(repoDir, ['worktree', 'prune']) // in case remove failed: forget the deleted dir
    })()
    return removed
  }
  return { dir: path.resolve(root, prefix), root, commit, remove }
}

const WORKTREE_PREFIX = 'pprof-gate-base-'
const OWNER_FILE = 'owner.json'

/** A process for good: its pid and its start time (clock ticks since boot), so a reused pid is not taken for it. */
interface Owner {
  pid: number
  start: string | null
}

function thisProcess(): Owner {
  return { pid: process.pid, start: processStart(process.pid) }
}

function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null
  } catch {
    return null
  }
}

function isAlive(o: Owner): boolean {
  if (o.pid === process.pid) return true
  try {
    process.kill(o.pid, 0)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  // Alive, but the same process only if it started when the owner did (where /proc says).
  const start = processStart(o.pid)
  return o.start === null || start === null || start === o.start
}

/**
 * Removes base worktrees that an earlier pprof-gate run left in this
 * repository (killed before its clean-up, e.g. by SIGKILL): on a
 * self-hosted runner they pile up on disk and in .git/worktrees. A worktree
 * is ours when it sits in a pprof-gate-base-* folder; it is stale when the
 * process named in that folder's owner.json is gone (or there is no
 * owner.json). Worktrees of a run still going are left alone.
 */
export async function pruneStaleWorktrees(repoDir: string): Promise<string[]> {
  await git(repoDir, ['worktree', 'prune']) // entries whose folder is already gone
  const list = await git(repoDir, ['worktree', 'list', '--porcelain'])
  if (list.code !== 0) return []
  const removed: string[] = []
  for (const line of list.output.split('\n')) {
    if (!line.startsWith('worktree ')) continue
    const root = line.slice('worktree '.length)
    const tmp = path.dirname(root)
    if (path.basename(root) !== 'base' || !path.basename(tmp).startsWith(WORKTREE_PREFIX)) continue
    let owner: Owner | null = null
    try {
      owner = JSON.parse(readFileSync(path.join(tmp, OWNER_FILE), 'utf8')) as Owner
    } catch {
      owner = null
    }
    if (owner && typeof owner.pid === 'number' && isAlive(owner)) continue
    await git(repoDir, ['worktree', 'remove', '--force', root])
    await rm(tmp, { recursive: true, force: true })
    removed.push(root)
  }
  if (removed.length > 0) await git(repoDir, ['worktree', 'prune'])
  return removed
}

async function resolveRef(repoDir: string, baseRef: string): Promise<string> {
  // git would read "-x" as an option
  if (baseRef === '' || baseRef.startsWith('-')) {
    throw new HarnessError(`--base-ref ${JSON.stringify(baseRef)}: not a valid git ref; give a branch, tag or commit`)
  }
  for (const candidate of [baseRef, `origin/${baseRef}`]) {
    const r = await git(repoDir, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`])
    if (r.code === 0) return candidate
  }
  throw new HarnessError(
    `--base-ref ${baseRef}: unknown ref in ${repoDir} (neither ${baseRef} nor origin/${baseRef} exists); ` +
      `fetch it first, e.g. actions/checkout with fetch-depth: 0, or git fetch origin ${baseRef}`
  )
}

function git(cwd: string, args: string[]) {
  // No prompts (credentials, editors): a CI job would hang on them.
  return run('git', args, { cwd, env: { GIT_TERMINAL_PROMPT: '0', GIT_EDITOR: 'true' }, timeoutMs: GIT_TIMEOUT_MS })
}

interface RunResult {
  code: number | null
  output: string // stdout and stderr, as they came, bounded
  timedOut: boolean
}

const MAX_OUTPUT_BYTES = 1024 * 1024

/**
 * Runs a command in its own process group (detached), so a timeout kills it
 * and everything it started (go build runs compile, link, cgo...) with one
 * signal. Output is kept up to 1 MiB; a missing command is a HarnessError.
 */
function run(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: Record<string, string>; timeoutMs: number }
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: childEnv(opts.env),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const chunks: Buffer[] = []
    let size = 0
    const collect = (c: Buffer): void => {
      if (size >= MAX_OUTPUT_BYTES) return
      chunks.push(c)
      size += c.length
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    let timedOut = false
    const killGroup = (): void => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
    const timer = setTimeout(() => {
      timedOut = true
      killGroup()
    }, opts.timeoutMs)
    // Our exit must not leave a build running in its own group.
    process.on('exit', killGroup)
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      process.off('exit', killGroup)
      // spawn says ENOENT for a missing directory too
      if (opts.cwd !== undefined && !existsSync(opts.cwd)) {
        reject(new HarnessError(`cannot run ${cmd} in ${opts.cwd}: no such directory`))
      } else if (err.code === 'ENOENT') {
        reject(new HarnessError(`${cmd} not found on PATH; install it (for Go in GitHub Actions: actions/setup-go)`))
      } else {
        reject(new HarnessError(`cannot run ${cmd}: ${err.message}`))
      }
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      process.off('exit', killGroup)
      resolve({ code, output: Buffer.concat(chunks).toString('utf8'), timedOut })
    })
  })
}

function firstLines(text: string): string {
  const lines = text.trimEnd().split('\n')
  if (lines.length <= EVIDENCE_LINES) return lines.join('\n')
  return [...lines.slice(0, EVIDENCE_LINES), `... ${lines.length - EVIDENCE_LINES} more lines`].join('\n')
}
