// Is a started service ready, and is the process that answers really it?
import { HarnessError } from './errors.js'
import { portOwner } from './ports.js'
import { probe, type ProbeResult } from './probe.js'
import type { Service } from './service.js'

const DEFAULT_READY_PATH = '/debug/pprof/'
const DEFAULT_READY_TIMEOUT_MS = 30_000
const TAIL_LINES = 40

/** Why a start failed, and whether another port may help. */
export interface StartFailure {
  error: HarnessError
  retry: boolean
  why: string // short, for the log's retry note
}

/**
 * Polls the ready path until ANY HTTP response (50 ms, doubling to 250 ms),
 * failing at once when the service exits first; then checks the responder.
 * Resolves to undefined when ready.
 */
export async function becomeReady(
  svc: Service,
  opts: { explicitPort: boolean; lastTry: boolean }
): Promise<StartFailure | undefined> {
  const readyPath = svc.spec.readyPath ?? DEFAULT_READY_PATH
  const url = `${svc.baseUrl}${readyPath}`
  const budget = svc.spec.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS
  const deadline = Date.now() + budget
  const exited = svc.exit.then(() => undefined)
  let last: ProbeResult = { kind: 'refused' }
  for (let delay = 50; ; delay = Math.min(250, delay * 2)) {
    if (svc.exited) return exitedEarly(svc, opts)
    const left = deadline - Date.now()
    if (left <= 0) return notReady(svc, url, budget, last)
    last = (await Promise.race([probe(url, Math.min(2000, left)), exited])) ?? last
    if (svc.exited) return exitedEarly(svc, opts)
    if (last.kind === 'response') break
    await Promise.race([sleep(Math.min(delay, Math.max(0, deadline - Date.now()))), exited])
  }
  return checkResponder(svc, opts)
}

/**
 * Makes sure the responder is our process, not a stale server that holds the
 * port. Two witnesses:
 *  - the kernel (Linux): which process holds the listening socket of the
 *    port (ports.ts portOwner). 'ours' or 'foreign' settles it: a wrapper
 *    script whose server has another argv is still ours, and an identical
 *    copy of our command started earlier is not.
 *  - GET /debug/pprof/cmdline, which net/http/pprof answers with the
 *    NUL-separated os.Args: it must equal our binary and arguments. Used when
 *    the kernel cannot tell (no /proc, another network namespace).
 * When neither can tell (no /proc, and cmdline is not 200 because pprof is
 * mounted elsewhere), we accept the responder as long as our child is alive.
 */
async function checkResponder(
  svc: Service,
  opts: { explicitPort: boolean; lastTry: boolean }
): Promise<StartFailure | undefined> {
  const cmdline = await probe(`${svc.baseUrl}/debug/pprof/cmdline`, 5000, 64 * 1024)
  const owner = await portOwner(svc.port, [svc.pid, ...svc.tree.alive()])
  let detail: string | undefined
  if (owner === 'foreign') {
    detail = 'the listening socket belongs to a process that the service did not start'
  } else if (owner === 'unknown' && cmdline.kind === 'response' && cmdline.status === 200) {
    const want = [svc.spec.binary, ...svc.args]
    if (cmdline.body !== want.join('\0')) {
      detail = `its /debug/pprof/cmdline is ${showArgv(cmdline.body.split('\0'))}, not ${showArgv(want)}`
    }
  }
  if (svc.exited) return exitedEarly(svc, opts)
  if (detail === undefined) return undefined
  const body = cmdline.kind === 'response' ? `GET /debug/pprof/cmdline: HTTP ${cmdline.status} ${show(cmdline.body)}\n` : ''
  // Shown only when no other port will be tried.
  const hint = opts.explicitPort
    ? 'stop that process, or leave the choice of port to pprof-gate'
    : 'it happened on every port tried: look for stale servers on this machine'
  return {
    error: new HarnessError(
      `${svc.name}: another process answers on ${svc.baseUrl}, not the service we started (${detail}); ${hint}`,
      body + evidence(svc)
    ),
    retry: true,
    why: 'another process answered'
  }
}

async function exitedEarly(svc: Service, opts: { explicitPort: boolean; lastTry: boolean }): Promise<StartFailure> {
  await svc.outputSettled()
  const inUse = /address already in use|EADDRINUSE/i.test(svc.recent)
  let msg = `${svc.name}: the service exited ${svc.exitDescription} before it was ready`
  if (inUse && opts.explicitPort) {
    msg += `: port ${svc.port} on 127.0.0.1 is already in use by another process; stop that process, or leave the choice of port to pprof-gate`
  } else if (inUse && opts.lastTry) {
    msg += `: "address already in use" on every port tried; does it listen on $PORT rather than on a fixed port?`
  } else if (inUse) {
    msg += `: "address already in use" on port ${svc.port}`
  }
  return { error: new HarnessError(msg, evidence(svc)), retry: inUse, why: '"address already in use"' }
}

function notReady(svc: Service, url: string, budgetMs: number, last: ProbeResult): StartFailure {
  const what =
    last.kind === 'no-response'
      ? `${url} accepted connections but sent no HTTP response (${last.detail})`
      : `nothing answered ${url}`
  return {
    error: new HarnessError(
      `${svc.name}: not ready after ${seconds(budgetMs)} s: ${what}; does it listen on $PORT (${svc.port}) on 127.0.0.1? ` +
        `If it needs longer to start, raise --ready-timeout`,
      evidence(svc)
    ),
    retry: false,
    why: 'not ready'
  }
}

function evidence(svc: Service): string {
  const tail = svc.logTail(TAIL_LINES)
  return tail ? `last lines of ${svc.log.file}:\n${tail}` : `${svc.log.file} is empty: the service wrote nothing`
}

function showArgv(argv: string[]): string {
  return show(JSON.stringify(argv))
}

function show(s: string): string {
  return s.length > 300 ? `${s.slice(0, 300)}...` : s
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10)
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
