/**
 * The fork-safe handoff: mode: measure writes pprof-gate-handoff.json (the
 * report as JSON and the sticky comment's key) into the run directory, which
 * the workflow uploads; mode: report finds it in the downloaded artifact and
 * reads it as data (handoff-schema.ts). The report job never renders the
 * artifact's markdown: it renders its own from the checked data.
 */
import { lstat, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { HandoffError, parseHandoff } from './handoff-schema.js'
import type { Handoff } from './handoff-schema.js'

export const HANDOFF_FILE = 'pprof-gate-handoff.json'
/** Far above a real report (a few tens of KB), far below what could hurt. */
export const MAX_HANDOFF_BYTES = 1024 * 1024
const MAX_DEPTH = 4

export async function writeHandoff(dir: string, key: string, reportJson: string): Promise<string> {
  const file = join(dir, HANDOFF_FILE)
  const report = JSON.parse(reportJson) as unknown
  await writeFile(file, JSON.stringify({ kind: 'pprof-gate-handoff', schemaVersion: 1, key, report }, null, 2) + '\n')
  return file
}

/**
 * Handoff files under root (root itself may be one), not following symbolic
 * links. Stops looking after max + 1: the caller refuses more than max.
 */
export async function findHandoffs(root: string, max = Infinity): Promise<string[]> {
  const found: string[] = []
  const walk = async (p: string, depth: number): Promise<void> => {
    let st
    try {
      st = await lstat(p)
    } catch (e) {
      if (depth === 0) throw new HandoffError(`artifact-path ${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : (e as Error).message}`)
      return
    }
    if (st.isFile() && p.endsWith(HANDOFF_FILE)) found.push(p)
    if (!st.isDirectory() || depth >= MAX_DEPTH) return
    for (const name of (await readdir(p)).sort()) {
      if (found.length > max) return
      await walk(join(p, name), depth + 1)
    }
  }
  await walk(root, 0)
  return found
}

export async function readHandoff(file: string): Promise<Handoff> {
  const st = await lstat(file)
  if (st.size > MAX_HANDOFF_BYTES) throw new HandoffError(`${file}: ${st.size} bytes, more than the ${MAX_HANDOFF_BYTES} a handoff may have`)
  let value: unknown
  try {
    value = JSON.parse(await readFile(file, 'utf8'))
  } catch (e) {
    throw new HandoffError(`${file}: not valid JSON (${(e as Error).message})`)
  }
  return parseHandoff(value, file)
}

export { HandoffError }
export type { Handoff }

/**
 * Handoffs whose key appears once. Two with one key would write the same
 * sticky comment, the second over the first; which one is genuine cannot be
 * told from the artifact, so neither is posted. Returns the kept ones and the
 * refused keys with their files.
 */
export function uniqueKeys(items: { file: string; handoff: Handoff }[]): { kept: { file: string; handoff: Handoff }[]; repeated: Map<string, string[]> } {
  const byKey = new Map<string, string[]>()
  for (const { file, handoff } of items) byKey.set(handoff.key, [...(byKey.get(handoff.key) ?? []), file])
  const repeated = new Map([...byKey].filter(([, files]) => files.length > 1))
  return { kept: items.filter((i) => !repeated.has(i.handoff.key)), repeated }
}
