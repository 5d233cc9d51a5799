/**
 * Version ranges as records write them: comma-separated constraints that
 * must all hold (`>= 1.0.0, < 1.6.3`), and `||` between alternatives
 * (`< 1.2.5 || >= 2.0.0, < 2.0.3`). Each constraint is an operator
 * (`<`, `<=`, `>`, `>=`, `=`, `==`, `!=`) and a version; a bare version means
 * `=`, and `*` means every version. Ordering is the ecosystem's
 * (compare.ts); a pre-release is inside a range when its ordering puts it
 * there, unlike npm's range semantics, because a vulnerable pre-release is
 * still vulnerable.
 */
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { compareVersions, isValidVersion } from './compare.js'
import type { Ecosystem } from './ecosystem.js'

export type Operator = '<' | '<=' | '>' | '>=' | '=' | '!='

export interface Constraint {
  op: Operator
  version: string
}

export interface Range {
  ecosystem: Ecosystem
  /** alternatives (`||`); each holds when all its constraints hold */
  anyOf: Constraint[][]
  /** the range as written */
  text: string
}

export const RANGE_SYNTAX =
  'comma-separated constraints such as ">= 1.0.0, < 1.6.3", "< 2.0.0" or "= 1.2.3", with "||" between alternatives'

const CONSTRAINT = /^(<=|>=|==|!=|<|>|=)?\s*(\S+)$/

/**
 * Parses a range in the record format. Throws a UserError that quotes the
 * part it could not read and shows the syntax it accepts.
 */
export function parseRange(ecosystem: Ecosystem, text: string): Range {
  const anyOf: Constraint[][] = []
  for (const alternative of text.split('||')) {
    const all: Constraint[] = []
    for (const raw of alternative.split(',')) {
      const part = raw.trim()
      if (part === '*') continue
      const m = CONSTRAINT.exec(part)
      if (!m || !isValidVersion(ecosystem, m[2])) {
        const what =
          part === ''
            ? 'an empty constraint'
            : m
              ? `"${forLog(part, 80)}" (not a valid ${ecosystem} version)`
              : `"${forLog(part, 80)}"`
        throw new UserError(
          `Cannot read the version range "${forLog(text, 120)}": ${what}. Fix: write ${RANGE_SYNTAX}.`,
        )
      }
      const op = (m[1] === '==' ? '=' : (m[1] ?? '=')) as Operator
      all.push({ op, version: m[2] })
    }
    anyOf.push(all)
  }
  return { ecosystem, anyOf, text }
}

function holds(ecosystem: Ecosystem, version: string, c: Constraint): boolean {
  const d = compareVersions(ecosystem, version, c.version)
  switch (c.op) {
    case '<':
      return d < 0
    case '<=':
      return d <= 0
    case '>':
      return d > 0
    case '>=':
      return d >= 0
    case '=':
      return d === 0
    case '!=':
      return d !== 0
  }
}

/** Does `version` fall within `range`? */
export function satisfies(
  ecosystem: Ecosystem,
  version: string,
  range: Range | string,
): boolean {
  const r = typeof range === 'string' ? parseRange(ecosystem, range) : range
  return r.anyOf.some((all) => all.every((c) => holds(ecosystem, version, c)))
}
