/**
 * One banner run, shared by the action and the CLI: load the configuration
 * and records, compute the block for the date, and apply it to the README
 * (in the workspace, by commit, or by pull request).
 */
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError, formatProblem } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { loadConfig, loadSecurityFolder } from '../../records/src/load.js'
import type { Config, IsoDate } from '../../records/src/types.js'
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

export const APPLY_MODES = ['commit', 'pull-request', 'none'] as const
export type ApplyMode = (typeof APPLY_MODES)[number]

export const BANNER_MODES = ['update', 'expire'] as const
export type BannerMode = (typeof BANNER_MODES)[number]

/** The pull request branch when none is named. */
export const DEFAULT_PR_BRANCH = 'psirt/readme-banner'

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
}

export interface BannerPlan {
  config: Config
  file: string
  entries: BannerEntry[]
  block: string
}

export interface BannerOutcome extends BannerPlan {
  result: ApplyResult
}

/** Loads what the banner needs; any invalid record or config fails closed. */
export async function planBanner(options: BannerOptions): Promise<BannerPlan> {
  if (dayNumber(options.today) === undefined) {
    throw new UserError(
      `The date "${forLog(options.today, 40)}" is not a calendar date. Fix: give it as YYYY-MM-DD.`,
    )
  }
  const loaded = await loadConfig(options.root, options.config)
  const config = loaded.config
  if (options.securityDir) config.security_dir = options.securityDir
  const problems = loaded.problems.filter((p) => p.severity === 'error')
  if (problems.length === 0) {
    checkBannerDays(config.banner.days)
    const folder = await loadSecurityFolder(options.root, config, options.today)
    // A decision dated after the banner's date is no reason to refuse it:
    // the date may be injected into the past, and what was published by
    // then does not depend on decisions taken later.
    problems.push(
      ...folder.problems.filter(
        (p) => p.severity === 'error' && p.rule !== 'record/decided-future',
      ),
    )
    if (problems.length === 0) {
      const repoUrl =
        options.repoUrl ??
        (config.repository
          ? `https://github.com/${config.repository}`
          : undefined)
      const entries = bannerEntries(
        folder.records,
        options.today,
        config.banner.days,
        repoUrl,
      )
      const block = renderBanner(
        folder.records,
        options.today,
        config.banner.days,
        repoUrl,
      )
      return {
        config,
        file: options.file ?? config.banner.file,
        entries,
        block,
      }
    }
  }
  // A banner computed from records that failed validation could drop an
  // advisory that must be shown, so any error stops the run.
  const first = problems[0]
  throw new UserError(
    `${problems.length} problem(s) in the configuration or records; the banner is not computed from invalid data. First: ${formatProblem(first)}`,
    { file: first.file, line: first.line, col: first.col },
  )
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
