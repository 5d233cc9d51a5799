/** release-embargo-check: the engine, its report and its runners. */
export { checkRelease } from './check.js'
export {
  DEFAULT_PUBLIC_FILES,
  type GatherOptions,
  gatherRelease,
  readNotesFile,
} from './gather.js'
export { type Outcome, type ShownProblem, buildOutcome } from './outcome.js'
export { type Redactor, redactor } from './redact.js'
export * from './types.js'
