/** release-embargo-check: the engine, its report and its runners. */
export { checkRelease } from './check.js'
export * from './types.js'
