/** The security folder: record and configuration types, loading, validation. */
export * from './types.js'
export { checkId, isOwnAdvisoryId, normalizeId, type IdKind } from './ids.js'
export {
  DEFAULT_CONFIG,
  DEFAULT_CONFIG_FILE,
  isoToday,
  loadConfig,
  loadSecurityFolder,
} from './load.js'
export { recordSeverity } from './severity.js'
export { weakReasoning } from './validate.js'
