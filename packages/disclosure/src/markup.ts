/**
 * Record text made safe for the documents it ends up in: markdown blocks
 * (advisory, release notes, Discourse) and HTML (email). Inline text goes
 * through core's forMarkdown; these helpers keep paragraphs and links.
 */
import { forMarkdown } from '../../core/src/text.js'

// `@name` at the start of a word: GitHub and Discourse would notify the
// user or team. A zero-width space after the `@` (as an entity, so it
// survives editors) keeps the text and stops the mention.
const MENTION = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9_])/g

/**
 * Record text for inline markdown: core's forMarkdown, and no `@mention`
 * that would notify someone.
 */
export function mdText(text: unknown, max?: number): string {
  return forMarkdown(text, max).replace(MENTION, '@&#8203;')
}

/** Multi-line record text as markdown paragraphs, every line escaped. */
export function markdownBlock(text: string | undefined): string {
  if (!text) return ''
  return text
    .trim()
    .split(/\r?\n|\r/)
    .map((line) => mdText(line.trim(), 5000))
    .join('\n')
}

/** An http(s) URL in canonical form, or undefined for anything else. */
export function safeUrl(text: string): string | undefined {
  try {
    const u = new URL(text.trim())
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined
    // URL leaves these unencoded in some parts; a link target must not hold them.
    return u.href.replace(
      /[<>"'()\s`]/g,
      (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'),
    )
  } catch {
    return undefined
  }
}

/** A reference as a markdown link when it is a web URL, else as text. */
export function markdownLink(text: string): string {
  const url = safeUrl(text)
  if (!url) return mdText(text)
  return `[${mdText(text)}](${url})`
}

/** A markdown bullet list, or '' when there is nothing to list. */
export function markdownList(items: string[]): string {
  return items.map((i) => `- ${i}`).join('\n')
}

const HTML_SPECIAL: { [c: string]: string } = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text for HTML element content or a quoted attribute. */
export function escapeHtml(text: string | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => HTML_SPECIAL[c])
}

/** Multi-line text as HTML paragraphs, escaped. */
export function htmlParagraphs(text: string | undefined): string {
  if (!text) return ''
  return text
    .trim()
    .split(/(?:\r?\n){2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`)
    .join('\n')
}

/** A capitalised severity for people: `high` reads `High`. */
export function severityLabel(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
