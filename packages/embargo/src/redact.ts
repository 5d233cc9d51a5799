/**
 * The last guard before anything is written: every line, summary and
 * output passes through a Redactor that withholds any text of a record still
 * under embargo. Messages are built not to contain such text (subject.ts);
 * this catches what a bug, or another package's message (a loader error
 * quoting a line), would let through.
 */
import type { LoadedRecord } from '../../records/src/types.js'

export interface Redactor {
  /** the text with every embargoed detail replaced by `[withheld]` */
  (text: string): string
  /** how many replacements were made so far */
  count(): number
}

// LIMITATION: values shorter than this (a 3-letter term) are not withheld
// by this guard; the messages themselves never carry them.
// Shorter strings are too common to withhold without mangling messages.
const MIN_SECRET_LENGTH = 4

/** The text fields of a record that would identify or describe it. */
export function secretsOf(loaded: LoadedRecord): string[] {
  const r = loaded.record
  const d = r.disclosure ?? { kind: 'none' }
  const out: (string | undefined)[] = [
    r.id,
    ...(r.aliases ?? []),
    r.title,
    r.description,
    r.impact_statement,
    r.action_statement,
    r.mitigation,
    r.workarounds,
    r.owner,
    ...(r.credits ?? []),
    ...(r.references ?? []),
    ...(r.packages ?? []).map((p) => p.purl),
    // A purl written with a version: the package alone names it too.
    ...(r.packages ?? []).map((p) => p.purl?.replace(/[@?#].*$/, '')),
    d.cve_id,
    d.ghsa_id,
    d.private_details,
    ...(d.terms ?? []),
    d.potential_impact,
    d.dependency_update,
  ]
  return out
    .filter((s): s is string => typeof s === 'string')
    .map((s) => s.trim())
    .filter((s) => s.length >= MIN_SECRET_LENGTH)
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A redactor for the given records' secrets (case-insensitive). Record file
 * paths are public and are what messages name records by, so they are kept
 * even when a file is named after the id it holds.
 */
export function redactor(
  embargoed: LoadedRecord[],
  keep: string[] = [],
): Redactor {
  const kept = [...new Set(keep)].sort((a, b) => b.length - a.length)
  const secrets = [...new Set(embargoed.flatMap(secretsOf))].sort(
    (a, b) => b.length - a.length,
  )
  let n = 0
  const pattern =
    secrets.length > 0
      ? new RegExp(
          secrets.map((s) => escape(s).replace(/\s+/g, '\\s+')).join('|'),
          'gi',
        )
      : undefined
  const redact = ((text: string) => {
    if (!pattern) return text
    // Kept paths become placeholders (private-use characters, which are
    // stripped from the input first) while secrets are replaced.
    let t = text.replace(/[\uE000-\uF8FF]/g, '')
    kept.forEach((k, i) => {
      t = t.split(k).join(String.fromCharCode(0xe000 + i))
    })
    t = t.replace(pattern, () => {
      n++
      return '[withheld]'
    })
    kept.forEach((k, i) => {
      t = t.split(String.fromCharCode(0xe000 + i)).join(k)
    })
    return t
  }) as Redactor
  redact.count = () => n
  return redact
}
