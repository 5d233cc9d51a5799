/**
 * Package URLs (purl) as the findings and records compare them: canonical,
 * without version, qualifiers or subpath, and with the case rules of the
 * purl spec's type definitions applied (npm and PyPI names are
 * case-insensitive, Go module paths are not).
 */
import { PackageURL } from 'packageurl-js'
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'

export interface ParsedPurl {
  type: string
  namespace: string
  name: string
  /** version as written, or '' when absent */
  version: string
  /** canonical purl without version, as normalizePurl returns it */
  purl: string
}

/**
 * Parses a purl. The result's `purl` is the canonical form used for
 * matching; a malformed purl is the user's mistake and is refused.
 */
export function parsePurl(input: string): ParsedPurl {
  const text = String(input ?? '').trim()
  const { base, version } = splitVersion(text)
  let p: PackageURL
  try {
    // The version is parsed apart: it is dropped from the canonical form,
    // and packageurl-js 2.0.1 fails with a ReferenceError on a Go version
    // that is not semver.
    p = PackageURL.fromString(base)
  } catch (e) {
    const why =
      e instanceof Error ? e.message.replace(/^Invalid purl: /, '') : ''
    throw new UserError(
      `"${forLog(text, 120)}" is not a valid package URL (${why}). Fix: write it as pkg:<type>/<namespace>/<name>, e.g. pkg:npm/lodash or pkg:golang/github.com/a/b.`,
    )
  }

  let namespace = p.namespace ?? ''
  let name = p.name
  // Tools disagree on whether a Go module path is one escaped name
  // (`github.com%2Fa%2Fb`, govulncheck) or namespace plus name
  // (`github.com/a/b`, GitHub): a purl name cannot contain `/`, so the
  // escaped form is split the way the spec writes it.
  const slash = name.lastIndexOf('/')
  if (slash > 0) {
    namespace = namespace
      ? `${namespace}/${name.slice(0, slash)}`
      : name.slice(0, slash)
    name = name.slice(slash + 1)
  }
  if (name === '') {
    throw new UserError(
      `"${forLog(text, 120)}" has no package name after its namespace. Fix: name the package, e.g. pkg:golang/github.com/a/b.`,
    )
  }

  // PyPI compares names as PEP 503 normalises them: runs of `-`, `_` and
  // `.` are one `-` (the purl spec's own rule covers only `_`).
  if (p.type === 'pypi') name = name.toLowerCase().replace(/[-_.]+/g, '-')

  const canonical = new PackageURL(
    p.type,
    namespace || undefined,
    name,
    undefined,
    undefined,
    undefined,
  ).toString()
  return {
    type: p.type,
    namespace,
    name,
    version,
    purl: canonical,
  }
}

/** The purl without qualifiers, subpath and version, and the version. */
function splitVersion(text: string): { base: string; version: string } {
  let s = text
  const hash = s.indexOf('#')
  if (hash >= 0) s = s.slice(0, hash)
  const query = s.indexOf('?')
  if (query >= 0) s = s.slice(0, query)
  const at = s.lastIndexOf('@')
  // An `@` before the last `/` is an npm scope, not a version.
  if (at < 0 || at < s.lastIndexOf('/')) return { base: s, version: '' }
  let version = s.slice(at + 1)
  try {
    version = decodeURIComponent(version)
  } catch {
    // a malformed escape is kept as written; the version is informational
  }
  return { base: s.slice(0, at), version }
}

/** The canonical purl without version, qualifiers or subpath. */
export function normalizePurl(input: string): string {
  return parsePurl(input).purl
}

/**
 * Ecosystem names of OSV (`Go`, `crates.io`, ...), of Dependabot and the
 * dependency graph (`go`, `pip`, `cargo`, ...), of Trivy result types
 * (`gomod`, `cargo`, ...) and of Grype package types (`go-module`,
 * `rust-crate`, ...), all mapped to their purl type.
 */
const ECOSYSTEM_TYPES: { [ecosystem: string]: string } = {
  // OSV
  go: 'golang',
  npm: 'npm',
  pypi: 'pypi',
  'crates.io': 'cargo',
  maven: 'maven',
  nuget: 'nuget',
  rubygems: 'gem',
  packagist: 'composer',
  pub: 'pub',
  hex: 'hex',
  'github actions': 'githubactions',
  swifturl: 'swift',
  cran: 'cran',
  hackage: 'hackage',
  conan: 'conan',
  debian: 'deb',
  ubuntu: 'deb',
  alpine: 'apk',
  // Dependabot / dependency graph
  pip: 'pypi',
  cargo: 'cargo',
  composer: 'composer',
  actions: 'githubactions',
  githubactions: 'githubactions',
  golang: 'golang',
  swift: 'swift',
  // the GitHub advisory database's own names
  rust: 'cargo',
  erlang: 'hex',
  // Trivy result types
  gomod: 'golang',
  gobinary: 'golang',
  pipenv: 'pypi',
  poetry: 'pypi',
  'python-pkg': 'pypi',
  yarn: 'npm',
  pnpm: 'npm',
  bun: 'npm',
  uv: 'pypi',
  'composer-vendor': 'composer',
  sbt: 'maven',
  'mix-lock': 'hex',
  'node-pkg': 'npm',
  bundler: 'gem',
  gemspec: 'gem',
  jar: 'maven',
  pom: 'maven',
  gradle: 'maven',
  'dotnet-core': 'nuget',
  'packages-props': 'nuget',
  rustbinary: 'cargo',
  // Grype package types
  'go-module': 'golang',
  python: 'pypi',
  gem: 'gem',
  'java-archive': 'maven',
  'rust-crate': 'cargo',
  dotnet: 'nuget',
  'php-composer': 'composer',
  'github-action': 'githubactions',
  'github-action-workflow': 'githubactions',
  'dart-pub': 'pub',
  'hex-package': 'hex',
  deb: 'deb',
  rpm: 'rpm',
  apk: 'apk',
}

/** Purl type to the OSV ecosystem name, for ecosystemOf. */
const OSV_ECOSYSTEMS: { [type: string]: string } = {
  golang: 'Go',
  npm: 'npm',
  pypi: 'PyPI',
  cargo: 'crates.io',
  maven: 'Maven',
  nuget: 'NuGet',
  gem: 'RubyGems',
  composer: 'Packagist',
  pub: 'Pub',
  hex: 'Hex',
  githubactions: 'GitHub Actions',
  swift: 'SwiftURL',
  cran: 'CRAN',
  hackage: 'Hackage',
  conan: 'ConanCenter',
  deb: 'Debian',
  apk: 'Alpine',
  rpm: 'Red Hat',
}

/** The purl type for an ecosystem name, or undefined when unknown. */
export function purlTypeOf(ecosystem: string): string | undefined {
  return ECOSYSTEM_TYPES[ecosystem.trim().toLowerCase()]
}

/**
 * The canonical purl (no version) for a package named in an ecosystem's own
 * terms. Maven names are `group:artifact`; npm scopes are kept as the
 * namespace. An unknown ecosystem is refused, naming it.
 */
export function purlFromEcosystem(ecosystem: string, name: string): string {
  const type = purlTypeOf(ecosystem)
  if (!type) {
    throw new UserError(
      `Unknown package ecosystem "${forLog(ecosystem, 60)}" for package "${forLog(name, 120)}". Fix: use an OSV ecosystem name (Go, npm, PyPI, crates.io, Maven, NuGet, RubyGems, Packagist, Pub, Hex, GitHub Actions) or a Dependabot one (go, npm, pip, cargo, maven, nuget, rubygems, composer, actions).`,
    )
  }
  const n = name.trim()
  if (n === '') {
    throw new UserError(
      `A package in ecosystem "${forLog(ecosystem, 60)}" has an empty name.`,
    )
  }

  let namespace: string | undefined
  let short = n
  if (type === 'maven' && n.includes(':')) {
    const i = n.indexOf(':')
    namespace = n.slice(0, i)
    short = n.slice(i + 1)
  } else if (n.includes('/')) {
    // npm scopes, Go module paths, GitHub Actions owner/repo, Packagist
    // vendor/package: everything before the last `/` is the namespace.
    const i = n.lastIndexOf('/')
    namespace = n.slice(0, i)
    short = n.slice(i + 1)
  }
  const purl = new PackageURL(
    type,
    namespace,
    short,
    undefined,
    undefined,
    undefined,
  )
  return normalizePurl(purl.toString())
}

/** The OSV ecosystem name of a purl (`pkg:cargo/regex` → `crates.io`). */
export function ecosystemOf(purl: string): string {
  const { type } = parsePurl(purl)
  return OSV_ECOSYSTEMS[type] ?? type
}

/**
 * The package name as the ecosystem writes it (`@babel/core`,
 * `github.com/a/b`, `org.x:y`), for messages and record titles.
 */
export function packageNameOf(purl: string): string {
  const p = parsePurl(purl)
  if (!p.namespace) return p.name
  return p.type === 'maven'
    ? `${p.namespace}:${p.name}`
    : `${p.namespace}/${p.name}`
}
