/**
 * The affected packages of a record: purls, ranges and versions, checked by
 * the package's ecosystem (packages/versions) the way a record must write
 * them. Ordering is packages/versions'; this file adds what a record needs
 * beyond a version that merely parses: the canonical spelling of the
 * ecosystem (Go's `vMAJOR.MINOR.PATCH`, npm's version without `v`), ranges
 * that contain some version, and a fixed version outside the vulnerable one.
 */
import { PackageURL } from 'packageurl-js'
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import {
  type Ecosystem,
  type Range,
  compareVersions,
  ecosystemOfPurlType,
  isValidVersion,
  parseRange,
  satisfies,
} from '../../versions/src/index.js'
import type { Record, Report } from './types.js'

/**
 * The package types of the purl specification
 * (https://github.com/package-url/purl-spec, PURL-TYPES.rst). Another type
 * is probably a typo: matching and version rules cannot know it.
 */
export const PURL_TYPES = new Set([
  'alpm',
  'apk',
  'bitbucket',
  'bitnami',
  'cargo',
  'cocoapods',
  'composer',
  'conan',
  'conda',
  'cpan',
  'cran',
  'deb',
  'docker',
  'gem',
  'generic',
  'github',
  'githubactions',
  'golang',
  'hackage',
  'hex',
  'huggingface',
  'julia',
  'luarocks',
  'maven',
  'mlflow',
  'npm',
  'nuget',
  'oci',
  'opam',
  'otp',
  'pub',
  'pypi',
  'qpkg',
  'rpm',
  'swid',
  'swift',
  'vscode-extension',
  'yocto',
])

/**
 * An npm name or scope (without `@`), by npm's own rules: lower case,
 * URL-safe, not starting with `.` or `_`, at most 214 characters.
 */
const NPM_NAME = /^(?![._])[a-z0-9._~-]+$/

const EXAMPLES: { [E in Ecosystem]: string } = {
  npm: '8.17.1 (npm versions have no "v")',
  cargo: '1.6.3',
  go: 'v1.6.3 (Go module versions are vMAJOR.MINOR.PATCH)',
  pypi: '2.31.0',
  generic: '1.6.3',
}

/**
 * Why a version is not written the way its ecosystem writes it, or
 * undefined when it is. packages/versions parses leniently (ranges from
 * scanners come with or without `v`); a record is the canonical source, so
 * it must be exact.
 */
export function versionProblem(
  ecosystem: Ecosystem,
  version: string,
): string | undefined {
  const what = `"${forLog(version, 64)}" is not a valid ${ecosystem} version`
  if (version !== version.trim() || version === '') return what
  if (!isValidVersion(ecosystem, version)) return what
  switch (ecosystem) {
    case 'npm':
    case 'cargo':
      if (!/^\d/.test(version)) {
        return `${what}: ${ecosystem} versions start with a digit, without "v" or "="`
      }
      break
    case 'go':
      if (!/^v\d+\.\d+\.\d+(?:[-+]|$)/.test(version)) {
        return `${what}: Go module versions are canonical vMAJOR.MINOR.PATCH`
      }
      break
    case 'generic':
      // Without ecosystem rules, a version must at least carry a number.
      if (!/\d/.test(version)) return what
      break
  }
  return undefined
}

/** Why a release of ours in `fixed_in` is not a version, or undefined. */
export function releaseProblem(release: string): string | undefined {
  return versionProblem('generic', release)
}

/** Can any version satisfy every constraint of one alternative of a range? */
function alternativeIsEmpty(
  ecosystem: Ecosystem,
  all: Range['anyOf'][number],
): boolean {
  let lower: { version: string; inclusive: boolean } | undefined
  let upper: { version: string; inclusive: boolean } | undefined
  for (const c of all) {
    if (c.op === '>' || c.op === '>=') {
      const d = lower ? compareVersions(ecosystem, c.version, lower.version) : 1
      if (d > 0 || (d === 0 && c.op === '>')) {
        lower = { version: c.version, inclusive: c.op === '>=' }
      }
    } else if (c.op === '<' || c.op === '<=') {
      const d = upper
        ? compareVersions(ecosystem, c.version, upper.version)
        : -1
      if (d < 0 || (d === 0 && c.op === '<')) {
        upper = { version: c.version, inclusive: c.op === '<=' }
      }
    }
  }
  if (lower && upper) {
    const d = compareVersions(ecosystem, lower.version, upper.version)
    if (d > 0 || (d === 0 && !(lower.inclusive && upper.inclusive))) {
      return true
    }
  }
  // An exact version must meet every other constraint of its alternative.
  const range: Range = { ecosystem, anyOf: [all], text: '' }
  return all.some(
    (c) => c.op === '=' && !satisfies(ecosystem, c.version, range),
  )
}

/** Checks every affected package: purl, range and fixed version. */
export function checkPackages(record: Record, report: Report): void {
  record.packages.forEach((p, i) => {
    const at = `/packages/${i}`
    let purl: PackageURL
    try {
      if (/\s/.test(p.purl)) throw new Error('it contains white space')
      purl = PackageURL.fromString(p.purl)
    } catch (e) {
      report(
        `${at}/purl`,
        'record/purl',
        `"${forLog(p.purl, 120)}" is not a valid package URL: ${forLog((e as Error).message, 120)}.`,
        'write pkg:<type>/<namespace>/<name>, e.g. pkg:golang/github.com/disintegration/imaging.',
      )
      return
    }
    const bare = new PackageURL(
      purl.type,
      purl.namespace,
      purl.name,
      undefined,
      undefined,
      undefined,
    ).toString()
    if (
      purl.version !== undefined ||
      purl.qualifiers ||
      purl.subpath ||
      /[@?#]$/.test(p.purl)
    ) {
      report(
        `${at}/purl`,
        'record/purl-version',
        'the purl carries a version, qualifiers or a subpath (or an empty one after "@", "?" or "#"); matching needs the bare package.',
        `write ${bare} and put versions in "vulnerable" and "fixed".`,
      )
    }
    if (purl.type === 'npm') {
      const scope = purl.namespace?.replace(/^@/, '')
      const full = purl.namespace ? `${purl.namespace}/${purl.name}` : purl.name
      if (
        !NPM_NAME.test(purl.name) ||
        (purl.namespace !== undefined &&
          (!purl.namespace.startsWith('@') || !NPM_NAME.test(scope ?? ''))) ||
        full.length > 214
      ) {
        report(
          `${at}/purl`,
          'record/purl',
          `"${forLog(full, 120)}" is not a valid npm package name.`,
          'write the name as npm publishes it: lower case letters, digits, "-", "." and "_", with an optional @scope/ (e.g. pkg:npm/%40babel/core).',
        )
      }
    }
    if (!PURL_TYPES.has(purl.type)) {
      report(
        `${at}/purl`,
        'record/purl-type',
        `"${forLog(purl.type, 40)}" is not a package type of the purl specification, so its versions are compared as plain dotted numbers.`,
        'use a registered type such as npm, golang, pypi, cargo, maven or github.',
        'warning',
      )
    }

    const eco = ecosystemOfPurlType(purl.type)
    let range: Range | undefined
    if (p.vulnerable !== undefined) {
      try {
        range = parseRange(eco, p.vulnerable)
      } catch (e) {
        report(
          `${at}/vulnerable`,
          'record/range',
          (e instanceof UserError ? e.message : String(e)).split(' Fix: ')[0],
          'write comma-separated constraints such as ">= 1.0.0, < 1.6.3", with "||" between alternatives.',
        )
      }
    }
    if (range) {
      const bad = range.anyOf
        .flat()
        .map((c) => versionProblem(eco, c.version))
        .find((x) => x !== undefined)
      if (bad) {
        report(
          `${at}/vulnerable`,
          'record/range',
          `the range "${forLog(p.vulnerable, 120)}" has a version its ecosystem does not write so: ${bad}.`,
          `write each version as ${EXAMPLES[eco]}.`,
        )
        range = undefined
      } else if (range.anyOf.some((all) => alternativeIsEmpty(eco, all))) {
        report(
          `${at}/vulnerable`,
          'record/range',
          `the range "${forLog(p.vulnerable, 120)}" contains no version: its lower bound is above its upper bound.`,
          'correct the bounds, e.g. ">= 8.0.0, < 8.17.1".',
        )
        range = undefined
      }
    }
    if (p.fixed !== undefined) {
      const bad = versionProblem(eco, p.fixed)
      if (bad) {
        report(
          `${at}/fixed`,
          'record/version',
          `${bad}.`,
          `write a version such as ${EXAMPLES[eco]}.`,
        )
      } else if (range && satisfies(eco, p.fixed, range)) {
        report(
          `${at}/fixed`,
          'record/fixed-in-range',
          `the fixed version ${forLog(p.fixed, 64)} is inside the vulnerable range "${forLog(p.vulnerable, 120)}"; a fixed version is not vulnerable.`,
          'correct the fixed version, or the range so that it ends before the fix (e.g. "< 8.17.1" with fixed 8.17.1).',
        )
      }
    }
  })
}
