#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { U as UsageError, H as HarnessError } from './cli/options.js';
import { i as inertCommands } from './cli/escape.js';
import 'node:fs';
import 'node:path';

/**
 * The command line: dispatches subcommands and turns errors into exit codes
 * (0 pass, 1 regression found, 2 usage, input or environment error) with one
 * clear line on stderr.
 */
const USAGE = `Usage: pprof-gate <command> [options]

Commands:
  run                 build base and head, load both, compare their profiles, give a verdict
  compare BASE HEAD   compare two pprof profiles per function (like go tool pprof -diff_base)
  judge RUN_DIR       judge a saved run directory again (other thresholds), running nothing
  services            list the services of .pprof-gate.yml (--format json for a workflow matrix)
  summarize RUN_DIR...  one report for many services' run directories

Run 'pprof-gate <command> --help' for a command's options.
`;
async function runCli(argv, io) {
    const debug = argv.includes('--debug');
    const [command, ...rest] = argv;
    try {
        switch (command) {
            // Each command is loaded when asked for: `compare` then starts without
            // parsing the harness and its HTTP client.
            case 'compare':
                return await (await import('./cli/compare.js')).compareCommand(rest, io);
            case 'judge':
                return await (await import('./cli/judge.js')).judgeCommand(rest, io);
            case 'services':
                return (await import('./cli/services.js')).servicesCommand(rest, io);
            case 'summarize':
                return await (await import('./cli/summarize.js').then(function (n) { return n.f; })).summarizeCommand(rest, io);
            case 'run':
                return await (await import('./cli/run.js').then(function (n) { return n.a; })).runCommand(rest, io, io.isTTY ?? false);
            case undefined:
            case '--help':
            case '-h':
            case 'help':
                io.stdout(USAGE);
                return command === undefined ? 2 : 0;
            default:
                throw new UsageError(`unknown command ${JSON.stringify(command)}; run 'pprof-gate --help' for the commands`);
        }
    }
    catch (e) {
        // The message and evidence may quote the service (HTTP bodies, its log): no line of it may be a workflow command.
        io.stderr(inertCommands(`pprof-gate: ${describe(e, command)}\n`));
        if (e instanceof HarnessError && e.evidence)
            io.stderr(inertCommands(indent(e.evidence)));
        if (debug && e instanceof Error && !(e instanceof UsageError))
            io.stderr(`${e.stack}\n`);
        return 2;
    }
}
function describe(e, command) {
    if (e instanceof UsageError || e instanceof HarnessError)
        return e.message;
    const err = e;
    if (typeof err?.code === 'string' && err.code.startsWith('ERR_PARSE_ARGS')) {
        const help = ['compare', 'run', 'judge', 'services', 'summarize'].includes(command ?? '') ? `see pprof-gate ${command} --help` : "run 'pprof-gate --help'";
        return `${(err.message ?? "").split('\n')[0]} (${help})`;
    }
    return `unexpected error: ${err?.message ?? String(e)} (run with --debug for details)`;
}
function indent(text) {
    return text
        .replace(/\s+$/, '')
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n') + '\n';
}

/** Entry point of the `pprof-gate` command. */
// Keep V8's young generation at its starting size. A profile's bulk lives in
// typed arrays, and what survives a scavenge (names, function records, the
// report's entries) is long-lived, so a larger young generation buys nothing
// but resident memory: on the 10 MB benchmark pair the peak RSS of `compare`
// drops from about 130 to 118-122 MB (50 MB pair: 240 to 222-231 MB; 10x
// samples: 135-150 to 118-124 MB), and the smaller scavenges are a little
// faster too. The flag is read whenever the young generation would grow, so
// setting it once the process runs takes effect.
setFlagsFromString('--semi-space-growth-factor=1');
// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
        if (e.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw e;
    });
}
process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: process.stderr.isTTY === true
});
