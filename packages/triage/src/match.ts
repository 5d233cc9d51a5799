/**
 * Matching findings to decisions. Records and external decisions are indexed
 * by every id they carry (upper-cased, so `ghsa-…` and `GHSA-…` meet) and by
 * package, so each finding costs a few map lookups whatever the number of
 * records.
 */
import type { ExternalDecision, Finding } from '../../findings/src/types.js'
import { installedVersions } from '../../findings/src/merge.js'
import type { LoadedRecord, Status } from '../../records/src/types.js'
import { positionOf } from '../../records/src/types.js'
import { normalizePurl } from '../../purl/src/index.js'
import { ecosystemOfPurlType } from '../../versions/src/ecosystem.js'
import { parseRange, satisfies, type Range } from '../../versions/src/range.js'

/** A decision from either source, in the shape the verdict needs. */
export interface Decision {
  kind: 'record' | 'external'
  id: string
  aliases: string[]
  status: Status
  justification?: string
  impact_statement?: string
  action_statement?: string
  /** file and position to point annotations at */
  file: string
  line: number
  col: number
  /** package keys this decision covers; empty: any package */
  packages: DecisionPackage[]
  loaded?: LoadedRecord
  external?: ExternalDecision
}

export interface DecisionPackage {
  key: string
  purl: string
  vulnerable?: string
  fixed?: string
  /** the range parsed once, or the reason it cannot be read */
  range?: Range | { error: string }
}

/** Why a candidate decision did not apply to a finding. */
export interface Miss {
  decision: Decision
  reason: string
}

/**
 * The package part of a purl, for comparison: the canonical purl without
 * version, qualifiers and subpath, as the findings carry it.
 */
export function purlKey(purl: string): string {
  const hit = keys.get(purl)
  if (hit !== undefined) return hit
  let key: string
  try {
    key = normalizePurl(purl)
  } catch {
    // Not a valid purl: the record validator reports it; match it loosely.
    key = looseKey(purl)
  }
  if (keys.size > 100_000) keys.clear()
  keys.set(purl, key)
  return key
}

const keys = new Map<string, string>()

function looseKey(purl: string): string {
  let s = purl.trim()
  const hash = s.indexOf('#')
  if (hash >= 0) s = s.slice(0, hash)
  const q = s.indexOf('?')
  if (q >= 0) s = s.slice(0, q)
  const slash = s.lastIndexOf('/')
  const at = s.indexOf('@', slash + 1)
  if (at >= 0) s = s.slice(0, at)
  const m = /^pkg:\/*([^/]+)\/(.+)$/i.exec(s)
  if (!m) return s
  const type = m[1].toLowerCase()
  let name = m[2]
  if (type === 'pypi') name = name.toLowerCase().replace(/[-_.]+/g, '-')
  if (type === 'github' || type === 'cargo') name = name.toLowerCase()
  return `pkg:${type}/${name}`
}

/** The key ids are matched by: trimmed and upper-cased. */
export function idKey(id: string): string {
  return id.trim().toUpperCase()
}

function rangeOf(key: string, vulnerable: string): Range | { error: string } {
  const type = key.slice(4, key.indexOf('/'))
  try {
    return parseRange(ecosystemOfPurlType(type), vulnerable)
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) }
  }
}

/** A record as a decision. */
export function recordDecision(loaded: LoadedRecord): Decision {
  const r = loaded.record
  const pos = positionOf(loaded, '/status')
  return {
    kind: 'record',
    id: r.id,
    aliases: r.aliases ?? [],
    status: r.status,
    justification: r.justification,
    impact_statement: r.impact_statement,
    action_statement: r.action_statement,
    file: loaded.file,
    line: pos.line,
    col: pos.col,
    packages: (r.packages ?? []).map((p) => {
      const key = purlKey(p.purl)
      return {
        key,
        purl: p.purl,
        vulnerable: p.vulnerable,
        fixed: p.fixed,
        range: p.vulnerable ? rangeOf(key, p.vulnerable) : undefined,
      }
    }),
    loaded,
  }
}

/** An OpenVEX statement or ignore-file entry as a decision. */
export function externalDecision(x: ExternalDecision): Decision {
  return {
    kind: 'external',
    id: x.id,
    aliases: x.aliases ?? [],
    status: x.status,
    justification: x.justification,
    impact_statement: x.impact_statement,
    action_statement: x.action_statement,
    file: x.file,
    line: x.line ?? 1,
    col: 1,
    packages: x.purl ? [externalPackage(x.purl, x.version)] : [],
    external: x,
  }
}

/**
 * The package of an external decision. A purl with a version (OpenVEX
 * `…/spring-boot@2.6.0-M3`) covers that version only: the range `= version`,
 * compared by the ecosystem's rules.
 */
function externalPackage(purl: string, version?: string): DecisionPackage {
  const key = purlKey(purl)
  if (!version) return { key, purl }
  const vulnerable = `= ${version}`
  return {
    key,
    purl: `${purl}@${version}`,
    vulnerable,
    range: rangeOf(key, vulnerable),
  }
}

/** Decisions indexed by id key. */
export class DecisionIndex {
  readonly decisions: Decision[]
  private readonly byId = new Map<string, Decision[]>()

  constructor(decisions: Decision[]) {
    this.decisions = decisions
    for (const d of decisions) {
      const keys = new Set([d.id, ...d.aliases].map(idKey))
      for (const k of keys) {
        const list = this.byId.get(k)
        if (list) list.push(d)
        else this.byId.set(k, [d])
      }
    }
  }

  /** Every decision sharing an id with the finding, each once. */
  candidates(f: Finding): Decision[] {
    const seen = new Set<Decision>()
    for (const a of [f.id, ...f.aliases]) {
      for (const d of this.byId.get(idKey(a)) ?? []) seen.add(d)
    }
    return [...seen]
  }
}

/**
 * Does the decision apply to the finding's package and version? Returns the
 * package entry it matched through (undefined for a decision naming no
 * package) or a reason it does not apply.
 */
export function applies(
  d: Decision,
  f: Finding,
): { ok: true; pkg?: DecisionPackage } | { ok: false; reason: string } {
  const result = appliesOpenly(d, f)
  // The reason quotes the record's packages and ranges: for a record under
  // embargo it names the file only.
  if (!result.ok && d.loaded?.record.disclosure?.embargoed === true) {
    return {
      ok: false,
      reason: `${d.file} does not cover this package or version (the record is under embargo; its details are withheld)`,
    }
  }
  return result
}

function appliesOpenly(
  d: Decision,
  f: Finding,
): { ok: true; pkg?: DecisionPackage } | { ok: false; reason: string } {
  if (d.packages.length === 0) return { ok: true }
  if (!f.purl) {
    // LIMITATION: a finding without a package (some SARIF results) is
    // matched by id alone, to a record for any package.
    // The source named no package; the id alone decides.
    return { ok: true, pkg: d.packages[0] }
  }
  const key = purlKey(f.purl)
  const same = d.packages.filter((p) => p.key === key)
  if (same.length === 0) {
    return {
      ok: false,
      reason: `${d.file} is about ${d.packages.map((p) => p.purl).join(', ')}, not ${f.purl}`,
    }
  }
  const versions = installedVersions(f)
  if (versions.length === 0) return { ok: true, pkg: same[0] }
  // Every installed version must be covered: a decision for 4.x says
  // nothing about the 3.x another lockfile resolves.
  let matched: DecisionPackage | undefined
  const reasons: string[] = []
  for (const version of versions) {
    const hit = coveringEntry(same, version)
    if ('reason' in hit) {
      reasons.push(hit.reason)
      continue
    }
    matched ??= hit.pkg
  }
  if (reasons.length === 0) return { ok: true, pkg: matched }
  const covered =
    matched && versions.length > 1
      ? ` (it covers only some of the installed versions ${versions.join(', ')})`
      : ''
  return { ok: false, reason: `${d.file}: ${reasons.join('; ')}${covered}` }
}

/** The package entry whose range holds the version, or why none does. */
function coveringEntry(
  same: DecisionPackage[],
  version: string,
): { pkg: DecisionPackage } | { reason: string } {
  const reasons: string[] = []
  for (const p of same) {
    if (!p.range) return { pkg: p }
    if ('error' in p.range) {
      reasons.push(`its range "${p.vulnerable}" cannot be read`)
      continue
    }
    try {
      if (satisfies(p.range.ecosystem, version, p.range)) return { pkg: p }
      reasons.push(`version ${version} is outside "${p.vulnerable}"`)
    } catch {
      reasons.push(
        `version ${version} cannot be compared with "${p.vulnerable}"`,
      )
    }
  }
  return { reason: reasons.join('; ') }
}
