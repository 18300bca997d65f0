/**
 * The code under test is the pull request's: it is built and run as child
 * processes of the action, which inherit its environment. The runner puts
 * credentials there (the inputs, github-token among them; the cache and
 * artifact service's token; the OIDC token request), so they are removed
 * once the inputs are read: neither `go build` nor the service sees them.
 */
const SECRET = /^(INPUT_.*|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL)$/i

/** Deletes them from env (process.env in the action) and returns their names. */
export function scrubSecrets(env: NodeJS.ProcessEnv): string[] {
  const removed = Object.keys(env).filter((k) => SECRET.test(k))
  for (const k of removed) delete env[k]
  return removed
}
