/**
 * A finding's severity from the best data its source has: a CVSS v4.0
 * vector, then v3.x, then v2.0, then the source's own label. A vector that
 * does not score falls back to the next and is noted, never thrown: one bad
 * vector in a scanner report must not hide the finding.
 */
import { scoreVector } from '../../cvss/src/index.js'
import { errorMessage } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import type { Severity } from '../../records/src/types.js'
import type { Finding } from './types.js'

export type SeveritySource = NonNullable<Finding['severitySource']>

/** Rank of a severity source: lower is better data. */
export const SOURCE_RANK: { [K in SeveritySource]: number } = {
  'cvss-v4': 0,
  'cvss-v3': 1,
  'cvss-v2': 2,
  label: 3,
  alias: 4,
}

const ORDER: (Severity | 'unknown')[] = [
  'unknown',
  'none',
  'low',
  'medium',
  'high',
  'critical',
]

/** Numeric order of severities, `unknown` lowest. */
export function severityRank(s: Severity | 'unknown'): number {
  return ORDER.indexOf(s)
}

/**
 * A source's severity word as ours: `moderate` is `medium`; Grype's
 * `negligible` and npm's `info` are kept as `low` rather than dropped, so
 * they still need a decision. Anything unreadable is undefined.
 */
export function severityFromLabel(label: unknown): Severity | undefined {
  if (typeof label !== 'string') return undefined
  switch (label.trim().toLowerCase()) {
    case 'critical':
      return 'critical'
    case 'high':
    case 'important':
      return 'high'
    case 'medium':
    case 'moderate':
      return 'medium'
    case 'low':
    case 'negligible':
    case 'info':
    case 'informational':
      return 'low'
    case 'none':
      return 'none'
    default:
      return undefined
  }
}

/** The CVSS qualitative rating of a 0–10 score. */
export function severityFromScore(score: number): Severity | undefined {
  if (!Number.isFinite(score) || score < 0 || score > 10) return undefined
  if (score === 0) return 'none'
  if (score < 4) return 'low'
  if (score < 7) return 'medium'
  if (score < 9) return 'high'
  return 'critical'
}

/** Which CVSS version a vector string claims to be. */
export function vectorVersion(vector: string): 'v4' | 'v3' | 'v2' {
  const v = vector.trim()
  if (/^CVSS:4\./i.test(v)) return 'v4'
  if (/^CVSS:3\./i.test(v)) return 'v3'
  return 'v2'
}

export interface SeverityInput {
  /** vectors in the source's order of preference, any version */
  vectors?: (string | undefined | null)[]
  /** the source's own severity word */
  label?: unknown
  /** a bare score without a vector (e.g. SARIF security-severity) */
  score?: number
}

export interface SeverityResult {
  severity: Severity | 'unknown'
  severitySource?: SeveritySource
  cvss?: Finding['cvss']
  notes: string[]
}

/**
 * Scores every vector given and picks the best version that scores; falls
 * back to a bare score, then to the label. Vectors that fail are noted.
 */
export function assessSeverity(input: SeverityInput): SeverityResult {
  const notes: string[] = []
  const cvss: NonNullable<Finding['cvss']> = {}
  const scored: {
    [k in 'v4' | 'v3' | 'v2']?: { severity: Severity; score: number }
  } = {}

  for (const raw of input.vectors ?? []) {
    if (typeof raw !== 'string' || raw.trim() === '') continue
    const vector = raw.trim()
    const version = vectorVersion(vector)
    if (scored[version]) continue
    try {
      const r = scoreVector(vector)
      scored[version] = { severity: r.severity, score: r.score }
      cvss[version] = vector
    } catch (e) {
      notes.push(
        `CVSS vector "${forLog(vector, 80)}" could not be scored (${forLog(errorMessage(e), 160)}); using the next best severity data.`,
      )
    }
  }

  const sources: ['v4' | 'v3' | 'v2', SeveritySource][] = [
    ['v4', 'cvss-v4'],
    ['v3', 'cvss-v3'],
    ['v2', 'cvss-v2'],
  ]
  for (const [version, source] of sources) {
    const s = scored[version]
    if (s) {
      cvss.score = s.score
      return { severity: s.severity, severitySource: source, cvss, notes }
    }
  }

  // A bare score is still CVSS data, so it goes before a label.
  const keep = Object.keys(cvss).length > 0 ? cvss : undefined
  if (input.score !== undefined) {
    const fromScore = severityFromScore(input.score)
    if (fromScore) {
      return {
        severity: fromScore,
        severitySource: 'label',
        cvss: { ...keep, score: input.score },
        notes,
      }
    }
  }
  const fromLabel = severityFromLabel(input.label)
  if (fromLabel) {
    return { severity: fromLabel, severitySource: 'label', cvss: keep, notes }
  }
  const l = typeof input.label === 'string' ? input.label.trim() : ''
  if (l !== '' && !/^unknown$/i.test(l)) {
    notes.push(`Severity label "${forLog(l, 40)}" is not one psirt knows.`)
  }
  return { severity: 'unknown', cvss: keep, notes }
}
