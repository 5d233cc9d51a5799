/**
 * The release-embargo-check engine: a pure function of the records, the
 * configuration, the release and what is already public.
 */
import { type Context, fixedHere, subject, underEmbargo } from './context.js'
import { checkCveIds, checkPublishedEarly } from './disclosure.js'
import { checkLeaks } from './leaks.js'
import { checkLockfiles } from './lockfile.js'
import { checkNotes } from './notes.js'
import type { EmbargoReport, LiftedRecord, ReleaseInput } from './types.js'
import { checkWaiting } from './wait.js'

/** Runs every rule (numbered as in docs/embargo.md) on one release. */
export function checkRelease(input: ReleaseInput): EmbargoReport {
  const ctx: Context = { input, problems: [] }
  checkLeaks(ctx) // 1
  checkPublishedEarly(ctx) // 2
  checkNotes(ctx) // 3
  checkLockfiles(ctx) // 4
  checkCveIds(ctx) // 5
  checkWaiting(ctx) // 6

  const lifted: LiftedRecord[] = []
  for (const loaded of input.records) {
    if (loaded.record.disclosure?.embargoed !== true) continue
    if (!fixedHere(ctx, loaded)) continue
    const about = subject(ctx, loaded)
    lifted.push(
      about.embargoed
        ? { file: loaded.file }
        : { file: loaded.file, id: loaded.record.id },
    )
  }

  const problems = ctx.problems.sort(
    (a, b) =>
      (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1) ||
      a.recordFile.localeCompare(b.recordFile) ||
      a.rule.localeCompare(b.rule) ||
      a.location.file.localeCompare(b.location.file) ||
      (a.location.line ?? 0) - (b.location.line ?? 0) ||
      (a.location.col ?? 0) - (b.location.col ?? 0),
  )
  return {
    version: input.version,
    problems,
    lifted: lifted.sort((a, b) => a.file.localeCompare(b.file)),
    fixed: input.records
      .filter((l) => fixedHere(ctx, l))
      .map((l) => l.file)
      .sort(),
    embargoed: input.records
      .filter((l) => underEmbargo(ctx, l))
      .map((l) => l.file)
      .sort(),
    checked: input.records.length,
  }
}
