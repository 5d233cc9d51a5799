/**
 * osv-scanner's JSON report (`--format json`), and the pieces of an OSV
 * entry other sources (govulncheck) share: severity vectors, the fixed
 * version, the summary.
 */
import { normalizeVulnId, uniqueIds } from './ids.js'
import {
  arr,
  ecosystemPurl,
  isObject,
  makeFinding,
  obj,
  readJson,
  safePurl,
  shapeError,
  str,
  type JsonObject,
} from './read.js'
import { assessSeverity, type SeverityInput } from './severity.js'
import type { Finding } from './types.js'

const WHAT = 'an osv-scanner JSON report'

/** The severity data of an OSV entry: its vectors and its database's label. */
export function osvSeverityData(entry: JsonObject): SeverityInput {
  const vectors: string[] = []
  const add = (list: unknown) => {
    for (const s of arr(list)) {
      const v = str(obj(s).score)
      if (v && /^CVSS_V[234]$/i.test(str(obj(s).type) ?? '')) vectors.push(v)
    }
  }
  add(entry.severity)
  for (const a of arr(entry.affected)) {
    add(obj(a).severity)
    const cvss = str(obj(obj(a).database_specific).cvss)
    if (cvss) vectors.push(cvss)
  }
  const label = obj(entry.database_specific).severity
  return { vectors, label }
}

/**
 * The first fixed version an OSV entry gives for a package name.
 * LIMITATION: the first `fixed` event of the package's ranges, not the one
 * on the installed version's branch (e.g. 2.8.19 for a 2.9.x install).
 */
export function osvFixedVersion(
  entry: JsonObject,
  name: string,
): string | undefined {
  for (const a of arr(entry.affected)) {
    const pkg = obj(obj(a).package)
    if (str(pkg.name) !== name) continue
    for (const r of arr(obj(a).ranges)) {
      for (const ev of arr(obj(r).events)) {
        const fixed = str(obj(ev).fixed)
        if (fixed) return fixed
      }
    }
  }
  return undefined
}

/** Every id an OSV entry names: its own, its aliases, its upstream. */
export function osvIds(entry: JsonObject): string[] {
  return uniqueIds([
    str(entry.id),
    ...arr(entry.aliases).map(str),
    ...arr(entry.upstream).map(str),
  ])
}

/**
 * Parses an osv-scanner JSON report: one finding per package and alias
 * group (osv-scanner's `groups` already fold a GHSA and its RUSTSEC twin),
 * or per vulnerability when the report predates groups.
 */
export function parseOsvScanner(text: string, file: string): Finding[] {
  const doc = readJson(text, file, WHAT)
  if (!isObject(doc) || !Array.isArray(doc.results)) {
    throw shapeError(file, WHAT, 'an object with a "results" array')
  }

  const findings: Finding[] = []
  for (const result of doc.results) {
    if (!isObject(result) || !Array.isArray(result.packages)) {
      throw shapeError(
        file,
        WHAT,
        'each of "results" to have a "packages" array',
      )
    }
    for (const p of result.packages) {
      findings.push(...packageFindings(obj(p), file))
    }
  }
  return findings
}

function packageFindings(p: JsonObject, file: string): Finding[] {
  const pkg = obj(p.package)
  const name = str(pkg.name) ?? ''
  const notes: string[] = []
  const purl =
    safePurl(pkg.purl, notes) || ecosystemPurl(pkg.ecosystem, name, notes)
  const vulns = arr(p.vulnerabilities).filter(isObject)
  const byId = new Map<string, JsonObject>()
  for (const v of vulns) {
    const id = str(v.id)
    if (id) byId.set(normalizeVulnId(id), v)
  }

  const groups = arr(p.groups)
    .filter(isObject)
    .map((g) => ({
      ids: uniqueIds(arr(g.ids).map(str)),
      aliases: uniqueIds(arr(g.aliases).map(str)),
      max: Number(str(g.max_severity)),
      analysis: obj(g.experimentalAnalysis),
    }))
    .filter((g) => g.ids.length > 0)
  // A vulnerability no group lists still is one: it gets its own group
  // (merge joins it to the others by alias).
  const grouped = new Set(groups.flatMap((g) => g.ids))
  for (const id of byId.keys()) {
    if (grouped.has(id)) continue
    groups.push({ ids: [id], aliases: [], max: NaN, analysis: {} })
  }

  // `dependency_groups: ["dev"]`: a development-only dependency. npm's
  // devOptional is ["dev", "optional"]: also an optional dependency of the
  // product, so not development-only.
  const depGroups = arr(p.dependency_groups).map(str)
  const devOnly = depGroups.length > 0 && depGroups.every((g) => g === 'dev')

  return groups.map((g) => {
    const members = g.ids.map((id) => byId.get(id)).filter(isObject)
    const vectors: SeverityInput['vectors'] = []
    let label: unknown
    for (const m of members) {
      const d = osvSeverityData(m)
      vectors.push(...(d.vectors ?? []))
      label ??= d.label
    }
    const severity = assessSeverity({
      vectors,
      label,
      score: Number.isFinite(g.max) ? g.max : undefined,
    })
    const first = members[0] ?? {}
    const called = Object.values(g.analysis).some((a) => obj(a).called === true)
    return makeFinding({
      id: g.ids[0],
      aliases: uniqueIds([
        ...g.ids,
        ...g.aliases,
        ...members.flatMap((m) => osvIds(m)),
      ]),
      purl,
      version: str(pkg.version),
      fixedVersion: members
        .map((m) => osvFixedVersion(m, name))
        .find((v) => v !== undefined),
      title: str(first.summary) ?? str(first.details)?.slice(0, 200),
      severity,
      reachability: called ? 'called' : undefined,
      scope: devOnly ? 'development' : undefined,
      published: str(first.published),
      source: { kind: 'osv-scanner', file, ref: g.ids[0] },
      notes,
    })
  })
}
