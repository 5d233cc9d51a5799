/**
 * Adopter-overridable templates with a deliberately tiny syntax, so a
 * template can never run code:
 *
 *   {{name}}                  the value of `name`
 *   {{#name}} ... {{/name}}   the block, only when `name` is not empty
 *   {{^name}} ... {{/name}}   the block, only when `name` is empty
 *
 * Values are prepared by the caller (already escaped for the target
 * format), so the engine only substitutes text. An unknown name or an
 * unclosed block is the adopter's mistake and names the line and column.
 */
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'

export type TemplateValues = { [name: string]: string }

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string; at: number }
  | { kind: 'block'; name: string; negated: boolean; body: Node[]; at: number }

const TAG = /\{\{\s*([#^/]?)\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g

function where(source: string, at: number, file: string) {
  const before = source.slice(0, at)
  const line = before.split('\n').length
  const col = at - before.lastIndexOf('\n')
  return { file, line, col }
}

function parse(source: string, file: string): Node[] {
  const root: Node[] = []
  const stack: { name: string; body: Node[]; at: number }[] = []
  let body = root
  let last = 0
  for (const m of source.matchAll(TAG)) {
    const at = m.index ?? 0
    if (at > last) body.push({ kind: 'text', text: source.slice(last, at) })
    last = at + m[0].length
    const [, sigil, name] = m
    if (sigil === '#' || sigil === '^') {
      const block: Node = {
        kind: 'block',
        name,
        negated: sigil === '^',
        body: [],
        at,
      }
      body.push(block)
      stack.push({ name, body, at })
      body = block.body
    } else if (sigil === '/') {
      const open = stack.pop()
      if (!open || open.name !== name) {
        throw new UserError(
          `Template closes {{/${name}}} without a matching {{#${name}}}. Fix: close the blocks in the order they were opened.`,
          where(source, at, file),
        )
      }
      body = open.body
    } else {
      body.push({ kind: 'value', name, at })
    }
  }
  const open = stack.pop()
  if (open) {
    throw new UserError(
      `Template opens {{#${open.name}}} and never closes it. Fix: add {{/${open.name}}} where the block ends.`,
      where(source, open.at, file),
    )
  }
  if (last < source.length)
    body.push({ kind: 'text', text: source.slice(last) })
  return root
}

function value(
  values: TemplateValues,
  name: string,
  source: string,
  at: number,
  file: string,
): string {
  if (!Object.prototype.hasOwnProperty.call(values, name)) {
    const known = Object.keys(values).sort().join(', ')
    throw new UserError(
      `Template uses {{${forLog(name, 60)}}}, which is not a known placeholder. Fix: use one of ${known}.`,
      where(source, at, file),
    )
  }
  return values[name]
}

/** Fill a template; `file` names it in messages about the template. */
export function renderTemplate(
  source: string,
  values: TemplateValues,
  file = '<template>',
): string {
  const walk = (nodes: Node[]): string => {
    let out = ''
    for (const n of nodes) {
      if (n.kind === 'text') out += n.text
      else if (n.kind === 'value')
        out += value(values, n.name, source, n.at, file)
      else {
        const v = value(values, n.name, source, n.at, file).trim()
        if ((v !== '') !== n.negated) out += walk(n.body)
      }
    }
    return out
  }
  return walk(parse(source, file))
}

/**
 * Fill a template and tidy the blank lines that omitted blocks leave, so
 * an adopter can put each block on lines of its own.
 */
export function renderDocument(
  source: string,
  values: TemplateValues,
  file?: string,
): string {
  return (
    renderTemplate(source, values, file)
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  )
}
