/**
 * `comment: always | on-regression | never`: whether this run writes the
 * sticky comment. on-regression stays quiet while nothing regresses, but
 * never leaves a stale failure standing: a comment that last reported a
 * regression is updated to say it is gone.
 */
import type { CommentPolicy } from './inputs.js'
import { lastVerdict } from './marker.js'

export type CommentDecision = { write: false; why: string } | { write: true; resolved: boolean }

export function decideComment(policy: CommentPolicy, verdict: 'pass' | 'fail' | 'inconclusive', existingBody: string | null): CommentDecision {
  const resolved = verdict === 'pass' && existingBody !== null && lastVerdict(existingBody) === 'fail'
  if (policy === 'never') return { write: false, why: 'comment: never' }
  if (policy === 'always' || verdict === 'fail') return { write: true, resolved }
  // on-regression, and this run passes: keep an existing comment current, start none.
  if (existingBody !== null) return { write: true, resolved }
  return { write: false, why: 'comment: on-regression and no regression' }
}
