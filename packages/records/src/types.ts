/**
 * The security-folder record: one YAML file per vulnerability. The field
 * names follow OpenVEX (`status`, `justification`, `impact_statement`,
 * `action_statement`) so a record maps to a VEX statement without renaming.
 * docs/records.md is the reference page; schema/record.schema.json the
 * published JSON Schema.
 */

export const RECORD_SCHEMA_VERSION = 1

export const STATUSES = [
  'not_affected',
  'affected',
  'fixed',
  'under_investigation',
] as const
export type Status = (typeof STATUSES)[number]

/** The five OpenVEX justifications for `not_affected`. */
export const JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
] as const
export type Justification = (typeof JUSTIFICATIONS)[number]

export const SEVERITIES = ['none', 'low', 'medium', 'high', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]

/** A date as written in YAML, kept as `YYYY-MM-DD`. */
export type IsoDate = string

export interface AffectedPackage {
  /** canonical purl without version, e.g. `pkg:golang/github.com/a/b` */
  purl: string
  /** versions affected, e.g. `>= 1.0.0, < 1.6.3` (ecosystem rules) */
  vulnerable?: string
  /** first version that is not affected */
  fixed?: string
}

export interface Review {
  author: string
  decided: IsoDate
  /** a `not_affected` decision expires on this date */
  review_by?: IsoDate
}

export interface CvssVectors {
  v4?: string
  v3?: string
  v2?: string
  /** a score someone recorded; checked against the vector */
  score?: number
  /** a severity someone recorded; checked against the vector */
  severity?: Severity
}

export const DISCLOSURE_KINDS = ['cve', 'advisory', 'none'] as const
export type DisclosureKind = (typeof DISCLOSURE_KINDS)[number]

/** How a customer removes the vulnerability. */
export const FIX_PATHS = ['our_release', 'dependency_update'] as const
export type FixPath = (typeof FIX_PATHS)[number]

export interface Disclosure {
  kind: DisclosureKind
  /** false: internal-only software, which never gets a CVE */
  distributed?: boolean
  /** is there a path of exploitation in the software as released */
  exploitable?: boolean
  /** dependency_update: the customer fixes it by updating a dynamically linked dependency */
  fix_by?: FixPath
  cve_id?: string
  ghsa_id?: string
  /** true while the details are private; release-embargo-check lifts it */
  embargoed?: boolean
  /** where the private details live while embargoed (never the details) */
  private_details?: string
  /** distinctive words that would reveal the vulnerability if published early */
  terms?: string[]
  /** date the advisory became public */
  published?: IsoDate
  /** date the CVE record was published */
  cve_published?: IsoDate
  /** advisory: the dependency update the customer must make */
  dependency_update?: string
  /** advisory: what could happen if they do not */
  potential_impact?: string
  /** advisory: versions tested with that update */
  versions_tested?: string[]
}

export interface Record {
  /** record format version */
  schema: number
  /** primary id: GHSA, CVE, GO-, RUSTSEC-, PYSEC-, OSV or project-local */
  id: string
  aliases: string[]
  title: string
  /** public description; may be withheld while embargoed */
  description?: string
  packages: AffectedPackage[]

  status: Status
  justification?: Justification
  impact_statement?: string
  action_statement?: string
  mitigation?: string
  /** deadline for `affected` and `under_investigation` */
  due?: IsoDate
  owner?: string
  /** releases that contain the fix, e.g. `v1.4.2` */
  fixed_in: string[]

  review: Review
  cvss?: CvssVectors
  cwe: string[]
  workarounds?: string
  credits: string[]
  references: string[]
  disclosure: Disclosure
}

/** Where a value sits in its file, for messages and annotations. */
export interface Position {
  line: number
  col: number
}

/** A record as loaded: the data, its file, and where each field sits. */
export interface LoadedRecord {
  record: Record
  /** path relative to the repository root, e.g. `security/GHSA-....yml` */
  file: string
  /** JSON-pointer-like path (`/disclosure/cve_id`) to its position */
  positions: Map<string, Position>
}

/** Locate a field of a loaded record, falling back to its parents. */
export function positionOf(
  loaded: Pick<LoadedRecord, 'positions'>,
  path: string,
): Position {
  let p = path
  for (;;) {
    const pos = loaded.positions.get(p)
    if (pos) return pos
    if (p === '' || p === '/') return { line: 1, col: 1 }
    p = p.slice(0, p.lastIndexOf('/'))
  }
}

/** The repository policy, from `.github/psirt.yml`, with defaults applied. */
export interface Config {
  version: number
  /** folder of records, relative to the repository root */
  security_dir: string
  /** folders of OpenVEX documents read as decisions */
  vex_dirs: string[]
  /** is the software distributed to customers (CVE-eligible) */
  distributed: boolean
  /** fail on findings at or above this severity */
  fail_on: Severity
  /** days allowed to decide/mitigate, per severity */
  deadlines: { [K in Exclude<Severity, 'none'>]: number }
  /** longest a `not_affected` decision may stand, in days */
  not_affected_max_days: number
  /** warn this many days before a decision expires */
  expiry_warning_days: number
  /** hours an advisory published upstream may go untriaged */
  grace_hours: number
  /** development-only dependencies: `relaxed` fails only on critical */
  dev_dependencies: 'strict' | 'relaxed'
  /** `new-only`: on pull requests fail only on findings the PR introduces */
  mode: 'all' | 'new-only'
  /** records matching no finding: reported at this level */
  stale_records: 'off' | 'warning' | 'error'
  /** report globs read by triage-gate */
  reports: string[]
  /** supported release lines (semver ranges); others are end-of-life */
  release_lines: string[]
  /** days a fixed medium+ vulnerability may wait for a release */
  release_wait_days: number
  banner: { days: number; file: string }
  channels: {
    discourse?: { url: string; category: number; pin_severity: Severity }
    email?: { to: string[]; from: string }
  }
  /** repository this config belongs to (`owner/name`), for links */
  repository?: string
}

/**
 * Reports one problem of a record at a JSON pointer (`/disclosure/kind`):
 * the rule, one sentence saying what is wrong and one saying how to fix it.
 */
export type Report = (
  pointer: string,
  rule: string,
  message: string,
  fix: string,
  severity?: 'error' | 'warning',
) => void
