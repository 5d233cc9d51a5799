/** The CVSS scorer: parse, score and rate v4.0, v3.1, v3.0 and v2.0 vectors. */
export { parseVector, MAX_VECTOR_LENGTH } from './parse.js'
export {
  scoreVector,
  scoreParsed,
  severityOf,
  acceptableScores,
} from './score.js'
export {
  scoreTuple,
  rawScoreTuple,
  effectiveTuple,
  macroVectorOf,
  tupleIndex,
  TUPLE_METRICS,
  TUPLE_VALUES,
  TUPLE_COUNT,
} from './v4.js'
export { CvssError, CVSS_VERSIONS } from './types.js'
export type {
  CvssResult,
  CvssVersion,
  Nomenclature,
  ParsedVector,
  Severity,
} from './types.js'
