/**
 * The advisory as every document sees it: one normalised view of a record,
 * its scores and the release that fixes it. Each renderer (markdown, CVE
 * JSON, OSV, MITRE text, email) is a pure function of this view, so they
 * cannot disagree about a version, a score or a severity.
 */
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { scoreVector } from '../../cvss/src/index.js'
import { isOwnAdvisoryId } from '../../records/src/ids.js'
import {
  positionOf,
  type Config,
  type LoadedRecord,
  type Record,
  type Severity,
} from '../../records/src/types.js'
import { resolvePackage, type ResolvedPackage } from './ranges.js'

/** The release whose publication lifts the embargo. */
export interface ReleaseInfo {
  tag: string
  /** public page of the release */
  url?: string
  name?: string
  /** the day GitHub published the release, `YYYY-MM-DD` */
  published?: string
}

/** A CVSS vector with the score computed from it. */
export interface Score {
  /** `4.0`, `3.1` or `3.0` (the record's v3 field holds either v3) */
  version: '4.0' | '3.1' | '3.0'
  vector: string
  /** the most specific score (v4.0: its one score; v3.x with temporal or
   * environmental metrics: that score) */
  score: number
  /** the rating of `score` */
  severity: Severity
  /** the score of the base metrics alone */
  baseScore: number
  /** the rating of `baseScore`, CVE JSON's baseSeverity */
  baseSeverity: Severity
  /** CVSS v4 nomenclature (`CVSS-B`, `CVSS-BTE`, ...) */
  nomenclature?: string
}

export interface Advisory {
  /** the record's primary id: stable, used for file names and external ids */
  id: string
  file: string
  title: string
  /** the public description (the title when the record has none) */
  summary: string
  kind: 'cve' | 'advisory'
  /** a dependency advisory: fixed by the customer updating a dependency */
  dependency: boolean
  cve_id?: string
  ghsa_id?: string
  aliases: string[]
  /** a dependency advisory: the ids of the dependency's vulnerability
   * (upstream advisories, its CVE), which are not ours */
  related: string[]
  severity: Severity | 'unknown'
  scores: Score[]
  /** our affected product; for a dependency advisory, the repository */
  packages: ResolvedPackage[]
  /** a dependency advisory: the dependency to update (the record's packages) */
  dependencies: ResolvedPackage[]
  fixed_in: string[]
  release: ReleaseInfo
  cwe: string[]
  impact?: string
  workarounds?: string
  credits: string[]
  references: string[]
  dependency_update?: string
  versions_tested: string[]
  /** `owner/name` of the repository, when known */
  repository?: string
  /**
   * The date the advisory became public, `YYYY-MM-DD`, stable across runs:
   * disclosure.published, else the day its GitHub advisory was published
   * (set by that channel), else the release's day, else the first run's.
   */
  published: string
  /** disclosure.published sets the date; nothing found later moves it */
  published_by_record: boolean
  /** the moment of rendering, ISO 8601 with seconds, UTC */
  now: string
}

const SEVERITY_RANK: { [K in Severity | 'unknown']: number } = {
  unknown: -1,
  none: 0,
  low: 1,
  medium: 2,
  high: 3,
  critical: 4,
}

/** true when `a` is at least as severe as `b`. */
export function atLeast(a: Severity | 'unknown', b: Severity): boolean {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b]
}

function score(
  loaded: LoadedRecord,
  field: 'v4' | 'v3',
  vector: string,
): Score {
  const at = positionOf(loaded, `/cvss/${field}`)
  let s: ReturnType<typeof scoreVector>
  try {
    s = scoreVector(vector)
  } catch (e) {
    if (e instanceof UserError) {
      throw new UserError(e.message, { file: loaded.file, ...at })
    }
    throw e
  }
  // The record schema allows v4.0 in cvss.v4 and v3.1 or v3.0 in cvss.v3.
  const version = String(s.version)
  const allowed = field === 'v4' ? ['4.0'] : ['3.1', '3.0']
  if (!allowed.includes(version)) {
    throw new UserError(
      `cvss.${field} holds a CVSS ${forLog(version, 10)} vector, not ${allowed.join(' or ')}. Fix: move it to cvss.v${version.charAt(0)}.`,
      { file: loaded.file, ...at },
    )
  }
  return {
    version: version as Score['version'],
    vector,
    score: s.score,
    severity: s.severity,
    baseScore: s.baseScore,
    baseSeverity: s.baseSeverity,
    ...(s.nomenclature ? { nomenclature: s.nomenclature } : {}),
  }
}

const SEMVER_TAG = /^v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?)$/

/**
 * A record about our own code may name no package: the affected product is
 * then the repository, affected before the first release with the fix.
 */
function repositoryPackage(
  repository: string | undefined,
  fixedIn: string[],
): ResolvedPackage[] {
  if (!repository || !repository.includes('/')) return []
  const tag = fixedIn[0]
  const semver = tag ? SEMVER_TAG.exec(tag) : null
  return [
    {
      purl: `pkg:github/${repository.toLowerCase()}`,
      type: 'github',
      name: repository,
      rangeType: 'ECOSYSTEM',
      versionType: semver || !tag ? 'semver' : 'custom',
      collectionURL: 'https://github.com',
      intervals: [
        {
          introduced: '0',
          ...(tag ? { fixed: semver ? semver[1] : tag } : {}),
        },
      ],
      fixed: tag,
    },
  ]
}

/**
 * A dependency advisory is ours, about our product: its id is the record's
 * project-local id or our own GHSA (`disclosure.ghsa_id`, the repository
 * advisory GitHub assigned us). A record id from a vulnerability database
 * that is not our GHSA is the upstream's id of the dependency's
 * vulnerability, and no document of ours may go out under it.
 */
function checkOwnId(loaded: LoadedRecord): void {
  const r = loaded.record
  if (isOwnAdvisoryId(r)) return
  throw new UserError(
    `Record ${forLog(r.id, 80)} is a dependency advisory, but its id is the dependency's vulnerability, not an advisory of ours. Fix: give the record a project-local id (such as PROJECT-2026-001) and keep ${forLog(r.id, 80)} under aliases, or set disclosure.ghsa_id to the GHSA of our own repository advisory.`,
    { file: loaded.file, ...positionOf(loaded, '/id') },
  )
}

function severityOf(r: Record, scores: Score[]): Severity | 'unknown' {
  if (scores.length > 0) return scores[0].severity
  return r.cvss?.severity ?? 'unknown'
}

/**
 * The advisory view of a record at the release that fixes it. `now` fixes
 * every date in the documents, so the same inputs give the same bytes.
 */
export function toAdvisory(
  loaded: LoadedRecord,
  config: Config,
  release: ReleaseInfo,
  now: Date,
): Advisory {
  const r = loaded.record
  if (r.disclosure.kind === 'none') {
    throw new UserError(
      `Record ${forLog(r.id, 80)} has disclosure.kind none; there is nothing to publish. Fix: set disclosure.kind to cve or advisory.`,
      { file: loaded.file, ...positionOf(loaded, '/disclosure/kind') },
    )
  }
  const scores: Score[] = []
  if (r.cvss?.v4) scores.push(score(loaded, 'v4', r.cvss.v4))
  if (r.cvss?.v3) scores.push(score(loaded, 'v3', r.cvss.v3))
  // An advisory instead of a CVE is, by the process, the dependency case.
  const dependency = r.disclosure.kind === 'advisory'
  if (dependency) checkOwnId(loaded)
  const iso = now.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const resolved = r.packages.map((p, i) =>
    resolvePackage(p, {
      file: loaded.file,
      ...positionOf(loaded, `/packages/${i}`),
    }),
  )
  return {
    id: r.id,
    file: loaded.file,
    title: r.title,
    summary: r.description?.trim() || r.title,
    kind: r.disclosure.kind,
    dependency,
    // A dependency advisory never carries a CVE of ours.
    cve_id: dependency ? undefined : r.disclosure.cve_id,
    ghsa_id: r.disclosure.ghsa_id,
    aliases: r.aliases,
    related: dependency
      ? r.aliases.filter((x) => x !== r.id && x !== r.disclosure.ghsa_id)
      : [],
    severity: severityOf(r, scores),
    scores,
    // The packages of a dependency advisory are the dependency (what
    // scanners report and triage matches); the product is ours.
    packages:
      resolved.length > 0 && !dependency
        ? resolved
        : repositoryPackage(config.repository, r.fixed_in),
    dependencies: dependency ? resolved : [],
    fixed_in: r.fixed_in,
    release,
    cwe: r.cwe,
    impact: r.disclosure.potential_impact ?? r.impact_statement,
    workarounds: r.workarounds,
    credits: r.credits,
    references: r.references,
    dependency_update: r.disclosure.dependency_update,
    versions_tested: r.disclosure.versions_tested ?? [],
    repository: config.repository,
    published: r.disclosure.published ?? release.published ?? iso.slice(0, 10),
    published_by_record: r.disclosure.published !== undefined,
    now: iso,
  }
}

/** The ids a reader knows this advisory by, primary first, no repeats. */
export function allIds(a: Advisory): string[] {
  const ids = [a.ghsa_id, a.cve_id, a.id, ...a.aliases]
  return [...new Set(ids.filter((x): x is string => !!x))]
}

/**
 * The ids a headline names: the CVE, then the GHSA (our own id until
 * GitHub gives one), no repeats: before the advisory exists a CVE
 * record's own id is its CVE id.
 */
export function headlineIds(a: Advisory): string[] {
  const ids = [a.cve_id, a.ghsa_id ?? a.id]
  return [...new Set(ids.filter((x): x is string => !!x))]
}
