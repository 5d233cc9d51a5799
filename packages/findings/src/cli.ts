/**
 * `psirt import`: external decisions (OpenVEX documents, scanner ignore
 * files) turned into record files, so a repository can adopt the security
 * folder without retyping its history.
 *
 * An ignore-file entry says "ignore" but not why in OpenVEX terms. With
 * `--owner` and `--due` it becomes `under_investigation` (someone owns the
 * question, with a date): a valid record. Without them it is written as
 * `not_affected` with TODO comments for the missing justification, impact
 * statement and review date; the validator refuses it until a person
 * completes it. Either way the entry's own reason is kept as a comment, and
 * nothing is accepted silently.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { dump } from 'js-yaml'
import {
  EXIT,
  dateOption,
  register,
  usageErrors,
  type Io,
} from '../../cli/src/cli.js'
import {
  UserError,
  errorMessage,
  formatProblem,
  type Problem,
} from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { packageNameOf } from '../../purl/src/index.js'
import { checkId, normalizeId } from '../../records/src/ids.js'
import {
  DEFAULT_CONFIG,
  isoToday,
  loadConfig,
  loadSecurityFolder,
} from '../../records/src/load.js'
import { RECORD_SCHEMA_VERSION } from '../../records/src/types.js'
import { parseDecisionFile } from './decisions.js'
import { compareIdPreference } from './ids.js'
import type { ExternalDecision } from './types.js'

const HELP = `usage: psirt import FILE... [--out DIR] [--dry-run] [--author NAME]
                    [--owner NAME --due YYYY-MM-DD] [--review-by YYYY-MM-DD]

Converts external decisions into record files, one per vulnerability:
OpenVEX documents (.json), osv-scanner.toml, .trivyignore, .trivyignore.yaml,
.grype.yaml, .snyk and audit-ci.jsonc.

  --out DIR          folder to write to (default: security)
  --dry-run          print the records instead of writing them
  --author NAME      review.author of the records (default: the VEX author)
  --owner, --due     turn ignore-file entries, which have no justification,
                     into under_investigation records owned by NAME, due then
  --review-by DATE   review_by for not_affected records without an expiry

Existing files are never overwritten. What is written is checked as
\`psirt validate\` checks it: a record that needs completing (an id that is
not a CVE or GHSA, a missing justification, impact or action statement) is
still written, with TODO comments, and listed with file:line. Exit codes:
0 written and valid, 1 some decisions conflict or a record needs
completing, 2 usage error.`

export interface ImportOptions {
  author?: string
  owner?: string
  due?: string
  reviewBy?: string
  today: string
}

export interface ImportedRecord {
  /** file name inside the output folder */
  name: string
  yaml: string
}

/** A file name for an id: safe on every file system. */
export function recordFileName(id: string): string {
  return `${id.replace(/[^A-Za-z0-9._-]+/g, '-')}.yml`
}

/**
 * Records for decisions, one per vulnerability id. Decisions for the same
 * id from several files join into one record when they agree on status;
 * when they disagree, no record is made for that id and the conflict is
 * reported in `conflicts`.
 */
export function importDecisions(
  decisions: ExternalDecision[],
  opts: ImportOptions,
): { records: ImportedRecord[]; conflicts: string[] } {
  const byId = new Map<string, ExternalDecision[]>()
  for (const d of decisions) {
    const id = normalizeId(d.id)
    const list = byId.get(id) ?? []
    list.push(d)
    byId.set(id, list)
  }

  const records: ImportedRecord[] = []
  const conflicts: string[] = []
  for (const [id, group] of [...byId].sort(([a], [b]) =>
    compareIdPreference(a, b),
  )) {
    const statuses = [...new Set(group.map((d) => d.status))]
    const justifications = [...new Set(group.map((d) => d.justification ?? ''))]
    if (statuses.length > 1 || justifications.length > 1) {
      const where = group.map(
        (d) =>
          `${d.file}${d.line ? `:${d.line}` : ''} (${d.status}${d.justification ? `/${d.justification}` : ''})`,
      )
      conflicts.push(
        `${id}: the decisions disagree: ${where.join(', ')}. Write its record by hand.`,
      )
      continue
    }
    records.push({
      name: recordFileName(id),
      yaml: recordYaml(id, group, opts),
    })
  }
  return { records, conflicts }
}

function recordYaml(
  id: string,
  group: ExternalDecision[],
  opts: ImportOptions,
): string {
  const d = group[0]
  const todo: string[] = []
  const aliases = [...new Set(group.flatMap((x) => x.aliases).map(normalizeId))]
    .filter((a) => a !== id)
    .sort(compareIdPreference)
  const purls = [...new Set(group.map((x) => x.purl))].sort()
  const anyPackage = purls.includes('')
  const packages = anyPackage ? [] : purls
  const impact = [
    ...new Set(
      group.map((x) => x.impact_statement).filter((n): n is string => !!n),
    ),
  ]
  const action = [
    ...new Set(
      group.map((x) => x.action_statement).filter((n): n is string => !!n),
    ),
  ]
  const expires = group
    .map((x) => x.expires)
    .filter((x): x is string => !!x)
    .sort()[0]

  if (checkId(id).problem || !checkId(id).kind) {
    todo.push(
      `replace id ${id} (a ${d.format} id) with the vulnerability's GHSA or CVE id`,
    )
  }
  if (anyPackage) {
    todo.push(
      'the source named no package: add `packages:` with the purl, or leave it out if the decision covers every package',
    )
  }

  const author = opts.author ?? group.find((x) => x.author)?.author
  if (!author)
    throw new UserError('--author is required: no decision names who made it.')

  const rec: { [key: string]: unknown } = {
    schema: RECORD_SCHEMA_VERSION,
    id,
  }
  if (aliases.length > 0) rec.aliases = aliases
  rec.title =
    packages.length === 1 ? `${id} in ${packageNameOf(packages[0])}` : id
  if (packages.length > 0) {
    rec.packages = packages.map((purl) => {
      // A decision about named versions only (an OpenVEX purl with a
      // version) stays about those versions.
      const versions = group
        .filter((x) => x.purl === purl)
        .map((x) => x.version)
      if (versions.some((v) => !v)) return { purl }
      const vulnerable = [...new Set(versions)]
        .sort()
        .map((v) => `= ${v}`)
        .join(' || ')
      return { purl, vulnerable }
    })
  }

  const ignoreEntry = d.status === 'not_affected' && !d.justification
  if (ignoreEntry && opts.owner && opts.due) {
    rec.status = 'under_investigation'
    rec.owner = opts.owner
    rec.due = opts.due
  } else {
    rec.status = d.status
    statusFields(rec, d, { impact, action, todo, opts })
  }
  // LIMITATION: `decided` is the import date, not the VEX timestamp: the
  // person importing reviews and owns the decision from now on.
  rec.review = { author, decided: opts.today }
  const reviewBy =
    rec.status === 'not_affected' ? (expires ?? opts.reviewBy) : undefined
  if (reviewBy) (rec.review as { [k: string]: string }).review_by = reviewBy
  else if (rec.status === 'not_affected')
    todo.push('add review.review_by: the date this decision expires')
  rec.disclosure = { kind: 'none' }

  const header = [
    `# Imported by psirt import on ${opts.today} from:`,
    ...group.map(
      (x) => `#   ${x.file}${x.line ? `:${x.line}` : ''} (${x.format})`,
    ),
    // The ignore file's own reason is shown for the reviewer, not taken as
    // the impact statement: "accept the risk" is not OpenVEX reasoning.
    ...group
      .filter((x) => x.status_notes)
      .map((x) => `# Note in ${x.file}: ${x.status_notes}`),
    ...todo.map((t) => `# TODO: ${t}`),
  ]
  return `${header.map(comment).join('\n')}\n${dump(rec, { lineWidth: 80, noRefs: true })}`
}

function statusFields(
  rec: { [key: string]: unknown },
  d: ExternalDecision,
  ctx: {
    impact: string[]
    action: string[]
    todo: string[]
    opts: ImportOptions
  },
): void {
  const { impact, action, todo, opts } = ctx
  switch (d.status) {
    case 'not_affected':
      if (d.justification) rec.justification = d.justification
      else
        todo.push(
          'add justification: one of the five OpenVEX justifications (the ignore file gave none)',
        )
      if (impact.length > 0) {
        rec.impact_statement = impact.join(' ')
      } else {
        todo.push(
          'add impact_statement: why the vulnerability cannot be exploited here',
        )
      }
      break
    case 'affected':
      if (action.length > 0) rec.action_statement = action.join(' ')
      else todo.push('add action_statement: what users or the team must do')
      if (opts.due) rec.due = opts.due
      else todo.push('add due: the date the mitigation must ship')
      break
    case 'fixed':
      rec.fixed_in = []
      todo.push('add fixed_in: the releases that contain the fix')
      break
    case 'under_investigation':
      if (opts.owner) rec.owner = opts.owner
      else todo.push('add owner: who investigates')
      if (opts.due) rec.due = opts.due
      else todo.push('add due: the date the investigation ends')
      break
  }
}

/** A YAML comment line that cannot break out of the comment. */
function comment(line: string): string {
  return forLog(line, 300).replace(/^(?!#)/, '# ')
}

async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = usageErrors('import', () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        author: { type: 'string' },
        owner: { type: 'string' },
        due: { type: 'string' },
        'review-by': { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
  )
  if (values.help) {
    io.out(HELP)
    return EXIT.ok
  }
  if (positionals.length === 0) {
    throw new UserError(
      'name at least one file to import (see `psirt import --help`).',
    )
  }
  if (values.owner !== undefined && values.due === undefined) {
    throw new UserError(
      '--owner needs --due: an investigation needs a deadline.',
    )
  }
  const opts: ImportOptions = {
    author: values.author,
    owner: values.owner,
    due: dateOption('due', values.due),
    reviewBy: dateOption('review-by', values['review-by']),
    today: dateOption('today', values.today) ?? isoToday(),
  }

  const decisions: ExternalDecision[] = []
  const problems: Problem[] = []
  for (const file of positionals) {
    let text: string
    try {
      text = await readFile(path.resolve(io.cwd, file), 'utf8')
    } catch (e) {
      throw new UserError(
        `${file} cannot be read (${forLog(errorMessage(e), 200)}).`,
        { file },
      )
    }
    decisions.push(...parseDecisionFile(text, file, undefined, problems))
  }
  for (const p of problems) io.err(forLog(formatProblem(p), 1000))

  const { records, conflicts } = importDecisions(decisions, opts)
  for (const c of conflicts) io.err(`psirt import: ${forLog(c, 1000)}`)

  const out = path.resolve(io.cwd, values.out ?? 'security')
  const shown = path.relative(io.cwd, out) || '.'
  if (!values['dry-run']) await mkdir(out, { recursive: true })
  let written = 0
  const writtenNames: string[] = []
  for (const r of records) {
    const target = path.join(out, r.name)
    const rel = path.join(shown, r.name)
    if (values['dry-run']) {
      io.out(
        forLog(
          `--- ${rel}${existsSync(target) ? ' (exists; would not be overwritten)' : ''}`,
          1000,
        ),
      )
      io.out(r.yaml)
      continue
    }
    try {
      await writeFile(target, r.yaml, { flag: 'wx' })
      written++
      writtenNames.push(r.name)
      io.out(forLog(`wrote ${rel}`, 1000))
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') throw e
      io.err(forLog(`psirt import: ${rel} exists; not overwritten.`, 1000))
    }
  }
  // What was written is checked as `psirt validate` would: a record with a
  // TODO (an id that is not a vulnerability id, a missing statement) is
  // written for a person to complete, but the command does not pass.
  const incomplete = values['dry-run']
    ? await validateDryRun(records, shown, io.cwd, opts.today)
    : await validateWritten(writtenNames, shown, io.cwd, opts.today)
  for (const p of incomplete) io.err(forLog(formatProblem(p), 1000))
  const files = new Set(incomplete.map((p) => p.file)).size
  if (files > 0) {
    io.err(
      `psirt import: ${files} record(s) ${values['dry-run'] ? 'would not' : 'do not'} pass \`psirt validate\` yet: complete the fields named above (the TODO comments in each file say what), then run \`psirt validate\`.`,
    )
  }
  if (!values['dry-run']) {
    io.out(
      `${written} record(s) written, ${records.length - written} left as they were, ${conflicts.length} conflict(s), ${files} to complete.`,
    )
  }
  return conflicts.length > 0 || files > 0 ? EXIT.findings : EXIT.ok
}

/**
 * The problems `psirt validate` reports in the records just written (and
 * their duplicates among the records already in the folder), with the
 * repository's policy when the working directory has one.
 */
async function validateWritten(
  names: string[],
  shown: string,
  cwd: string,
  today: string,
): Promise<Problem[]> {
  if (names.length === 0) return []
  const { config } = await loadConfig(cwd).catch(() => ({
    config: structuredClone(DEFAULT_CONFIG),
  }))
  const ours = new Set(names.map((n) => path.join(shown, n)))
  const { problems } = await loadSecurityFolder(
    cwd,
    { ...config, security_dir: shown },
    today,
  )
  return problems.filter((p) => ours.has(path.normalize(p.file)))
}

/** The same check for a dry run, on a copy in a temporary folder. */
async function validateDryRun(
  records: ImportedRecord[],
  shown: string,
  cwd: string,
  today: string,
): Promise<Problem[]> {
  if (records.length === 0) return []
  const tmp = await mkdtemp(path.join(tmpdir(), 'psirt-import-'))
  try {
    await mkdir(path.join(tmp, 'security'))
    for (const r of records) {
      await writeFile(path.join(tmp, 'security', r.name), r.yaml)
    }
    const { config } = await loadConfig(cwd).catch(() => ({
      config: structuredClone(DEFAULT_CONFIG),
    }))
    const { problems } = await loadSecurityFolder(
      tmp,
      { ...config, security_dir: 'security' },
      today,
    )
    return problems.map((p) => ({
      ...p,
      file: path.join(shown, path.relative('security', p.file)),
    }))
  } finally {
    await rm(tmp, { recursive: true, force: true })
  }
}

register(
  'import',
  'turn OpenVEX documents and scanner ignore files into records',
  importCommand,
)
