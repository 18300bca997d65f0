/**
 * Keeps a comment under GitHub's body limit (65,536 characters; we aim at
 * 60,000 to leave room). A long report is cut between lines, never inside a
 * table row, any <details> left open is closed, and a note says how many
 * rows were left out and where the full report is (the job summary).
 */
export const COMMENT_BUDGET = 60_000

const isRow = (l: string) => l.startsWith('|')
const isSeparator = (l: string) => /^\|(\s*:?-+:?\s*\|)+\s*$/.test(l)

export function fitToBudget(body: string, pointer: string, budget = COMMENT_BUDGET): string {
  if (body.length <= budget) return body
  const lines = body.split('\n')
  const note = (rows: number) => `> ✂️ ${rows} more table row(s) and the rest of the report are left out: a comment holds at most ${budget.toLocaleString('en-US')} characters. ${pointer}`
  // Room for the note and the tags that close what was left open.
  const reserve = note(lines.length).length + 64
  let size = 0
  let cut = 0
  while (cut < lines.length && size + lines[cut].length + 1 <= budget - reserve) size += lines[cut++].length + 1
  // A header row without its separator (or a lone separator) would render as a stray line.
  while (cut > 0 && isRow(lines[cut - 1]) && cut < lines.length && isSeparator(lines[cut])) cut--
  const kept = lines.slice(0, cut)
  const dropped = lines.slice(cut).filter((l) => isRow(l) && !isSeparator(l)).length
  const open = kept.filter((l) => l.startsWith('<details')).length - kept.filter((l) => l.startsWith('</details>')).length
  const out = [...kept, '']
  for (let i = 0; i < open; i++) out.push('</details>', '')
  out.push(note(dropped))
  return out.join('\n') + '\n'
}
