/**
 * Rule 3: every medium-or-higher vulnerability this release fixes is named
 * in its release notes, by id (or alias) and with a pointer to its record
 * (the record's path, or a link to its GitHub security advisory).
 */
import type { LoadedRecord } from '../../records/src/types.js'
import {
  type Context,
  atLeastMedium,
  fixedHere,
  report,
  subject,
} from './context.js'
import { type TextIndex, indexOf, mentionsIn } from './scan.js'
import { EMBARGO_RULES } from './types.js'

function ids(loaded: LoadedRecord): string[] {
  const r = loaded.record
  return [
    r.id,
    ...r.aliases,
    r.disclosure.cve_id ?? '',
    r.disclosure.ghsa_id ?? '',
  ]
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** The record's path, or its advisory link (`.../security/advisories/GHSA-...`). */
function pointsToRecord(notes: TextIndex, loaded: LoadedRecord): boolean {
  const advisories = ids(loaded)
    .filter((id) => /^ghsa-/i.test(id))
    .map((ghsa) => `security/advisories/${ghsa}`)
  return mentionsIn(notes, [loaded.file, ...advisories])
}

/** Rule 3 for every record this release fixes. */
export function checkNotes(ctx: Context): void {
  const notes = ctx.input.notes
  for (const loaded of ctx.input.records) {
    if (!fixedHere(ctx, loaded) || !atLeastMedium(loaded)) continue
    const named = mentionsIn(indexOf(notes), ids(loaded))
    const pointed = pointsToRecord(indexOf(notes), loaded)
    if (named && pointed) continue
    const about = subject(ctx, loaded)
    const missing =
      !named && !pointed
        ? 'neither name it nor link its record'
        : !named
          ? 'link its record but do not name it by id or alias'
          : 'name it but do not link its record'
    report(ctx, {
      rule: EMBARGO_RULES.notMentioned,
      about,
      loaded,
      location: { file: notes.path },
      message: `This release fixes ${about.label}, of medium or higher severity, but the release notes (${notes.path}) ${missing}.`,
      fix: `add a line to the release notes giving the record's id or an alias and the path ${loaded.file} (or its security advisory link).`,
    })
  }
}
