import * as os from 'os';
import os__default from 'os';
import 'crypto';
import { promises } from 'fs';
import 'path';
import { readdirSync, readFileSync } from 'node:fs';

// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}

/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os.EOL);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { access, appendFile, writeFile } = promises;

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
os__default.platform();
os__default.arch();

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}

// Finding and killing every process a service started, including the ones
// that left its process group.
//
// A service is spawned detached: it leads its own process group (pgid = pid),
// so one kill(-pid) reaches it and every child that stayed in the group. A
// child that calls setsid() (a daemon, a "grandchild in a new session") is in
// another group and escapes that signal. We catch those two ways:
//  1. Parentage: walking the ppid links of /proc/*/stat down from the
//     service's pid, on every refresh() (at readiness, every second while it
//     runs, and right before each signal at stop). Each process is recorded
//     with its start time, so a pid later reused by an unrelated process is
//     never signalled.
//  2. A marker: the service's environment carries MARKER_ENV=<unique value>,
//     which every descendant inherits unless it clears its environment. A
//     process re-parented to init (its parent exited: the classic double
//     fork) no longer descends from the service, but /proc/PID/environ still
//     shows the marker.
// Both need Linux's /proc. Elsewhere only the process group is signalled.
// A service that double-forks *and* clears its environment escapes both;
// where the kernel lets us, each service runs in its own cgroup (cgroup.ts),
// whose members are part of the tree too and which SIGKILL empties at once.
// The group id is the leader's pid, which the kernel may hand out again once
// the leader is reaped and the group is empty: the group is signalled only
// while the leader lives or a process we know is still in it.
// Zombies count as gone: they hold no resources but a pid, and only their
// parent (here possibly an init that does not reap) can clear them.
/** The environment variable that marks every process of one started service. */
const MARKER_ENV = 'PPROF_GATE_SERVICE_ID';

/**
 * The action's post step (action.yml: runs.post, post-if: always()). The
 * main step stops its services itself, also when cancelled; this catches
 * what outlives a main step that was killed outright (SIGKILL after the
 * runner's cancel timeout, an out-of-memory kill). Every service process
 * carries MARKER_ENV=<main pid>-<random> in its environment (harness/
 * process.ts), so those of this job's main step are found by that prefix
 * in /proc and nothing else is touched.
 */
const GRACE_MS = 2000;
function leftovers(prefix) {
    let names;
    try {
        names = readdirSync('/proc');
    }
    catch {
        return []; // no /proc (not Linux): the main step's own cleanup is all there is
    }
    const out = [];
    for (const name of names) {
        if (!/^\d+$/.test(name) || Number(name) === process.pid)
            continue;
        try {
            const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
            if (/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2)))
                continue; // zombies hold nothing
            const env = readFileSync(`/proc/${name}/environ`, 'latin1').split('\0');
            if (env.some((kv) => kv.startsWith(prefix)))
                out.push(Number(name));
        }
        catch {
            // gone meanwhile, or not ours to read
        }
    }
    return out;
}
function signal(pids, sig) {
    for (const pid of pids) {
        try {
            process.kill(pid, sig);
        }
        catch {
            // already gone
        }
    }
}
async function post() {
    const mainPid = getState('main-pid');
    if (!/^\d+$/.test(mainPid))
        return; // the main step never started a measurement
    const prefix = `${MARKER_ENV}=${mainPid}-`;
    const found = leftovers(prefix);
    if (found.length === 0)
        return;
    warning(`pprof-gate: stopping ${found.length} service process(es) the main step left running: ${found.join(', ')}`);
    signal(found, 'SIGTERM');
    const deadline = Date.now() + GRACE_MS;
    while (Date.now() < deadline && leftovers(prefix).length > 0)
        await new Promise((r) => setTimeout(r, 100));
    signal(leftovers(prefix), 'SIGKILL');
}
await post();
