/**
 * Runs the bundled action (`node dist/index.js`) the way the Actions runner
 * does: every input with a default in action.yml is set (INPUT_ + the name
 * upper-cased, hyphens kept), ${{ github.token }} becomes the token, the
 * event payload is a file (GITHUB_EVENT_PATH), and outputs, summary and
 * state go to the files the runner reads back. Nothing of the test
 * process's own INPUT_* or proxy settings leaks in.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** The inputs that action.yml gives a default, as written there. */
export function actionDefaults(): Record<string, string> {
  const text = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
  const inputs = text.slice(text.indexOf('\ninputs:\n'), text.indexOf('\noutputs:\n'))
  const out: Record<string, string> = {}
  let current = ''
  for (const line of inputs.split('\n')) {
    const name = /^ {2}([a-z][a-z0-9-]*):\s*$/.exec(line)
    if (name) current = name[1]
    const def = /^ {4}default:\s*(.*)$/.exec(line)
    if (def && current) out[current] = def[1].replace(/^'(.*)'$/, '$1')
  }
  return out
}

export interface ActionRun {
  /** The action's process id: its services carry PPROF_GATE_SERVICE_ID=<pid>-... */
  pid: number
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  state: Record<string, string>
  ms: number
}

export interface RunOptions {
  cwd: string
  inputs: Record<string, string>
  eventName: string
  payload: unknown
  apiUrl: string
  token?: string
  entry?: string
  env?: Record<string, string>
  timeoutMs?: number
  /** Called with the child once it runs (to signal it, for example). */
  onSpawn?: (pid: number) => void
}

/** The runner's file command format: name<<DELIMITER, value lines, DELIMITER. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (m) {
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
      out[m[1]] = value.join('\n')
    } else if (lines[i].includes('=')) {
      out[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1)
    }
  }
  return out
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-runner-'))
  const files = { output: 'output', summary: 'summary', state: 'state', env: 'env', path: 'path', event: 'event.json' }
  for (const [k, f] of Object.entries(files)) (files as Record<string, string>)[k] = path.join(tmp, f)
  await writeFile(files.event, JSON.stringify(o.payload))
  for (const f of [files.output, files.summary, files.state, files.env, files.path]) await writeFile(f, '')
  const token = o.token ?? 'ghs_fake_installation_token'

  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(k) && !/proxy/i.test(k) && k !== 'NODE_OPTIONS') env[k] = v
  }
  const inputs = { ...actionDefaults(), ...o.inputs }
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value.replace('${{ github.token }}', token)
  }
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_API_URL: o.apiUrl,
    // A *.localhost host: @actions/artifact takes any host but github.com, *.ghe.com and *.localhost for
    // GitHub Enterprise Server, where it refuses to upload.
    GITHUB_SERVER_URL: 'https://github.localhost',
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_REPOSITORY_OWNER: 'octo',
    GITHUB_JOB: 'perf',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_WORKSPACE: o.cwd,
    RUNNER_TEMP: tmp,
    ...o.env
  })

  const started = Date.now()
  const child = spawn(process.execPath, [path.join(ROOT, o.entry ?? 'dist/index.js')], { cwd: o.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  if (child.pid) o.onSpawn?.(child.pid)
  const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 240_000)
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])))
  clearTimeout(timer)
  return {
    pid: child.pid ?? 0,
    code,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    state: parseFileCommands(await readFile(files.state, 'utf8')),
    ms: Date.now() - started
  }
}
