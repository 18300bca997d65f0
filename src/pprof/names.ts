/**
 * Function names as `go tool pprof` shows them by default. Its symbolizer
 * (symbolizer.demangleSingleFunction, demangle mode "default") keeps a name
 * that differs from the system name, and otherwise shows the system name
 * simplified: a C++ or Rust-looking name loses its argument lists and
 * template arguments, so `std::vector<int>::push_back(int const&)` reads
 * `std::vector::push_back`, and names that become equal are one function.
 * Mangled names are demangled to the same simplified form (demangle.ts).
 * Go names are left alone (pprof's heuristic skips `]).` and has no
 * brackets to remove in the others).
 */
import { demangle } from './demangle.js'

/** The name pprof shows for a function with this name and system name. */
export function displayName(name: string, systemName: string): string {
  if (name !== '' && name !== systemName) return name
  // macOS prefixes every symbol with one more underscore: pprof tries without it too.
  const demangled = demangle(systemName) ?? (systemName.startsWith('_') ? demangle(systemName.slice(1)) : undefined)
  if (demangled !== undefined) return demangled
  return looksLikeDemangledCPlusPlus(systemName) ? removeMatching(removeMatching(systemName, '(', ')'), '<', '>') : systemName
}

/** pprof's test for a demangled C++ (or Rust) name, which it then simplifies. */
function looksLikeDemangledCPlusPlus(name: string): boolean {
  // Java's "class.<init>" and Go's "pkg.(*T[...]).M" are not.
  if (name.includes('.<') || name.includes(']).')) return false
  return /[<>[\]]/.test(name) || name.includes('::')
}

/**
 * Removes every outermost `open`..`close` span (with what it nests), as
 * pprof's removeMatching does: a `close` without its `open` stops it, with
 * the spans before it removed and the rest left as it is.
 */
function removeMatching(name: string, open: string, close: string): string {
  let nesting = 0
  let first = 0
  let out = ''
  let kept = 0
  for (let i = 0; i < name.length; i++) {
    const c = name[i]
    if (c === open) {
      if (++nesting === 1) first = i
    } else if (c === close) {
      if (--nesting < 0) break
      if (nesting === 0) {
        out += name.slice(kept, first)
        kept = i + 1
      }
    }
  }
  return out + name.slice(kept)
}
