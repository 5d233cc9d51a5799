/**
 * Dependabot alerts kept in step with the records: an alert whose record
 * says `not_affected` is dismissed with the reason its justification maps
 * to, and reopened when the decision expires. The plan compares with the
 * alerts as fetched, so a second run sends nothing. Only alerts this action
 * dismissed (their comment starts with DISMISS_MARKER) are ever reopened: a
 * person's dismissal is theirs.
 *
 * Justification → dismissed_reason:
 * - component_not_present, vulnerable_code_not_present → `inaccurate`: the
 *   alert names code the product does not contain.
 * - vulnerable_code_not_in_execute_path → `not_used`: the code is there but
 *   never runs.
 * - vulnerable_code_cannot_be_controlled_by_adversary,
 *   inline_mitigations_already_exist → `tolerable_risk`: it runs, and the
 *   risk is handled.
 * `fix_started` and `no_bandwidth` are never used: they describe an
 * `affected` or undecided state, which is not a reason to hide an alert.
 */
import type { Justification } from '../../records/src/types.js'
import type { FindingVerdict, TriageReport } from './verdict.js'

export type DismissedReason =
  'fix_started' | 'inaccurate' | 'no_bandwidth' | 'not_used' | 'tolerable_risk'

export const DISMISSED_REASON: { [J in Justification]: DismissedReason } = {
  component_not_present: 'inaccurate',
  vulnerable_code_not_present: 'inaccurate',
  vulnerable_code_not_in_execute_path: 'not_used',
  vulnerable_code_cannot_be_controlled_by_adversary: 'tolerable_risk',
  inline_mitigations_already_exist: 'tolerable_risk',
}

/** How every dismissal comment of ours starts, and how we know ours. */
export const DISMISS_MARKER = 'psirt:'

/** GitHub's limit on `dismissed_comment`. */
export const MAX_COMMENT = 280

/** An alert as fetched: what the plan compares against. */
export interface AlertState {
  number: number
  state: string
  dismissed_reason?: string | null
  dismissed_comment?: string | null
}

export type AlertUpdate =
  | {
      state: 'dismissed'
      dismissed_reason: DismissedReason
      dismissed_comment: string
    }
  | { state: 'open' }

export interface AlertWrite {
  number: number
  body: AlertUpdate
  /** one line for the log */
  why: string
}

/** The alert numbers a merged finding came from. */
export function alertNumbers(v: FindingVerdict): number[] {
  const out = new Set<number>()
  if (v.finding.alert) out.add(v.finding.alert.number)
  for (const s of v.finding.sources) {
    if (s.kind === 'dependabot' && s.ref && /^\d+$/.test(s.ref)) {
      out.add(Number(s.ref))
    }
  }
  return [...out].sort((a, b) => a - b)
}

/** The dismissal comment: the decision and a link to its record. */
export function dismissalComment(
  justification: string,
  recordUrl: string,
  file: string,
): string {
  const long = `${DISMISS_MARKER} not_affected (${justification}), see ${recordUrl}`
  if (long.length <= MAX_COMMENT) return long
  const short = `${DISMISS_MARKER} not_affected (${justification}), see ${file}`
  return short.length <= MAX_COMMENT ? short : short.slice(0, MAX_COMMENT)
}

/** The alert was dismissed by this action: its comment carries our marker. */
function dismissedByUs(alert: AlertState): boolean {
  return (alert.dismissed_comment ?? '').startsWith(DISMISS_MARKER)
}

/**
 * The writes that bring the alerts in line with the verdicts. Only records
 * act on alerts (an ignore-file entry does not); an alert already dismissed
 * is left as it is, whoever dismissed it; an expired decision reopens only
 * an alert this action dismissed; an alert fixed by GitHub is never touched.
 */
export function dismissalPlan(
  report: TriageReport,
  alerts: Map<number, AlertState>,
  recordUrl: (file: string) => string,
): AlertWrite[] {
  const writes = new Map<number, AlertWrite>()
  for (const v of report.verdicts) {
    const d = v.decision
    if (!d || d.kind !== 'record') continue
    for (const n of alertNumbers(v)) {
      const alert = alerts.get(n)
      if (!alert || writes.has(n)) continue
      // LIMITATION: an alert someone already dismissed (with any reason) is
      // left as it is; only open alerts are dismissed with the mapped reason.
      const current =
        d.status === 'not_affected' &&
        (v.verdict === 'decided' || v.verdict === 'expiring')
      if (current && alert.state === 'open' && d.justification) {
        const reason = DISMISSED_REASON[d.justification as Justification]
        if (!reason) continue
        writes.set(n, {
          number: n,
          body: {
            state: 'dismissed',
            dismissed_reason: reason,
            dismissed_comment: dismissalComment(
              d.justification,
              recordUrl(d.file),
              d.file,
            ),
          },
          why: `dismiss alert #${n} as ${reason}: ${d.file} says not_affected`,
        })
      } else if (
        v.verdict === 'expired' &&
        alert.state === 'dismissed' &&
        dismissedByUs(alert)
      ) {
        writes.set(n, {
          number: n,
          body: { state: 'open' },
          why: `reopen alert #${n}: the not_affected decision in ${d.file} expired on ${v.expires}`,
        })
      }
    }
  }
  return [...writes.values()].sort((a, b) => a.number - b.number)
}
