/**
 * Credentials out of what pprof-gate writes down. manifest.json records the
 * run's configuration and is uploaded as an artifact, so the arguments, build
 * arguments, load command, targets and pprof URL are stored with anything
 * that looks like a credential replaced by REDACTED:
 * - the password (or whole user info) of a URL: `https://user:pw@host`;
 * - the value of a flag, query parameter or NAME=VALUE whose name says it
 *   holds one (token, secret, password, key, auth, credential, session,
 *   cookie, signature), also `--token VALUE` as two arguments;
 * - the value of an Authorization, Cookie or *-API-Key header;
 * - token shapes that announce themselves (GitHub, GitLab, Slack, AWS access
 *   keys, JWTs, `sk-` keys).
 * It errs toward hiding: a redacted harmless value costs a look at the
 * workflow file; a leaked token costs a rotation.
 */
export const REDACTED = 'REDACTED'

const SECRET_NAME = String.raw`[\w.-]*(?:token|secret|passw(?:or)?d|pwd|pass|api[-_]?key|apikey|access[-_]?key|private[-_]?key|auth|credential|session|cookie|signature|sig)[\w.-]*`

/** A flag or variable name that announces a credential. */
const SECRET_FLAG = new RegExp(`^-{1,2}${SECRET_NAME}$`, 'i')

const RULES: [RegExp, string | ((...m: string[]) => string)][] = [
  // user info of a URL: scheme://user:password@ or scheme://token@
  [/\b([a-z][a-z0-9+.-]*:\/\/)([^\s/@'"]+)@/gi, (_m, scheme: string, info: string) => `${scheme}${info.includes(':') ? `${info.split(':')[0]}:${REDACTED}` : REDACTED}@`],
  // headers: Authorization: Bearer x, Cookie: a=b, X-Api-Key: x
  [/\b((?:proxy-)?authorization|cookie|set-cookie|[\w-]*api[-_]?key)(\s*:\s*)([^'"\n\r]+)/gi, (_m, name: string, sep: string) => `${name}${sep}${REDACTED}`],
  // name=value, name:value in a query string or flag, --name value
  [new RegExp(String.raw`((?:^|[\s?&;'"(,])-{0,2}${SECRET_NAME})(=|\s+(?=[^-\s]))([^\s&;'"]+)`, 'gi'), (_m, name: string, sep: string) => `${name}${sep}${REDACTED}`],
  // token shapes
  [/\b(?:gh[opsur]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}|(?:AKIA|ASIA)[A-Z0-9]{16}|sk-[A-Za-z0-9_-]{20,}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*)/g, REDACTED]
]

/** One string (a command line, a URL, a target) with its credential-looking parts replaced. */
export function redactText(text: string): string {
  let out = text
  for (const [re, by] of RULES) out = out.replace(re, by as (...m: string[]) => string)
  return out
}

/** An argument list: each argument as redactText does, and the value after a `--token`-like flag. */
export function redactArgs(args: readonly string[]): string[] {
  return args.map((a, i) => (i > 0 && SECRET_FLAG.test(args[i - 1]) && !args[i - 1].includes('=') ? REDACTED : redactText(a)))
}
