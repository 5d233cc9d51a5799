/**
 * CVSS v2.0 scoring (the v2 guide, §3.2), for reading old records.
 */

export interface V2Scores {
  baseScore: number
  temporalScore: number
  environmentalScore: number
}

const AV: { [v: string]: number } = { L: 0.395, A: 0.646, N: 1.0 }
const AC: { [v: string]: number } = { H: 0.35, M: 0.61, L: 0.71 }
const AU: { [v: string]: number } = { M: 0.45, S: 0.56, N: 0.704 }
const CIA: { [v: string]: number } = { N: 0, P: 0.275, C: 0.66 }
const E: { [v: string]: number } = { U: 0.85, POC: 0.9, F: 0.95, H: 1, ND: 1 }
const RL: { [v: string]: number } = { OF: 0.87, TF: 0.9, W: 0.95, U: 1, ND: 1 }
const RC: { [v: string]: number } = { UC: 0.9, UR: 0.95, C: 1, ND: 1 }
const CDP: { [v: string]: number } = {
  N: 0,
  L: 0.1,
  LM: 0.3,
  MH: 0.4,
  H: 0.5,
  ND: 0,
}
const TD: { [v: string]: number } = { N: 0, L: 0.25, M: 0.75, H: 1, ND: 1 }
const REQ: { [v: string]: number } = { L: 0.5, M: 1, H: 1.51, ND: 1 }

function round1(x: number): number {
  return Math.round(x * 10) / 10
}

function base(impact: number, m: Readonly<Record<string, string>>): number {
  const exploitability = 20 * AV[m.AV] * AC[m.AC] * AU[m.Au]
  const f = impact === 0 ? 0 : 1.176
  return round1((0.6 * impact + 0.4 * exploitability - 1.5) * f)
}

/** Base, temporal and environmental scores; absent metrics count as ND. */
export function scoreV2(m: Readonly<Record<string, string>>): V2Scores {
  const c = CIA[m.C]
  const i = CIA[m.I]
  const a = CIA[m.A]
  const e = E[m.E ?? 'ND']
  const rl = RL[m.RL ?? 'ND']
  const rc = RC[m.RC ?? 'ND']

  const baseScore = base(10.41 * (1 - (1 - c) * (1 - i) * (1 - a)), m)
  const temporalScore = round1(baseScore * e * rl * rc)

  const cr = REQ[m.CR ?? 'ND']
  const ir = REQ[m.IR ?? 'ND']
  const ar = REQ[m.AR ?? 'ND']
  const adjustedImpact = Math.min(
    10,
    10.41 * (1 - (1 - c * cr) * (1 - i * ir) * (1 - a * ar)),
  )
  const adjustedTemporal = round1(base(adjustedImpact, m) * e * rl * rc)
  const cdp = CDP[m.CDP ?? 'ND']
  const td = TD[m.TD ?? 'ND']
  const environmentalScore = round1(
    (adjustedTemporal + (10 - adjustedTemporal) * cdp) * td,
  )
  return { baseScore, temporalScore, environmentalScore }
}
