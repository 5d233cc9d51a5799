/**
 * Records checked for the form Trivy and Grype match. Both apply a VEX
 * statement by the literal vulnerability id they report and by the purl of
 * the package, so a statement whose id is spelled differently, or whose purl
 * carries a version or qualifiers, is ignored without a word. triage-gate
 * matches more loosely (ids case-insensitively, purls by package), so these
 * are reported here, with the spelling the scanners use.
 */
import type { Problem } from '../../core/src/errors.js'
import type { LoadedRecord } from '../../records/src/types.js'
import { positionOf } from '../../records/src/types.js'
import { purlKey } from './match.js'

/** The spelling scanners report for an id, or undefined when it is fine. */
export function canonicalId(id: string): string | undefined {
  const t = id.trim()
  let want = t
  const cve = /^cve-(\d{4})-(\d{4,})$/i.exec(t)
  const ghsa = /^ghsa((?:-[0-9a-z]{4}){3})$/i.exec(t)
  const prefixed = /^(go|rustsec|pysec|osv)-(.+)$/i.exec(t)
  if (cve) want = `CVE-${cve[1]}-${cve[2]}`
  else if (ghsa) want = `GHSA${ghsa[1].toLowerCase()}`
  else if (prefixed) want = `${prefixed[1].toUpperCase()}-${prefixed[2]}`
  return want === id ? undefined : want
}

function problem(
  loaded: LoadedRecord,
  path: string,
  rule: string,
  message: string,
  fix: string,
): Problem {
  const pos = positionOf(loaded, path)
  return {
    file: loaded.file,
    line: pos.line,
    col: pos.col,
    rule,
    message,
    fix,
    severity: 'error',
  }
}

/** What would keep Trivy or Grype from matching an OpenVEX export of it. */
export function scannerFormProblems(loaded: LoadedRecord): Problem[] {
  const r = loaded.record
  const out: Problem[] = []
  const ids: [string, string][] = [['/id', r.id]]
  ;(r.aliases ?? []).forEach((a, i) => ids.push([`/aliases/${i}`, a]))
  for (const [path, id] of ids) {
    const want = canonicalId(id)
    if (want !== undefined) {
      out.push(
        problem(
          loaded,
          path,
          'triage/id-form',
          `"${id}" is not spelled the way scanners report it, so Trivy and Grype would not match the exported statement.`,
          `write it as "${want}".`,
        ),
      )
    }
  }

  // Trivy and Grype report Go vulnerabilities by CVE or GHSA, never by the
  // Go database's GO- id: a statement named only GO-… matches neither.
  if (ids.every(([, id]) => /^go-/i.test(id.trim()))) {
    out.push({
      ...problem(
        loaded,
        '/id',
        'triage/id-form',
        `"${r.id}" is a Go vulnerability database id and the record has no CVE or GHSA alias; Trivy and Grype report Go vulnerabilities by CVE or GHSA, so they would never match the exported statement.`,
        'add the CVE or GHSA id under `aliases:` (the GO- entry lists them at https://pkg.go.dev/vuln/).',
      ),
      severity: 'warning',
    })
  }

  ;(r.packages ?? []).forEach((p, i) => {
    const path = `/packages/${i}/purl`
    const key = purlKey(p.purl)
    const extra: string[] = []
    if (p.purl.includes('#')) extra.push('a subpath')
    if (p.purl.includes('?')) extra.push('qualifiers')
    const afterName = p.purl.slice(p.purl.lastIndexOf('/') + 1)
    if (afterName.includes('@')) extra.push('a version')
    if (extra.length > 0) {
      out.push(
        problem(
          loaded,
          path,
          'triage/purl-form',
          `The purl "${p.purl}" carries ${extra.join(' and ')}; a statement with it would match only that exact form.`,
          `write "${key}" and put the versions in \`vulnerable:\`.`,
        ),
      )
    } else if (key !== p.purl.trim() && key.startsWith('pkg:')) {
      out.push(
        problem(
          loaded,
          path,
          'triage/purl-form',
          `The purl "${p.purl}" is not in canonical form, so scanners would not match it.`,
          `write "${key}".`,
        ),
      )
    }
    if (key.startsWith('pkg:golang/')) {
      for (const field of ['vulnerable', 'fixed'] as const) {
        const v = p[field]
        if (v && /(^|[<>=,|\s])\d/.test(v)) {
          out.push(
            problem(
              loaded,
              `/packages/${i}/${field}`,
              'triage/go-version-form',
              `Go module versions start with "v" (as in go.mod, Trivy and Grype), but ${field} is "${v}".`,
              `write the versions with a "v" prefix, e.g. "v1.2.3".`,
            ),
          )
        }
      }
    }
  })
  return out
}
