/**
 * What every rule needs: the input, how to name a record, where its fields
 * sit, and a place to put problems. Messages are built from a Subject (see
 * subject.ts), locations and the rule's own words, never from record text.
 */
import { recordSeverity } from '../../records/src/severity.js'
import {
  type LoadedRecord,
  type Severity,
  positionOf,
} from '../../records/src/types.js'
import { fixedInPublicRelease, fixedInRelease } from './release.js'
import { recordFileReveals } from './scan.js'
import { type Subject, subjectOf } from './subject.js'
import type {
  EmbargoProblem,
  EmbargoRule,
  Location,
  ReleaseInput,
} from './types.js'

export interface Context {
  input: ReleaseInput
  problems: EmbargoProblem[]
}

/** Is the record's fix in the release under check? */
export function fixedHere(ctx: Context, loaded: LoadedRecord): boolean {
  return fixedInRelease(loaded, ctx.input.version)
}

/** Is the record's fix in a release that is already public? */
export function fixedPublicly(ctx: Context, loaded: LoadedRecord): boolean {
  return fixedInPublicRelease(
    loaded,
    ctx.input.version,
    ctx.input.releasedVersions,
  )
}

/** Marked embargoed, and no public release (nor this one) carries its fix. */
export function underEmbargo(ctx: Context, loaded: LoadedRecord): boolean {
  return (
    loaded.record.disclosure?.embargoed === true &&
    !fixedHere(ctx, loaded) &&
    !fixedPublicly(ctx, loaded)
  )
}

/**
 * How messages name the record. Anything marked embargoed stays anonymous
 * unless this release discloses it and is already public.
 */
export function subject(ctx: Context, loaded: LoadedRecord): Subject {
  const marked = loaded.record.disclosure?.embargoed === true
  const disclosedNow =
    fixedPublicly(ctx, loaded) ||
    (fixedHere(ctx, loaded) && ctx.input.releasePublic)
  const mayName = !marked || disclosedNow
  return subjectOf(loaded, mayName, !mayName && recordFileReveals(loaded))
}

/** Medium or higher, or unknown (which counts as medium: fail closed). */
export function atLeastMedium(loaded: LoadedRecord): boolean {
  const s: Severity | undefined = recordSeverity(loaded.record)?.severity
  return s === undefined || s === 'medium' || s === 'high' || s === 'critical'
}

/** The record's file at the position of one of its fields. */
export function inRecord(loaded: LoadedRecord, field: string): Location {
  const pos = positionOf(loaded, field)
  return { file: loaded.file, line: pos.line, col: pos.col }
}

/** Adds a problem about a record. */
export function report(
  ctx: Context,
  p: {
    rule: EmbargoRule
    about: Subject
    field?: string
    loaded: LoadedRecord
    location: Location
    message: string
    fix: string
    level?: 'error' | 'warning'
  },
): void {
  ctx.problems.push({
    rule: p.rule,
    recordFile: p.about.file,
    line: p.field ? positionOf(p.loaded, p.field).line : undefined,
    location: p.location,
    message: p.message,
    fix: p.fix,
    level: p.level ?? 'error',
  })
}
