/**
 * The command line: dispatches subcommands and turns errors into exit codes
 * (0 pass, 1 regression found, 2 usage, input or environment error) with one
 * clear line on stderr.
 */
import { HarnessError } from '../harness/errors.js'
import { inertCommands } from '../report/escape.js'
import type { CommandIO } from './io.js'
import { UsageError } from './io.js'

export const USAGE = `Usage: pprof-gate <command> [options]

Commands:
  run                 build base and head, load both, compare their profiles, give a verdict
  compare BASE HEAD   compare two pprof profiles per function (like go tool pprof -diff_base)
  judge RUN_DIR       judge a saved run directory again (other thresholds), running nothing
  services            list the services of .pprof-gate.yml (--format json for a workflow matrix)
  summarize RUN_DIR...  one report for many services' run directories

Run 'pprof-gate <command> --help' for a command's options.
`

export async function runCli(argv: string[], io: CommandIO): Promise<number> {
  const debug = argv.includes('--debug')
  const [command, ...rest] = argv
  try {
    switch (command) {
      // Each command is loaded when asked for: `compare` then starts without
      // parsing the harness and its HTTP client.
      case 'compare':
        return await (await import('./compare.js')).compareCommand(rest, io)
      case 'judge':
        return await (await import('./judge.js')).judgeCommand(rest, io)
      case 'services':
        return (await import('./services.js')).servicesCommand(rest, io)
      case 'summarize':
        return await (await import('./summarize.js')).summarizeCommand(rest, io)
      case 'run':
        return await (await import('./run.js')).runCommand(rest, io, io.isTTY ?? false)
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE)
        return command === undefined ? 2 : 0
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}; run 'pprof-gate --help' for the commands`)
    }
  } catch (e) {
    // The message and evidence may quote the service (HTTP bodies, its log): no line of it may be a workflow command.
    io.stderr(inertCommands(`pprof-gate: ${describe(e, command)}\n`))
    if (e instanceof HarnessError && e.evidence) io.stderr(inertCommands(indent(e.evidence)))
    if (debug && e instanceof Error && !(e instanceof UsageError)) io.stderr(`${e.stack}\n`)
    return 2
  }
}

function describe(e: unknown, command: string | undefined): string {
  if (e instanceof UsageError || e instanceof HarnessError) return e.message
  const err = e as { code?: string; message?: string }
  if (typeof err?.code === 'string' && err.code.startsWith('ERR_PARSE_ARGS')) {
    const help = ['compare', 'run', 'judge', 'services', 'summarize'].includes(command ?? '') ? `see pprof-gate ${command} --help` : "run 'pprof-gate --help'"
    return `${(err.message ?? "").split('\n')[0]} (${help})`
  }
  return `unexpected error: ${err?.message ?? String(e)} (run with --debug for details)`
}

function indent(text: string): string {
  return text
    .replace(/\s+$/, '')
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n') + '\n'
}
