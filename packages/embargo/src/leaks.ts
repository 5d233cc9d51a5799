/**
 * Rule 1: nothing public may reveal a vulnerability still under embargo.
 * The release notes and public files must not name its id, aliases, CVE or
 * GHSA id, title or declared terms; and its own record, which sits in the
 * public security folder, must not hold its details.
 */
import type { LoadedRecord } from '../../records/src/types.js'
import { EMBARGO_DETAIL_FIELDS, detailAt } from '../../records/src/validate.js'
import {
  type Context,
  inRecord,
  report,
  subject,
  underEmbargo,
} from './context.js'
import {
  findWords,
  indexOf,
  pathReveals,
  recordFileReveals,
  revealingWords,
} from './scan.js'
import { WITHHELD_RECORD_FILE } from './subject.js'
import { EMBARGO_RULES, type PublicText } from './types.js'

// LIMITATION: only the notes, the public-files globs and the security folder
// (contents and paths) are scanned; commit messages, branch and tag names,
// and pull request titles are not.

// Enough places to find and fix the leak without flooding the log.
const MAX_HITS_PER_TEXT = 5

/** Rule 1 for every record under embargo. */
export function checkLeaks(ctx: Context): void {
  const texts = [ctx.input.notes, ...ctx.input.publicFiles]
  const secret = ctx.input.records.filter((l) => underEmbargo(ctx, l))
  // Files whose own name reveals a record under embargo: messages about
  // them do not give their path. Record files keep theirs: messages name
  // records by file (name them neutrally, see docs/embargo.md).
  const words = secret.flatMap(revealingWords)
  const records = new Set(ctx.input.records.map((l) => l.file))
  const withheld = new Set(
    texts
      .filter((t) => !records.has(t.path) && pathReveals(t.path, words))
      .map((t) => t.path),
  )
  for (const loaded of secret) {
    checkRecordFileName(ctx, loaded)
    checkMentions(ctx, loaded, texts, withheld)
    checkDetails(ctx, loaded)
  }
}

/**
 * An embargoed record's own file named after it (`security/CVE-2026-1.yml`)
 * reveals it to anyone who lists the repository, and every message that
 * names the record by its file would print it. The file is reported without
 * its name, and every other message withholds it too (outcome.ts).
 */
function checkRecordFileName(ctx: Context, loaded: LoadedRecord): void {
  if (!recordFileReveals(loaded)) return
  report(ctx, {
    rule: EMBARGO_RULES.recordFileName,
    about: subject(ctx, loaded),
    loaded,
    location: { file: WITHHELD_RECORD_FILE, nameWithheld: true },
    message: `${WITHHELD_RECORD_FILE} is named after it: its path holds the record's id, an alias or a term, and is public with the commit.`,
    fix: 'rename the file to a neutral name such as security/record-<n>.yml (`git mv`), before the commit that adds it is pushed if you can; messages name records by their file.',
  })
}

function checkMentions(
  ctx: Context,
  loaded: LoadedRecord,
  texts: PublicText[],
  withheld: Set<string>,
): void {
  const words = revealingWords(loaded)
  if (words.length === 0) return
  const about = subject(ctx, loaded)
  for (const t of texts) {
    // The record's own file is checked for details, not for its own id.
    if (t.path === loaded.file) continue
    // A file named after the vulnerability reveals it by its name alone;
    // then the name is withheld from every message about the file.
    const named = withheld.has(t.path)
    const file = named ? WITHHELD_FILE : t.path
    if (named && pathReveals(t.path, words)) {
      report(ctx, {
        rule: EMBARGO_RULES.leak,
        about,
        loaded,
        location: { file, nameWithheld: true },
        message: `The name of ${file} reveals ${about.label}, whose fix is in no public release yet.`,
        fix: `rename or remove the public file whose path holds the record's id or a term (\`git ls-files\` lists the names) until a release with the fix is public.`,
      })
    }
    const hits = findWords(indexOf(t), words)
    for (const hit of hits.slice(0, MAX_HITS_PER_TEXT)) {
      report(ctx, {
        rule: EMBARGO_RULES.leak,
        about,
        loaded,
        location: named
          ? { file, nameWithheld: true }
          : { file, line: hit.line, col: hit.col },
        message: `${file} reveals ${about.label}, whose fix is in no public release yet.`,
        fix: `remove it from ${file} until a release with the fix is public, or ship the fix in this release (add the version to fixed_in in ${loaded.file}).`,
      })
    }
    if (hits.length > MAX_HITS_PER_TEXT) {
      report(ctx, {
        rule: EMBARGO_RULES.leak,
        about,
        loaded,
        location: named ? { file, nameWithheld: true } : { file },
        message: `${file} reveals ${about.label} in ${hits.length - MAX_HITS_PER_TEXT} more places.`,
        fix: `remove every mention from ${file}.`,
      })
    }
  }
}

/** How messages name a public file whose own name reveals a record. */
export const WITHHELD_FILE = 'a public file (name withheld)'

function checkDetails(ctx: Context, loaded: LoadedRecord): void {
  const about = subject(ctx, loaded)
  const r = loaded.record
  for (const field of EMBARGO_DETAIL_FIELDS) {
    const v = detailAt(loaded.record, field)
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0))
      continue
    const name = field.slice(1).replace('/', '.')
    report(ctx, {
      rule: EMBARGO_RULES.details,
      about,
      loaded,
      field,
      location: inRecord(loaded, field),
      message: `${about.label} has a public \`${name}\` while under embargo.`,
      fix: `move \`${name}\` to the private place named in disclosure.private_details and delete it from ${loaded.file} until the embargo lifts.`,
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
