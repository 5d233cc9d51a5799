/**
 * The affected package of a record, seen the way OSV and CVE JSON describe
 * it: an ecosystem, a package name, and version intervals. A record writes
 * its range as comparators (`>= 1.0.0, < 1.6.3`, alternatives joined by
 * `||`); both formats need the same intervals as `introduced`/`fixed` pairs.
 */
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { packageNameOf, parsePurl } from '../../purl/src/index.js'
import type { AffectedPackage } from '../../records/src/types.js'

/** One interval of affected versions: `introduced <= v < fixed`. */
export interface Interval {
  /** `0` when the range has no lower bound */
  introduced: string
  fixed?: string
  /** inclusive upper bound, when the record gives `<=` */
  last_affected?: string
}

/** How a purl type maps to OSV and CVE JSON vocabulary. */
interface EcosystemInfo {
  osv: string
  /** OSV range type: SEMVER only where the ecosystem's versions are semver */
  rangeType: 'SEMVER' | 'ECOSYSTEM'
  /** CVE JSON `versionType` */
  versionType: string
  /** CVE JSON `collectionURL` */
  collectionURL: string
}

const ECOSYSTEMS: { [purlType: string]: EcosystemInfo } = {
  npm: {
    osv: 'npm',
    rangeType: 'SEMVER',
    versionType: 'semver',
    collectionURL: 'https://registry.npmjs.org',
  },
  golang: {
    osv: 'Go',
    rangeType: 'SEMVER',
    versionType: 'semver',
    collectionURL: 'https://pkg.go.dev',
  },
  cargo: {
    osv: 'crates.io',
    rangeType: 'SEMVER',
    versionType: 'semver',
    collectionURL: 'https://crates.io',
  },
  pypi: {
    osv: 'PyPI',
    rangeType: 'ECOSYSTEM',
    versionType: 'python',
    collectionURL: 'https://pypi.python.org',
  },
  maven: {
    osv: 'Maven',
    rangeType: 'ECOSYSTEM',
    versionType: 'maven',
    collectionURL: 'https://repo.maven.apache.org/maven2',
  },
  nuget: {
    osv: 'NuGet',
    rangeType: 'ECOSYSTEM',
    versionType: 'custom',
    collectionURL: 'https://nuget.org/packages',
  },
  gem: {
    osv: 'RubyGems',
    rangeType: 'ECOSYSTEM',
    versionType: 'custom',
    collectionURL: 'https://rubygems.org',
  },
  composer: {
    osv: 'Packagist',
    rangeType: 'ECOSYSTEM',
    versionType: 'custom',
    collectionURL: 'https://packagist.org',
  },
  hex: {
    osv: 'Hex',
    rangeType: 'ECOSYSTEM',
    versionType: 'custom',
    collectionURL: 'https://repo.hex.pm',
  },
  pub: {
    osv: 'Pub',
    rangeType: 'ECOSYSTEM',
    versionType: 'custom',
    collectionURL: 'https://pub.dev',
  },
  githubactions: {
    osv: 'GitHub Actions',
    rangeType: 'ECOSYSTEM',
    versionType: 'git',
    collectionURL: 'https://github.com',
  },
}

/** An affected package, resolved from its purl. */
export interface ResolvedPackage {
  purl: string
  /** purl type, e.g. `golang` */
  type: string
  /** OSV ecosystem, or undefined when OSV has none for this purl type */
  ecosystem?: string
  /** package name as the ecosystem writes it (`@scope/x`, `group:artifact`) */
  name: string
  rangeType: 'SEMVER' | 'ECOSYSTEM'
  versionType: string
  collectionURL?: string
  intervals: Interval[]
  /** the range as the record wrote it, for people */
  vulnerable?: string
  fixed?: string
}

/** Go versions carry a `v` the OSV SEMVER type does not accept. */
function normalizeVersion(type: string, v: string): string {
  return type === 'golang' ? v.replace(/^v(?=\d)/, '') : v
}

const COMPARATOR = /^(>=|<=|>|<|=|==)?\s*([^\s<>=]+)$/

/**
 * Intervals of a record's `vulnerable` range, closed by `fixed` when the
 * range has no upper bound. A `>` lower bound cannot be expressed as an
 * `introduced` event and is refused rather than widened.
 */
export function parseIntervals(
  type: string,
  vulnerable: string | undefined,
  fixed: string | undefined,
  where: { file?: string; line?: number; col?: number } = {},
): Interval[] {
  const fix = fixed ? normalizeVersion(type, fixed) : undefined
  if (!vulnerable || vulnerable.trim() === '' || vulnerable.trim() === '*') {
    return [{ introduced: '0', ...(fix ? { fixed: fix } : {}) }]
  }
  const out: Interval[] = []
  for (const alt of vulnerable.split('||')) {
    const iv: Interval = { introduced: '0' }
    for (const raw of alt.split(/,|\s+(?=[<>=])/)) {
      const part = raw.trim()
      if (part === '') continue
      const m = COMPARATOR.exec(part)
      if (!m) {
        throw new UserError(
          `The range "${forLog(vulnerable, 80)}" has a part "${forLog(part, 40)}" that is not a comparison. Fix: write it as ">= 1.0.0, < 1.2.3".`,
          where,
        )
      }
      const op = m[1] ?? '='
      const v = normalizeVersion(type, m[2])
      if (op === '>=') iv.introduced = v
      else if (op === '<') iv.fixed = v
      else if (op === '<=') iv.last_affected = v
      else if (op === '=' || op === '==') {
        iv.introduced = v
        iv.last_affected = v
      } else {
        throw new UserError(
          `The range "${forLog(vulnerable, 80)}" uses ">", which OSV and CVE ranges cannot express. Fix: use ">=" with the first affected version.`,
          where,
        )
      }
    }
    if (!iv.fixed && !iv.last_affected && fix) iv.fixed = fix
    out.push(iv)
  }
  return out
}

/** Resolve a record's affected package; a bad purl is the user's mistake. */
export function resolvePackage(
  pkg: AffectedPackage,
  where: { file?: string; line?: number; col?: number } = {},
): ResolvedPackage {
  let p: ReturnType<typeof parsePurl>
  try {
    p = parsePurl(pkg.purl)
  } catch (e) {
    if (e instanceof UserError) throw new UserError(e.message, where)
    throw e
  }
  const info = ECOSYSTEMS[p.type]
  return {
    purl: pkg.purl,
    type: p.type,
    ecosystem: info?.osv,
    name: packageNameOf(p.purl),
    rangeType: info?.rangeType ?? 'ECOSYSTEM',
    versionType: info?.versionType ?? 'custom',
    collectionURL: info?.collectionURL,
    intervals: parseIntervals(p.type, pkg.vulnerable, pkg.fixed, where),
    vulnerable: pkg.vulnerable,
    fixed: pkg.fixed,
  }
}
