/**
 * The environment every child of pprof-gate starts with (go build, git, the
 * service, a load command): ours, without the runner's file commands. On a
 * GitHub runner GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_PATH and
 * GITHUB_STEP_SUMMARY name files that the runner reads after the step: a
 * child that can write them sets later steps' environment, PATH, outputs or
 * summary. The pull request's code must not have them.
 */
const RUNNER_FILE_COMMANDS = ['GITHUB_ENV', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']

/** process.env without the runner's file commands, then extra on top. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of RUNNER_FILE_COMMANDS) delete env[name]
  return { ...env, ...extra }
}

export { RUNNER_FILE_COMMANDS }
