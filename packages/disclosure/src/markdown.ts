/**
 * The advisory in markdown: what the GitHub security advisory, the release
 * notes and the Discourse topic show. Every record field is escaped before
 * it reaches the template, so a template only arranges safe text.
 */
import type { Advisory } from './advisory.js'
import { ADVISORY_MD } from './defaults.js'
import {
  markdownBlock,
  markdownLink,
  markdownList,
  mdText,
  safeUrl,
  severityLabel,
} from './markup.js'
import type { Interval, ResolvedPackage } from './ranges.js'
import { renderDocument, type TemplateValues } from './template.js'

/** A template an adopter supplied, with its path for messages. */
export interface TemplateSource {
  text: string
  file: string
}

/** An interval for people: `>= 1.0.0, < 1.6.3`. */
export function intervalText(iv: Interval): string {
  const parts: string[] = []
  if (iv.introduced !== '0') parts.push(`>= ${iv.introduced}`)
  if (iv.fixed) parts.push(`< ${iv.fixed}`)
  if (iv.last_affected) parts.push(`<= ${iv.last_affected}`)
  return parts.length > 0 ? parts.join(', ') : 'all versions'
}

/** A dependency to update, for people: `ws (npm): affected >= 8.0.0, < 8.17.1, fixed in 8.17.1`. */
export function dependencyText(p: ResolvedPackage): string {
  return (
    `${p.name} (${p.ecosystem ?? p.type}): affected ${p.intervals.map(intervalText).join(' or ')}` +
    (p.fixed ? `, fixed in ${p.fixed}` : '')
  )
}

function fixedText(p: ResolvedPackage): string {
  const fixes = p.intervals.map((iv) => iv.fixed).filter((f) => !!f)
  return fixes.length > 0 ? fixes.join(', ') : (p.fixed ?? 'none')
}

function packagesTable(a: Advisory): string {
  if (a.packages.length === 0) return 'No package is named in the record.'
  const rows = a.packages.map(
    (p) =>
      `| ${mdText(p.name)} (${mdText(p.ecosystem ?? p.type)}) | ${mdText(p.intervals.map(intervalText).join(' or '))} | ${mdText(fixedText(p))} |`,
  )
  return ['| Package | Affected | Fixed |', '|---|---|---|', ...rows].join('\n')
}

function scoresTable(a: Advisory): string {
  if (a.scores.length === 0) return ''
  // Vectors were parsed by the scorer, so they hold only `A-Z0-9:/.`.
  const rows = a.scores.map(
    (s) =>
      `| CVSS ${s.version} | \`${s.vector}\` | ${s.score.toFixed(1)} | ${severityLabel(s.severity)} |`,
  )
  return [
    '| Version | Vector | Score | Severity |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n')
}

function releaseText(a: Advisory): string {
  const url = a.release.url ? safeUrl(a.release.url) : undefined
  const tag = mdText(a.release.tag)
  return url ? `[${tag}](${url})` : tag
}

/** The placeholders every markdown template may use, escaped. */
export function markdownValues(a: Advisory): TemplateValues {
  return {
    id: mdText(a.id),
    title: mdText(a.title),
    summary: markdownBlock(a.summary),
    severity: severityLabel(a.severity),
    cve_id: mdText(a.cve_id ?? ''),
    ghsa_id: mdText(a.ghsa_id ?? ''),
    aliases: mdText(a.aliases.join(', ')),
    related: mdText(a.related.join(', ')),
    dependencies: markdownList(
      a.dependencies.map((p) => mdText(dependencyText(p))),
    ),
    scores: scoresTable(a),
    packages: packagesTable(a),
    fixed_in: mdText(a.fixed_in.join(', ')),
    release: releaseText(a),
    published: a.published,
    dependency_update: markdownBlock(a.dependency_update),
    versions_tested: mdText(a.versions_tested.join(', ')),
    impact: markdownBlock(a.impact),
    workarounds: markdownBlock(a.workarounds),
    cwe: markdownList(a.cwe.map((c) => mdText(c))),
    credits: markdownList(a.credits.map((c) => mdText(c))),
    references: markdownList(a.references.map(markdownLink)),
    repository: mdText(a.repository ?? ''),
  }
}

/** The advisory in markdown, from the built-in or the adopter's template. */
export function renderMarkdown(a: Advisory, template?: TemplateSource): string {
  return renderDocument(
    template?.text ?? ADVISORY_MD,
    markdownValues(a),
    template?.file ?? 'advisory.md',
  )
}
