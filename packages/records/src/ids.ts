/**
 * Vulnerability ids by form. Each database spells its ids one way, and
 * scanners match them literally (Trivy and Grype compare VEX ids as strings),
 * so a record must use the canonical spelling.
 */

export type IdKind =
  'GHSA' | 'CVE' | 'GO' | 'RUSTSEC' | 'PYSEC' | 'OSV' | 'LOCAL'

const FORMS: { kind: IdKind; re: RegExp; example: string }[] = [
  {
    kind: 'GHSA',
    re: /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/,
    example: 'GHSA-q7pp-wcgr-pffx',
  },
  { kind: 'CVE', re: /^CVE-\d{4}-\d{4,}$/, example: 'CVE-2023-36308' },
  { kind: 'GO', re: /^GO-\d{4}-\d{4,}$/, example: 'GO-2023-1990' },
  {
    kind: 'RUSTSEC',
    re: /^RUSTSEC-\d{4}-\d{4}$/,
    example: 'RUSTSEC-2021-0001',
  },
  { kind: 'PYSEC', re: /^PYSEC-\d{4}-\d+$/, example: 'PYSEC-2021-123' },
  {
    // Other OSV databases: a prefix and an id (e.g. MAL-2024-1, GSD-2021-1).
    kind: 'OSV',
    re: /^(?:MAL|GSD|OSV|DSA|DLA|USN|ALSA|ALBA|RHSA|SUSE|BIT|CGA|CURL|DEBIAN|HSEC|LBSEC|MGASA|PSF|R|RLSA|RXSA|UBUNTU|V8)-[A-Za-z0-9:._-]+$/,
    example: 'MAL-2024-1234',
  },
]

/** A project-local id: an upper-case prefix, a year and a number. */
const LOCAL = /^[A-Z][A-Z0-9]{1,15}-\d{4}-\d{1,6}$/

export interface IdCheck {
  kind?: IdKind
  /** the canonical spelling, when the id is a recognisable misspelling */
  canonical?: string
  problem?: string
}

/** The canonical spelling of an id, e.g. `cve-2023-1` → `CVE-2023-1`. */
export function normalizeId(id: string): string {
  const t = id.trim()
  const m = /^(ghsa)-(.+)$/i.exec(t)
  if (m) return `GHSA-${m[2].toLowerCase()}`
  const p = /^([a-z]+)-(.+)$/i.exec(t)
  if (p && ['CVE', 'GO', 'RUSTSEC', 'PYSEC'].includes(p[1].toUpperCase())) {
    return `${p[1].toUpperCase()}-${p[2]}`
  }
  return t
}

/** Classifies an id, saying what is wrong with a malformed one. */
export function checkId(id: string): IdCheck {
  for (const f of FORMS) if (f.re.test(id)) return { kind: f.kind }
  if (LOCAL.test(id)) return { kind: 'LOCAL' }
  const canonical = normalizeId(id)
  if (canonical !== id) {
    for (const f of FORMS) {
      if (f.re.test(canonical)) {
        return {
          canonical,
          problem: `is spelt differently from its database (${canonical}); scanners compare ids literally`,
        }
      }
    }
  }
  const prefix = /^([A-Za-z]+)-/.exec(id)?.[1]?.toUpperCase()
  const form = FORMS.find((f) => f.kind === prefix)
  if (form) {
    return {
      problem: `does not have the form of a ${form.kind} id (e.g. ${form.example})`,
    }
  }
  return {
    problem:
      'is not a GHSA, CVE, GO, RUSTSEC, PYSEC or OSV id, nor a project-local id such as ZITI-2026-001',
  }
}
