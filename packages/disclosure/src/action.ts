/**
 * advisory-publish as an action: inputs read once into one object and
 * checked before any work, the records and configuration loaded, the
 * publication run, and its outcome written as outputs and a job summary.
 * actions/advisory-publish/main.ts only calls runAdvisoryAction.
 */
import * as core from '../../core/src/runner.js'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  booleanInput,
  listInput,
  optionalInput,
  runAction,
} from '../../core/src/action.js'
import {
  UserError,
  formatProblem,
  type Problem,
} from '../../core/src/errors.js'
import { forLog, forMarkdown } from '../../core/src/text.js'
import {
  SEVERITIES,
  type Config,
  type LoadedRecord,
  type Severity,
} from '../../records/src/types.js'
import {
  cveServicesUrl,
  type CveServicesAccount,
} from './channels/cve-services.js'
import type { DiscourseSite } from './channels/discourse.js'
import { checkSmtpUrl, type SmtpSettings } from './channels/email.js'
import type { GitHubRest } from './channels/github-rest.js'
import type { ChannelResult } from './channels/types.js'
import type { CveProvider } from './cve.js'
import type { TemplateSource } from './markdown.js'
import type { PublishReport } from './publish.js'
import { liftedRecords } from './select.js'

/** Every input of the action, read once. */
export interface AdvisoryInputs {
  token?: string
  tag?: string
  /** undefined: the default for the event */
  dryRun?: boolean
  allowPrerelease: boolean
  githubAdvisory: boolean
  requestCve: boolean
  securityDir?: string
  config?: string
  outDir?: string
  cveServicesUrl?: string
  cveApiUser?: string
  cveApiOrg?: string
  cveApiKey?: string
  cveOrgId?: string
  discourseUrl?: string
  discourseApiKey?: string
  discourseApiUsername?: string
  smtpUrl?: string
  emailTo: string[]
  emailFrom?: string
  advisoryTemplate?: string
  emailTextTemplate?: string
  emailHtmlTemplate?: string
}

/** Reads the inputs; a bad value is refused with the input's name. */
export function readInputs(): AdvisoryInputs {
  const dry = optionalInput('dry-run')
  const inputs: AdvisoryInputs = {
    token: optionalInput('token'),
    tag: optionalInput('tag'),
    dryRun: dry === undefined ? undefined : booleanInput('dry-run', false),
    allowPrerelease: booleanInput('allow-prerelease', false),
    githubAdvisory: booleanInput('github-advisory', true),
    requestCve: booleanInput('request-cve', false),
    securityDir: optionalInput('security-dir'),
    config: optionalInput('config'),
    outDir: optionalInput('out-dir'),
    cveServicesUrl: optionalInput('cve-services-url'),
    cveApiUser: optionalInput('cve-api-user'),
    cveApiOrg: optionalInput('cve-api-org'),
    cveApiKey: optionalInput('cve-api-key'),
    cveOrgId: optionalInput('cve-org-id'),
    discourseUrl: optionalInput('discourse-url'),
    discourseApiKey: optionalInput('discourse-api-key'),
    discourseApiUsername: optionalInput('discourse-api-username'),
    smtpUrl: optionalInput('smtp-url'),
    emailTo: listInput('email-to'),
    emailFrom: optionalInput('email-from'),
    advisoryTemplate: optionalInput('advisory-template'),
    emailTextTemplate: optionalInput('email-text-template'),
    emailHtmlTemplate: optionalInput('email-html-template'),
  }
  for (const secret of [
    inputs.token,
    inputs.cveApiKey,
    inputs.discourseApiKey,
    inputs.smtpUrl,
  ]) {
    if (secret) core.setSecret(secret)
  }
  return inputs
}

/** The GitHub context the action runs in. */
export interface RunContext {
  eventName: string
  event: { [k: string]: unknown }
  /** GITHUB_REF, e.g. refs/tags/v1.4.2 */
  ref?: string
  /** owner/name */
  repository?: string
  apiUrl: string
  root: string
  now: Date
}

/**
 * The release tag: the input, else the published release of the event,
 * else the pushed tag. Undefined when the event names none.
 */
export function releaseTagOf(
  inputs: Pick<AdvisoryInputs, 'tag'>,
  ctx: Pick<RunContext, 'event' | 'ref'>,
): string | undefined {
  if (inputs.tag) return inputs.tag
  const release = ctx.event.release as { tag_name?: unknown } | undefined
  if (release && typeof release.tag_name === 'string') return release.tag_name
  if (ctx.ref?.startsWith('refs/tags/'))
    return ctx.ref.slice('refs/tags/'.length)
  return undefined
}

/** Dry run unless told otherwise on pull requests; real elsewhere. */
export function isDryRun(
  inputs: Pick<AdvisoryInputs, 'dryRun'>,
  eventName: string,
): boolean {
  if (inputs.dryRun !== undefined) return inputs.dryRun
  return eventName === 'pull_request' || eventName === 'pull_request_target'
}

function template(
  root: string,
  input: string,
  file: string | undefined,
): TemplateSource | undefined {
  if (!file) return undefined
  const full = path.resolve(root, file)
  if (!existsSync(full)) {
    throw new UserError(
      `Input "${input}" names ${forLog(file, 200)}, which does not exist. Fix: give a path relative to the repository root, or remove the input to use the built-in template.`,
    )
  }
  return { text: readFileSync(full, 'utf8'), file }
}

function cveAccount(i: AdvisoryInputs): CveServicesAccount | undefined {
  const parts = [i.cveApiUser, i.cveApiOrg, i.cveApiKey]
  if (parts.every((p) => p === undefined)) return undefined
  if (parts.some((p) => p === undefined)) {
    throw new UserError(
      'CVE Services needs all of cve-api-user, cve-api-org and cve-api-key; only some are set. Fix: pass all three from secrets, or none to write the CVE record as a file.',
    )
  }
  if (!i.cveOrgId) {
    throw new UserError(
      'CVE Services is configured but cve-org-id is empty. Fix: set cve-org-id to your CNA organisation UUID.',
    )
  }
  return {
    url: cveServicesUrl(i.cveServicesUrl ?? 'test'),
    user: String(i.cveApiUser),
    org: String(i.cveApiOrg),
    key: String(i.cveApiKey),
  }
}

function discourseSite(
  i: AdvisoryInputs,
  config: Config,
  dryRun: boolean,
): DiscourseSite | undefined {
  const c = config.channels.discourse
  const url = i.discourseUrl ?? c?.url
  if (!url && !i.discourseApiKey) return undefined
  // A dry run on a pull request (from a fork, too) has no secrets: the
  // configured channel is previewed as skipped rather than failing the run.
  if (dryRun && url && c && !i.discourseApiKey) {
    core.notice(
      'Discourse is configured but discourse-api-key is empty; the dry run skips it.',
    )
    return undefined
  }
  if (!url || !c || !i.discourseApiKey) {
    throw new UserError(
      'Discourse is half configured: it needs channels.discourse (url, category) in the configuration and the discourse-api-key input. Fix: add both, or neither to skip Discourse.',
    )
  }
  const pin = (c.pin_severity ?? 'high') as Severity
  if (!SEVERITIES.includes(pin)) {
    throw new UserError(
      `channels.discourse.pin_severity must be one of ${SEVERITIES.join(', ')}.`,
    )
  }
  return {
    url,
    apiKey: i.discourseApiKey,
    apiUsername: i.discourseApiUsername ?? 'system',
    category: c.category,
    pinSeverity: pin,
    pinDays: Math.max(30, config.banner.days),
  }
}

function smtpSettings(
  i: AdvisoryInputs,
  config: Config,
): SmtpSettings | undefined {
  if (!i.smtpUrl) return undefined
  checkSmtpUrl(i.smtpUrl)
  const c = config.channels.email
  return {
    url: i.smtpUrl,
    to: i.emailTo.length > 0 ? i.emailTo : (c?.to ?? []),
    from: i.emailFrom ?? c?.from ?? '',
  }
}

/**
 * The record problems that stop a publication: any in a record the release
 * discloses, and any in a file that did not load at all (it might be one).
 * An expired decision elsewhere is triage-gate's to report, not a reason
 * to hold back an advisory.
 */
export function blockingProblems(
  records: LoadedRecord[],
  problems: Problem[],
  tag: string,
): Problem[] {
  const loaded = new Set(records.map((r) => r.file))
  const lifted = new Set(liftedRecords(records, tag).map((r) => r.file))
  return problems.filter((p) => !loaded.has(p.file) || lifted.has(p.file))
}

function problemsError(problems: Problem[]): UserError | undefined {
  const errors = problems.filter((p) => p.severity === 'error')
  if (errors.length === 0) return undefined
  for (const p of errors) {
    core.error(forLog(formatProblem(p), 1000), {
      title: p.rule,
      file: p.file,
      startLine: p.line,
      startColumn: p.col,
    })
  }
  return new UserError(
    `${errors.length} problem(s) in the configuration or records must be fixed before anything is published; the first: ${formatProblem(errors[0])}`,
    { file: errors[0].file, line: errors[0].line, col: errors[0].col },
  )
}

/** Loads everything and runs the publication. */
export async function runAdvisoryPublish(
  inputs: AdvisoryInputs,
  ctx: RunContext,
): Promise<PublishReport | undefined> {
  const dryRun = isDryRun(inputs, ctx.eventName)
  const tag = releaseTagOf(inputs, ctx)
  if (!tag) {
    if (dryRun) {
      core.notice(
        'No release tag in this event and no `tag` input: nothing to preview. Set `tag:` to preview the advisories of a coming release.',
      )
      return undefined
    }
    throw new UserError(
      `The ${forLog(ctx.eventName, 40)} event names no release. Fix: run advisory-publish on \`release: types: [published]\`, on a tag push, or pass \`tag:\`.`,
    )
  }

  // The loaders and channels load after the inputs are checked, so a run
  // that fails on an input starts fast.
  const { loadConfig, loadSecurityFolder } =
    await import('../../records/src/index.js')
  const { publish } = await import('./publish.js')
  const { GitHubRest } = await import('./channels/github-rest.js')
  const loadedConfig = await loadConfig(ctx.root, inputs.config)
  const config: Config = {
    ...loadedConfig.config,
    ...(inputs.securityDir ? { security_dir: inputs.securityDir } : {}),
    repository: loadedConfig.config.repository ?? ctx.repository,
  }
  const folder = await loadSecurityFolder(
    ctx.root,
    config,
    ctx.now.toISOString().slice(0, 10),
  )
  const bad = problemsError([
    ...loadedConfig.problems,
    ...blockingProblems(folder.records, folder.problems, tag),
  ])
  if (bad) throw bad

  const repository = config.repository ?? ctx.repository
  let github: GitHubRest | undefined
  if (inputs.token && repository && repository.includes('/')) {
    const [owner, repo] = repository.split('/')
    github = new GitHubRest(ctx.apiUrl, inputs.token, owner, repo, {
      log: (line) => core.info(forLog(line, 500)),
    })
  } else if (!dryRun) {
    throw new UserError(
      'advisory-publish needs the `token` input and the repository (GITHUB_REPOSITORY) to publish. Fix: pass `token:` with a token that can write releases and repository security advisories.',
    )
  }

  const cveServices = cveAccount(inputs)
  const provider: CveProvider | undefined = inputs.cveOrgId
    ? {
        orgId: inputs.cveOrgId,
        shortName: inputs.cveApiOrg,
        vendor: repository?.split('/')[0],
      }
    : undefined

  return publish(folder.records, config, {
    github,
    tag,
    dryRun,
    allowPrerelease: inputs.allowPrerelease,
    githubAdvisory: inputs.githubAdvisory,
    requestCve: inputs.requestCve,
    cveProvider: provider,
    cveServices,
    discourse: discourseSite(inputs, config, dryRun),
    smtp: smtpSettings(inputs, config),
    templates: {
      advisory: template(
        ctx.root,
        'advisory-template',
        inputs.advisoryTemplate,
      ),
      emailText: template(
        ctx.root,
        'email-text-template',
        inputs.emailTextTemplate,
      ),
      emailHtml: template(
        ctx.root,
        'email-html-template',
        inputs.emailHtmlTemplate,
      ),
    },
    outDir: path.resolve(ctx.root, inputs.outDir ?? 'psirt-advisories'),
    root: ctx.root,
    now: ctx.now,
    log: (line) => core.info(line),
  })
}

const OUTCOME_LABEL: { [k in ChannelResult['outcome']]: string } = {
  published: 'published',
  already: 'already there',
  planned: 'would publish',
  skipped: 'skipped',
  failed: 'FAILED',
}

/** The job summary: per record and channel, what happened and why. */
export function summaryMarkdown(
  report: PublishReport | undefined,
  stopped?: string,
): string {
  if (!report) {
    return stopped
      ? `## Advisory publication\n\nNothing was published: ${forMarkdown(stopped, 1000)}\n`
      : '## Advisory publication\n\nNo release to publish.\n'
  }
  const head = `## Advisory publication for ${forMarkdown(report.tag)}${report.dryRun ? ' (dry run)' : ''}\n\n`
  if (report.results.length === 0) {
    return head + 'This release lifts no embargo: nothing to publish.\n'
  }
  const rows = report.results.map(
    (r) =>
      `| ${forMarkdown(r.record)} | ${r.channel} | ${OUTCOME_LABEL[r.outcome]} | ${forMarkdown(r.detail, 400)} |`,
  )
  return (
    head +
    [
      '| Record | Channel | Outcome | Detail |',
      '|---|---|---|---|',
      ...rows,
    ].join('\n') +
    '\n'
  )
}

/**
 * The outputs other steps read. `dryRun` is the run's mode, which is
 * output even when there is no report (no tag: nothing to preview).
 */
export function setOutputs(
  report: PublishReport | undefined,
  dryRun: boolean,
): void {
  const results = report?.results ?? []
  core.setOutput('published', JSON.stringify(results))
  core.setOutput(
    'records',
    JSON.stringify(report?.rendered.map((r) => r.advisory.id) ?? []),
  )
  core.setOutput('files', JSON.stringify(report?.files ?? []))
  core.setOutput(
    'email-subject',
    report?.rendered.map((r) => r.email.subject).join('\n') ?? '',
  )
  core.setOutput(
    'ghsa-ids',
    JSON.stringify(
      Object.fromEntries(
        (report?.rendered ?? [])
          .filter((r) => r.advisory.ghsa_id)
          .map((r) => [r.advisory.id, r.advisory.ghsa_id]),
      ),
    ),
  )
  core.setOutput('dry-run', (report?.dryRun ?? dryRun) ? 'true' : 'false')
  core.setOutput(
    'failed',
    String(results.filter((r) => r.outcome === 'failed').length),
  )
}

function readEvent(): { [k: string]: unknown } {
  const file = process.env.GITHUB_EVENT_PATH
  if (!file || !existsSync(file)) return {}
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { [k: string]: unknown }
  } catch {
    throw new UserError(
      `GITHUB_EVENT_PATH (${forLog(file, 200)}) is not JSON; the runner wrote no usable event.`,
    )
  }
}

/** The action's entry: main.ts calls only this. */
export async function runAdvisoryAction(): Promise<void> {
  let report: PublishReport | undefined
  let stopped: string | undefined
  await runAction(
    async () => {
      try {
        await body()
      } catch (e) {
        if (e instanceof UserError) stopped = e.message
        throw e
      }
    },
    async () => {
      core.summary.addRaw(summaryMarkdown(report, stopped))
      await core.summary.write()
    },
  )

  async function body(): Promise<void> {
    const inputs = readInputs()
    core.startGroup('Publish the advisories of this release')
    try {
      report = await runAdvisoryPublish(inputs, {
        eventName: process.env.GITHUB_EVENT_NAME ?? '',
        event: readEvent(),
        ref: process.env.GITHUB_REF,
        repository: process.env.GITHUB_REPOSITORY,
        apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
        root: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        now: new Date(),
      })
    } finally {
      core.endGroup()
    }
    setOutputs(report, isDryRun(inputs, process.env.GITHUB_EVENT_NAME ?? ''))
    const failed = report?.results.filter((r) => r.outcome === 'failed') ?? []
    const fileOf = (id: string) =>
      report?.rendered.find((r) => r.advisory.id === id)?.advisory.file
    for (const f of failed.slice(1)) {
      core.error(forLog(`${f.record} ${f.channel}: ${f.detail}`, 1000), {
        title: `advisory-publish: ${f.channel}`,
        file: fileOf(f.record),
      })
    }
    if (failed.length > 0) {
      const f = failed[0]
      throw new UserError(
        `${failed.length} channel(s) failed; re-run after the fix to complete the rest without duplicates. First: ${f.record} ${f.channel}: ${f.detail}`,
        { file: fileOf(f.record) },
      )
    }
  }
}
