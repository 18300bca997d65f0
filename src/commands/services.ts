/**
 * `pprof-gate services`: the services of `.pprof-gate.yml`, as a JSON array
 * for a workflow's matrix (`fromJSON`) or as a list to read.
 */
import { parseArgs } from 'node:util'
import { findConfigFile, loadConfigFile } from '../run/config-file.js'
import type { CommandIO } from './io.js'
import { UsageError } from './io.js'

export const SERVICES_USAGE = `Usage: pprof-gate services [--config FILE] [--format text|json]

Lists the services of the config file (default: .pprof-gate.yml at the top of
the git repository), after checking the whole file.

  --config FILE     the config file
  --format FORMAT   text (default) or json: a JSON array of the names, for
                    strategy.matrix.service: \${{ fromJSON(...) }}
`

export function servicesCommand(argv: string[], io: CommandIO): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: 'string' },
      format: { type: 'string', default: 'text' },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    io.stdout(SERVICES_USAGE)
    return 0
  }
  if (positionals.length > 0) throw new UsageError(`services takes no positional arguments; got ${JSON.stringify(positionals[0])} (see pprof-gate services --help)`)
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json; got ${JSON.stringify(values.format)}`)
  const config = loadConfigFile(values.config ?? findConfigFile())
  if (values.format === 'json') {
    io.stdout(JSON.stringify(config.services.map((s) => s.name)) + '\n')
    return 0
  }
  const width = Math.max(...config.services.map((s) => s.name.length))
  io.stdout(`${config.services.length} service${config.services.length === 1 ? '' : 's'} in ${config.file}:\n`)
  for (const s of config.services) io.stdout(`  ${s.name.padEnd(width)}  ${s.dir}${s.known.length ? `  (${s.known.length} known leak${s.known.length === 1 ? '' : 's'})` : ''}\n`)
  return 0
}
