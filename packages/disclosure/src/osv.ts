/**
 * The OSV entry (schema 1.7): the machine-readable public copy of the
 * advisory, written into the security folder so scanners and mirrors can
 * read it from the repository.
 */
import type { Advisory } from './advisory.js'
import { safeUrl } from './markup.js'
import { dependencyText } from './markdown.js'
import type { Interval, ResolvedPackage } from './ranges.js'

export const OSV_SCHEMA_VERSION = '1.7.5'

type Json = { [k: string]: unknown }

// The id prefixes OSV accepts for a home database (schema `$defs/prefix`).
const OSV_PREFIX =
  /^(x_|(ASB-A|PUB-A|ALPINE|ALSA|ALBA|ALEA|AZL|BELL|BIT|CGA|CLEANSTART|CLSA|CURL|CVE|DEBIAN|DHI|DRUPAL|DSA|DLA|ELA|DTSA|ECHO|EEF|FreeBSD|GHSA|GO|GSD|HSEC|JLSEC|KUBE|LBSEC|LSN|MAL|MINI|MGASA|OESA|OSEC|OSV|openSUSE-SU|PHSA|PSF|PYSEC|RHBA|RHEA|RHSA|RLSA|RXSA|RSEC|ROOT|RUSTSEC|SUSE-[SRFO]U|UBUNTU|USN|V8)-)/

/**
 * The OSV id: the CVE when there is one (known from the record, so stable
 * across runs), else the GitHub advisory, else the record's id; a
 * project-local id gets OSV's `x_` prefix for ids outside the known
 * databases.
 */
export function osvId(a: Advisory): string {
  const id = a.cve_id ?? a.ghsa_id ?? a.id
  return OSV_PREFIX.test(id) ? id : `x_${id}`
}

function eventsOf(iv: Interval): Json[] {
  const events: Json[] = [{ introduced: iv.introduced }]
  if (iv.fixed) events.push({ fixed: iv.fixed })
  else if (iv.last_affected) events.push({ last_affected: iv.last_affected })
  return events
}

function affectedOf(p: ResolvedPackage): Json | undefined {
  // OSV cannot name a package outside its ecosystems.
  if (!p.ecosystem) return undefined
  return {
    package: { ecosystem: p.ecosystem, name: p.name, purl: p.purl },
    ranges: [{ type: p.rangeType, events: p.intervals.flatMap(eventsOf) }],
  }
}

function referencesOf(a: Advisory): Json[] {
  const refs: Json[] = []
  const seen = new Set<string>()
  const add = (type: string, text: string) => {
    const url = safeUrl(text)
    if (!url || seen.has(url)) return
    seen.add(url)
    refs.push({ type, url })
  }
  if (a.ghsa_id && a.repository) {
    add(
      'ADVISORY',
      `https://github.com/${a.repository}/security/advisories/${a.ghsa_id}`,
    )
  }
  if (a.release.url) add('PACKAGE', a.release.url)
  for (const r of a.references) add('WEB', r)
  return refs
}

/** The OSV entry of an advisory. */
export function renderOsv(a: Advisory): Json {
  const id = osvId(a)
  const own = (xs: (string | undefined)[]) => [
    ...new Set(
      xs.filter((x): x is string => !!x && x !== id && `x_${x}` !== id),
    ),
  ]
  // A dependency advisory is about our product; the upstream ids in the
  // record name the dependency's vulnerability, which is related, not the
  // same entry.
  const aliases = a.dependency
    ? own([a.ghsa_id, a.id])
    : own([a.ghsa_id, a.cve_id, a.id, ...a.aliases])
  const related = own(a.related)
  // Our product; the dependency to update is told in the details.
  const affected = a.packages
    .map(affectedOf)
    .filter((x): x is Json => x !== undefined)
  const details = [
    a.summary,
    a.impact,
    a.dependency_update &&
      `Required dependency update: ${a.dependency_update}` +
        a.dependencies.map((p) => `\n- ${dependencyText(p)}`).join('') +
        (a.versions_tested.length > 0
          ? `\nVersions tested with this update: ${a.versions_tested.join(', ')}`
          : ''),
    a.workarounds && `Workarounds: ${a.workarounds}`,
  ]
    .filter((x) => !!x)
    .join('\n\n')
  const entry: Json = {
    schema_version: OSV_SCHEMA_VERSION,
    id,
    modified: a.now,
    published: `${a.published}T00:00:00Z`,
    aliases,
    ...(related.length > 0 ? { related } : {}),
    summary: a.title,
    details,
    affected,
    references: referencesOf(a),
    database_specific: {
      severity: a.severity.toUpperCase(),
      cwe_ids: a.cwe,
      fixed_in: a.fixed_in,
      ...(a.dependency && a.dependency_update
        ? {
            dependency_update: a.dependency_update,
            versions_tested: a.versions_tested,
          }
        : {}),
    },
  }
  if (a.scores.length > 0) {
    entry.severity = a.scores.map((s) => ({
      type: s.version === '4.0' ? 'CVSS_V4' : 'CVSS_V3',
      score: s.vector,
    }))
  }
  if (a.credits.length > 0) {
    entry.credits = a.credits.map((name) => ({ name }))
  }
  return entry
}
