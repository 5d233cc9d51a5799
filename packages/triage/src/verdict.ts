/**
 * The triage verdict: every finding matched to a decision and classified,
 * every record checked the other way, and the policy of the repository
 * applied to say what fails. Pure: the clock and the event are inputs.
 */
import type { Problem } from '../../core/src/errors.js'
import type { ExternalDecision, Finding } from '../../findings/src/types.js'
import { installedVersions } from '../../findings/src/merge.js'
import type {
  Config,
  IsoDate,
  LoadedRecord,
  Severity,
} from '../../records/src/types.js'
import { SEVERITIES, positionOf } from '../../records/src/types.js'
import {
  DecisionIndex,
  applies,
  externalDecision,
  recordDecision,
  type Decision,
} from './match.js'
import { scannerFormProblems } from './scanner-form.js'

export const VERDICTS = [
  'decided',
  'untriaged',
  'expired',
  'overdue',
  'fixed_but_reported',
  'contradiction',
  'incomplete',
  'expiring',
  'grace',
] as const
export type Verdict = (typeof VERDICTS)[number]

export const EVENTS = [
  'pull_request',
  'merge_group',
  'schedule',
  'push',
  'workflow_dispatch',
  'local',
] as const
export type TriageEvent = (typeof EVENTS)[number]

export interface TriageInput {
  findings: Finding[]
  records: LoadedRecord[]
  external: ExternalDecision[]
  config: Config
  today: Date
  event: TriageEvent
}

/** Where a verdict points: the decision that applied, if any. */
export interface DecisionRef {
  kind: 'record' | 'external'
  id: string
  status: Decision['status']
  justification?: string
  file: string
  line: number
  col: number
  /** a record under embargo: reports name it by file only */
  embargoed?: true
}

export interface FindingVerdict {
  finding: Finding
  verdict: Verdict
  /** does this verdict fail the check under the policy */
  fails: boolean
  level: 'error' | 'warning' | 'notice'
  /** why, in one or two sentences a reviewer reads */
  explanation: string
  decision?: DecisionRef
  /** policy deadline (untriaged) or recorded due date (overdue), ISO date */
  deadline?: IsoDate
  /** a not_affected decision stops applying after this date */
  expires?: IsoDate
}

export interface TriageReport {
  today: IsoDate
  event: TriageEvent
  verdicts: FindingVerdict[]
  /** records checked the other way: stale, or a form scanners miss */
  problems: Problem[]
  counts: { [V in Verdict]: number }
  /** the check fails: a failing verdict or an error-level problem */
  failed: boolean
}

const DAY = 86_400_000

/** `YYYY-MM-DD` of a date, in UTC. */
export function isoDay(d: Date): IsoDate {
  return d.toISOString().slice(0, 10)
}

/** The date `days` after an ISO date (or timestamp), as an ISO date. */
export function addDays(date: string, days: number): IsoDate {
  const t = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date)
  return isoDay(new Date(t + days * DAY))
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY,
  )
}

function rank(s: Severity | 'unknown'): number {
  // Unknown severity ranks as critical: the gate fails closed.
  return s === 'unknown' ? SEVERITIES.length - 1 : SEVERITIES.indexOf(s)
}

/** Days the policy allows for a finding of this severity. */
export function deadlineDays(
  config: Config,
  severity: Severity | 'unknown',
): number | undefined {
  if (severity === 'none') return undefined
  return config.deadlines[severity === 'unknown' ? 'critical' : severity]
}

interface Gate {
  fails: boolean
  why: string
}

/**
 * Does a finding without a current decision fail the check? Severity against
 * `fail_on` (unknown fails), development dependencies under `relaxed` only on
 * critical, and `new-only` on pull requests only when the PR introduced it.
 */
export function gate(f: Finding, config: Config, event: TriageEvent): Gate {
  const prLike = event === 'pull_request' || event === 'merge_group'
  if (config.mode === 'new-only' && prLike) {
    if (f.introduced === false) {
      return {
        fails: false,
        why: 'not introduced by this pull request (mode new-only)',
      }
    }
    if (f.introduced === undefined) {
      const s = gateSeverity(f, config)
      return {
        fails: s.fails,
        why: `mode new-only, but whether this pull request introduced it is unknown (enable dependency-review), so it counts; ${s.why}`,
      }
    }
  }
  return gateSeverity(f, config)
}

function gateSeverity(f: Finding, config: Config): Gate {
  const relaxed =
    f.scope === 'development' && config.dev_dependencies === 'relaxed'
  const threshold: Severity = relaxed ? 'critical' : config.fail_on
  const sev = f.severity
  const fails = rank(sev) >= SEVERITIES.indexOf(threshold)
  const label =
    sev === 'unknown'
      ? 'unknown severity (counted as critical)'
      : `severity ${sev}`
  const where = relaxed
    ? 'the threshold for development dependencies (relaxed) is critical'
    : `fail_on is ${threshold}`
  return { fails, why: `${label}; ${where}` }
}

function ref(d: Decision): DecisionRef {
  return {
    kind: d.kind,
    id: d.id,
    status: d.status,
    justification: d.justification,
    file: d.file,
    line: d.line,
    col: d.col,
    ...(d.loaded?.record.disclosure?.embargoed === true
      ? { embargoed: true as const }
      : {}),
  }
}

/**
 * The better of two decisions applying to one finding: a record, then the
 * newest of two OpenVEX statements (OpenVEX: the latest statement about a
 * product is the current one), then one naming the package.
 */
function better(a: Decision, b: Decision): Decision {
  if (a.kind !== b.kind) return a.kind === 'record' ? a : b
  const ta = vexTime(a)
  const tb = vexTime(b)
  if (ta !== undefined && tb !== undefined && ta !== tb) {
    return ta > tb ? a : b
  }
  const specific = (d: Decision) => (d.packages.length > 0 ? 1 : 0)
  if (specific(a) !== specific(b)) return specific(a) > specific(b) ? a : b
  return a.file <= b.file ? a : b
}

/** When an OpenVEX statement was made, in epoch ms, if it says. */
function vexTime(d: Decision): number | undefined {
  if (d.external?.format !== 'openvex' || !d.external.timestamp) return
  const t = Date.parse(d.external.timestamp)
  return Number.isNaN(t) ? undefined : t
}

/** When a not_affected decision stops applying, and which rule says so. */
function expiryOf(
  d: Decision,
  config: Config,
): { date?: IsoDate; rule: string } {
  if (d.kind === 'external') {
    const exp = d.external?.expires?.slice(0, 10)
    const made = vexTime(d)
    const byMax =
      made === undefined
        ? undefined
        : addDays(isoDay(new Date(made)), config.not_affected_max_days)
    if (byMax && (!exp || byMax < exp)) {
      return {
        date: byMax,
        rule: `not_affected_max_days (${config.not_affected_max_days}) after the statement's timestamp ${isoDay(new Date(made!))}`,
      }
    }
    return exp ? { date: exp, rule: 'its expiry date' } : { rule: '' }
  }
  const review = d.loaded?.record.review
  const byMax = review?.decided
    ? addDays(review.decided, config.not_affected_max_days)
    : undefined
  const byReview = review?.review_by
  if (byReview && (!byMax || byReview <= byMax)) {
    return { date: byReview, rule: 'review.review_by' }
  }
  if (byMax) {
    return {
      date: byMax,
      rule: `not_affected_max_days (${config.not_affected_max_days}) after review.decided ${review?.decided}`,
    }
  }
  return { rule: '' }
}

function classify(
  f: Finding,
  d: Decision,
  input: TriageInput,
  today: IsoDate,
): Omit<FindingVerdict, 'finding' | 'level'> {
  const { config, event } = input
  const dref = ref(d)
  const what = `${d.kind === 'record' ? 'record' : (d.external?.format ?? 'decision')} ${d.file}`
  const g = gate(f, config, event)

  if (d.status === 'fixed') {
    return {
      verdict: 'fixed_but_reported',
      fails: true,
      decision: dref,
      explanation: `${what} says fixed, but ${sourcesText(f)} still reports ${f.purl || 'it'}${installed(f)}: update the dependency or correct the record.`,
    }
  }

  if (
    d.status === 'not_affected' &&
    d.justification === 'vulnerable_code_not_in_execute_path' &&
    f.reachability === 'called'
  ) {
    return {
      verdict: 'contradiction',
      fails: true,
      decision: dref,
      explanation: `${what} says not_affected because the vulnerable code is not in the execute path, but govulncheck finds a call path to the vulnerable symbol.`,
    }
  }

  if (d.kind === 'external') {
    const missing =
      d.status === 'not_affected' && !d.justification
        ? 'no justification'
        : d.status === 'not_affected' &&
            d.external?.format === 'openvex' &&
            vexTime(d) === undefined
          ? 'no timestamp (so it would never expire)'
          : d.status === 'affected' && !d.action_statement
            ? 'no action statement'
            : d.status === 'under_investigation'
              ? 'no owner or due date'
              : undefined
    if (missing) {
      return {
        verdict: 'incomplete',
        fails: g.fails,
        decision: dref,
        explanation: `${what} (${d.external?.format}) says ${d.status} with ${missing}; ${g.why}. Convert it to a record with \`psirt import\` and complete it.`,
      }
    }
  }

  if (d.status === 'not_affected') {
    const exp = expiryOf(d, config)
    if (exp.date && today > exp.date) {
      return {
        verdict: 'expired',
        fails: g.fails,
        decision: dref,
        expires: exp.date,
        explanation: `${what} says not_affected, but the decision expired on ${exp.date} (${exp.rule}); ${g.why}. Review it and set a new review date.`,
      }
    }
    if (
      exp.date &&
      daysBetween(today, exp.date) <= config.expiry_warning_days
    ) {
      return {
        verdict: 'expiring',
        fails: false,
        decision: dref,
        expires: exp.date,
        explanation: `${what} says not_affected until ${exp.date} (${exp.rule}): ${daysBetween(today, exp.date)} days left to review it.`,
      }
    }
    return {
      verdict: 'decided',
      fails: false,
      decision: dref,
      expires: exp.date,
      explanation: `${what} says not_affected (${d.justification ?? 'impact statement'})${exp.date ? ` until ${exp.date}` : ''}.`,
    }
  }

  // affected or under_investigation: a deadline applies.
  const rec = d.kind === 'record' ? d.loaded?.record : undefined
  const due = rec?.due
  if (!due && d.status === 'affected' && rec && rec.fixed_in.length > 0) {
    return {
      verdict: 'decided',
      fails: false,
      decision: dref,
      explanation: `${what} says affected, mitigated in ${rec.fixed_in.join(', ')}.`,
    }
  }
  if (!due) {
    return {
      verdict: 'incomplete',
      fails: g.fails,
      decision: dref,
      explanation: `${what} says ${d.status} without a due date; ${g.why}. ${
        d.kind === 'record'
          ? 'Add `due:`.'
          : `This ${d.external?.format ?? 'decision'} file cannot carry a due date: convert it to a record with \`psirt import\` and set \`due:\` there.`
      }`,
    }
  }
  if (today > due) {
    return {
      verdict: 'overdue',
      fails: g.fails,
      decision: dref,
      deadline: due,
      explanation: `${what} says ${d.status}, due ${due}: ${daysBetween(due, today)} days overdue; ${g.why}.`,
    }
  }
  return {
    verdict: 'decided',
    fails: false,
    decision: dref,
    deadline: due,
    explanation: `${what} says ${d.status}, due ${due} (${daysBetween(today, due)} days left).`,
  }
}

/** The record field an annotation for this verdict points at. */
function faultPath(
  v: Omit<FindingVerdict, 'finding' | 'level'>,
  d: Decision,
): string {
  switch (v.verdict) {
    case 'expired':
    case 'expiring':
      return d.loaded?.record.review.review_by === v.expires
        ? '/review/review_by'
        : '/review/decided'
    case 'overdue':
      return '/due'
    case 'contradiction':
      return '/justification'
    default:
      return '/status'
  }
}

function installed(f: Finding): string {
  const versions = installedVersions(f)
  return versions.length > 0 ? ` ${versions.join(', ')}` : ''
}

function sourcesText(f: Finding): string {
  const kinds = [...new Set(f.sources.map((s) => s.tool ?? s.kind))]
  return kinds.length > 0 ? kinds.join(', ') : 'a scanner'
}

function untriaged(
  f: Finding,
  input: TriageInput,
  misses: string[],
): Omit<FindingVerdict, 'finding' | 'level'> {
  const { config, event, today } = input
  const g = gate(f, config, event)
  const near =
    misses.length > 0
      ? ` Nearby decisions do not apply: ${misses.join('; ')}.`
      : ''
  const days = deadlineDays(config, f.severity)

  if (f.published && g.fails) {
    const published = Date.parse(f.published)
    const age = today.getTime() - published
    if (
      !Number.isNaN(published) &&
      age >= 0 &&
      age < config.grace_hours * 3_600_000
    ) {
      return {
        verdict: 'grace',
        fails: false,
        explanation: `No decision yet, but the advisory was published ${Math.floor(age / 3_600_000)} hours ago (grace period ${config.grace_hours} hours); ${g.why}. Add a record before the grace period ends.${near}`,
      }
    }
  }

  let deadline: IsoDate | undefined
  let when = ''
  const policy =
    f.severity === 'unknown'
      ? 'The policy deadline for an unknown severity is the critical one,'
      : `The policy deadline for ${f.severity} is`
  if (days !== undefined) {
    if (f.published && !Number.isNaN(Date.parse(f.published))) {
      deadline = addDays(f.published, days)
      const left = daysBetween(isoDay(today), deadline)
      when =
        left >= 0
          ? ` ${policy} ${days} days after publication: ${deadline} (${left} days left).`
          : ` ${policy} ${days} days after publication: ${deadline}, passed ${-left} days ago.`
    } else {
      when = ` ${policy} ${days} days after publication (publication date unknown).`
    }
  }
  return {
    verdict: 'untriaged',
    fails: g.fails,
    deadline,
    explanation: `No record or decision covers this finding; ${g.why}.${when}${near}`,
  }
}

/**
 * Classifies every finding against the records and external decisions, and
 * checks every record the other way. Pure: the same input gives the same
 * report.
 */
export function triage(input: TriageInput): TriageReport {
  const today = isoDay(input.today)
  const decisions = [
    ...input.records.map(recordDecision),
    ...input.external.map(externalDecision),
  ]
  const index = new DecisionIndex(decisions)
  const used = new Set<Decision>()
  const verdicts: FindingVerdict[] = []

  for (const f of input.findings) {
    let best: Decision | undefined
    const misses: string[] = []
    for (const d of index.candidates(f)) {
      const a = applies(d, f)
      if (!a.ok) {
        misses.push(a.reason)
        continue
      }
      used.add(d)
      best = best ? better(best, d) : d
    }
    const v = best
      ? classify(f, best, input, today)
      : untriaged(f, input, misses)
    if (best?.loaded && v.decision) {
      const pos = positionOf(best.loaded, faultPath(v, best))
      v.decision.line = pos.line
      v.decision.col = pos.col
    }
    verdicts.push({
      finding: f,
      ...v,
      level: v.fails ? 'error' : v.verdict === 'decided' ? 'notice' : 'warning',
    })
  }

  const problems: Problem[] = []
  for (const loaded of input.records)
    problems.push(...scannerFormProblems(loaded))
  // LIMITATION: "stale" is relative to the sources that ran: a record for a
  // package no configured scanner covers is reported stale.
  if (input.config.stale_records !== 'off') {
    for (const d of decisions) {
      if (d.kind !== 'record' || used.has(d) || !d.loaded) continue
      // A fixed vulnerability is expected to be gone from the scans.
      if (d.status === 'fixed') continue
      const pos = positionOf(d.loaded, '/id')
      problems.push({
        file: d.file,
        line: pos.line,
        col: pos.col,
        rule: 'triage/stale-record',
        severity: input.config.stale_records,
        message: `Record ${d.id} (${d.status}) matches no finding from any source.`,
        fix:
          d.status === 'affected' || d.status === 'under_investigation'
            ? 'If the dependency was updated or removed, set `status: fixed` (with `fixed_in`); otherwise check the record id and purl against the scanner output.'
            : 'If the dependency was removed, delete the record; otherwise check its id and purl against the scanner output.',
      })
    }
  }

  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as {
    [V in Verdict]: number
  }
  for (const v of verdicts) counts[v.verdict]++
  const failed =
    verdicts.some((v) => v.fails) ||
    problems.some((p) => p.severity === 'error')
  return { today, event: input.event, verdicts, problems, counts, failed }
}

/**
 * Drops triage's own scanner-form problems where the record validator
 * already reported the same place (it says the same, in its own words):
 * the action and `psirt triage` print each spot once.
 */
export function dedupeProblems(loader: Problem[], report: TriageReport): void {
  const at = new Set(loader.map((p) => `${p.file}:${p.line}:${p.col}`))
  report.problems = report.problems.filter(
    (p) =>
      p.rule === 'triage/stale-record' ||
      !at.has(`${p.file}:${p.line}:${p.col}`),
  )
}
