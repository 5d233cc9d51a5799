/**
 * Untrusted text (record fields, alert titles, release notes) made safe for
 * the places it goes. The runner reads any log line starting with `::` as a
 * workflow command, and comments and summaries are rendered as markdown with
 * HTML, so neither may receive raw text.
 */

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g

/**
 * Text for one log line: control characters and newlines removed, and a
 * leading `::` (after any whitespace) neutralised so it cannot be a command.
 */
export function forLog(text: unknown, max = 300): string {
  let s = String(text ?? '')
    .replace(/\r?\n|\r/g, ' ')
    .replace(CONTROL, '')
  if (s.length > max) s = s.slice(0, max - 1) + '…'
  // A zero-width space breaks the `::` command prefix without hiding the text.
  return s.replace(/::/g, ':\u200b:')
}

const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>&~"']/g

/**
 * Text for inline markdown (tables, comments, summaries): one line, HTML and
 * markdown syntax escaped, so it renders as the literal text.
 */
export function forMarkdown(text: unknown, max = 500): string {
  let s = String(text ?? '')
    .replace(/\r?\n|\r/g, ' ')
    .replace(CONTROL, '')
  if (s.length > max) s = s.slice(0, max - 1) + '…'
  return s.replace(MD_SPECIAL, (c) => {
    if (c === '<') return '&lt;'
    if (c === '>') return '&gt;'
    if (c === '&') return '&amp;'
    if (c === '"') return '&quot;'
    if (c === "'") return '&#39;'
    return '\\' + c
  })
}

/** Text for a fenced code block: the fence cannot be closed from inside. */
export function codeFence(text: string, lang = ''): string {
  let fence = '```'
  while (text.includes(fence)) fence += '`'
  return `${fence}${lang}\n${text.replace(CONTROL, '')}\n${fence}`
}
