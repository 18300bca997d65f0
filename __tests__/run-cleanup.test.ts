/**
 * Nothing left behind by `pprof-gate run --base-ref`: SIGINT or SIGTERM in
 * the middle of a trial stops the services and removes the base worktree
 * (from disk and from .git/worktrees) before exiting 130/143; a worktree an
 * earlier run left (killed with SIGKILL) is pruned when the next run starts,
 * but not one whose run is still going. The CLI runs as a real child
 * process (tsx on the sources).
 */
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pruneStaleWorktrees } from '../src/harness/build.js'
import { MARKER_ENV } from '../src/harness/reaper.js'

const ROOT = path.resolve(import.meta.dirname ?? '.', '..')
/** node with tsx's loader: one process running the CLI's sources (the tsx command would put a process between). */
const LOADER = `file://${path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')}`
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-cleanup-'))
const repo = path.join(tmp, 'repo')

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } }).trim()
const worktrees = () => git('worktree', 'list', '--porcelain').split('\n').filter((l) => l.startsWith('worktree ')).map((l) => l.slice(9))
const adminEntries = () => {
  const d = path.join(repo, '.git', 'worktrees')
  return existsSync(d) ? execFileSync('ls', [d], { encoding: 'utf8' }).split('\n').filter(Boolean) : []
}

/** Live processes whose environment carries the marker of a service started by pid. */
function servicesOf(pid: number): number[] {
  const out: number[] = []
  for (const d of execFileSync('ls', ['/proc'], { encoding: 'utf8' }).split('\n')) {
    if (!/^\d+$/.test(d)) continue
    try {
      if (readFileSync(`/proc/${d}/environ`, 'latin1').includes(`${MARKER_ENV}=${pid}-`) && !/\) Z /.test(readFileSync(`/proc/${d}/stat`, 'latin1'))) out.push(Number(d))
    } catch {
      // gone
    }
  }
  return out
}

beforeAll(() => {
  mkdirSync(repo)
  cpSync(path.join(ROOT, 'testdata/services/misbehave'), repo, { recursive: true })
  git('init', '-q', '-b', 'main')
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '.')
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base')
  git('checkout', '-qb', 'feature')
  writeFileSync(path.join(repo, 'note.txt'), 'head\n')
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '.')
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'head')
})

afterAll(async () => {
  // Whatever a failing case left: the worktrees' folders live outside tmp.
  for (const w of worktrees()) if (w !== repo && !w.endsWith('/repo')) await rm(path.dirname(w), { recursive: true, force: true })
  await rm(tmp, { recursive: true, force: true })
})

/**
 * Starts `pprof-gate run --base-ref main` in the repo and sends sig once a service is up; resolves with the exit code.
 * --measure-unchanged: head differs from base by note.txt only, the same binary, which would not be started.
 */
function runAndSignal(sig: NodeJS.Signals | null): Promise<{ pid: number; code: number | null; signal: NodeJS.Signals | null; stderr: string; during: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', LOADER, path.join(ROOT, 'src/cli.ts'), 'run', '--base-ref', 'main', '--measure-unchanged', '--target', 'GET /debug/pprof/cmdline', '--requests', '1000000', '--trials', '1', '--out', path.join(tmp, `run-${Date.now()}`)], {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' }
    })
    let stderr = ''
    let during: string[] = []
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    const timer = setInterval(() => {
      if (servicesOf(child.pid!).length > 0) {
        clearInterval(timer)
        during = worktrees()
        child.kill(sig ?? 'SIGKILL')
      }
    }, 200)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearInterval(timer)
      resolve({ pid: child.pid!, code, signal, stderr, during })
    })
  })
}

test.each([
  ['SIGINT', 130],
  ['SIGTERM', 143]
] as const)('%s during a trial: the base worktree is removed before the exit (%i)', async (sig, want) => {
  const r = await runAndSignal(sig)
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: want, stderr: expect.any(String) })
  expect(r.during).toHaveLength(2) // the checkout and the base worktree, while it ran
  const base = r.during.find((w) => w !== repo && !w.endsWith('/repo'))!
  expect(existsSync(base)).toBe(false)
  expect(existsSync(path.dirname(base))).toBe(false)
  expect(worktrees()).toHaveLength(1)
  expect(adminEntries()).toEqual([])
})

test('a worktree left by a killed run is pruned when the next run starts; a live run keeps its own', async () => {
  const killed = await runAndSignal(null)
  // SIGKILL leaves the service running (its own process group: the action's post step stops it).
  for (const pid of servicesOf(killed.pid)) process.kill(pid, 'SIGKILL')
  expect(killed.signal ?? killed.code).toBeTruthy()
  const left = killed.during.find((w) => !w.endsWith('/repo'))!
  expect(existsSync(left)).toBe(true) // SIGKILL: nothing could clean up
  expect(worktrees()).toHaveLength(2)
  // A worktree of a run that is still going (this process) looks the same but has a live owner.
  const liveTmp = mkdtempSync(path.join(os.tmpdir(), 'pprof-gate-base-'))
  writeFileSync(path.join(liveTmp, 'owner.json'), JSON.stringify({ pid: process.pid, start: null }))
  git('worktree', 'add', '-q', '--detach', path.join(liveTmp, 'base'), 'main')
  const removed = await pruneStaleWorktrees(repo)
  expect(removed.map((p) => path.basename(path.dirname(p)))).toEqual([path.basename(path.dirname(left))])
  expect(existsSync(left)).toBe(false)
  expect(worktrees()).toHaveLength(2) // the checkout and the live one
  git('worktree', 'remove', '--force', path.join(liveTmp, 'base'))
  await rm(liveTmp, { recursive: true, force: true })
  expect(worktrees()).toHaveLength(1)
})
