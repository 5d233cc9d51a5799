/**
 * Rule 1: nothing public may reveal a vulnerability still under embargo.
 * The release notes and public files must not name its id, aliases, CVE or
 * GHSA id, title or declared terms; and its own record, which sits in the
 * public security folder, must not hold its details.
 */
import type { LoadedRecord } from '../../records/src/types.js'
import {
  type Context,
  inRecord,
  report,
  subject,
  underEmbargo,
} from './context.js'
import { findWords, indexOf, revealingWords } from './scan.js'
import { EMBARGO_RULES, type PublicText } from './types.js'

// LIMITATION: only the notes and the public-files globs are scanned; commit
// messages, branch and tag names, and pull request titles are not.

// Enough places to find and fix the leak without flooding the log.
const MAX_HITS_PER_TEXT = 5

/** Rule 1 for every record under embargo. */
export function checkLeaks(ctx: Context): void {
  const texts = [ctx.input.notes, ...ctx.input.publicFiles]
  for (const loaded of ctx.input.records) {
    if (!underEmbargo(ctx, loaded)) continue
    checkMentions(ctx, loaded, texts)
    checkDetails(ctx, loaded)
  }
}

function checkMentions(
  ctx: Context,
  loaded: LoadedRecord,
  texts: PublicText[],
): void {
  const words = revealingWords(loaded)
  if (words.length === 0) return
  const about = subject(ctx, loaded)
  for (const t of texts) {
    // The record's own file is checked for details, not for its own id.
    if (t.path === loaded.file) continue
    const hits = findWords(indexOf(t), words)
    for (const hit of hits.slice(0, MAX_HITS_PER_TEXT)) {
      report(ctx, {
        rule: EMBARGO_RULES.leak,
        about,
        loaded,
        location: { file: t.path, line: hit.line, col: hit.col },
        message: `${t.path} reveals ${about.label}, whose fix is in no public release yet.`,
        fix: `remove it from ${t.path} until a release with the fix is public, or ship the fix in this release (add the version to fixed_in in ${loaded.file}).`,
      })
    }
    if (hits.length > MAX_HITS_PER_TEXT) {
      report(ctx, {
        rule: EMBARGO_RULES.leak,
        about,
        loaded,
        location: { file: t.path },
        message: `${t.path} reveals ${about.label} in ${hits.length - MAX_HITS_PER_TEXT} more places.`,
        fix: `remove every mention from ${t.path}.`,
      })
    }
  }
}

function checkDetails(ctx: Context, loaded: LoadedRecord): void {
  const about = subject(ctx, loaded)
  const r = loaded.record
  for (const field of ['description', 'workarounds'] as const) {
    if (r[field] === undefined || r[field] === '') continue
    report(ctx, {
      rule: EMBARGO_RULES.details,
      about,
      loaded,
      field: `/${field}`,
      location: inRecord(loaded, `/${field}`),
      message: `${about.label} has a public \`${field}\` while under embargo.`,
      fix: `move \`${field}\` to the private place named in disclosure.private_details and delete it from ${loaded.file} until the embargo lifts.`,
    })
  }
  if (!r.disclosure.private_details?.trim()) {
    report(ctx, {
      rule: EMBARGO_RULES.details,
      about,
      loaded,
      field: '/disclosure',
      location: inRecord(loaded, '/disclosure'),
      message: `${about.label} does not say where its private details live.`,
      fix: `set disclosure.private_details in ${loaded.file} to the place (a draft security advisory, a private issue) that holds them.`,
    })
  }
}
