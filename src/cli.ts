/** Entry point of the `pprof-gate` command. */
import { setFlagsFromString } from 'node:v8'
import { runCli } from './commands/cli.js'

// Keep V8's young generation at its starting size. A profile's bulk lives in
// typed arrays, and what survives a scavenge (names, function records, the
// report's entries) is long-lived, so a larger young generation buys nothing
// but resident memory: on the 10 MB benchmark pair the peak RSS of `compare`
// drops from about 130 to 118-122 MB (50 MB pair: 240 to 222-231 MB; 10x
// samples: 135-150 to 118-124 MB), and the smaller scavenges are a little
// faster too. The flag is read whenever the young generation would grow, so
// setting it once the process runs takes effect.
setFlagsFromString('--semi-space-growth-factor=1')

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw e
  })
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stderr.isTTY === true
})
