/**
 * What release-embargo-check reads and what it reports. The engine
 * (check.ts) is a pure function from a ReleaseInput to an EmbargoReport.
 */
import type { Config, IsoDate, LoadedRecord } from '../../records/src/types.js'
import type { LockfileState } from '../../versions/src/lockfiles.js'

/** A text published with the release: its notes, changelog, a public file. */
export interface PublicText {
  /** where it comes from, e.g. `CHANGELOG.md` or `release v1.4.2 body` */
  path: string
  text: string
}

/** A repository security advisory as the GitHub API reports it. */
export interface AdvisoryFact {
  ghsa_id: string
  cve_id?: string | null
  /** `published`, `draft`, `triage`, `closed` */
  state: string
  published_at?: string | null
}

export interface ReleaseInput {
  records: LoadedRecord[]
  config: Config
  /** the version under release, as tagged, e.g. `v1.4.2` */
  version: string
  notes: PublicText
  /** other public texts of the release: changelog, docs, README... */
  publicFiles: PublicText[]
  /** the release's lockfiles, one state per directory read */
  lockfiles?: LockfileState[]
  /**
   * versions already publicly released (tags of published releases);
   * undefined when unknown, and then a fixed_in version that orders before
   * the version under release is taken as released
   */
  releasedVersions?: string[]
  /** repository advisories from the API; undefined when not asked */
  advisories?: AdvisoryFact[]
  today: IsoDate
  /**
   * the release is already public (a `release: published` event), so the
   * ids of the records it discloses may be printed
   */
  releasePublic: boolean
}

export const EMBARGO_RULES = {
  leak: 'embargo/leak',
  details: 'embargo/embargoed-details',
  publishedEarly: 'embargo/published-before-fix',
  notMentioned: 'embargo/missing-from-notes',
  lockfile: 'embargo/lockfile-still-vulnerable',
  cveId: 'embargo/missing-cve-id',
  wait: 'embargo/release-overdue',
  recordFileName: 'embargo/record-file-name',
} as const
export type EmbargoRule = (typeof EMBARGO_RULES)[keyof typeof EMBARGO_RULES]

export interface Location {
  file: string
  /**
   * the file's own name reveals an embargoed record: `file` is a
   * description, not a path, and annotations point at no file
   */
  nameWithheld?: boolean
  line?: number
  col?: number
}

export interface EmbargoProblem {
  rule: EmbargoRule
  /** the record the problem is about */
  recordFile: string
  /** line of the relevant field in the record */
  line?: number
  /** where the problem is: in the notes, a public file, a lockfile or the record */
  location: Location
  message: string
  fix: string
  level: 'error' | 'warning'
}

/** A record this release discloses. */
export interface LiftedRecord {
  file: string
  /** only when the release is public (see docs/embargo.md) */
  id?: string
}

export interface EmbargoReport {
  version: string
  problems: EmbargoProblem[]
  /** embargoed records whose fix this release ships */
  lifted: LiftedRecord[]
  /** every record whose fix this release ships, by file */
  fixed: string[]
  /** records still under embargo after this release, by file */
  embargoed: string[]
  /** how many records were checked */
  checked: number
}
