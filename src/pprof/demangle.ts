/**
 * Demangling as `go tool pprof` shows names by default: the function's
 * qualified name without parameters or template arguments (its demangler
 * runs with NoParams, NoEnclosingParams and NoTemplateParams). Covered:
 * Itanium C++ names (`_Z...`) whose name part is a plain or nested name of
 * source names, constructors, destructors, operators and the standard
 * abbreviations (St, Sa, Sb, Ss, Si, So, Sd), with template arguments
 * skipped, and ABI tags; and Rust's legacy names (`_ZN...17h<hash>E`).
 * Anything else (Rust v0 `_R` names, local names, substitutions other
 * than the abbreviations, conversion operators, ...) returns undefined,
 * and the name is shown as written. Checked against the Go demangler pprof
 * uses on the 138,280 distinct `_Z` symbols of this machine's shared
 * libraries: 108,916 read the same, none differently, the rest are left.
 *
 * No npm demangler fits: the one maintained package that covers both
 * languages ships 520 KB of WebAssembly loaded as an ES module import,
 * which Node 20 does not load without a flag, and prints full names (with
 * parameters, `const`, return types) that would need this same pass to
 * read as pprof's.
 */

/** The simplified demangled name, or undefined when `name` is not one this covers. */
export function demangle(name: string): string | undefined {
  if (!name.startsWith('_Z')) return undefined
  return oldRust(name) ?? itanium(name)
}

// --- Rust, legacy mangling: _ZN <len><ident>... 17h<16 hex digits> E [.suffix]

const RUST_ESCAPES: Record<string, string> = { SP: '@', BP: '*', RF: '&', LT: '<', GT: '>', LP: '(', RP: ')' }

function oldRust(mangled: string): string | undefined {
  if (!mangled.startsWith('_ZN')) return undefined
  let name = mangled
  const dot = name.lastIndexOf('E.')
  if (dot > 0) name = name.slice(0, dot + 1)
  if (!name.endsWith('E') || name.length <= 23 || name.slice(-20, -17) !== '17h') return undefined
  const hash = name.slice(-17, -1)
  if (!/^[0-9a-f]{16}$/.test(hash) || new Set(hash).size < 5) return undefined
  let rest = name.slice(3, -20)
  const parts: string[] = []
  while (rest.length > 0) {
    const m = /^(\d+)(_?)/.exec(rest)
    if (!m) return undefined
    const size = Number(m[1]) - (m[2] ? 1 : 0)
    rest = rest.slice(m[0].length)
    if (size < 0 || rest.length < size) return undefined
    parts.push(unescapeRust(rest.slice(0, size)))
    rest = rest.slice(size)
  }
  return parts.join('::')
}

function unescapeRust(ident: string): string {
  let id = ident.startsWith('_$') ? ident.slice(1) : ident
  let out = ''
  while (id.length > 0) {
    const c = id[0]
    if (c === '$') {
      let code: string | undefined
      let used = 0
      if (id.length > 2 && id[1] === 'C' && id[2] === '$') {
        code = ','
        used = 3
      } else if (id.length > 4 && id[1] === 'u' && id[4] === '$') {
        const v = parseInt(id.slice(2, 4), 16)
        if (/^[0-7][0-9a-f]$/.test(id.slice(2, 4)) && v >= 0x20) {
          code = String.fromCharCode(v)
          used = 5
        }
      } else if (id.length > 3 && id[3] === '$') {
        code = RUST_ESCAPES[id.slice(1, 3)]
        used = 4
      }
      if (code === undefined) return out + id
      out += code
      id = id.slice(used)
    } else if (id.startsWith('..')) {
      out += '::'
      id = id.slice(2)
    } else {
      out += c
      id = id.slice(1)
    }
  }
  return out
}

// --- Itanium C++: _Z <name> <parameters>; only the name is read.

const ABBREVIATIONS: Record<string, string> = {
  t: 'std',
  a: 'std::allocator',
  b: 'std::basic_string',
  s: 'std::string',
  i: 'std::istream',
  o: 'std::ostream',
  d: 'std::iostream'
}

/** What an abbreviation reads as before a constructor or destructor of its class, as the demangler prints it. */
const CLASS_NAMES: Record<string, string> = {
  s: 'std::basic_string',
  i: 'std::basic_istream',
  o: 'std::basic_ostream',
  d: 'std::basic_iostream'
}

const OPERATORS: Record<string, string> = {
  nw: 'new', na: 'new[]', dl: 'delete', da: 'delete[]', ps: '+', ng: '-', ad: '&', de: '*', co: '~',
  pl: '+', mi: '-', ml: '*', dv: '/', rm: '%', an: '&', or: '|', eo: '^', aS: '=', pL: '+=', mI: '-=',
  mL: '*=', dV: '/=', rM: '%=', aN: '&=', oR: '|=', eO: '^=', ls: '<<', rs: '>>', lS: '<<=', rS: '>>=',
  eq: '==', ne: '!=', lt: '<', gt: '>', le: '<=', ge: '>=', ss: '<=>', nt: '!', aa: '&&', oo: '||',
  pp: '++', mm: '--', cm: ',', pm: '->*', pt: '->', cl: '()', ix: '[]', qu: '?'
}

class Bail extends Error {}

function itanium(mangled: string): string | undefined {
  const s = mangled
  let p = 2
  const parts: string[] = []
  const fail = (): never => {
    throw new Bail()
  }
  /** The abbreviation the name starts with (St, Ss, ...), if any. */
  let abbreviation = ''
  /** The last plain component name, for constructors and destructors. */
  const last = (): string => {
    if (parts.length === 1 && CLASS_NAMES[abbreviation]) parts[0] = CLASS_NAMES[abbreviation]
    const name = parts[parts.length - 1] ?? fail()
    const at = name.lastIndexOf('::')
    // A constructor is named after its class without the class's ABI tags.
    return (at < 0 ? name : name.slice(at + 2)).replace(/(\[abi:[^\]]*\])+$/, '')
  }
  const sourceName = (): string => {
    const m = /^\d+/.exec(s.slice(p)) ?? fail()
    const size = Number(m[0])
    p += m[0].length
    if (size <= 0 || p + size > s.length) fail()
    const id = s.slice(p, p + size)
    p += size
    // The name of an anonymous namespace, as the demangler prints it.
    let name = id.startsWith('_GLOBAL_') && /^_GLOBAL_[._$]N/.test(id) ? '(anonymous namespace)' : id
    // ABI tags: B <source-name>, printed [abi:tag].
    while (s[p] === 'B' && /\d/.test(s[p + 1] ?? '')) {
      p++
      name += `[abi:${sourceName()}]`
    }
    return name
  }
  /**
   * Skips <template-args>: I ... E, counting what E closes. Source names,
   * substitutions (S_, S<id>_, St, ...), template parameters (T_, T<n>_)
   * and literals (L <type> <number> E) are read whole, since their digits
   * and letters are not types; expressions, lambdas, arrays and vector
   * types, whose grammar this does not follow, end the attempt.
   */
  const skipTemplateArgs = (): void => {
    let depth = 0
    do {
      const c = s[p] ?? fail()
      const next = s[p + 1] ?? ''
      if (/\d/.test(c)) {
        sourceName()
        continue
      }
      if (c === 'S' || c === 'T') {
        const m = (c === 'S' ? /^S(?:[0-9A-Z]*_|[tabsiod])/ : /^T\d*_/).exec(s.slice(p)) ?? fail()
        p += m[0].length
        continue
      }
      if (c === 'L') {
        if (next === '_' || next === 'N' || next === 'Z') fail()
        const close = s.indexOf('E', p)
        if (close < 0) fail()
        p = close + 1
        continue
      }
      if (c === 'X' || c === 'A' || (c === 'U' && next === 'l') || (c === 'D' && /[vTt]/.test(next))) fail()
      if (c === 'U' && next === 't') {
        const close = s.indexOf('_', p)
        if (close < 0) fail()
        p = close + 1
        continue
      }
      if (c === 'D') {
        p += 2
        continue
      }
      if (c === 'I' || c === 'N' || c === 'J' || c === 'Z' || c === 'F') depth++
      else if (c === 'E') depth--
      p++
    } while (depth > 0)
  }
  const unqualified = (): string => {
    const c = s[p] ?? fail()
    if (/\d/.test(c)) return sourceName()
    if (c === 'C' && /[123]/.test(s[p + 1] ?? '')) {
      p += 2
      return last()
    }
    if (c === 'D' && /[012]/.test(s[p + 1] ?? '')) {
      p += 2
      return `~${last()}`
    }
    const op = OPERATORS[s.slice(p, p + 2)]
    if (op === undefined) fail()
    p += 2
    return /^[a-z]/.test(op!) ? `operator ${op}` : `operator${op}`
  }
  const push = (name: string): void => {
    parts.push(name)
  }
  try {
    if (s[p] === 'N') {
      p++
      while (/[rVKRO]/.test(s[p] ?? '')) p++
      while (s[p] !== 'E') {
        if (p >= s.length) fail()
        if (s[p] === 'S') {
          const expansion = ABBREVIATIONS[s[p + 1] ?? ''] ?? fail()
          if (parts.length > 0) fail()
          abbreviation = s[p + 1]
          p += 2
          push(expansion)
        } else if (s[p] === 'I') {
          if (parts.length === 0) fail()
          skipTemplateArgs()
        } else {
          push(unqualified())
        }
      }
      p++
    } else if (s[p] === 'S') {
      const expansion = ABBREVIATIONS[s[p + 1] ?? ''] ?? fail()
      p += 2
      push(expansion)
      if (expansion === 'std') push(unqualified())
    } else {
      // L: internal linkage (a static function), which the demangler does not print.
      if (s[p] === 'L') p++
      push(unqualified())
    }
    if (s[p] === 'I') skipTemplateArgs()
  } catch (e) {
    if (e instanceof Bail) return undefined
    throw e
  }
  return parts.join('::')
}
