// Build and run the Go programs under testdata/progs with the real toolchain.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, readdir, rename, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** The go command; GO_BIN overrides it for machines where go is not on PATH. */
export const GO = process.env.GO_BIN ?? 'go'

// GOTOOLCHAIN=local: never download another toolchain in the middle of a test.
const goEnv = { ...process.env, GOTOOLCHAIN: 'local', CGO_ENABLED: '0' }

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs a program to completion and returns its exit code and output; it does
 * not throw on a non-zero exit. The timeout kills the child with SIGKILL so a
 * hung child cannot outlive the test.
 */
export function run(
  file: string,
  args: string[],
  opts: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      {
        cwd: opts.cwd,
        env: opts.env ?? goEnv,
        timeout: opts.timeoutMs ?? 120_000,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8'
      },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number') {
          // Not an exit status: spawn failure, timeout or signal.
          const why = err.killed ? `killed after ${opts.timeoutMs ?? 120_000} ms` : err.message
          reject(new Error(`${file} ${args.join(' ')}: ${why}\n${stderr}`))
          return
        }
        resolve({ code: err ? Number(err.code) : 0, stdout, stderr })
      }
    )
  })
}

// One build per directory and process: later calls share the same promise.
const builds = new Map<string, Promise<string>>()

/**
 * Builds the Go main package in dir and returns the binary's path. The binary
 * lives in os.tmpdir() under a name derived from dir and the toolchain, so
 * later calls, test files and jest workers reuse it; it is rebuilt when a file
 * in dir is newer. A build writes a temporary name and renames it into place
 * (atomic), so concurrent workers never run a half-written binary. Throws an
 * Error holding the compiler's output when the build fails.
 */
export function buildGo(dir: string, outName = path.basename(dir)): Promise<string> {
  const abs = path.resolve(dir)
  const key = `${abs}\0${outName}`
  let p = builds.get(key)
  if (!p) {
    p = build(abs, outName)
    builds.set(key, p)
    // A failed build should be retried, not cached.
    p.catch(() => builds.delete(key))
  }
  return p
}

async function build(dir: string, outName: string): Promise<string> {
  // The toolchain and its settings are part of the key: a binary built by
  // another Go version or GOEXPERIMENT is not this build.
  const env = await run(GO, ['env', 'GOVERSION', 'GOEXPERIMENT', 'GOFLAGS', 'GOARCH'], { timeoutMs: 30_000 })
  if (env.code !== 0) throw new Error(`go env failed (exit ${env.code}): ${env.stderr}`)
  const hash = createHash('sha256').update(`${dir}\0${env.stdout}`).digest('hex').slice(0, 12)
  const outDir = path.join(os.tmpdir(), 'pprof-gate-go', `${outName}-${hash}`)
  const bin = path.join(outDir, outName)
  if (await isFresh(bin, dir)) return bin

  await mkdir(outDir, { recursive: true })
  const tmp = `${bin}.${process.pid}.tmp`
  const r = await run(GO, ['build', '-o', tmp, '.'], { cwd: dir, timeoutMs: 180_000 })
  if (r.code !== 0) {
    throw new Error(`go build in ${dir} failed (exit ${r.code}):\n${r.stderr}${r.stdout}`)
  }
  await rename(tmp, bin)
  return bin
}

/** True when bin exists and is newer than every file of the module in dir. */
async function isFresh(bin: string, dir: string): Promise<boolean> {
  let built: number
  try {
    built = (await stat(bin)).mtimeMs
  } catch {
    return false
  }
  return (await newestMtime(dir)) < built
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    const m = e.isDirectory() ? await newestMtime(p) : (await stat(p)).mtimeMs
    newest = Math.max(newest, m)
  }
  return newest
}

export type Variant = 'base' | 'head'
export type Kind = 'cpu' | 'heap' | 'allocs' | 'goroutine'

/** Runs testdata/progs/profgen to write one profile of the given kind to outFile. */
export async function runProfgen(bin: string, variant: Variant, kind: Kind, outFile: string): Promise<void> {
  const r = await run(bin, ['-variant', variant, '-kind', kind, '-o', outFile], { timeoutMs: 30_000 })
  if (r.code !== 0) {
    throw new Error(`profgen -variant ${variant} -kind ${kind} failed (exit ${r.code}): ${r.stderr}`)
  }
}
