/**
 * The shapes the CVSS scorer hands to the rest of the suite, and the error it
 * raises for a malformed vector.
 */
import { UserError } from '../../core/src/errors.js'
import type { Severity } from '../../records/src/types.js'

export type { Severity }

export const CVSS_VERSIONS = ['4.0', '3.1', '3.0', '2.0'] as const
export type CvssVersion = (typeof CVSS_VERSIONS)[number]

/** The v4.0 nomenclature: which metric groups the score reflects. */
export type Nomenclature = 'CVSS-B' | 'CVSS-BT' | 'CVSS-BE' | 'CVSS-BTE'

/** A vector that passed every rule of its specification. */
export interface ParsedVector {
  version: CvssVersion
  /** the vector exactly as given */
  vector: string
  /** scored metrics as written (base, threat/temporal, environmental) */
  metrics: Record<string, string>
  /** v4.0 supplemental metrics as written; never scored */
  supplemental?: Record<string, string>
}

export interface CvssResult {
  version: CvssVersion
  vector: string
  /**
   * The most specific score: v4.0 its one score; v3.x and v2.0 the
   * environmental score when environmental metrics are present, else the
   * temporal score when temporal metrics are present, else the base score.
   */
  score: number
  /** v4.0: the score of the base metrics alone (CVSS-B) */
  baseScore: number
  /** v4.0: base and threat metrics only, when threat metrics are present */
  threatScore?: number
  /** v3.x and v2.0, when temporal metrics are present */
  temporalScore?: number
  environmentalScore?: number
  /** the rating of `score` */
  severity: Severity
  /** the rating of `baseScore` (what CVE JSON 5 calls baseSeverity) */
  baseSeverity: Severity
  nomenclature?: Nomenclature
  /** v4.0: the six EQ levels, e.g. `001100` */
  macrovector?: string
  metrics: Record<string, string>
  supplemental?: Record<string, string>
}

/**
 * A vector that breaks its specification. The message names the metric, its
 * position (1-based index of the `/`-separated part) and the allowed values,
 * and quotes at most a short prefix of the input.
 */
export class CvssError extends UserError {
  readonly metric?: string
  readonly position?: number
  readonly allowed?: readonly string[]

  constructor(
    message: string,
    detail: {
      metric?: string
      position?: number
      allowed?: readonly string[]
    } = {},
    where: { file?: string; line?: number; col?: number } = {},
  ) {
    super(message, where)
    this.name = 'CvssError'
    this.metric = detail.metric
    this.position = detail.position
    this.allowed = detail.allowed
  }
}
