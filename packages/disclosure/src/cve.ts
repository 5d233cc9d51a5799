/**
 * The CVE record in CVE JSON 5.1.1: the CNA container (what a CNA submits
 * to CVE Services) and the whole published record (what a CNA that submits
 * by other means files). Field names are the schema's.
 */
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import type { Advisory, Score } from './advisory.js'
import { safeUrl } from './markup.js'
import type { ResolvedPackage } from './ranges.js'

/** Who the record comes from. */
export interface CveProvider {
  /** the CNA's organisation UUID in the CVE program */
  orgId: string
  /** the CNA's short name, e.g. `example` */
  shortName?: string
  /** vendor named in `affected` (default: the repository owner) */
  vendor?: string
}

type Json = { [k: string]: unknown }

const UUID =
  /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-4[0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/

// Schema limits that record text may exceed.
const MAX_DESCRIPTION = 4096
const MAX_TITLE = 256

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…'
}

function versionsOf(p: ResolvedPackage): Json[] {
  return p.intervals.map((iv) => {
    if (iv.last_affected && iv.last_affected === iv.introduced) {
      return { version: iv.introduced, status: 'affected' }
    }
    const entry: Json = {
      version: iv.introduced,
      status: 'affected',
      versionType: p.versionType,
    }
    if (iv.fixed) entry.lessThan = iv.fixed
    else if (iv.last_affected) entry.lessThanOrEqual = iv.last_affected
    // No fix yet: the range is open, which CVE JSON writes as `*`.
    else entry.lessThan = '*'
    return entry
  })
}

function affectedOf(a: Advisory, vendor: string): Json[] {
  if (a.packages.length === 0) {
    throw new UserError(
      `Record ${forLog(a.id, 80)} names no package, and a CVE record must list an affected product. Fix: add an entry under packages with its purl and vulnerable range.`,
      { file: a.file },
    )
  }
  return a.packages.map((p) => ({
    vendor,
    // The repository as product: its name, the owner being the vendor.
    product: p.type === 'github' ? (p.name.split('/').pop() ?? p.name) : p.name,
    ...(p.collectionURL
      ? { collectionURL: p.collectionURL, packageName: p.name }
      : {}),
    versions: versionsOf(p),
    defaultStatus: 'unaffected',
  }))
}

function referencesOf(a: Advisory): Json[] {
  const refs: Json[] = []
  const seen = new Set<string>()
  const add = (text: string, tags?: string[]) => {
    const url = safeUrl(text)
    if (!url || seen.has(url)) return
    seen.add(url)
    refs.push(tags ? { url, tags } : { url })
  }
  if (a.ghsa_id && a.repository) {
    add(`https://github.com/${a.repository}/security/advisories/${a.ghsa_id}`, [
      'vendor-advisory',
    ])
  }
  if (a.release.url) add(a.release.url, ['release-notes'])
  for (const r of a.references) add(r)
  if (refs.length === 0) {
    throw new UserError(
      `Record ${forLog(a.id, 80)} has no web reference, and a CVE record needs at least one. Fix: add the advisory or fix URL under references.`,
      { file: a.file },
    )
  }
  return refs
}

function problemTypesOf(a: Advisory): Json[] {
  return a.cwe.map((c) =>
    /^CWE-[1-9][0-9]*$/.test(c)
      ? {
          descriptions: [{ lang: 'en', cweId: c, description: c, type: 'CWE' }],
        }
      : { descriptions: [{ lang: 'en', description: c, type: 'text' }] },
  )
}

// The CVE JSON 5.1.1 metric of each CVSS version.
const CVE_METRIC: { [V in Score['version']]: string } = {
  '4.0': 'cvssV4_0',
  '3.1': 'cvssV3_1',
  '3.0': 'cvssV3_0',
}

function metricsOf(a: Advisory): Json[] {
  return a.scores.map((s) => ({
    format: 'CVSS',
    scenarios: [{ lang: 'en', value: 'GENERAL' }],
    [CVE_METRIC[s.version]]: {
      version: s.version,
      vectorString: s.vector,
      baseScore: s.baseScore,
      baseSeverity: s.baseSeverity.toUpperCase(),
    },
  }))
}

function checkProvider(a: Advisory, p: CveProvider): void {
  if (!UUID.test(p.orgId)) {
    throw new UserError(
      `The CVE organisation id "${forLog(p.orgId, 60)}" is not a UUID. Fix: set cve-org-id to your CNA's organisation UUID from CVE Services.`,
    )
  }
  if (!a.cve_id || !/^CVE-[0-9]{4}-[0-9]{4,19}$/.test(a.cve_id)) {
    throw new UserError(
      `Record ${forLog(a.id, 80)} has no valid disclosure.cve_id, so no CVE record can be written. Fix: reserve a CVE id and set disclosure.cve_id.`,
      { file: a.file },
    )
  }
}

/** The CNA container (`containers.cna`) of the advisory's CVE record. */
export function renderCveContainer(a: Advisory, provider: CveProvider): Json {
  checkProvider(a, provider)
  const vendor =
    provider.vendor ??
    a.repository?.split('/')[0] ??
    provider.shortName ??
    'n/a'
  const description = [a.summary, a.impact].filter((x) => !!x).join('\n\n')
  const cna: Json = {
    providerMetadata: {
      orgId: provider.orgId,
      ...(provider.shortName ? { shortName: provider.shortName } : {}),
    },
    title: clip(a.title, MAX_TITLE),
    datePublic: `${a.published}T00:00:00.000Z`,
    descriptions: [{ lang: 'en', value: clip(description, MAX_DESCRIPTION) }],
    affected: affectedOf(a, vendor),
    references: referencesOf(a),
  }
  const problemTypes = problemTypesOf(a)
  if (problemTypes.length > 0) cna.problemTypes = problemTypes
  const metrics = metricsOf(a)
  if (metrics.length > 0) cna.metrics = metrics
  if (a.workarounds) {
    cna.workarounds = [
      { lang: 'en', value: clip(a.workarounds, MAX_DESCRIPTION) },
    ]
  }
  if (a.fixed_in.length > 0) {
    cna.solutions = [
      { lang: 'en', value: `Update to ${a.fixed_in.join(', ')} or later.` },
    ]
  }
  // LIMITATION: records do not say what each credited person did; all are
  // credited as finders.
  if (a.credits.length > 0) {
    cna.credits = [...new Set(a.credits)].map((c) => ({
      lang: 'en',
      value: clip(c, MAX_DESCRIPTION),
      type: 'finder',
    }))
  }
  return cna
}

/** The whole published CVE record, as a CNA files it. */
export function renderCveRecord(a: Advisory, provider: CveProvider): Json {
  const cna = renderCveContainer(a, provider)
  return {
    dataType: 'CVE_RECORD',
    dataVersion: '5.1',
    cveMetadata: {
      cveId: a.cve_id,
      assignerOrgId: provider.orgId,
      ...(provider.shortName ? { assignerShortName: provider.shortName } : {}),
      state: 'PUBLISHED',
      datePublished: a.now,
    },
    containers: { cna },
  }
}
