/**
 * `npm audit --json` from npm 7 and later (auditReportVersion 2). Each
 * vulnerable package lists its advisories in `via`; a `via` entry that is a
 * string names another vulnerable package it depends on, whose advisories
 * are reported under that package, so it adds no finding of its own.
 */
import { UserError } from '../../core/src/errors.js'
import { uniqueIds, vulnIdsIn } from './ids.js'
import {
  arr,
  ecosystemPurl,
  isObject,
  makeFinding,
  obj,
  readJson,
  shapeError,
  str,
} from './read.js'
import { assessSeverity } from './severity.js'
import type { Finding } from './types.js'

const WHAT = 'an npm audit v2 report'

/**
 * Parses `npm audit --json` (v2): one finding per advisory and package.
 * LIMITATION: npm audit v2 gives the vulnerable range, not the installed
 * version, so these findings have no `version`.
 */
export function parseNpmAudit(text: string, file: string): Finding[] {
  const doc = readJson(text, file, WHAT)
  if (!isObject(doc)) throw shapeError(file, WHAT, 'a JSON object')
  if (isObject(doc.error)) {
    const summary =
      str(obj(doc.error).summary) ?? str(obj(doc.error).code) ?? 'an error'
    throw new UserError(
      `${file} is npm's error output, not an audit report: npm said "${summary.slice(0, 200)}". Fix: make \`npm audit --json\` succeed (a lockfile must exist) before triage reads it.`,
      { file },
    )
  }
  if (doc.auditReportVersion === undefined && isObject(doc.advisories)) {
    throw new UserError(
      `${file} is an npm audit v1 report (npm 6), which psirt does not read. Fix: run \`npm audit --json\` with npm 7 or later.`,
      { file },
    )
  }
  if (doc.auditReportVersion !== 2 || !isObject(doc.vulnerabilities)) {
    throw shapeError(
      file,
      WHAT,
      '"auditReportVersion": 2 and a "vulnerabilities" object',
    )
  }

  const seen = new Set<string>()
  const findings: Finding[] = []
  for (const [key, value] of Object.entries(doc.vulnerabilities)) {
    const v = obj(value)
    const pkgName = str(v.name) ?? key
    for (const via of arr(v.via)) {
      if (!isObject(via)) continue
      const name = str(via.name) ?? pkgName
      const url = str(via.url) ?? ''
      const ids = uniqueIds([...vulnIdsIn(url), ...arr(via.cves).map(str)])
      const id =
        ids[0] ??
        (via.source !== undefined
          ? `npm-advisory-${str(via.source)}`
          : undefined)
      if (!id) continue
      const key2 = `${id}\u0000${name}`
      if (seen.has(key2)) continue
      seen.add(key2)

      const notes: string[] = []
      const cvss = obj(via.cvss)
      const fix = obj(v.fixAvailable)
      findings.push(
        makeFinding({
          id,
          aliases: ids,
          purl: ecosystemPurl('npm', name, notes),
          fixedVersion: str(fix.name) === name ? str(fix.version) : undefined,
          title: str(via.title),
          severity: assessSeverity({
            vectors: [str(cvss.vectorString)],
            label: via.severity,
          }),
          source: { kind: 'npm-audit', file, ref: str(via.source) ?? id },
          notes,
        }),
      )
    }
  }
  return findings
}
