/**
 * CVSS v3.1 and v3.0 scoring (specification §7 and Appendix A). The two
 * differ only in rounding (3.0 rounds up with ceil(x × 10) / 10, which
 * floating-point error can push a tenth too high; 3.1's Roundup works on an
 * integer) and in the modified impact of a changed scope.
 */

export interface V3Scores {
  baseScore: number
  temporalScore: number
  environmentalScore: number
}

/** The v3.1 specification's Roundup (Appendix A). */
export function roundup31(input: number): number {
  const int = Math.round(input * 100000)
  if (int % 10000 === 0) return int / 100000
  return (Math.floor(int / 10000) + 1) / 10
}

/** The v3.0 roundup: the smallest tenth not below the input. */
export function roundup30(input: number): number {
  return Math.ceil(input * 10) / 10
}

const AV: { [v: string]: number } = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 }
const AC: { [v: string]: number } = { L: 0.77, H: 0.44 }
const PR_U: { [v: string]: number } = { N: 0.85, L: 0.62, H: 0.27 }
const PR_C: { [v: string]: number } = { N: 0.85, L: 0.68, H: 0.5 }
const UI: { [v: string]: number } = { N: 0.85, R: 0.62 }
const CIA: { [v: string]: number } = { H: 0.56, L: 0.22, N: 0 }
const E: { [v: string]: number } = { X: 1, H: 1, F: 0.97, P: 0.94, U: 0.91 }
const RL: { [v: string]: number } = { X: 1, U: 1, W: 0.97, T: 0.96, O: 0.95 }
const RC: { [v: string]: number } = { X: 1, C: 1, R: 0.96, U: 0.92 }
const REQ: { [v: string]: number } = { X: 1, H: 1.5, M: 1, L: 0.5 }

/** The modified metric if given and not X, else the base metric. */
function mod(m: Readonly<Record<string, string>>, key: string): string {
  const v = m['M' + key]
  return v === undefined || v === 'X' ? m[key] : v
}

/**
 * Base, temporal and environmental scores of parsed v3.x metrics. Absent
 * temporal and environmental metrics count as X, so the temporal score
 * equals the base score when there are none.
 */
export function scoreV3(
  m: Readonly<Record<string, string>>,
  version: '3.1' | '3.0',
): V3Scores {
  const roundup = version === '3.1' ? roundup31 : roundup30
  const changed = m.S === 'C'

  const iss = 1 - (1 - CIA[m.C]) * (1 - CIA[m.I]) * (1 - CIA[m.A])
  const impact = changed
    ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15)
    : 6.42 * iss
  const exploitability =
    8.22 * AV[m.AV] * AC[m.AC] * (changed ? PR_C : PR_U)[m.PR] * UI[m.UI]
  let baseScore: number
  if (impact <= 0) baseScore = 0
  else if (changed)
    baseScore = roundup(Math.min((impact + exploitability) * 1.08, 10))
  else baseScore = roundup(Math.min(impact + exploitability, 10))

  const e = E[m.E ?? 'X']
  const rl = RL[m.RL ?? 'X']
  const rc = RC[m.RC ?? 'X']
  // Multiplied left to right, as the specification's calculator does.
  const temporalScore = roundup(baseScore * e * rl * rc)

  const mChanged = mod(m, 'S') === 'C'
  const miss = Math.min(
    1 -
      (1 - CIA[mod(m, 'C')] * REQ[m.CR ?? 'X']) *
        (1 - CIA[mod(m, 'I')] * REQ[m.IR ?? 'X']) *
        (1 - CIA[mod(m, 'A')] * REQ[m.AR ?? 'X']),
    0.915,
  )
  let mImpact: number
  if (!mChanged) mImpact = 6.42 * miss
  else if (version === '3.1')
    mImpact = 7.52 * (miss - 0.029) - 3.25 * Math.pow(miss * 0.9731 - 0.02, 13)
  else mImpact = 7.52 * (miss - 0.029) - 3.25 * Math.pow(miss - 0.02, 15)
  const mExploitability =
    8.22 *
    AV[mod(m, 'AV')] *
    AC[mod(m, 'AC')] *
    (mChanged ? PR_C : PR_U)[mod(m, 'PR')] *
    UI[mod(m, 'UI')]
  let environmentalScore: number
  if (mImpact <= 0) environmentalScore = 0
  else if (mChanged)
    environmentalScore = roundup(
      roundup(Math.min(1.08 * (mImpact + mExploitability), 10)) * e * rl * rc,
    )
  else
    environmentalScore = roundup(
      roundup(Math.min(mImpact + mExploitability, 10)) * e * rl * rc,
    )
  return { baseScore, temporalScore, environmentalScore }
}
