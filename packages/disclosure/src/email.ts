/**
 * The announcement email: a subject line, a plain-text body and an HTML
 * body. Every record field is HTML-escaped in the HTML body; the record
 * can never contribute markup of its own.
 */
import { headlineIds, type Advisory } from './advisory.js'
import { EMAIL_HTML, EMAIL_TEXT } from './defaults.js'
import {
  dependencyText,
  intervalText,
  type TemplateSource,
} from './markdown.js'
import { escapeHtml, htmlParagraphs, safeUrl, severityLabel } from './markup.js'
import { renderDocument, type TemplateValues } from './template.js'

export interface Email {
  subject: string
  text: string
  html: string
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g

/** Text for a plain-text body: control characters removed. */
function plain(text: string | undefined): string {
  return String(text ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .trim()
}

/** One header line: no line breaks, so no header can be injected. */
function headerLine(text: string, max = 200): string {
  const s = text
    .replace(/[\r\n]+/g, ' ')
    .replace(CONTROL, '')
    .trim()
  return s.length > max ? s.slice(0, max - 1) + '…' : s
}

/** The subject of the announcement. */
export function emailSubject(a: Advisory): string {
  const ids = headlineIds(a).join(', ')
  return headerLine(
    `[Security] ${severityLabel(a.severity)}: ${a.title} (${ids}), fixed in ${a.release.tag}`,
  )
}

function packageLines(a: Advisory): string[] {
  return a.packages.map(
    (p) =>
      `${p.name}: affected ${p.intervals.map(intervalText).join(' or ')}` +
      (p.fixed ? `, fixed in ${p.fixed}` : ''),
  )
}

function textValues(a: Advisory): TemplateValues {
  return {
    id: plain(a.id),
    title: plain(a.title),
    summary: plain(a.summary),
    severity: severityLabel(a.severity),
    cve_id: plain(a.cve_id),
    ghsa_id: plain(a.ghsa_id),
    fixed_in: plain(a.fixed_in.join(', ')),
    release: plain(a.release.tag),
    packages: packageLines(a)
      .map((l) => `- ${plain(l)}`)
      .join('\n'),
    dependency_update: plain(a.dependency_update),
    dependencies: a.dependencies
      .map((p) => `- ${plain(dependencyText(p))}`)
      .join('\n'),
    related: plain(a.related.join(', ')),
    versions_tested: plain(a.versions_tested.join(', ')),
    impact: plain(a.impact),
    workarounds: plain(a.workarounds),
    references: a.references.map((r) => `- ${plain(r)}`).join('\n'),
  }
}

function htmlLink(text: string): string {
  const url = safeUrl(text)
  return url
    ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`
    : escapeHtml(text)
}

function htmlList(items: string[]): string {
  if (items.length === 0) return ''
  return `<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`
}

function htmlValues(a: Advisory): TemplateValues {
  return {
    id: escapeHtml(a.id),
    title: escapeHtml(a.title),
    summary: htmlParagraphs(a.summary),
    severity: escapeHtml(severityLabel(a.severity)),
    cve_id: escapeHtml(a.cve_id),
    ghsa_id: escapeHtml(a.ghsa_id),
    fixed_in: escapeHtml(a.fixed_in.join(', ')),
    release: escapeHtml(a.release.tag),
    packages: htmlList(packageLines(a).map(escapeHtml)),
    dependency_update: escapeHtml(a.dependency_update),
    dependencies: htmlList(
      a.dependencies.map((p) => escapeHtml(dependencyText(p))),
    ),
    related: escapeHtml(a.related.join(', ')),
    versions_tested: escapeHtml(a.versions_tested.join(', ')),
    impact: htmlParagraphs(a.impact),
    workarounds: htmlParagraphs(a.workarounds),
    references: htmlList(a.references.map(htmlLink)),
  }
}

/** Adopter templates for the two bodies; either may be omitted. */
export interface EmailTemplates {
  text?: TemplateSource
  html?: TemplateSource
}

/** The announcement email of an advisory. */
export function renderEmail(
  a: Advisory,
  templates: EmailTemplates = {},
): Email {
  return {
    subject: emailSubject(a),
    text: renderDocument(
      templates.text?.text ?? EMAIL_TEXT,
      textValues(a),
      templates.text?.file ?? 'email.txt',
    ),
    html: renderDocument(
      templates.html?.text ?? EMAIL_HTML,
      htmlValues(a),
      templates.html?.file ?? 'email.html',
    ),
  }
}
