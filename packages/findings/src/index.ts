/**
 * Findings and external decisions: the report parsers, the merge by alias
 * set, and the readers of OpenVEX documents and scanner ignore files.
 */
export * from './types.js'
export {
  REPORT_FORMATS,
  detectFormat,
  parseReport,
  readReports,
  type ReportFormat,
} from './reports.js'
export { parseOsvScanner } from './osv.js'
export { parseGovulncheck, splitJsonStream } from './govulncheck.js'
export { parseSarif } from './sarif.js'
export { parseNpmAudit } from './npm-audit.js'
export { parseGrype } from './grype.js'
export { parseTrivy } from './trivy.js'
export {
  parseDependabotAlerts,
  parseDependencyGraphCompare,
} from './dependabot.js'
export { mergeFindings } from './merge.js'
export {
  IGNORE_FILES,
  decisionFormatOf,
  isOpenVex,
  parseAuditCi,
  parseDecisionFile,
  parseGrypeIgnore,
  parseOpenVex,
  parseOsvScannerToml,
  parseSnyk,
  parseTrivyIgnore,
  parseTrivyIgnoreYaml,
  readDecisionFiles,
  type DecisionFormat,
} from './decisions.js'
export {
  compareIdPreference,
  isVulnId,
  normalizeVulnId,
  uniqueIds,
  vulnIdsIn,
} from './ids.js'
export {
  assessSeverity,
  severityFromLabel,
  severityFromScore,
} from './severity.js'
