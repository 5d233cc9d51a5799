/**
 * Rule 4: a record fixed by a dependency update, which says this release
 * fixes it, must not find the vulnerable version still resolved by the
 * release's lockfiles (go.mod/go.sum, package-lock.json, Cargo.lock).
 */
import { UserError } from '../../core/src/errors.js'
import type { AffectedPackage, LoadedRecord } from '../../records/src/types.js'
import { compareVersions } from '../../versions/src/compare.js'
import { type Ecosystem, parsePurl } from '../../versions/src/ecosystem.js'
import {
  type LockfileState,
  lockfileFor,
  versionsIn,
} from '../../versions/src/lockfiles.js'
import { satisfies } from '../../versions/src/range.js'
import {
  type Context,
  fixedHere,
  inRecord,
  report,
  subject,
} from './context.js'
import type { Subject } from './subject.js'
import { EMBARGO_RULES, type Location } from './types.js'

const READABLE: Ecosystem[] = ['go', 'npm', 'cargo']

/**
 * Fixed by updating a dependency: said so (fix_by), or, when fix_by is not
 * given, implied by a package with a fixed version. `fix_by: our_release`
 * means the package is the product itself, which no lockfile lists.
 */
function byDependencyUpdate(loaded: LoadedRecord): boolean {
  const fixBy = loaded.record.disclosure.fix_by
  if (fixBy !== undefined) return fixBy === 'dependency_update'
  return loaded.record.packages.some((p) => p.fixed !== undefined)
}

/** Rule 4 for every record this release fixes by a dependency update. */
export function checkLockfiles(ctx: Context): void {
  for (const loaded of ctx.input.records) {
    if (!fixedHere(ctx, loaded) || !byDependencyUpdate(loaded)) continue
    const about = subject(ctx, loaded)
    const checkable = loaded.record.packages
      .map((pkg, i) => ({ pkg, field: `/packages/${i}` }))
      .filter(({ pkg }) => pkg.vulnerable || pkg.fixed)
    if (checkable.length === 0) {
      report(ctx, {
        rule: EMBARGO_RULES.lockfile,
        about,
        loaded,
        field: '/packages',
        location: inRecord(loaded, '/packages'),
        message: `${about.label} is fixed by a dependency update in this release, but no package in it gives a vulnerable range or fixed version to check.`,
        fix: `set packages[].vulnerable (e.g. ">= 1.0.0, < 1.6.3") or packages[].fixed in ${loaded.file}.`,
      })
      continue
    }
    for (const { pkg, field } of checkable) {
      checkPackage(ctx, loaded, about, pkg, field)
    }
  }
}

function checkPackage(
  ctx: Context,
  loaded: LoadedRecord,
  about: Subject,
  pkg: AffectedPackage,
  field: string,
): void {
  const at = (f: string) => ({
    field: f,
    location: inRecord(loaded, f),
  })
  let ecosystem: Ecosystem
  try {
    ecosystem = parsePurl(pkg.purl).ecosystem
  } catch (e) {
    if (!(e instanceof UserError)) throw e
    report(ctx, {
      rule: EMBARGO_RULES.lockfile,
      about,
      loaded,
      ...at(`${field}/purl`),
      message: `${about.label} names a package whose purl cannot be read, so the lockfiles cannot be checked.`,
      fix: `write packages[].purl in ${loaded.file} as pkg:<type>/<namespace>/<name>.`,
    })
    return
  }

  // Every lockfile directory that knows the ecosystem answers; one
  // vulnerable version anywhere fails the rule.
  const answers = (ctx.input.lockfiles ?? [])
    .map((state) => ({ state, versions: versionsIn(state, pkg.purl) }))
    .filter(
      (a): a is { state: LockfileState; versions: string[] } =>
        a.versions !== undefined,
    )
  if (answers.length === 0) {
    const readable = READABLE.includes(ecosystem)
    report(ctx, {
      rule: EMBARGO_RULES.lockfile,
      about,
      loaded,
      ...at(`${field}/purl`),
      level: readable ? 'error' : 'warning',
      message: readable
        ? `${about.label} is fixed by a dependency update in this release, but the release has no ${ecosystem} lockfile to show the update.`
        : `${about.label} is fixed by a dependency update in this release, but ${ecosystem} lockfiles cannot be read yet, so the update is unchecked.`,
      fix: readable
        ? 'run the check on the release commit with its go.mod, package-lock.json or Cargo.lock (set lockfile-dirs when they are not at the root).'
        : 'check the dependency update by hand before publishing.',
    })
    return
  }

  // Absent from every lockfile: the dependency is gone, or the purl names
  // it differently from the lockfile. Either way, not a silent pass.
  if (answers.every((a) => a.versions.length === 0)) {
    report(ctx, {
      rule: EMBARGO_RULES.lockfile,
      about,
      loaded,
      ...at(`${field}/purl`),
      level: 'warning',
      message: about.embargoed
        ? `${about.label} is fixed by a dependency update in this release, but its package is in none of the release's lockfiles.`
        : `${about.label} is fixed by a dependency update in this release, but ${pkg.purl} is in none of the release's lockfiles.`,
      fix: `check that packages[].purl in ${loaded.file} names the package as the lockfile does; if the dependency was removed, ignore this warning.`,
    })
    return
  }

  for (const { state, versions } of answers) {
    let vulnerable: string[]
    try {
      vulnerable = versions.filter((v) =>
        pkg.vulnerable
          ? satisfies(ecosystem, v, pkg.vulnerable)
          : compareVersions(ecosystem, v, pkg.fixed!) < 0,
      )
    } catch (e) {
      if (!(e instanceof UserError)) throw e
      const which = pkg.vulnerable ? 'vulnerable' : 'fixed'
      report(ctx, {
        rule: EMBARGO_RULES.lockfile,
        about,
        loaded,
        ...at(`${field}/${which}`),
        // The parser's message quotes the range; for an embargoed record
        // that range could identify the vulnerability, so it is not repeated.
        message: about.embargoed
          ? `${about.label} has a packages[].${which} value that cannot be compared with the lockfile versions.`
          : `${about.label}: ${e.message}`,
        fix: `correct packages[].${which} in ${loaded.file}.`,
      })
      return
    }
    if (vulnerable.length === 0) continue

    const lockfile = inDir(state, lockfileFor(state, ecosystem) ?? 'lockfile')
    // An embargoed record's annotation points at its own file: a line in a
    // lockfile would say which dependency is vulnerable.
    const location: Location = about.embargoed
      ? inRecord(loaded, field)
      : lockfileLocation(state, lockfile, pkg.purl, ecosystem)
    report(ctx, {
      rule: EMBARGO_RULES.lockfile,
      about,
      loaded,
      field,
      location,
      message: about.embargoed
        ? `This release claims to fix ${about.label} by a dependency update, but ${lockfile} still resolves a version in the record's vulnerable range.`
        : `This release claims to fix ${about.label} by a dependency update, but ${lockfile} still resolves ${vulnerable.join(', ')} of ${pkg.purl}, in the vulnerable range.`,
      fix: `update the dependency past the vulnerable range and regenerate ${lockfile}, or remove this version from fixed_in in ${loaded.file}.`,
    })
  }
}

/** A lockfile's path from the repository root. */
function inDir(state: LockfileState, file: string): string {
  return !state.dir || state.dir === '.' ? file : `${state.dir}/${file}`
}

function lockfileLocation(
  state: LockfileState,
  lockfile: string,
  purl: string,
  ecosystem: Ecosystem,
): Location {
  if (ecosystem === 'go' && state.go) {
    const name = parsePurl(purl).name
    const m = state.go.modules.find((x) => x.path === name)
    if (m) return { file: lockfile, line: m.line, col: 1 }
  }
  return { file: lockfile }
}
