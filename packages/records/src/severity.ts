import { scoreVector } from '../../cvss/src/index.js'
import type { Record, Severity } from './types.js'

/**
 * A record's severity and score: from its CVSS v4.0 vector, else v3.x, else
 * v2, else the severity written in the record; undefined when it has none.
 * Every part of the suite takes severity from here, so they agree.
 */
export function recordSeverity(
  record: Pick<Record, 'cvss'>,
): { severity: Severity; score?: number; vector?: string } | undefined {
  const cvss = record.cvss
  if (!cvss) return undefined
  for (const [vector, versions] of [
    [cvss.v4, ['4.0']],
    [cvss.v3, ['3.1', '3.0']],
    [cvss.v2, ['2.0']],
  ] as const) {
    if (vector === undefined) continue
    try {
      const r = scoreVector(vector)
      // A vector in another version's field is refused by validation.
      if (!(versions as readonly string[]).includes(r.version)) continue
      return { severity: r.severity, score: r.score, vector }
    } catch {
      // An invalid vector is reported by validation; fall through to the next.
    }
  }
  return cvss.severity
    ? { severity: cvss.severity, score: cvss.score }
    : undefined
}
