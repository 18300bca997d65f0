/**
 * The GitHub Action. For now it compares two profiles already on disk (the
 * full build-load-profile run comes with the harness): the report goes to the
 * job summary and the outputs. The only place that calls setFailed.
 */
import * as core from '@actions/core'
import { writeFile } from 'node:fs/promises'
import { compareProfiles, checkCompatible, stackDeltas, ProfileError } from './pprof/index.js'
import { readProfile } from './harness/read-profile.js'
import { renderCompareMarkdown, compareJson } from './report/compare.js'
import { UsageError } from './commands/io.js'

export async function run(): Promise<void> {
  try {
    const basePath = core.getInput('base-profile', { required: true })
    const headPath = core.getInput('head-profile', { required: true })
    const sampleType = core.getInput('sample-type') || undefined
    const topInput = core.getInput('top') || '20'
    if (!/^\d+$/.test(topInput)) throw new UsageError(`Input 'top' must be a whole number; got ${JSON.stringify(topInput)}`)
    const base = await readProfile(basePath, 'base')
    const head = await readProfile(headPath, 'head')
    checkCompatible(base, head)
    const comparison = compareProfiles(base, head, { sampleType })
    const report = {
      comparison,
      stacks: comparison.sampleType.type === 'goroutine' ? stackDeltas(base, head, comparison.sampleIndex) : undefined,
      top: Number(topInput),
      basePath,
      headPath,
      normalized: false
    }
    const markdown = renderCompareMarkdown(report)
    const runnerTemp = process.env.RUNNER_TEMP ?? '.'
    const jsonPath = `${runnerTemp}/pprof-gate-compare.json`
    const mdPath = `${runnerTemp}/pprof-gate-compare.md`
    await writeFile(jsonPath, compareJson(report))
    await writeFile(mdPath, markdown)
    await core.summary.addRaw(markdown).write()
    core.setOutput('report-json', jsonPath)
    core.setOutput('report-markdown', mdPath)
    core.setOutput('total-delta', String(comparison.total.delta))
  } catch (e) {
    if (e instanceof UsageError || e instanceof ProfileError) core.setFailed(e.message)
    else core.setFailed(`pprof-gate: unexpected error: ${(e as Error).message ?? String(e)}`)
  }
}
