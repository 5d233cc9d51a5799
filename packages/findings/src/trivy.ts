/**
 * Trivy's JSON report (`--format json`, SchemaVersion 2).
 *
 * `ExperimentalModifiedFindings` are vulnerabilities Trivy found and then
 * hid because a VEX document or ignore file told it to. They are kept as
 * findings marked `suppressed` (with the status, statement and source Trivy
 * gives): the vulnerability is present, and triage wants a decision psirt
 * can see and review, not one only the scanner knows. The decision itself
 * is read from the VEX document by the decision readers.
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

const WHAT = 'a Trivy JSON report'

/** Parses `trivy --format json` (SchemaVersion 2). */
export function parseTrivy(text: string, file: string): Finding[] {
  const doc = readJson(text, file, WHAT)
  if (!isObject(doc) || doc.SchemaVersion !== 2) {
    throw shapeError(file, WHAT, 'an object with "SchemaVersion": 2')
  }
  if (doc.Results !== undefined && !Array.isArray(doc.Results)) {
    throw shapeError(file, WHAT, '"Results" to be an array')
  }

  const findings: Finding[] = []
  for (const result of arr(doc.Results).filter(isObject)) {
    const type = str(result.Type)
    for (const v of arr(result.Vulnerabilities).filter(isObject)) {
      findings.push(vulnFinding(v, type, file))
    }
    for (const m of arr(result.ExperimentalModifiedFindings).filter(isObject)) {
      if (str(m.Type) !== 'vulnerability' || !isObject(m.Finding)) continue
      const f = vulnFinding(m.Finding, type, file)
      f.suppressed = {
        status: str(m.Status) ?? 'ignored',
        statement: str(m.Statement),
        source: str(m.Source),
      }
      findings.push(f)
    }
  }
  return findings
}

function vulnFinding(
  v: JsonObject,
  type: string | undefined,
  file: string,
): Finding {
  const notes: string[] = []
  const id = str(v.VulnerabilityID)
  if (!id)
    throw shapeError(
      file,
      WHAT,
      'every vulnerability to have a VulnerabilityID',
    )
  const purl =
    safePurl(obj(v.PkgIdentifier).PURL, notes) ||
    ecosystemPurl(type, v.PkgName, notes)

  // The vendor Trivy took its severity from first, then NVD, then the rest.
  const cvss = obj(v.CVSS)
  const vendors = [str(v.SeveritySource), 'nvd', 'ghsa', ...Object.keys(cvss)]
  const vectors: (string | undefined)[] = []
  for (const key of ['V40Vector', 'V3Vector', 'V2Vector']) {
    for (const vendor of vendors) {
      if (vendor) vectors.push(str(obj(cvss[vendor])[key]))
    }
  }
  const fixed = str(v.FixedVersion)?.split(',')[0]?.trim()

  return makeFinding({
    id,
    aliases: uniqueIds([id, ...arr(v.VendorIDs).map(str)]),
    purl,
    version: str(v.InstalledVersion),
    fixedVersion: fixed,
    title: str(v.Title),
    severity: assessSeverity({ vectors, label: v.Severity }),
    published: str(v.PublishedDate),
    source: { kind: 'trivy', file, ref: id },
    notes,
  })
}
