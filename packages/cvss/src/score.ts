/**
 * One entry for every version: a vector in, its scores, severity and (for
 * v4.0) nomenclature and macrovector out.
 */
import { V2, V4, V31 } from './metrics.js'
import { parseVector } from './parse.js'
import { scoreV2 } from './v2.js'
import { scoreV3 } from './v3.js'
import {
  effectiveTuple,
  macroVectorOf,
  rawScoreTuple,
  roundFirst,
  roundHalfUp,
  scoreTuple,
} from './v4.js'
import type {
  CvssResult,
  CvssVersion,
  Nomenclature,
  ParsedVector,
  Severity,
} from './types.js'

/**
 * The qualitative rating of a score: v4.0 and v3.x use none (0.0), low,
 * medium, high (7.0-8.9), critical (9.0-10.0); v2.0 has low (0.0-3.9),
 * medium and high (7.0-10.0) only.
 */
export function severityOf(score: number, version: CvssVersion): Severity {
  if (version === '2.0') {
    // LIMITATION: the v2.0 bands are NVD's; the v2.0 guide defines none.
    return score < 4 ? 'low' : score < 7 ? 'medium' : 'high'
  }
  if (score === 0) return 'none'
  if (score < 4) return 'low'
  if (score < 7) return 'medium'
  if (score < 9) return 'high'
  return 'critical'
}

function groupKeys(spec: typeof V4, group: string): readonly string[] {
  return spec.metrics.filter((m) => m.group === group).map((m) => m.key)
}

const V4_THREAT = groupKeys(V4, 'threat')
const V4_ENV = groupKeys(V4, 'environmental')
const V3_TEMPORAL = groupKeys(V31, 'temporal')
const V3_ENV = groupKeys(V31, 'environmental')
const V2_TEMPORAL = groupKeys(V2, 'temporal')
const V2_ENV = groupKeys(V2, 'environmental')

/** Does the vector give any of these metrics a value that counts? */
function uses(
  metrics: Readonly<Record<string, string>>,
  keys: readonly string[],
  unset: string,
): boolean {
  for (const k of keys) {
    const v = metrics[k]
    if (v !== undefined && v !== unset) return true
  }
  return false
}

/** Scores a vector that parseVector accepted. */
export function scoreParsed(p: ParsedVector): CvssResult {
  const { version, vector, metrics } = p
  let result: CvssResult
  if (version === '4.0') {
    const threat = uses(metrics, V4_THREAT, 'X')
    const env = uses(metrics, V4_ENV, 'X')
    const tuple = effectiveTuple(metrics)
    const score = scoreTuple(tuple)
    const baseScore =
      threat || env ? scoreTuple(effectiveTuple(metrics, 'B')) : score
    const nomenclature: Nomenclature =
      `CVSS-B${threat ? 'T' : ''}${env ? 'E' : ''}` as Nomenclature
    result = {
      version,
      vector,
      score,
      baseScore,
      severity: severityOf(score, version),
      baseSeverity: severityOf(baseScore, version),
      nomenclature,
      macrovector: macroVectorOf(tuple),
      metrics,
    }
    if (threat) {
      result.threatScore = env
        ? scoreTuple(effectiveTuple(metrics, 'BT'))
        : score
    }
    if (env) result.environmentalScore = score
    if (p.supplemental) result.supplemental = p.supplemental
    return result
  }

  const s = version === '2.0' ? scoreV2(metrics) : scoreV3(metrics, version)
  const unset = version === '2.0' ? 'ND' : 'X'
  const temporal = uses(
    metrics,
    version === '2.0' ? V2_TEMPORAL : V3_TEMPORAL,
    unset,
  )
  const env = uses(metrics, version === '2.0' ? V2_ENV : V3_ENV, unset)
  const score = env
    ? s.environmentalScore
    : temporal
      ? s.temporalScore
      : s.baseScore
  result = {
    version,
    vector,
    score,
    baseScore: s.baseScore,
    severity: severityOf(score, version),
    baseSeverity: severityOf(s.baseScore, version),
    metrics,
  }
  if (temporal) result.temporalScore = s.temporalScore
  if (env) result.environmentalScore = s.environmentalScore
  return result
}

/**
 * Parses and scores a CVSS v4.0, v3.1, v3.0 or v2.0 vector exactly as FIRST's
 * calculators do. Throws CvssError for a malformed vector.
 */
export function scoreVector(vector: string): CvssResult {
  return scoreParsed(parseVector(vector))
}

/**
 * The scores a person may have recorded for this vector: FIRST's value, and
 * on v4.0 vectors whose real value is a tie (x.x5) also the half-up value
 * that Red Hat's calculator and the Python `cvss` library give. Throws
 * CvssError for a malformed vector.
 */
export function acceptableScores(vector: string): number[] {
  const p = parseVector(vector)
  if (p.version !== '4.0') return [scoreParsed(p).score]
  const raw = rawScoreTuple(effectiveTuple(p.metrics))
  const first = roundFirst(raw)
  const halfUp = roundHalfUp(raw)
  return halfUp === first ? [first] : [first, halfUp]
}
