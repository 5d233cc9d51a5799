/**
 * Dependabot alerts as the REST API returns them
 * (`GET /repos/{owner}/{repo}/dependabot/alerts`), and the dependency graph
 * compare of a pull request (`GET .../dependency-graph/compare/{basehead}`).
 */
import { UserError } from '../../core/src/errors.js'
import { uniqueIds } from './ids.js'
import {
  arr,
  ecosystemPurl,
  isObject,
  makeFinding,
  obj,
  safePurl,
  str,
  type JsonObject,
} from './read.js'
import { assessSeverity } from './severity.js'
import type { Finding } from './types.js'

/**
 * Alerts to findings. Alerts in state `fixed` are left out: the dependency
 * no longer has the vulnerability, so there is nothing to triage (a record
 * that claims a fix is checked against the scanners instead). Open,
 * dismissed and auto-dismissed alerts are kept with their state, so triage
 * can dismiss or reopen them.
 */
export function parseDependabotAlerts(
  alerts: unknown[],
  source: string,
): Finding[] {
  if (!Array.isArray(alerts)) {
    throw new UserError(
      `${source} is not a list of Dependabot alerts. Fix: pass the JSON array the alerts endpoint returns.`,
    )
  }
  const out: Finding[] = []
  alerts.forEach((a, i) => {
    if (
      !isObject(a) ||
      !isObject(a.security_advisory) ||
      !isObject(a.dependency)
    ) {
      throw new UserError(
        `${source}: item ${i + 1} is not a Dependabot alert (expected "security_advisory" and "dependency"). Fix: pass the response of the Dependabot alerts endpoint unchanged.`,
        { file: source },
      )
    }
    if (str(a.state) === 'fixed') return
    out.push(alertFinding(a, source))
  })
  return out
}

function alertFinding(a: JsonObject, source: string): Finding {
  const adv = obj(a.security_advisory)
  const vuln = obj(a.security_vulnerability)
  const dep = obj(a.dependency)
  const pkg = obj(dep.package)
  const notes: string[] = []

  const ghsa = str(adv.ghsa_id)
  const ids = uniqueIds([
    ghsa,
    str(adv.cve_id),
    ...arr(adv.identifiers).map((x) => str(obj(x).value)),
  ])
  const sev = obj(adv.cvss_severities)
  const number = typeof a.number === 'number' ? a.number : Number(a.number)
  const scope = str(dep.scope)

  return makeFinding({
    id: ids[0] ?? `dependabot-alert-${number}`,
    aliases: ids,
    purl: ecosystemPurl(pkg.ecosystem, pkg.name, notes),
    fixedVersion: str(obj(vuln.first_patched_version).identifier),
    title: str(adv.summary),
    severity: assessSeverity({
      vectors: [
        str(obj(sev.cvss_v4).vector_string),
        str(obj(sev.cvss_v3).vector_string),
        str(obj(adv.cvss).vector_string),
      ],
      label: str(vuln.severity) ?? adv.severity,
    }),
    scope:
      scope === 'development'
        ? 'development'
        : scope === 'runtime'
          ? 'runtime'
          : undefined,
    published: str(adv.published_at),
    alert: {
      number,
      state: str(a.state) ?? 'open',
      dismissed_reason:
        (a.dismissed_reason as string | null | undefined) ?? null,
    },
    source: {
      kind: 'dependabot',
      file: source,
      ref: String(number),
    },
    notes,
  })
}

/**
 * The dependency graph compare of a pull request: each dependency the PR
 * adds with known vulnerabilities is a finding marked `introduced`. Removed
 * dependencies add nothing. The API's `moderate` is `medium`.
 */
export function parseDependencyGraphCompare(
  changes: unknown[],
  source: string,
): Finding[] {
  if (!Array.isArray(changes)) {
    throw new UserError(
      `${source} is not a dependency graph diff. Fix: pass the JSON array the compare endpoint returns.`,
    )
  }
  const out: Finding[] = []
  changes.forEach((c, i) => {
    if (!isObject(c) || typeof c.change_type !== 'string') {
      throw new UserError(
        `${source}: item ${i + 1} is not a dependency change (expected "change_type"). Fix: pass the response of the dependency graph compare endpoint unchanged.`,
        { file: source },
      )
    }
    if (c.change_type !== 'added') return
    const notes: string[] = []
    const purl =
      safePurl(c.package_url, notes) ||
      ecosystemPurl(c.ecosystem, c.name, notes)
    const scope = str(c.scope)
    for (const v of arr(c.vulnerabilities).filter(isObject)) {
      const id = str(v.advisory_ghsa_id)
      if (!id) continue
      out.push(
        makeFinding({
          id: uniqueIds([id])[0],
          aliases: uniqueIds([id]),
          purl,
          version: str(c.version),
          title: str(v.advisory_summary),
          severity: assessSeverity({ label: v.severity }),
          scope:
            scope === 'development'
              ? 'development'
              : scope === 'runtime'
                ? 'runtime'
                : undefined,
          introduced: true,
          source: { kind: 'dependency-review', file: source, ref: id },
          notes: [...notes],
        }),
      )
    }
  })
  return out
}
