/**
 * The ignore files of common scanners, read as decisions. None of them can
 * say *why* a vulnerability does not apply in OpenVEX terms, so each entry
 * becomes `not_affected` with NO justification: triage reports the decision
 * as incomplete until someone writes a record with a justification. The
 * entry's own reason is kept as `status_notes`, its expiry as `expires`.
 *
 * Entries that name no vulnerability (a whole package or path ignored, a
 * rule about VEX) cannot become a per-vulnerability decision; they are
 * skipped with a warning, so their findings stay untriaged (fail closed).
 */
import {
  parse as parseJsonc,
  type ParseError,
  printParseErrorCode,
} from 'jsonc-parser'
import { load } from 'js-yaml'
import { parse as parseToml } from 'smol-toml'
import { UserError, errorMessage, type Problem } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { purlFromEcosystem } from '../../purl/src/index.js'
import { isoDate, lineOf, purlOrError } from './decision-read.js'
import { isVulnId, normalizeVulnId, uniqueIds } from './ids.js'
import {
  arr,
  emptyFileError,
  isObject,
  lineColOf,
  obj,
  str,
  type JsonObject,
} from './read.js'
import type { ExternalDecision } from './types.js'

type Format = ExternalDecision['format']

function decision(
  id: string,
  format: Format,
  file: string,
  extra: Partial<ExternalDecision> = {},
): ExternalDecision {
  const d: ExternalDecision = {
    id: normalizeVulnId(id),
    aliases: uniqueIds([id]),
    purl: '',
    status: 'not_affected',
    file,
    format,
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v !== undefined && v !== '') (d as unknown as JsonObject)[k] = v
  }
  return d
}

function skipped(
  problems: Problem[] | undefined,
  file: string,
  line: number | undefined,
  rule: string,
  message: string,
  fix: string,
): void {
  problems?.push({ file, line, rule, message, fix, severity: 'warning' })
}

function yamlDoc(text: string, file: string, what: string): JsonObject {
  if (text.trim() === '') throw emptyFileError(file, what)
  let doc: unknown
  try {
    doc = load(text)
  } catch (e) {
    const mark = (e as { mark?: { line?: number; column?: number } }).mark
    throw new UserError(
      `${file} is not valid YAML (${forLog(errorMessage(e).split('\n')[0], 160)}), so it cannot be read as ${what}.`,
      {
        file,
        line: mark?.line !== undefined ? mark.line + 1 : undefined,
        col: mark?.column !== undefined ? mark.column + 1 : undefined,
      },
    )
  }
  if (!isObject(doc)) {
    throw new UserError(
      `${file} is not ${what}: expected a YAML mapping at the top.`,
      { file },
    )
  }
  return doc
}

/** osv-scanner.toml: `[[IgnoredVulns]]` entries (id, ignoreUntil, reason). */
export function parseOsvScannerToml(
  text: string,
  file: string,
  problems?: Problem[],
): ExternalDecision[] {
  const what = 'an osv-scanner configuration'
  if (text.trim() === '') throw emptyFileError(file, what)
  let doc: JsonObject
  try {
    doc = parseToml(text) as JsonObject
  } catch (e) {
    const line = (e as { line?: number }).line
    throw new UserError(
      `${file} is not valid TOML (${forLog(errorMessage(e).split('\n')[0], 160)}), so it cannot be read as ${what}.`,
      { file, line },
    )
  }

  const out: ExternalDecision[] = []
  for (const entry of arr(doc.IgnoredVulns)) {
    const e = obj(entry)
    const id = str(e.id)
    if (!id) {
      throw new UserError(
        `${file}: an [[IgnoredVulns]] entry has no id. Fix: add id = "GHSA-…".`,
        { file },
      )
    }
    const line = lineOf(text, `"${id}"`)
    out.push(
      decision(id, 'osv-scanner.toml', file, {
        line,
        expires: isoDate(e.ignoreUntil, 'ignoreUntil', { file, line }),
        status_notes: str(e.reason),
      }),
    )
  }
  for (const entry of arr(doc.PackageOverrides)) {
    const e = obj(entry)
    const ignores = e.ignore === true || obj(e.vulnerability).ignore === true
    if (!ignores) continue
    const name = str(e.name) ?? '?'
    skipped(
      problems,
      file,
      lineOf(text, `"${name}"`),
      'decisions/package-wide-ignore',
      `The [[PackageOverrides]] entry for "${forLog(name, 80)}" ignores every vulnerability of a package; psirt needs a decision per vulnerability, so it is not read as one.`,
      'Write a record for each vulnerability of that package, or keep the override for osv-scanner only.',
    )
  }
  return out
}

/** .trivyignore: one id per line, `exp:YYYY-MM-DD` after it or in a comment. */
export function parseTrivyIgnore(
  text: string,
  file: string,
  problems?: Problem[],
): ExternalDecision[] {
  const out: ExternalDecision[] = []
  let comments: string[] = []
  let pendingExp: string | undefined
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1
    const s = raw.trim()
    if (s === '') {
      comments = []
      pendingExp = undefined
      return
    }
    if (s.startsWith('#')) {
      const body = s.replace(/^#+\s*/, '')
      const exp = /^exp:(\S+)$/.exec(body)
      if (exp) pendingExp = exp[1]
      else if (!/^Source:/i.test(body)) comments.push(body)
      return
    }
    const [id, ...rest] = s.split(/\s+/)
    const expToken =
      rest.find((t) => t.startsWith('exp:'))?.slice(4) ?? pendingExp
    const notes = comments.join(' ')
    comments = []
    pendingExp = undefined
    if (!isVulnId(id)) {
      skipped(
        problems,
        file,
        line,
        'decisions/not-a-vulnerability',
        `"${forLog(id, 80)}" is not a vulnerability id (a misconfiguration or secret rule?), so it is not read as a decision.`,
        'Nothing to do if it is not a vulnerability.',
      )
      return
    }
    out.push(
      decision(id, '.trivyignore', file, {
        line,
        expires: isoDate(expToken, 'exp', { file, line }),
        status_notes: notes,
      }),
    )
  })
  return out
}

/** .trivyignore.yaml: `vulnerabilities:` with id, paths, purls, expired_at, statement. */
export function parseTrivyIgnoreYaml(
  text: string,
  file: string,
): ExternalDecision[] {
  const doc = yamlDoc(text, file, 'a Trivy ignore file')
  if (
    doc.vulnerabilities !== undefined &&
    !Array.isArray(doc.vulnerabilities)
  ) {
    throw new UserError(`${file}: "vulnerabilities" must be a list.`, { file })
  }
  const out: ExternalDecision[] = []
  for (const v of arr(doc.vulnerabilities)) {
    const e = obj(v)
    const id = str(e.id)
    if (!id) {
      throw new UserError(
        `${file}: an entry under "vulnerabilities" has no id. Fix: add "id: CVE-…".`,
        { file },
      )
    }
    const line = lineOf(text, id)
    const base = {
      line,
      expires: isoDate(e.expired_at, 'expired_at', { file, line }),
      status_notes: str(e.statement),
    }
    const purls = arr(e.purls)
      .map(str)
      .filter((p): p is string => !!p)
    if (purls.length === 0) {
      // LIMITATION: `paths` restrictions are not kept; the decision covers the id in any package.
      out.push(decision(id, '.trivyignore.yaml', file, base))
    }
    for (const p of purls) {
      const purl = purlOrError(p, `${file}: ${forLog(id, 60)}`, file, line)
      out.push(decision(id, '.trivyignore.yaml', file, { ...base, purl }))
    }
  }
  return out
}

/** .grype.yaml: `ignore:` rules with vulnerability, reason, package. */
export function parseGrypeIgnore(
  text: string,
  file: string,
  problems?: Problem[],
): ExternalDecision[] {
  const doc = yamlDoc(text, file, 'a Grype configuration')
  if (doc.ignore !== undefined && !Array.isArray(doc.ignore)) {
    throw new UserError(`${file}: "ignore" must be a list of rules.`, { file })
  }
  const out: ExternalDecision[] = []
  arr(doc.ignore).forEach((r, i) => {
    const rule = obj(r)
    const id = str(rule.vulnerability)
    const pkg = obj(rule.package)
    if (!id) {
      skipped(
        problems,
        file,
        undefined,
        'decisions/no-vulnerability',
        `Ignore rule ${i + 1} names no vulnerability (it matches by ${Object.keys(rule).join(', ') || 'nothing'}), so it is not read as a decision.`,
        'Write a record per vulnerability the rule was meant to cover.',
      )
      return
    }
    const line = lineOf(text, id)
    let purl = ''
    const name = str(pkg.name)
    const type = str(pkg.type)
    if (name && type) {
      try {
        purl = purlFromEcosystem(type, name)
      } catch {
        skipped(
          problems,
          file,
          line,
          'decisions/unknown-package-type',
          `Ignore rule for ${forLog(id, 60)} names package type "${forLog(type, 40)}", which psirt does not map to a package URL; the decision is read for any package.`,
          'Check the imported record and add the package purl by hand.',
        )
      }
    }
    // LIMITATION: the rule's package version, location and fix-state are kept only in status_notes.
    const details = [
      str(rule.reason),
      str(pkg.version) ? `package version ${str(pkg.version)}` : undefined,
      str(pkg.location) ? `location ${str(pkg.location)}` : undefined,
      str(rule['fix-state'])
        ? `fix-state ${str(rule['fix-state'])}`
        : undefined,
    ].filter(Boolean)
    out.push(
      decision(id, '.grype.yaml', file, {
        line,
        purl,
        status_notes: details.join('; '),
      }),
    )
  })
  return out
}

/** Snyk vulnerability id prefixes to the ecosystem of their packages. */
const SNYK_ECOSYSTEMS: [RegExp, string][] = [
  [/^(npm:|SNYK-JS-)/i, 'npm'],
  [/^(pip:|SNYK-PYTHON-)/i, 'pip'],
  [/^SNYK-GOLANG-/i, 'go'],
  [/^(maven:|SNYK-JAVA-)/i, 'maven'],
  [/^(rubygems:|SNYK-RUBY-)/i, 'rubygems'],
  [/^SNYK-RUST-/i, 'cargo'],
  [/^(nuget:|SNYK-DOTNET-)/i, 'nuget'],
  [/^(composer:|SNYK-PHP-)/i, 'composer'],
]

/** .snyk: `ignore.<id>[].<path or *>.{reason, expires}`. */
export function parseSnyk(text: string, file: string): ExternalDecision[] {
  const doc = yamlDoc(text, file, 'a Snyk policy file')
  if (doc.ignore !== undefined && !isObject(doc.ignore)) {
    throw new UserError(
      `${file}: "ignore" must be a mapping of vulnerability ids.`,
      { file },
    )
  }
  const out: ExternalDecision[] = []
  for (const [id, entries] of Object.entries(obj(doc.ignore))) {
    const line = lineOf(text, id)
    const eco = SNYK_ECOSYSTEMS.find(([re]) => re.test(id))?.[1]
    const seen = new Set<string>()
    for (const entry of arr(entries)) {
      for (const [path, rule] of Object.entries(obj(entry))) {
        const r = obj(rule)
        // LIMITATION: only the last package of a Snyk path is kept, and its
        // ecosystem comes from the id prefix; other ids apply to any package.
        const last = path.split('>').pop()!.trim()
        const name = last.replace(/@[^@/]*$/, '')
        let purl = ''
        if (path.trim() !== '*' && eco && name) {
          try {
            purl = purlFromEcosystem(eco, name)
          } catch {
            purl = ''
          }
        }
        if (seen.has(purl)) continue
        seen.add(purl)
        out.push(
          decision(id, '.snyk', file, {
            line,
            purl,
            expires: isoDate(r.expires, 'expires', { file, line }),
            status_notes: str(r.reason),
            timestamp: str(r.created),
          }),
        )
      }
    }
  }
  return out
}

/**
 * audit-ci.jsonc: `allowlist` entries, either strings (`GHSA-…`,
 * `GHSA-…|a>b>pkg`, a module name) or NSPRecords
 * `{ "<entry>": { active, notes, expiry } }`. Module-name entries allow a
 * whole package and are skipped with a warning.
 */
export function parseAuditCi(
  text: string,
  file: string,
  problems?: Problem[],
): ExternalDecision[] {
  const what = 'an audit-ci configuration'
  if (text.trim() === '') throw emptyFileError(file, what)
  const errors: ParseError[] = []
  const doc = parseJsonc(text, errors, { allowTrailingComma: true })
  if (errors.length > 0) {
    throw new UserError(
      `${file} is not valid JSONC (${printParseErrorCode(errors[0].error)}), so it cannot be read as ${what}.`,
      { file, ...lineColOf(text, errors[0].offset) },
    )
  }
  if (
    !isObject(doc) ||
    (doc.allowlist !== undefined && !Array.isArray(doc.allowlist))
  ) {
    throw new UserError(
      `${file} is not ${what}: expected an object whose "allowlist" is an array.`,
      { file },
    )
  }

  const out: ExternalDecision[] = []
  for (const item of arr(doc.allowlist)) {
    if (typeof item === 'string') {
      const d = allowlistEntry(item, {}, text, file, problems)
      if (d) out.push(d)
    } else if (isObject(item)) {
      for (const [key, rec] of Object.entries(item)) {
        const r = obj(rec)
        if (r.active === false) continue
        const d = allowlistEntry(key, r, text, file, problems)
        if (d) out.push(d)
      }
    } else {
      throw new UserError(
        `${file}: an allowlist entry is neither a string nor an object.`,
        { file },
      )
    }
  }
  return out
}

function allowlistEntry(
  entry: string,
  record: JsonObject,
  text: string,
  file: string,
  problems: Problem[] | undefined,
): ExternalDecision | undefined {
  const line = lineOf(text, `"${entry}"`)
  const [idPart, path] = entry.split('|')
  const id = /^\d+$/.test(idPart) ? `npm-advisory-${idPart}` : idPart
  if (!isVulnId(id) && !id.startsWith('npm-advisory-')) {
    skipped(
      problems,
      file,
      line,
      'decisions/package-wide-ignore',
      `Allowlist entry "${forLog(entry, 80)}" allows a whole module, not a vulnerability, so it is not read as a decision.`,
      'Write a record for each vulnerability of that module.',
    )
    return undefined
  }
  let purl = ''
  if (path) {
    // LIMITATION: a path record keeps only the package at the end of the path.
    const name = path.split('>').pop()!.trim()
    if (name && !name.includes('*')) purl = purlFromEcosystem('npm', name)
  }
  return decision(id, 'audit-ci', file, {
    line,
    purl,
    expires: isoDate(record.expiry, 'expiry', { file, line }),
    status_notes: str(record.notes),
  })
}
