/**
 * Version ordering per ecosystem. npm and cargo are semver (the `semver`
 * library); Go is semver with a required `v` in go.mod, pseudo-versions that
 * order as pre-releases and `+incompatible` ignored as build metadata; PyPI
 * follows a PEP 440 subset (pep440.ts); anything else is dotted numeric.
 */
import semver from 'semver'
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import type { Ecosystem } from './ecosystem.js'
import { comparePep440, parsePep440 } from './pep440.js'

type Parsed =
  | { kind: 'semver'; v: semver.SemVer }
  | { kind: 'pep440'; v: NonNullable<ReturnType<typeof parsePep440>> }
  | { kind: 'generic'; v: (number | string)[] }

function parseSemver(text: string): semver.SemVer | undefined {
  // The library strips a leading `v` and `=`; callers decide on those.
  if (!/^\d/.test(text)) return undefined
  try {
    return new semver.SemVer(text)
  } catch {
    return undefined
  }
}

/**
 * A Go module version. Go requires the `v` in go.mod; ranges in records are
 * accepted with or without it. `+incompatible` marks a v2+ module without a
 * go.mod and is build metadata, which semver ignores for ordering as Go does.
 * A pseudo-version (`v0.0.0-20211112202133-69e39bad7dc2`, or
 * `v1.2.4-0.20240101120000-abcdefabcdef` after a tag) is a semver
 * pre-release, so it orders below the release it precedes.
 */
function parseGo(text: string): semver.SemVer | undefined {
  const t = text.startsWith('v') ? text.slice(1) : text
  // Go accepts the shorthands v1 and v1.2 for v1.0.0 and v1.2.0.
  const short = /^(\d+)(?:\.(\d+))?$/.exec(t)
  if (short) return parseSemver(`${short[1]}.${short[2] ?? 0}.0`)
  if (!/^\d+\.\d+\.\d+/.test(t)) return undefined
  return parseSemver(t)
}

// LIMITATION: ecosystems without their own rules (Maven, NuGet, RubyGems,
// Debian...) are compared as dotted numeric segments, where numbers compare
// as numbers, words as text and a word sorts before a number. That is right
// for plain releases and only approximately right for their qualifiers.
function parseGeneric(text: string): (number | string)[] | undefined {
  const t = text.replace(/^v(?=\d)/, '')
  if (!/^[0-9A-Za-z]+(?:[.\-_+~][0-9A-Za-z]+)*$/.test(t)) return undefined
  return t
    .split(/[.\-_+~]|(?<=\d)(?=[A-Za-z])|(?<=[A-Za-z])(?=\d)/)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.toLowerCase()))
}

function parse(ecosystem: Ecosystem, text: string): Parsed | undefined {
  const t = text.trim()
  switch (ecosystem) {
    case 'npm':
    case 'cargo': {
      // npm tolerates a leading `v` or `=`; cargo versions never have one.
      const s = ecosystem === 'cargo' ? t : t.replace(/^[v=]/, '')
      const v = parseSemver(s)
      return v ? { kind: 'semver', v } : undefined
    }
    case 'go': {
      const v = parseGo(t)
      return v ? { kind: 'semver', v } : undefined
    }
    case 'pypi': {
      const v = parsePep440(t)
      return v ? { kind: 'pep440', v } : undefined
    }
    default: {
      const v = parseGeneric(t)
      return v ? { kind: 'generic', v } : undefined
    }
  }
}

const EXAMPLE: { [E in Ecosystem]: string } = {
  npm: '1.2.3 or 1.2.3-beta.1',
  go: 'v1.2.3, v0.0.0-20211112202133-69e39bad7dc2 or v24.0.7+incompatible',
  cargo: '1.2.3',
  pypi: '1.2.3, 1.2.3rc1, 1.2.3.post1 or 1!2.0.dev3',
  generic: '1.2.3',
}

/** Is `version` a valid version in the ecosystem? */
export function isValidVersion(ecosystem: Ecosystem, version: string): boolean {
  return parse(ecosystem, version) !== undefined
}

function parseOrThrow(ecosystem: Ecosystem, version: string): Parsed {
  const p = parse(ecosystem, version)
  if (!p) {
    throw new UserError(
      `"${forLog(version, 80)}" is not a valid ${ecosystem} version. Fix: write a version such as ${EXAMPLE[ecosystem]}.`,
    )
  }
  return p
}

function compareGeneric(a: (number | string)[], b: (number | string)[]) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : 1
    if (typeof x === 'number') return 1
    if (typeof y === 'number') return -1
    return x < y ? -1 : 1
  }
  return 0
}

/**
 * Orders two versions by the ecosystem's rules: negative when a < b, zero
 * when equal, positive when a > b. Throws a UserError naming an invalid one.
 */
export function compareVersions(
  ecosystem: Ecosystem,
  a: string,
  b: string,
): number {
  const pa = parseOrThrow(ecosystem, a)
  const pb = parseOrThrow(ecosystem, b)
  if (pa.kind === 'semver' && pb.kind === 'semver') {
    return semver.compare(pa.v, pb.v)
  }
  if (pa.kind === 'pep440' && pb.kind === 'pep440') {
    return Math.sign(comparePep440(pa.v, pb.v))
  }
  if (pa.kind === 'generic' && pb.kind === 'generic') {
    return compareGeneric(pa.v, pb.v)
  }
  throw new Error('unreachable: versions parsed by different rules')
}

/** Is this Go version a pseudo-version (a commit, not a tag)? */
export function isGoPseudoVersion(version: string): boolean {
  return /-(?:0\.|.*\.0\.)?\d{14}-[0-9a-f]{12}(?:\+incompatible)?$/.test(
    version,
  )
}
