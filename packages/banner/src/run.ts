/**
 * One banner run, shared by the action and the CLI: load the configuration
 * and records, compute the block for the date, and apply it to the README
 * (in the workspace, by commit, or by pull request).
 */
import { existsSync, lstatSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { isAbsolute, join, posix } from 'node:path'
import {
  UserError,
  formatProblem,
  type Problem,
} from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { loadConfig, loadSecurityFolder } from '../../records/src/load.js'
import { recordSeverity } from '../../records/src/severity.js'
import { listsRelease } from '../../versions/src/releases.js'
import {
  type Config,
  type IsoDate,
  type LoadedRecord,
  positionOf,
} from '../../records/src/types.js'
import {
  type ApplyResult,
  type Rest,
  commitBanner,
  proposeBanner,
} from './apply.js'
import {
  type BannerEntry,
  applyBanner,
  bannerEntries,
  checkBannerDays,
  dayNumber,
  renderBanner,
} from './banner.js'

import { type ApplyMode, type BannerMode, DEFAULT_PR_BRANCH } from './modes.js'

export {
  APPLY_MODES,
  BANNER_MODES,
  DEFAULT_PR_BRANCH,
  type ApplyMode,
  type BannerMode,
} from './modes.js'

export interface BannerOptions {
  /** repository checkout holding the configuration and records */
  root: string
  today: IsoDate
  mode: BannerMode
  apply: ApplyMode
  /** configuration file, relative to root */
  config?: string
  /** overrides `security_dir` from the configuration */
  securityDir?: string
  /** overrides `banner.file` from the configuration */
  file?: string
  branch?: string
  /** `https://github.com/owner/repo`, for links */
  repoUrl?: string
  /** `owner/repo`, needed to commit or open a pull request */
  repository?: string
  /** the release tag of an update run: records it discloses count as published */
  release?: string
}

export interface BannerPlan {
  config: Config
  file: string
  entries: BannerEntry[]
  block: string
  /** warnings for the reader, e.g. a disclosed record without its date */
  notes: Problem[]
}

export interface BannerOutcome extends BannerPlan {
  result: ApplyResult
}

/** Stops the run on the first error; the message counts them all. */
function failOnErrors(problems: Problem[]): void {
  const errors = problems.filter((p) => p.severity === 'error')
  if (errors.length === 0) return
  // A banner computed from records that failed validation could drop an
  // advisory that must be shown, so any error stops the run.
  const first = errors[0]
  throw new UserError(
    `${errors.length} problem(s) in the configuration or records; the banner is not computed from invalid data. First: ${formatProblem(first)}`,
    { file: first.file, line: first.line, col: first.col },
  )
}

/**
 * Records the release `tag` discloses that carry no publication date yet
 * count as published on `today`, so the release run shows them. The
 * returned notes ask for the date to be recorded: the scheduled runs only
 * know what the records say.
 */
export function withReleaseDates(
  records: LoadedRecord[],
  tag: string | undefined,
  today: IsoDate,
): { records: LoadedRecord[]; notes: Problem[] } {
  if (!tag) return { records, notes: [] }
  const notes: Problem[] = []
  const out = records.map((loaded) => {
    const { record } = loaded
    const d = record.disclosure
    const severity = recordSeverity(record)?.severity
    if (
      !listsRelease(record.fixed_in, tag) ||
      d.kind === 'none' ||
      d.published ||
      (severity !== 'critical' && severity !== 'high')
    ) {
      return loaded
    }
    const where = { file: loaded.file, ...positionOf(loaded, '/disclosure') }
    if (d.embargoed === true) {
      // The record still says embargoed, so the banner keeps it out; the
      // note names only the file, never what the record is about.
      notes.push({
        ...where,
        rule: 'banner/still-embargoed',
        message: `release ${tag} discloses this record, but it still says disclosure.embargoed: true, so the banner leaves it out.`,
        fix: `once its advisory is public, set \`embargoed: false\` and \`published: ${today}\` under disclosure.`,
        severity: 'warning',
      })
      return loaded
    }
    notes.push({
      ...where,
      rule: 'banner/published-date',
      message: `release ${tag} discloses this record, but it has no disclosure.published date; the banner counts it as published on ${today} for this run only.`,
      fix: `add \`published: ${today}\` under disclosure, so the daily run keeps the banner for the configured days.`,
      severity: 'warning',
    })
    return {
      ...loaded,
      record: { ...record, disclosure: { ...d, published: today } },
    }
  })
  return { records: out, notes }
}

/** Loads what the banner needs; any invalid record or config fails closed. */
export async function planBanner(options: BannerOptions): Promise<BannerPlan> {
  if (dayNumber(options.today) === undefined) {
    throw new UserError(
      `The date "${forLog(options.today, 40)}" is not a calendar date. Fix: give it as YYYY-MM-DD.`,
    )
  }
  const { config, problems } = await loadConfig(options.root, options.config)
  if (options.securityDir) config.security_dir = options.securityDir
  failOnErrors(problems)
  checkBannerDays(config.banner.days)

  const folder = await loadSecurityFolder(options.root, config, options.today)
  // A decision dated after the banner's date is no reason to refuse it:
  // the date may be injected into the past, and what was published by then
  // does not depend on decisions taken later.
  failOnErrors(
    folder.problems.filter((p) => p.rule !== 'record/decided-future'),
  )
  const { records, notes } = withReleaseDates(
    folder.records,
    options.release,
    options.today,
  )
  const repoUrl =
    options.repoUrl ??
    (config.repository ? `https://github.com/${config.repository}` : undefined)
  const days = config.banner.days
  return {
    config,
    file: repositoryFile(options.file ?? config.banner.file),
    entries: bannerEntries(records, options.today, days, repoUrl),
    block: renderBanner(records, options.today, days, repoUrl),
    notes,
  }
}

/**
 * The banner file as a path inside the repository: it is written (locally
 * or through the contents API), so it may not leave the checkout.
 */
function repositoryFile(file: string): string {
  const norm = posix.normalize(file.split('\\').join('/'))
  if (
    file.trim() === '' ||
    isAbsolute(file) ||
    /^[A-Za-z]:/.test(file) ||
    norm === '.' ||
    norm === '..' ||
    norm.startsWith('../') ||
    norm.endsWith('/')
  ) {
    throw new UserError(
      `The banner file "${forLog(file, 100)}" is not a file inside the repository. Fix: name it relative to the repository root, e.g. README.md or docs/README.md.`,
    )
  }
  return norm.replace(/^\.\//, '')
}

function splitRepository(repository: string | undefined) {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(repository ?? '')
  if (!m) {
    throw new UserError(
      `The repository "${forLog(repository ?? '', 80)}" is not owner/name. Fix: run in GitHub Actions (GITHUB_REPOSITORY), or use \`apply: none\`.`,
    )
  }
  return { owner: m[1], repo: m[2] }
}

/** Writes the banner into the checkout's file; no API involved. */
async function applyLocally(
  root: string,
  file: string,
  block: string,
): Promise<ApplyResult> {
  const path = join(root, file)
  if (existsSync(path) && lstatSync(path).isSymbolicLink()) {
    throw new UserError(
      `${file} is a symbolic link; the banner writes only a regular file of the checkout. Fix: name the file the link points to, if it is inside the repository.`,
      { file },
    )
  }
  if (!existsSync(path)) {
    throw new UserError(
      `${file} does not exist in the checkout. Fix: create it, or name the file with the \`file\` input or \`banner.file\` in the configuration.`,
      { file },
    )
  }
  const bytes = await readFile(path)
  const text = bytes.toString('utf8')
  if (!Buffer.from(text, 'utf8').equals(bytes)) {
    throw new UserError(
      `${file} is not valid UTF-8, so the banner cannot keep its bytes unchanged. Fix: save it as UTF-8.`,
      { file },
    )
  }
  const next = applyBanner(text, block, file)
  if (next === text) return { changed: false, attempts: 1 }
  await writeFile(path, next)
  return { changed: true, attempts: 1 }
}

/** Computes the banner and applies it as `options.apply` says. */
export async function runBanner(
  options: BannerOptions,
  api?: Rest,
): Promise<BannerOutcome> {
  const plan = await planBanner(options)
  const update = (text: string) => applyBanner(text, plan.block, plan.file)
  const verb =
    options.mode === 'expire'
      ? 'Remove expired entries from'
      : 'Update the security notice in'
  const message = `${verb} ${plan.file}`

  if (options.apply === 'none') {
    const result = await applyLocally(options.root, plan.file, plan.block)
    return { ...plan, result }
  }
  if (!api) throw new Error('a GitHub client is needed to commit the banner')
  const target = { ...splitRepository(options.repository), path: plan.file }
  if (options.apply === 'commit') {
    const result = await commitBanner(api, target, update, {
      branch: options.branch,
      message,
    })
    return { ...plan, result }
  }
  const result = await proposeBanner(api, target, update, {
    head: options.branch ?? DEFAULT_PR_BRANCH,
    message,
    title: message,
    body:
      `The security notice in \`${plan.file}\` for ${options.today}: ` +
      `${plan.entries.length} advisory(ies) of critical or high severity ` +
      `published in the last ${plan.config.banner.days} days. ` +
      'Generated by psirt readme-banner from the security folder; ' +
      'merging it changes nothing outside the banner markers.',
  })
  return { ...plan, result }
}
