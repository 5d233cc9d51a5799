/**
 * A finding: one vulnerability reported in one package by one or more
 * sources. Parsers produce findings per source; merge() folds them into one
 * per vulnerability and package through the full alias set.
 */
import type { Severity } from '../../records/src/types.js'

export const SOURCES = [
  'dependabot',
  'dependency-review',
  'osv-scanner',
  'govulncheck',
  'sarif',
  'npm-audit',
  'grype',
  'trivy',
] as const
export type SourceKind = (typeof SOURCES)[number]

/** Where a finding was reported, for the summary and annotations. */
export interface SourceRef {
  kind: SourceKind
  /** report file relative to the workspace, or the API route */
  file?: string
  /** the source's own id for the item (alert number, rule id) */
  ref?: string
  /** SARIF tool name (CodeQL, Grype, osv-scanner, Trivy) */
  tool?: string
}

export interface Finding {
  /** the id the source used first (GHSA-…, CVE-…, GO-…) */
  id: string
  /** every id known for it, including `id`, upper-cased prefixes normalised */
  aliases: string[]
  /** canonical purl without version, e.g. `pkg:npm/lodash`; '' when unknown */
  purl: string
  /** installed / resolved version, when the source says */
  version?: string
  /**
   * every installed version the merged sources report, `version` first,
   * when there are several (one package at two versions in two lockfiles):
   * a decision covers the finding only if it covers each of them
   */
  versions?: string[]
  /** first fixed version, when the source says */
  fixedVersion?: string
  /** short summary from the source: UNTRUSTED text */
  title?: string
  /** best severity any source has (CVSS v4, then v3.x, then label) */
  severity: Severity | 'unknown'
  /** where the severity came from */
  severitySource?: 'cvss-v4' | 'cvss-v3' | 'cvss-v2' | 'label' | 'alias'
  cvss?: { v4?: string; v3?: string; v2?: string; score?: number }
  /** dependency scope, when known */
  scope?: 'runtime' | 'development'
  /** govulncheck: `called` when a trace reaches the vulnerable symbol */
  reachability?: 'called' | 'imported' | 'required'
  /** when the advisory was published upstream (ISO timestamp) */
  published?: string
  /** introduced by the pull request under check (dependency-review) */
  introduced?: boolean
  /** dependabot alert state as fetched */
  alert?: { number: number; state: string; dismissed_reason?: string | null }
  /**
   * every Dependabot alert merged into this finding (one per manifest);
   * `alert` is the first of them
   */
  alerts?: NonNullable<Finding['alert']>[]
  sources: SourceRef[]
  /**
   * The scanner itself suppressed this finding (Trivy's VEX-modified
   * findings, Grype's ignored matches). It is still a finding: psirt needs
   * its own decision; this says what the scanner was told.
   */
  suppressed?: { status: string; statement?: string; source?: string }
  /** what a parser could not read (an unscorable vector): UNTRUSTED text */
  notes?: string[]
}

/**
 * A decision read from a file that is not a record: an OpenVEX statement or
 * an entry of a scanner's ignore file. `psirt import` turns them into records.
 */
export interface ExternalDecision {
  id: string
  aliases: string[]
  /** canonical purl without version, or '' when the decision is for any package */
  purl: string
  /**
   * the one version the decision is about, when its purl names a version
   * (OpenVEX `pkg:maven/…/spring-boot@2.6.0-M3`); absent: every version
   */
  version?: string
  status: 'not_affected' | 'affected' | 'fixed' | 'under_investigation'
  justification?: string
  impact_statement?: string
  action_statement?: string
  /** date the decision stops applying (ignore-file expiry), ISO date */
  expires?: string
  /**
   * free text the file gives with the decision: an ignore file's reason, a
   * VEX statement's status_notes: UNTRUSTED text
   */
  status_notes?: string
  /**
   * when the decision was made or last revised: the VEX statement's
   * `last_updated` or `timestamp`, else the document's
   */
  timestamp?: string
  /** who made it (VEX document author) */
  author?: string
  /** the file (and line, when known) it was read from */
  file: string
  line?: number
  format:
    | 'openvex'
    | 'osv-scanner.toml'
    | '.trivyignore'
    | '.trivyignore.yaml'
    | '.grype.yaml'
    | '.snyk'
    | 'audit-ci'
}
