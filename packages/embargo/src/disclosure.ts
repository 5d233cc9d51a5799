/**
 * Rule 2: an advisory or CVE record must not be public before a public
 * release carries the fix. Rule 5: a record that needs a CVE must have its
 * CVE id when the fixing release goes out.
 */
import type { LoadedRecord } from '../../records/src/types.js'
import {
  type Context,
  fixedHere,
  fixedPublicly,
  inRecord,
  report,
  subject,
} from './context.js'
import { EMBARGO_RULES } from './types.js'

/** Where the record or the API says it is already public, if anywhere. */
function publishedBy(ctx: Context, loaded: LoadedRecord): string | undefined {
  const d = loaded.record.disclosure
  const today = ctx.input.today
  if (d.published && d.published <= today) return '/disclosure/published'
  // A dependency's CVE is the upstream project's to publish, and usually
  // public long before our release; only our own CVE record counts here.
  if (
    d.cve_published &&
    d.cve_published <= today &&
    d.fix_by !== 'dependency_update'
  )
    return '/disclosure/cve_published'
  const ids = new Set(
    [
      loaded.record.id,
      ...loaded.record.aliases,
      d.ghsa_id ?? '',
      d.cve_id ?? '',
    ]
      .filter((s) => s !== '')
      .map((s) => s.toUpperCase()),
  )
  const advisory = (ctx.input.advisories ?? []).find(
    (a) =>
      a.state === 'published' &&
      (ids.has(a.ghsa_id.toUpperCase()) ||
        (a.cve_id ? ids.has(a.cve_id.toUpperCase()) : false)),
  )
  return advisory ? 'api' : undefined
}

/** Rule 2 for every record with something to fix. */
export function checkPublishedEarly(ctx: Context): void {
  for (const loaded of ctx.input.records) {
    // A not_affected record has no fix to wait for.
    if (loaded.record.status === 'not_affected') continue
    if (fixedPublicly(ctx, loaded)) continue
    const where = publishedBy(ctx, loaded)
    if (!where) continue
    const about = subject(ctx, loaded)
    const source =
      where === 'api'
        ? 'GitHub reports its repository security advisory as published'
        : `${loaded.file} records it as published (${where.slice(1).replace('/', '.')})`
    const field = where === 'api' ? '/disclosure' : where
    if (fixedHere(ctx, loaded)) {
      report(ctx, {
        rule: EMBARGO_RULES.publishedEarly,
        about,
        loaded,
        field,
        location: inRecord(loaded, field),
        level: 'warning',
        message: `${about.label} was made public before any release carried its fix: ${source}. This release ships the fix.`,
        fix: 'publish this release now, and publish advisories only after the release with the fix next time.',
      })
      continue
    }
    report(ctx, {
      rule: EMBARGO_RULES.publishedEarly,
      about,
      loaded,
      field,
      location: inRecord(loaded, field),
      message: `${about.label} is public while no public release contains its fix: ${source}.`,
      fix: `ship the fix in a release and add its version to fixed_in in ${loaded.file}; if the publication was a mistake, withdraw the advisory.`,
    })
  }
}

/**
 * Does the record need a CVE? Its kind says so, or its facts do: an
 * exploitable vulnerability, fixed only by our release, in distributed
 * software (the rule validation's disclosure/needs-cve applies).
 */
function needsCve(
  ctx: Context,
  loaded: LoadedRecord,
): 'kind' | 'facts' | undefined {
  const d = loaded.record.disclosure
  if (d.kind === 'cve') return 'kind'
  const distributed = d.distributed ?? ctx.input.config.distributed
  if (d.exploitable === true && d.fix_by === 'our_release' && distributed) {
    return 'facts'
  }
  return undefined
}

/** Rule 5 for every record this release fixes. */
export function checkCveIds(ctx: Context): void {
  for (const loaded of ctx.input.records) {
    if (!fixedHere(ctx, loaded)) continue
    const d = loaded.record.disclosure
    const why = needsCve(ctx, loaded)
    if (!why || d.cve_id?.trim()) continue
    const about = subject(ctx, loaded)
    report(ctx, {
      rule: EMBARGO_RULES.cveId,
      about,
      loaded,
      field: '/disclosure/kind',
      location: inRecord(loaded, '/disclosure/kind'),
      message:
        why === 'kind'
          ? `${about.label} needs a CVE, and this release fixes it, but no CVE id is reserved.`
          : `${about.label} needs a CVE (exploitable, fixed only by our release, in distributed software), and this release fixes it, but its kind is ${d.kind} and no CVE id is reserved.`,
      fix:
        (why === 'kind' ? '' : `set \`kind: cve\` in ${loaded.file}, `) +
        `reserve a CVE id (through the repository security advisory or your CNA) and set disclosure.cve_id in ${loaded.file} before releasing.`,
    })
  }
}
