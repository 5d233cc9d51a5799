/**
 * Vulnerability ids by form. Each database spells its ids one way, and
 * scanners match them literally (Trivy and Grype compare VEX ids as strings),
 * so a record must use the canonical spelling. An id that starts with a
 * database's prefix is that database's id and must have its form; a
 * project-local id may not borrow a database's prefix.
 */

export type IdKind =
  'GHSA' | 'CVE' | 'GO' | 'RUSTSEC' | 'PYSEC' | 'OSV' | 'LOCAL'

interface Form {
  kind: IdKind
  /** the prefix as the database spells it, without the trailing `-` */
  prefix: string
  re: RegExp
  example: string
}

/** `PREFIX-YYYY-N…`: a year and a number, as most OSV databases write it. */
const yearly = (prefix: string, digits = '\\d+'): RegExp =>
  new RegExp(`^${prefix}-(?:19|20)\\d{2}-${digits}$`)

/** `PREFIX-YYYY:N…`: Red Hat style errata (Red Hat, AlmaLinux, Rocky…). */
const erratum = (prefix: string): RegExp =>
  new RegExp(`^${prefix}-(?:19|20)\\d{2}:\\d+$`)

/** A database's prefix followed by an upstream id (`UBUNTU-CVE-2024-1234`). */
const upstream = (prefix: string): RegExp =>
  new RegExp(`^${prefix}-(?=.*\\d)[A-Za-z0-9]+(?:[.:_-][A-Za-z0-9]+)*$`)

/**
 * Every prefix of the OSV schema's `prefix` definition
 * (https://ossf.github.io/osv-schema/, `$defs.prefix`), with the form of the
 * databases whose form is documented; the others take the general form: the
 * prefix, then letters and digits joined by `.`, `:`, `_` or `-`, with at
 * least one digit.
 */
const FORMS: Form[] = [
  {
    kind: 'GHSA',
    prefix: 'GHSA',
    re: /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/,
    example: 'GHSA-q7pp-wcgr-pffx',
  },
  {
    kind: 'CVE',
    prefix: 'CVE',
    re: /^CVE-\d{4}-\d{4,}$/,
    example: 'CVE-2023-36308',
  },
  {
    kind: 'GO',
    prefix: 'GO',
    re: yearly('GO', '\\d{4,}'),
    example: 'GO-2023-1990',
  },
  {
    kind: 'RUSTSEC',
    prefix: 'RUSTSEC',
    re: yearly('RUSTSEC', '\\d{4}'),
    example: 'RUSTSEC-2021-0001',
  },
  {
    kind: 'PYSEC',
    prefix: 'PYSEC',
    re: yearly('PYSEC'),
    example: 'PYSEC-2021-123',
  },
  ...(
    [
      ['OSV', yearly('OSV'), 'OSV-2020-111'],
      ['MAL', yearly('MAL'), 'MAL-2024-1234'],
      ['GSD', yearly('GSD'), 'GSD-2021-1002352'],
      ['PSF', yearly('PSF'), 'PSF-2023-1'],
      ['HSEC', yearly('HSEC', '\\d{4}'), 'HSEC-2023-0001'],
      ['JLSEC', yearly('JLSEC'), 'JLSEC-2025-1'],
      ['MGASA', yearly('MGASA', '\\d{4}'), 'MGASA-2023-0123'],
      ['RSEC', yearly('RSEC'), 'RSEC-2023-1'],
      ['DSA', /^DSA-\d+-\d+$/, 'DSA-5678-1'],
      ['DLA', /^DLA-\d+-\d+$/, 'DLA-3456-1'],
      ['ELA', /^ELA-\d+-\d+$/, 'ELA-1234-1'],
      ['USN', /^USN-\d+-\d+$/, 'USN-6543-1'],
      ['LSN', /^LSN-\d+-\d+$/, 'LSN-0100-1'],
      ['RHSA', erratum('RHSA'), 'RHSA-2023:1234'],
      ['RHBA', erratum('RHBA'), 'RHBA-2023:1234'],
      ['RHEA', erratum('RHEA'), 'RHEA-2023:1234'],
      ['ALSA', erratum('ALSA'), 'ALSA-2023:1234'],
      ['ALBA', erratum('ALBA'), 'ALBA-2023:1234'],
      ['ALEA', erratum('ALEA'), 'ALEA-2023:1234'],
      ['RLSA', erratum('RLSA'), 'RLSA-2023:1234'],
      ['RXSA', erratum('RXSA'), 'RXSA-2024:1234'],
      ['SUSE-SU', /^SUSE-SU-\d{4}:\d+-\d+$/, 'SUSE-SU-2024:1234-1'],
      ['SUSE-RU', /^SUSE-RU-\d{4}:\d+-\d+$/, 'SUSE-RU-2024:1234-1'],
      ['SUSE-FU', /^SUSE-FU-\d{4}:\d+-\d+$/, 'SUSE-FU-2024:1234-1'],
      ['SUSE-OU', /^SUSE-OU-\d{4}:\d+-\d+$/, 'SUSE-OU-2024:1234-1'],
      [
        'openSUSE-SU',
        /^openSUSE-SU-\d{4}:\d+-\d+$/,
        'openSUSE-SU-2024:13456-1',
      ],
      ...[
        'ASB-A',
        'PUB-A',
        'ALPINE',
        'AZL',
        'BELL',
        'BIT',
        'CGA',
        'CLEANSTART',
        'CLSA',
        'CURL',
        'DEBIAN',
        'DHI',
        'DRUPAL',
        'DTSA',
        'ECHO',
        'EEF',
        'FreeBSD',
        'KUBE',
        'LBSEC',
        'MINI',
        'OESA',
        'OSEC',
        'PHSA',
        'ROOT',
        'UBUNTU',
        'V8',
      ].map((p): [string, RegExp, string] => [
        p,
        upstream(p),
        `${p}-CVE-2024-1234`,
      ]),
    ] as [string, RegExp, string][]
  ).map(([prefix, re, example]): Form => ({
    kind: 'OSV',
    prefix,
    re,
    example,
  })),
]

/** Prefixes, longest first, so `SUSE-SU` is found before a shorter one. */
const BY_PREFIX = [...FORMS].sort((a, b) => b.prefix.length - a.prefix.length)

/**
 * A project-local id: an upper-case prefix that is no database's, a year and
 * a number.
 */
const LOCAL = /^[A-Z][A-Z0-9]{1,15}-\d{4}-\d{1,6}$/

export interface IdCheck {
  kind?: IdKind
  /** the canonical spelling, when the id is a recognisable misspelling */
  canonical?: string
  problem?: string
}

/** The database whose prefix the id starts with, in any case. */
function formOf(id: string): Form | undefined {
  const upper = id.toUpperCase()
  return BY_PREFIX.find((f) => upper.startsWith(`${f.prefix.toUpperCase()}-`))
}

/** The canonical spelling of an id, e.g. `cve-2023-1` → `CVE-2023-1`. */
export function normalizeId(id: string): string {
  const t = id.trim()
  const m = /^(ghsa)-(.+)$/i.exec(t)
  if (m) return `GHSA-${m[2].toLowerCase()}`
  const form = formOf(t)
  if (form) return `${form.prefix}-${t.slice(form.prefix.length + 1)}`
  return t
}

/** Classifies an id, saying what is wrong with a malformed one. */
export function checkId(id: string): IdCheck {
  const form = formOf(id)
  if (!form) {
    if (LOCAL.test(id)) return { kind: 'LOCAL' }
    return {
      problem:
        'is not a GHSA, CVE, GO, RUSTSEC, PYSEC or other OSV database id, nor a project-local id such as ZITI-2026-001',
    }
  }
  if (form.re.test(id)) return { kind: form.kind }
  const canonical = normalizeId(id)
  if (canonical !== id && form.re.test(canonical)) {
    return {
      canonical,
      problem: `is spelt differently from its database (${canonical}); scanners compare ids literally`,
    }
  }
  return {
    problem: `starts with the ${form.prefix}- prefix of a vulnerability database but does not have that database's form (e.g. ${form.example}); a project-local id may not use a database's prefix`,
  }
}

/**
 * Whether a record's id may name an advisory of ours: a project-local id, or
 * our own GHSA (`disclosure.ghsa_id`, the repository advisory GitHub
 * assigned us). Any other database id is someone else's vulnerability; for
 * a dependency advisory (`kind: advisory`) it is the upstream's id of the
 * dependency's vulnerability, and no document of ours may go out under it.
 * Validation (rule disclosure/advisory-id) and advisory-publish both ask
 * this, so a record that validates is one that publishes.
 */
export function isOwnAdvisoryId(record: {
  id: string
  disclosure: { ghsa_id?: string }
}): boolean {
  return (
    checkId(record.id).kind === 'LOCAL' ||
    record.id === record.disclosure.ghsa_id
  )
}
