/**
 * OpenVEX documents read as decisions: the OpenVEX 0.2.0 form, govulncheck's
 * (product "Unknown Product", the module as subcomponent) and the form where
 * the dependency is listed as a second product beside the project itself
 * (fleetdm's security folder). Each statement gives one decision per
 * package it names.
 */
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { JUSTIFICATIONS, STATUSES } from '../../records/src/types.js'
import { normalizeVulnId, uniqueIds, vulnIdsIn } from './ids.js'
import { arr, isObject, obj, readJson, str, type JsonObject } from './read.js'
import type { ExternalDecision } from './types.js'
import { lineOf, parsedPurlOrError } from './decision-read.js'

const WHAT = 'an OpenVEX document'

/** Is this JSON an OpenVEX document (by its `@context`)? */
export function isOpenVex(doc: unknown): boolean {
  const ctx = isObject(doc) ? doc['@context'] : undefined
  return typeof ctx === 'string' && /^https:\/\/openvex\.dev\/ns/.test(ctx)
}

/**
 * Parses an OpenVEX document. Its shape is checked: a statement without a
 * vulnerability, with a status or justification OpenVEX does not define,
 * or with a malformed purl is refused, naming the statement.
 */
export function parseOpenVex(text: string, file: string): ExternalDecision[] {
  const doc = readJson(text, file, WHAT)
  if (!isOpenVex(doc)) {
    throw new UserError(
      `${file} is not ${WHAT}: its "@context" must be https://openvex.dev/ns/v0.2.0. Fix: keep only OpenVEX documents in the VEX folders (CSAF and CycloneDX VEX are not read).`,
      { file },
    )
  }
  const d = doc as JsonObject
  if (!Array.isArray(d.statements)) {
    throw new UserError(
      `${file} is not ${WHAT}: it has no "statements" array.`,
      {
        file,
      },
    )
  }

  const out: ExternalDecision[] = []
  d.statements.forEach((s, i) => {
    out.push(...statementDecisions(obj(s), i + 1, d, text, file))
  })
  return out
}

function statementDecisions(
  s: JsonObject,
  n: number,
  doc: JsonObject,
  text: string,
  file: string,
): ExternalDecision[] {
  const vuln =
    typeof s.vulnerability === 'string'
      ? { name: s.vulnerability }
      : obj(s.vulnerability)
  const atId = str(vuln['@id'])
  const name =
    str(vuln.name) ?? (atId ? (vulnIdsIn(atId)[0] ?? atId) : undefined)
  const line = name ? lineOf(text, `"${name}"`) : undefined
  const where = { file, line }
  if (!name) {
    throw new UserError(
      `${file}: statement ${n} has no vulnerability name or @id. Fix: add "vulnerability": {"name": "CVE-…"}.`,
      where,
    )
  }

  const status = str(s.status)
  if (!status || !(STATUSES as readonly string[]).includes(status)) {
    throw new UserError(
      `${file}: statement ${n} (${forLog(name, 60)}) has status "${forLog(status ?? '', 40)}". Fix: use one of ${STATUSES.join(', ')}.`,
      where,
    )
  }
  const justification = str(s.justification)
  if (
    justification &&
    !(JUSTIFICATIONS as readonly string[]).includes(justification)
  ) {
    throw new UserError(
      `${file}: statement ${n} (${forLog(name, 60)}) has justification "${forLog(justification, 60)}", which OpenVEX does not define. Fix: use one of ${JUSTIFICATIONS.join(', ')}.`,
      where,
    )
  }

  const purls = statementPurls(s, n, name, file, line)
  const base: Omit<ExternalDecision, 'purl'> = {
    id: normalizeVulnId(name),
    aliases: uniqueIds([
      name,
      ...(atId ? vulnIdsIn(atId) : []),
      ...arr(vuln.aliases).map(str),
    ]),
    status: status as ExternalDecision['status'],
    file,
    format: 'openvex',
  }
  if (line) base.line = line
  if (justification) base.justification = justification
  const impact = str(s.impact_statement)
  if (impact) base.impact_statement = impact
  const action = str(s.action_statement)
  if (action) base.action_statement = action
  const notes = str(s.status_notes)
  if (notes) base.status_notes = notes
  // The newest statement about a package wins, and a not_affected one
  // expires not_affected_max_days after it was made: the statement's own
  // time, else the document's (statements inherit it).
  const timestamp =
    str(s.last_updated) ??
    str(s.timestamp) ??
    str(doc.last_updated) ??
    str(doc.timestamp)
  if (timestamp) base.timestamp = timestamp
  const author = str(doc.author)
  if (author) base.author = author

  if (purls.length === 0) return [{ ...base, purl: '' }]
  return purls.map(({ purl, version }) =>
    version ? { ...base, purl, version } : { ...base, purl },
  )
}

/**
 * LIMITATION: the product a subcomponent belongs to is not kept; the
 * decision applies to the package wherever this repository has it.
 *
 * The packages a statement is about: each product's subcomponents when it
 * has any, else the product itself when its id is a purl. Products that are
 * not purls ("Unknown Product", a project name) name no package. A purl
 * with a version is about that version only; the same package without a
 * version is about every version, and outweighs the versioned ones.
 */
function statementPurls(
  s: JsonObject,
  n: number,
  name: string,
  file: string,
  line: number | undefined,
): { purl: string; version?: string }[] {
  const products = arr(s.products)
  const versions = new Map<string, Set<string> | 'any'>()
  const add = (p: unknown) => {
    const item = typeof p === 'string' ? { '@id': p } : obj(p)
    const ids = [str(item['@id']), str(obj(item.identifiers).purl)]
    for (const id of ids) {
      if (id && /^pkg:/i.test(id)) {
        const parsed = parsedPurlOrError(
          id,
          `${file}: statement ${n} (${forLog(name, 60)})`,
          file,
          line,
        )
        const known = versions.get(parsed.purl)
        if (!parsed.version) versions.set(parsed.purl, 'any')
        else if (known === undefined) {
          versions.set(parsed.purl, new Set([parsed.version]))
        } else if (known !== 'any') known.add(parsed.version)
        return
      }
    }
  }
  for (const p of products) {
    const subs = arr(obj(p).subcomponents)
    if (subs.length > 0) subs.forEach(add)
    else add(p)
  }
  const out: { purl: string; version?: string }[] = []
  for (const purl of [...versions.keys()].sort()) {
    const v = versions.get(purl)!
    if (v === 'any') out.push({ purl })
    else for (const version of [...v].sort()) out.push({ purl, version })
  }
  return out
}
