/**
 * A record's CVSS fields checked against each other: each vector in the
 * field of its version, and a recorded score or severity that agrees with
 * the vectors. packages/cvss computes both, as the cvss-score action does;
 * a vector that does not parse is reported by loading (record/cvss-vector).
 */
import type { Problem } from '../../core/src/errors.js'
import { checkRecord } from '../../cvss/src/action.js'
import { scoreVector } from '../../cvss/src/index.js'
import type { Position, Record } from './types.js'

function parses(vector: string): boolean {
  try {
    scoreVector(vector)
    return true
  } catch {
    return false
  }
}

/** Problems of a record's CVSS fields, at the field's line and column. */
export function checkCvss(
  record: Record,
  file: string,
  positions: Map<string, Position>,
): Problem[] {
  if (!record.cvss) return []
  const check = checkRecord({ record, file, positions })
  const problems: Problem[] = []
  for (const p of check.problems) {
    if (p.rule !== 'cvss/invalid-vector') {
      problems.push(p)
      continue
    }
    // A vector that parses but sits in another version's field.
    const v = check.vectors.find((x) => x.line === p.line && x.col === p.col)
    if (v && parses(v.vector)) {
      problems.push({
        ...p,
        rule: 'record/cvss-version',
        message: p.message.replace(/^(cvss\.v\d): (?=\1 )/, ''),
        fix: `move the vector to the field of its version (cvss.v4 for CVSS 4.0, cvss.v3 for 3.1 and 3.0, cvss.v2 for 2.0).`,
      })
    }
  }
  return problems
}
