/**
 * Ecosystems and the purl types that name them. Each ecosystem orders its
 * versions by its own rules; the record format names packages by purl, so
 * the purl type picks the rules.
 */
import { PackageURL } from 'packageurl-js'
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'

export const ECOSYSTEMS = ['npm', 'go', 'cargo', 'pypi', 'generic'] as const
export type Ecosystem = (typeof ECOSYSTEMS)[number]

const BY_PURL_TYPE: { [type: string]: Ecosystem } = {
  npm: 'npm',
  golang: 'go',
  cargo: 'cargo',
  pypi: 'pypi',
}

// OSV and GitHub spell the same ecosystems differently; accept those too.
const BY_NAME: { [name: string]: Ecosystem } = {
  npm: 'npm',
  go: 'go',
  golang: 'go',
  cargo: 'cargo',
  'crates.io': 'cargo',
  rust: 'cargo',
  pypi: 'pypi',
  pip: 'pypi',
  generic: 'generic',
}

/** The ecosystem whose version rules apply to a purl type (`golang` → go). */
export function ecosystemOfPurlType(type: string): Ecosystem {
  return BY_PURL_TYPE[type.toLowerCase()] ?? 'generic'
}

/** The ecosystem of a name as OSV, GitHub or a purl spells it. */
export function ecosystemOf(name: string): Ecosystem {
  return BY_NAME[name.toLowerCase()] ?? ecosystemOfPurlType(name)
}

/** A package named by a purl: its ecosystem and its name in that ecosystem. */
export interface PackageName {
  ecosystem: Ecosystem
  /** purl type as written, lower case */
  type: string
  /**
   * the name the ecosystem's lockfiles use: a Go module path
   * (`golang.org/x/net`), an npm name with scope (`@babel/core`), a crate name
   */
  name: string
}

/** Parses a purl (with or without version) into ecosystem and package name. */
export function parsePurl(purl: string): PackageName {
  let p: PackageURL
  try {
    p = PackageURL.fromString(purl)
  } catch {
    throw new UserError(
      `"${forLog(purl, 120)}" is not a package URL. Fix: write it as pkg:<type>/<namespace>/<name>, e.g. pkg:golang/golang.org/x/net or pkg:npm/lodash.`,
    )
  }
  const type = p.type.toLowerCase()
  const ecosystem = ecosystemOfPurlType(type)
  let name = p.namespace ? `${p.namespace}/${p.name}` : p.name
  // PyPI names compare case-insensitively with -, _ and . equivalent (PEP 503).
  if (ecosystem === 'pypi') name = name.toLowerCase().replace(/[-_.]+/g, '-')
  return { ecosystem, type, name }
}
