/** Entry point of the `pprof-gate` command. */
import { runCli } from './commands/cli.js'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stderr.isTTY === true
})
