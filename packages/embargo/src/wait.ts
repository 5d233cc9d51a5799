/**
 * Rule 6: a fixed medium-or-higher vulnerability must reach a public
 * release within config.release_wait_days of the fix being decided
 * (review.decided). A warning in the last quarter of that window, then a
 * failure.
 */
import {
  type Context,
  atLeastMedium,
  fixedHere,
  fixedPublicly,
  inRecord,
  report,
  subject,
} from './context.js'
import { EMBARGO_RULES } from './types.js'

const DAY_MS = 24 * 60 * 60 * 1000

function daysBetween(from: string, to: string): number | undefined {
  const a = Date.parse(`${from}T00:00:00Z`)
  const b = Date.parse(`${to}T00:00:00Z`)
  if (Number.isNaN(a) || Number.isNaN(b)) return undefined
  return Math.floor((b - a) / DAY_MS)
}

// LIMITATION: only `fixed` records are timed. An `affected` record whose fix
// is merged but not yet recorded as `fixed` has no date to start from; its
// deadline is triage-gate's `due` check instead.
/** Rule 6 for every fixed record no release has shipped yet. */
export function checkWaiting(ctx: Context): void {
  const window = ctx.input.config.release_wait_days
  for (const loaded of ctx.input.records) {
    if (loaded.record.status !== 'fixed') continue
    if (fixedHere(ctx, loaded) || fixedPublicly(ctx, loaded)) continue
    if (!atLeastMedium(loaded)) continue
    const waited = daysBetween(loaded.record.review.decided, ctx.input.today)
    if (waited === undefined) continue
    const warnFrom = Math.ceil(window * 0.75)
    if (waited < warnFrom) continue
    const about = subject(ctx, loaded)
    const over = waited > window
    report(ctx, {
      rule: EMBARGO_RULES.wait,
      about,
      loaded,
      field: '/review/decided',
      location: inRecord(loaded, '/review/decided'),
      level: over ? 'error' : 'warning',
      message: over
        ? `The fix for ${about.label} has waited ${waited} days for a release; the policy allows ${window}.`
        : `The fix for ${about.label} has waited ${waited} days for a release; the policy allows ${window}, ${window - waited} left.`,
      fix: `ship a release containing the fix and add its version to fixed_in in ${loaded.file}, or change release_wait_days in the configuration.`,
    })
  }
}
