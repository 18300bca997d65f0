/**
 * The sticky comment's body: marker and verdict lines (hidden), a note when
 * an earlier regression is gone, the run report (names made inert by the
 * report's own escaping), a footer with the commit and the run, all within
 * the comment budget.
 */
import type { RunReport } from '../report/run.js'
import { renderRunMarkdown } from '../report/run.js'
import { renderSummaryMarkdown } from '../report/summary.js'
import type { ServiceArtifact, Summary } from '../report/summary.js'
import { fitToBudget } from './budget.js'
import { markerLine, stateLine } from './marker.js'

export interface CommentContext {
  key: string
  /** The measured head commit; shown only when it looks like one. */
  headSha: string
  /** The run whose job summary holds the full report. */
  runUrl: string | null
  /**
   * mode: report: the figures come from the pull request's own workflow run
   * (its artifact), which the pull request's code could have written.
   */
  fromPullRequestRun?: boolean
  /** The run directory's artifact, as a markdown line (github/artifact.ts); kept when a long report is cut. */
  artifactLine?: string
}

export const FROM_PULL_REQUEST_RUN =
  "> ℹ️ Measured by this pull request's own workflow run and posted from its artifact: the pull request's code ran in that job, so these figures are only as trustworthy as that code."


/** mode: summarize's comment: the summary of every service, with each one's artifact; within the budget. */
export function summaryCommentBody(
  summary: Summary,
  ctx: { key: string; headSha: string; runUrl: string | null; fromPullRequestRun?: boolean },
  resolved: boolean,
  artifacts: ReadonlyMap<string, ServiceArtifact>,
  budget?: number
): string {
  const sha = /^[0-9a-f]{7,64}$/.test(ctx.headSha) ? ctx.headSha.slice(0, 7) : ''
  const url = ctx.runUrl && /^https?:\/\/[^\s()<>[\]]+$/.test(ctx.runUrl) ? ctx.runUrl : null
  const head = [markerLine(ctx.key), stateLine(summary.verdict)]
  if (resolved) head.push('', `> ✅ The regression an earlier run reported here is gone${sha ? ` as of ${sha}` : ''}.`)
  if (ctx.fromPullRequestRun) head.push('', FROM_PULL_REQUEST_RUN)
  head.push('')
  const footer = `<sub>pprof-gate${sha ? ` · head ${sha}` : ''}${url ? ` · [this run](${url})` : ''}</sub>`
  const pointer = url ? `The full summary is in the [job summary](${url}).` : 'The full summary is in the job summary of this run.'
  return fitToBudget(`${renderSummaryMarkdown(summary, head.join('\n'), artifacts)}\n${footer}\n`, pointer, budget)
}

export function commentBody(report: RunReport, ctx: CommentContext, resolved: boolean, budget?: number): string {
  const sha = /^[0-9a-f]{7,64}$/.test(ctx.headSha) ? ctx.headSha.slice(0, 7) : ''
  // Nothing in a link target may end or break the link.
  const url = ctx.runUrl && /^https?:\/\/[^\s()<>[\]]+$/.test(ctx.runUrl) ? ctx.runUrl : null
  const head = [markerLine(ctx.key), stateLine(report.verdict.verdict)]
  if (resolved) head.push('', `> ✅ The regression an earlier run reported here is gone${sha ? ` as of ${sha}` : ''}.`)
  if (ctx.fromPullRequestRun) head.push('', FROM_PULL_REQUEST_RUN)
  head.push('')
  const footer = `<sub>pprof-gate${sha ? ` · head ${sha}` : ''}${url ? ` · [full report and profiles](${url})` : ''}</sub>`
  const summary = url ? `The full report is in the [job summary](${url}).` : 'The full report is in the job summary of this run.'
  const artifact = ctx.artifactLine ? `${ctx.artifactLine}\n\n` : ''
  const pointer = ctx.artifactLine ? `${summary}\n\n${ctx.artifactLine}` : summary
  return fitToBudget(`${renderRunMarkdown(report, head.join('\n'))}\n${artifact}${footer}\n`, pointer, budget)
}
