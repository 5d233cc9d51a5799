/**
 * Vulnerability ids as the sources spell them, made comparable: `CVE-` ids
 * upper-case, GHSA ids with the `GHSA-` prefix upper and the rest lower-case
 * as GitHub writes them, and the prefixes of the OSV databases (`GO-`,
 * `RUSTSEC-`, `PYSEC-`, ...) upper-case.
 */

// GitHub draws GHSA ids from 23456789cfghjmpqrvwx; any alphanumerics are
// accepted so that made-up ids in tests and drafts are normalised too.
const GHSA = /^ghsa(-[a-z0-9]{4}){3}$/i
const CVE = /^cve-\d{4}-\d{4,}$/i
/** OSV database ids: a prefix, a year, a number (GO-2021-0265, RUSTSEC-…). */
const OSV_STYLE = /^([a-z][a-z0-9]*)-(\d{4})-([a-z0-9]+)$/i
/** Prefixes that name a vulnerability database, so an id is a vulnerability. */
const KNOWN_PREFIXES = new Set([
  'CVE',
  'GHSA',
  'GO',
  'RUSTSEC',
  'PYSEC',
  'OSV',
  'GSD',
  'MAL',
  'BIT',
  'DLA',
  'DSA',
  'USN',
  'ALSA',
  'ALBA',
  'RHSA',
  'RLSA',
  'SUSE',
  'OESA',
  'PSF',
  'CURL',
  'HSEC',
  'UVI',
  'CGA',
  'MGASA',
  'DEBIAN',
  'UBUNTU',
  'ELSA',
  'CSAF',
  'RXSA',
  'LBSEC',
])

/** The id as GitHub and the OSV databases spell it. */
export function normalizeVulnId(id: string): string {
  const s = String(id ?? '').trim()
  if (GHSA.test(s)) return 'GHSA-' + s.slice(5).toLowerCase()
  if (CVE.test(s)) return s.toUpperCase()
  const m = OSV_STYLE.exec(s)
  if (m && KNOWN_PREFIXES.has(m[1].toUpperCase())) {
    return `${m[1].toUpperCase()}-${m[2]}-${m[3].toUpperCase()}`
  }
  return s
}

/** Is this a vulnerability id of a known database (not a rule or CWE id)? */
export function isVulnId(id: string): boolean {
  const s = String(id ?? '').trim()
  if (GHSA.test(s) || CVE.test(s)) return true
  const m = OSV_STYLE.exec(s)
  return m !== null && KNOWN_PREFIXES.has(m[1].toUpperCase())
}

const EMBEDDED =
  /\b(?:CVE-\d{4}-\d{4,}|GHSA(?:-[a-z0-9]{4}){3}|(?:GO|RUSTSEC|PYSEC|OSV|GSD|MAL)-\d{4}-[A-Za-z0-9]+)\b/gi

/** Every vulnerability id written inside a text (a URL, a rule id, a tag). */
export function vulnIdsIn(text: string): string[] {
  const out: string[] = []
  for (const m of String(text ?? '').matchAll(EMBEDDED)) {
    out.push(normalizeVulnId(m[0]))
  }
  return out
}

/** Ids normalised, without duplicates, in first-seen order. */
export function uniqueIds(ids: Iterable<string | undefined | null>): string[] {
  const seen = new Set<string>()
  for (const id of ids) {
    if (typeof id !== 'string' || id.trim() === '') continue
    seen.add(normalizeVulnId(id))
  }
  return [...seen]
}

const RANK: { [prefix: string]: number } = {
  GHSA: 0,
  CVE: 1,
  GO: 2,
  RUSTSEC: 3,
  PYSEC: 4,
}

/**
 * Which id of an alias set to show first: GHSA, then CVE, then the language
 * databases, then anything else; ties alphabetical, so the choice does not
 * depend on the order the sources came in.
 */
export function compareIdPreference(a: string, b: string): number {
  const ra = RANK[a.slice(0, a.indexOf('-')).toUpperCase()] ?? 9
  const rb = RANK[b.slice(0, b.indexOf('-')).toUpperCase()] ?? 9
  if (ra !== rb) return ra - rb
  return a < b ? -1 : a > b ? 1 : 0
}
