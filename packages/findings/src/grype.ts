/**
 * Grype's JSON report (`-o json`): `matches[]`, each a vulnerability in an
 * artifact. `relatedVulnerabilities` carry the aliases (a GHSA match relates
 * its CVE). Matches an ignore rule removed (`ignoredMatches`) are kept as
 * suppressed findings: Grype was told to ignore them, psirt still needs its
 * own decision.
 */
import { uniqueIds } from './ids.js'
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
import { assessSeverity } from './severity.js'
import type { Finding } from './types.js'

const WHAT = 'a Grype JSON report'

/** Parses `grype -o json` into one finding per match. */
export function parseGrype(text: string, file: string): Finding[] {
  const doc = readJson(text, file, WHAT)
  if (!isObject(doc) || !Array.isArray(doc.matches)) {
    throw shapeError(file, WHAT, 'an object with a "matches" array')
  }
  const out = doc.matches.filter(isObject).map((m) => matchFinding(m, file))
  for (const ignored of arr(doc.ignoredMatches).filter(isObject)) {
    const f = matchFinding(ignored, file)
    const rule = obj(arr(ignored.appliedIgnoreRules)[0])
    f.suppressed = {
      status: str(rule['vex-status']) ?? 'ignored',
      statement: str(rule.reason) ?? str(rule['vex-justification']),
      source: '.grype.yaml',
    }
    out.push(f)
  }
  return out
}

function matchFinding(m: JsonObject, file: string): Finding {
  const vuln = obj(m.vulnerability)
  const artifact = obj(m.artifact)
  const related = arr(m.relatedVulnerabilities).filter(isObject)
  const notes: string[] = []

  const id = str(vuln.id)
  if (!id) throw shapeError(file, WHAT, 'every match to have vulnerability.id')
  const purl =
    safePurl(artifact.purl, notes) ||
    ecosystemPurl(artifact.type, artifact.name, notes)
  // The match's own CVSS first, then what related records (NVD) say.
  const vectors: (string | undefined)[] = []
  for (const c of [vuln, ...related].flatMap((v) => arr(obj(v).cvss))) {
    vectors.push(str(obj(c).vector))
  }
  const fixVersions = arr(obj(vuln.fix).versions).map(str).filter(Boolean)

  return makeFinding({
    id,
    aliases: uniqueIds([id, ...related.map((r) => str(r.id))]),
    purl,
    version: str(artifact.version),
    fixedVersion: fixVersions[0],
    title: str(vuln.description)?.slice(0, 200),
    severity: assessSeverity({ vectors, label: vuln.severity }),
    source: { kind: 'grype', file, ref: id },
    notes,
  })
}
