/**
 * The records as an OpenVEX 0.2.0 document that Trivy and Grype can apply.
 *
 * - Product: this repository, `pkg:github/<owner>/<repo>@<version>`; the
 *   dependency is a subcomponent, so a scan of the repository matches it.
 * - Both scanners match `vulnerability.name` literally against the id they
 *   report, which is a CVE for one database and a GHSA for another. Each
 *   record therefore gives one statement per id it carries (the id and every
 *   alias), each listing the other ids in `vulnerability.aliases`.
 * - `not_affected` carries both `justification` and `impact_statement`. The
 *   0.2.0 schema asks for at least one of them (`anyOf`), not exactly one,
 *   and govulncheck's own OpenVEX output carries both; Trivy and Grype read
 *   the justification.
 * - A `not_affected` decision past its expiry is exported as
 *   `under_investigation`, so a scanner stops suppressing it the day the
 *   policy says the decision no longer stands.
 * - A `fixed` record is `fixed` in a release tag that contains the fix (at
 *   or after a `fixed_in` of the same major.minor line, or after all of
 *   them) and `affected` in an older one. A version that is not a release
 *   tag (a commit sha) is the commit the records describe: `fixed`.
 * - Embargoed records are left out: the document is published, and a
 *   statement would name the vulnerability before its fix is public.
 */
import type {
  Config,
  LoadedRecord,
  Record as PsirtRecord,
} from '../../records/src/types.js'
import {
  RELEASE_TAG,
  compareReleases,
  sameRelease,
} from '../../versions/src/releases.js'
import { addDays, isoDay } from './verdict.js'

export const OPENVEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0'

export interface OpenVexStatement {
  vulnerability: { name: string; aliases?: string[] }
  timestamp?: string
  products: {
    '@id': string
    identifiers: { purl: string }
    subcomponents?: { '@id': string; identifiers: { purl: string } }[]
  }[]
  status: PsirtRecord['status']
  justification?: string
  impact_statement?: string
  action_statement?: string
  status_notes?: string
}

export interface OpenVexDocument {
  '@context': string
  '@id': string
  author: string
  timestamp: string
  version: number
  tooling: string
  statements: OpenVexStatement[]
}

export interface OpenVexOptions {
  /** `owner/name` */
  repository: string
  /** commit sha or tag the document describes */
  version: string
  /** who states it; defaults to the repository owner */
  author?: string
  /** injected clock */
  today: Date
  config: Config
}

function productPurl(repository: string, version: string): string {
  const [owner, name] = repository.toLowerCase().split('/')
  return `pkg:github/${owner}/${name}${version ? `@${encodeURIComponent(version)}` : ''}`
}

function expiry(r: PsirtRecord, config: Config): string | undefined {
  const byMax = r.review?.decided
    ? addDays(r.review.decided, config.not_affected_max_days)
    : undefined
  const byReview = r.review?.review_by
  if (byReview && byMax) return byReview < byMax ? byReview : byMax
  return byReview ?? byMax
}

/** Records that may appear in a published OpenVEX document. */
export function exportable(records: LoadedRecord[]): LoadedRecord[] {
  return records.filter((l) => l.record.disclosure?.embargoed !== true)
}

/** `1.4` from `v1.4.2`: the major.minor line of a release tag. */
function line(version: string): string {
  return version.replace(/^v/i, '').split('.').slice(0, 2).join('.')
}

/**
 * Does release `version` contain the fix released in `fixedIn` (one version
 * per release line)? Undefined when `version` is not a tag they order
 * against.
 */
export function containsFix(
  fixedIn: string[],
  version: string,
): boolean | undefined {
  if (fixedIn.length === 0 || !RELEASE_TAG.test(version)) return undefined
  if (fixedIn.some((f) => sameRelease(f, version))) return true
  const orders = fixedIn.map((f) => compareReleases(f, version))
  if (orders.some((o) => o === undefined)) return undefined
  const before = fixedIn.filter((_, i) => (orders[i] as number) < 0)
  if (before.length === fixedIn.length) return true
  return before.some((f) => line(f) === line(version))
}

/** The statement fields for one record's decision, as of `today`. */
function decision(
  r: PsirtRecord,
  file: string,
  today: string,
  config: Config,
  version: string,
): Omit<OpenVexStatement, 'vulnerability' | 'products' | 'timestamp'> {
  switch (r.status) {
    case 'not_affected': {
      const until = expiry(r, config)
      if (until && today > until) {
        return {
          status: 'under_investigation',
          status_notes: `The not_affected decision in ${file} expired on ${until} and is under review.`,
        }
      }
      return {
        status: 'not_affected',
        justification: r.justification,
        impact_statement: r.impact_statement,
        ...(!r.justification && !r.impact_statement
          ? { impact_statement: `See ${file}.` }
          : {}),
      }
    }
    case 'affected':
      return {
        status: 'affected',
        action_statement:
          r.action_statement ?? r.mitigation ?? `See ${file} for the plan.`,
        ...(r.due ? { status_notes: `Mitigation due ${r.due}.` } : {}),
      }
    case 'fixed':
      if (containsFix(r.fixed_in ?? [], version) === false) {
        return {
          status: 'affected',
          action_statement: `Update to ${r.fixed_in.join(' or ')}, which contain the fix (${file}).`,
        }
      }
      return {
        status: 'fixed',
        ...(r.fixed_in?.length
          ? { status_notes: `Fixed in ${r.fixed_in.join(', ')}.` }
          : {}),
      }
    case 'under_investigation':
      return {
        status: 'under_investigation',
        status_notes:
          [r.owner ? `Owner: ${r.owner}.` : '', r.due ? `Due ${r.due}.` : '']
            .filter(Boolean)
            .join(' ') || undefined,
      }
  }
}

function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) {
    if (o[k] === undefined) delete o[k]
  }
  return o
}

/** Every record as OpenVEX statements about this repository. */
export function toOpenVex(
  records: LoadedRecord[],
  opts: OpenVexOptions,
): OpenVexDocument {
  const today = isoDay(opts.today)
  const product = productPurl(opts.repository, opts.version)
  const statements: OpenVexStatement[] = []
  const sorted = exportable(records).sort((a, b) =>
    a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0,
  )
  for (const { record: r, file } of sorted) {
    // LIMITATION: OpenVEX has no version ranges; a statement names the package
    // without a version, so it applies to every version of the subcomponent,
    // not only those in `vulnerable`.
    const subs = [...new Set((r.packages ?? []).map((p) => p.purl))].map(
      (purl) => ({ '@id': purl, identifiers: { purl } }),
    )
    const ids = [...new Set([r.id, ...(r.aliases ?? [])])]
    const fields = decision(r, file, today, opts.config, opts.version)
    for (const name of ids) {
      const aliases = ids.filter((a) => a !== name)
      statements.push(
        clean({
          vulnerability: clean({
            name,
            aliases: aliases.length ? aliases : undefined,
          }),
          timestamp: r.review?.decided
            ? `${r.review.decided}T00:00:00Z`
            : undefined,
          products: [
            clean({
              '@id': product,
              identifiers: { purl: product },
              subcomponents: subs.length ? subs : undefined,
            }),
          ],
          ...clean({ ...fields }),
        }),
      )
    }
  }
  return {
    '@context': OPENVEX_CONTEXT,
    '@id': `https://github.com/${opts.repository}/security/openvex/${encodeURIComponent(opts.version || 'HEAD')}`,
    author: opts.author ?? opts.repository.split('/')[0],
    timestamp: opts.today.toISOString(),
    version: 1,
    tooling: 'psirt-actions triage-gate',
    statements,
  }
}
