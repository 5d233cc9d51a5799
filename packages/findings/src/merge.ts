/**
 * Findings from every source folded into one per vulnerability and package.
 * Two findings are the same vulnerability when their alias sets connect,
 * directly or through a third (a GO- id lists a CVE, a GHSA lists the same
 * CVE): a union-find over the ids does this in near-linear time.
 */
import { normalizePurl } from '../../purl/src/index.js'
import { compareIdPreference, normalizeVulnId } from './ids.js'
import { SOURCE_RANK, severityRank } from './severity.js'
import type { Finding } from './types.js'

/** Disjoint sets over alias strings, with path halving and union by size. */
class AliasSets {
  private index = new Map<string, number>()
  private parent: number[] = []
  private size: number[] = []

  id(alias: string): number {
    let i = this.index.get(alias)
    if (i === undefined) {
      i = this.parent.length
      this.index.set(alias, i)
      this.parent.push(i)
      this.size.push(1)
    }
    return i
  }

  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]]
      i = this.parent[i]
    }
    return i
  }

  union(a: number, b: number): void {
    let ra = this.find(a)
    let rb = this.find(b)
    if (ra === rb) return
    if (this.size[ra] < this.size[rb]) [ra, rb] = [rb, ra]
    this.parent[rb] = ra
    this.size[ra] += this.size[rb]
  }
}

/** normalizePurl, remembered per call: reports repeat the same packages. */
function purlNormaliser(): (purl: string) => string {
  const cache = new Map<string, string>()
  return (purl) => {
    if (!purl) return ''
    let out = cache.get(purl)
    if (out === undefined) {
      try {
        out = normalizePurl(purl)
      } catch {
        out = purl.trim()
      }
      cache.set(purl, out)
    }
    return out
  }
}

/** Every installed version a finding reports, `version` first. */
export function installedVersions(f: Finding): string[] {
  return f.versions ?? (f.version ? [f.version] : [])
}

const REACH: { [k: string]: number } = { required: 1, imported: 2, called: 3 }

/**
 * Merges findings: one per connected alias set and normalised purl. A
 * finding without a purl joins every finding of its alias set that has one
 * (it says the vulnerability is present without saying where); alone, it
 * stays a finding with purl ''. The merged finding keeps every source, the
 * severity from the best data (v4 > v3 > v2 > label; among equals the
 * higher), the most specific reachability, and `introduced` if any source
 * says so. The same package installed at several versions (two lockfiles)
 * stays one finding that keeps every version. Output is sorted by id, then
 * purl.
 */
export function mergeFindings(findings: Finding[]): Finding[] {
  const sets = new AliasSets()
  const purlOf = purlNormaliser()
  const prepared = findings.map((f) => {
    const ids = [
      normalizeVulnId(f.id),
      ...f.aliases.map(normalizeVulnId),
    ].filter((x) => x !== '')
    const nodes = ids.map((a) => sets.id(a))
    for (let i = 1; i < nodes.length; i++) sets.union(nodes[0], nodes[i])
    return { f, ids, node: nodes[0], purl: purlOf(f.purl) }
  })

  // Group by alias set and purl; findings without a purl wait.
  const groups = new Map<string, Finding[]>()
  const purlsOfSet = new Map<number, string[]>()
  const withoutPurl: { root: number; f: Finding }[] = []
  for (const p of prepared) {
    const root = p.node === undefined ? -1 : sets.find(p.node)
    const f = { ...p.f, id: p.ids[0] ?? p.f.id, aliases: p.ids, purl: p.purl }
    if (p.purl === '') {
      withoutPurl.push({ root, f })
      continue
    }
    const key = `${root}\u0000${p.purl}`
    let g = groups.get(key)
    if (!g) {
      groups.set(key, (g = []))
      const list = purlsOfSet.get(root) ?? []
      list.push(key)
      purlsOfSet.set(root, list)
    }
    g.push(f)
  }
  // LIMITATION: a finding without purl joins every package its alias set is
  // reported in, since it cannot say which one it meant.
  for (const { root, f } of withoutPurl) {
    const keys = purlsOfSet.get(root)
    if (keys && root !== -1) {
      for (const key of keys) groups.get(key)!.push(f)
    } else {
      const key = `${root}\u0000`
      const g = groups.get(key)
      if (g) g.push(f)
      else groups.set(key, [f])
    }
  }

  const merged = [...groups.values()].map(mergeGroup)
  return merged.sort((a, b) =>
    a.id < b.id
      ? -1
      : a.id > b.id
        ? 1
        : a.purl < b.purl
          ? -1
          : a.purl > b.purl
            ? 1
            : 0,
  )
}

function mergeGroup(group: Finding[]): Finding {
  const purl = group.find((f) => f.purl !== '')?.purl ?? ''
  const aliases = [...new Set(group.flatMap((f) => f.aliases))].sort(
    compareIdPreference,
  )
  const best = bestSeverity(group)

  const out: Finding = {
    id: aliases[0],
    aliases,
    purl,
    severity: best.severity,
    sources: uniqueSources(group),
  }
  const first = <K extends keyof Finding>(k: K): Finding[K] | undefined =>
    group.find((f) => f[k] !== undefined && f[k] !== '')?.[k]

  const versions = [...new Set(group.flatMap(installedVersions))]
  if (versions.length > 0) out.version = versions[0]
  if (versions.length > 1) out.versions = versions
  const fixed = first('fixedVersion')
  if (fixed) out.fixedVersion = fixed
  const title = first('title')
  if (title) out.title = title
  const source =
    best.severitySource ??
    (group.some((f) => f.severitySource === 'alias') ? 'alias' : undefined)
  if (source) out.severitySource = source
  if (best.cvss) out.cvss = best.cvss

  if (group.some((f) => f.scope === 'runtime')) out.scope = 'runtime'
  else if (developmentOnly(group)) out.scope = 'development'

  let reach = 0
  for (const f of group)
    reach = Math.max(reach, REACH[f.reachability ?? ''] ?? 0)
  if (reach > 0) {
    out.reachability = (['required', 'imported', 'called'] as const)[reach - 1]
  }

  const published = group
    .map((f) => f.published)
    .filter((p): p is string => !!p)
    .sort()[0]
  if (published) out.published = published
  if (group.some((f) => f.introduced)) out.introduced = true

  const alerts = new Map<number, NonNullable<Finding['alert']>>()
  for (const f of group) {
    for (const a of [...(f.alerts ?? []), ...(f.alert ? [f.alert] : [])]) {
      if (!alerts.has(a.number)) alerts.set(a.number, a)
    }
  }
  if (alerts.size > 0) {
    out.alerts = [...alerts.values()].sort((a, b) => a.number - b.number)
    out.alert = out.alerts[0]
  }
  // Suppressed only when every source hid it: one that still reports it
  // outweighs a scanner's ignore rule.
  if (group.every((f) => f.suppressed)) out.suppressed = group[0].suppressed
  const notes = [...new Set(group.flatMap((f) => f.notes ?? []))]
  if (notes.length > 0) out.notes = notes
  return out
}

/**
 * Development-only when a source says so and none says otherwise. A source
 * that gives the scope of some packages and not of this one (osv-scanner
 * marks only dev dependency groups) leaves it unknown: lodash dev-only in
 * one lockfile and a plain dependency in another is not development-only.
 */
function developmentOnly(group: Finding[]): boolean {
  if (!group.some((f) => f.scope === 'development')) return false
  const scoped = new Set(
    group.filter((f) => f.scope).flatMap((f) => f.sources.map((s) => s.kind)),
  )
  return group.every(
    (f) =>
      f.scope === 'development' ||
      (f.scope === undefined && !f.sources.some((s) => scoped.has(s.kind))),
  )
}

/** The finding with the best severity data; among equals, the higher. */
function bestSeverity(group: Finding[]): Finding {
  let best = group[0]
  const rank = (f: Finding) =>
    f.severity === 'unknown' || !f.severitySource
      ? 9
      : SOURCE_RANK[f.severitySource]
  for (const f of group.slice(1)) {
    const d = rank(f) - rank(best)
    if (
      d < 0 ||
      (d === 0 && severityRank(f.severity) > severityRank(best.severity))
    ) {
      best = f
    }
  }
  return best
}

function uniqueSources(group: Finding[]): Finding['sources'] {
  const seen = new Set<string>()
  const out: Finding['sources'] = []
  for (const f of group) {
    for (const s of f.sources) {
      const key = `${s.kind}\u0000${s.file ?? ''}\u0000${s.ref ?? ''}\u0000${s.tool ?? ''}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push(s)
    }
  }
  return out
}
