/** Ecosystem version rules and the lockfile readers built on them. */
export {
  ECOSYSTEMS,
  type Ecosystem,
  type PackageName,
  ecosystemOf,
  ecosystemOfPurlType,
  parsePurl,
} from './ecosystem.js'
export {
  compareVersions,
  isGoPseudoVersion,
  isValidVersion,
} from './compare.js'
export {
  type Constraint,
  type Operator,
  type Range,
  RANGE_SYNTAX,
  parseRange,
  satisfies,
} from './range.js'
export {
  type GoMod,
  type GoModule,
  type GoState,
  parseGoMod,
  parseGoSum,
  readGoModules,
  readGoState,
  selectedModules,
} from './gomod.js'
export {
  type NpmPackage,
  parseNpmLock,
  readNpmLock,
  readNpmPackages,
} from './npmlock.js'
export {
  type LockfileState,
  lockfileFor,
  parseCargoLock,
  readLockfiles,
  resolvedVersions,
  versionsIn,
} from './lockfiles.js'
