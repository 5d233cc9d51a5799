/**
 * The triage-gate action: gathers findings from every configured source,
 * runs the verdict, and reports it (summary, annotations, outputs, JSON
 * report, OpenVEX, sticky comment, alert dismissals). actions/triage-gate/
 * main.ts only calls runTriageGateAction().
 */
import * as core from '../../core/src/runner.js'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runAction } from '../../core/src/action.js'
import {
  ServiceError,
  UserError,
  errorMessage,
  formatProblem,
  type Problem,
} from '../../core/src/errors.js'
import { forLog, forMarkdown } from '../../core/src/text.js'
import {
  parseDependabotAlerts,
  parseDependencyGraphCompare,
} from '../../findings/src/dependabot.js'
import { readReports } from '../../findings/src/reports.js'
import type { ExternalDecision, Finding } from '../../findings/src/types.js'
import {
  createClient,
  requestStats,
  type GitHubClient,
} from '../../github/src/client.js'
import { GitHubAccessError } from '../../github/src/permissions.js'
import { loadConfig, loadSecurityFolder } from '../../records/src/load.js'
import type { Config, LoadedRecord } from '../../records/src/types.js'
import { dismissalPlan } from './dismiss.js'
import {
  ALERTS_ROUTE,
  alertStates,
  CommentError,
  applyAlertWrites,
  fetchCompare,
  fetchDependabotAlerts,
  upsertStickyComment,
  type Repo,
} from './github.js'
import { labelIntroduced, mergeAll, readExternalDecisions } from './sources.js'
import { exportable, toOpenVex } from './openvex.js'
import { recordTemplate } from './record-template.js'
import {
  annotations,
  commentMarkdown,
  reportJson,
  summaryMarkdown,
  type SummaryOptions,
} from './render.js'
import {
  EVENTS,
  VERDICTS,
  dedupeProblems,
  triage,
  type TriageEvent,
  type TriageReport,
} from './verdict.js'

import { readInputs, type TriageGateInputs } from './inputs.js'

export { readInputs, type TriageGateInputs }

/** The run's context, from the runner's environment. */
export interface RunContext {
  workspace: string
  eventName: string
  event: Record<string, unknown>
  repository?: string
  sha?: string
  serverUrl: string
  apiUrl?: string
  runUrl?: string
  tempDir: string
}

export function contextFromEnv(env = process.env): RunContext {
  let event: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
    } catch (e) {
      throw new UserError(
        `The event payload ${forLog(env.GITHUB_EVENT_PATH)} cannot be read (${forLog(errorMessage(e))}).`,
      )
    }
  }
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
  return {
    workspace,
    eventName: env.GITHUB_EVENT_NAME ?? 'local',
    event,
    repository: env.GITHUB_REPOSITORY,
    sha: env.GITHUB_SHA,
    serverUrl,
    apiUrl: env.GITHUB_API_URL,
    runUrl:
      env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
    tempDir: env.RUNNER_TEMP ?? workspace,
  }
}

function eventOf(name: string): TriageEvent {
  if ((EVENTS as readonly string[]).includes(name)) return name as TriageEvent
  // pull_request_target is judged like a pull request.
  // LIMITATION: any other event not in EVENTS is judged like a push (mode
  // new-only does not apply to it).
  return name === 'pull_request_target' ? 'pull_request' : 'push'
}

function repoOf(ctx: RunContext): Repo {
  const [owner, repo] = (ctx.repository ?? '').split('/')
  if (!owner || !repo) {
    throw new UserError(
      'GITHUB_REPOSITORY is not set, so the repository to read alerts from is unknown. Fix: run the action in a GitHub workflow, or turn off `dependabot` and `dependency-review`.',
    )
  }
  return { owner, repo }
}

function needClient(
  inputs: TriageGateInputs,
  ctx: RunContext,
  why: string,
): GitHubClient {
  if (!inputs.token) {
    throw new UserError(
      `Input "token" is empty, but ${why} needs it. Fix: add \`token: \${{ github.token }}\` under \`with:\`.`,
    )
  }
  return createClient({
    token: inputs.token,
    apiUrl: ctx.apiUrl,
    log: (l) => core.info(l),
  })
}

/** The commits a pull request or merge group compares. */
function baseHead(ctx: RunContext): { base: string; head: string } | undefined {
  const pr = ctx.event.pull_request as
    { base?: { sha?: string }; head?: { sha?: string } } | undefined
  if (pr?.base?.sha && pr.head?.sha) {
    return { base: pr.base.sha, head: pr.head.sha }
  }
  const mg = ctx.event.merge_group as
    { base_sha?: string; head_sha?: string } | undefined
  if (mg?.base_sha && mg.head_sha) {
    return { base: mg.base_sha, head: mg.head_sha }
  }
  return undefined
}

interface PullRequestInfo {
  number: number
  author: string
  fork: boolean
}

function pullRequest(ctx: RunContext): PullRequestInfo | undefined {
  const pr = ctx.event.pull_request as
    | {
        number?: number
        user?: { login?: string }
        head?: { repo?: { fork?: boolean; full_name?: string } }
      }
    | undefined
  if (!pr || typeof pr.number !== 'number') return undefined
  const headRepo = pr.head?.repo
  return {
    number: pr.number,
    author: pr.user?.login ?? 'security-team',
    fork:
      headRepo?.fork === true &&
      headRepo.full_name !== undefined &&
      headRepo.full_name !== ctx.repository,
  }
}

/** What the summary needs, filled in as the run goes. */
interface RunState {
  report?: TriageReport
  problems: Problem[]
  templates?: SummaryOptions['templates']
  templatesNote?: string
  link?: (file: string) => string
  /** why the step failed, when an error stopped it */
  error?: string
}

// LIMITATION: at most MAX_ANNOTATIONS annotations per run (GitHub shows few
// per step anyway); the rest are in the summary and the JSON report.
const MAX_ANNOTATIONS = 50

function annotate(report: TriageReport, problems: Problem[]): void {
  const all = annotations(report, problems)
  for (const a of all.slice(0, MAX_ANNOTATIONS)) {
    const props = {
      title: forLog(a.title, 100),
      file: a.file,
      startLine: a.line,
      startColumn: a.col,
    }
    const msg = forLog(a.message, 1000)
    if (a.level === 'error') core.error(msg, props)
    else if (a.level === 'warning') core.warning(msg, props)
    else core.notice(msg, props)
  }
  if (all.length > MAX_ANNOTATIONS) {
    core.info(
      `${all.length - MAX_ANNOTATIONS} more annotations are in the job summary and the JSON report.`,
    )
  }
}

async function gatherFindings(
  inputs: TriageGateInputs,
  ctx: RunContext,
  config: Config,
  event: TriageEvent,
  state: { alerts?: unknown[]; client?: GitHubClient },
): Promise<Finding[]> {
  const globs = inputs.reports.length > 0 ? inputs.reports : config.reports
  if (globs.length === 0 && !inputs.dependabot) {
    throw new UserError(
      'No source of findings is configured, so nothing can be checked. Fix: set `reports:` (scanner output globs) or `dependabot: true`, or list report globs under `reports:` in the configuration file.',
    )
  }
  const findings: Finding[] = []
  if (globs.length > 0) {
    core.startGroup('Reading scanner reports')
    const fromReports = await readReports(globs, ctx.workspace)
    core.info(
      `${fromReports.length} findings from ${globs.length} report globs`,
    )
    findings.push(...fromReports)
    core.endGroup()
  }
  if (inputs.dependabot) {
    core.startGroup('Reading Dependabot alerts')
    state.client ??= needClient(inputs, ctx, 'reading Dependabot alerts')
    const repo = repoOf(ctx)
    state.alerts = await fetchDependabotAlerts(state.client, repo)
    const fromAlerts = parseDependabotAlerts(
      state.alerts,
      `${ALERTS_ROUTE.replace('{owner}', repo.owner).replace('{repo}', repo.repo)}`,
    )
    core.info(`${state.alerts.length} alerts, ${fromAlerts.length} not fixed`)
    findings.push(...fromAlerts)
    core.endGroup()
  }

  let introduced: Finding[] | undefined
  const bh = baseHead(ctx)
  if (
    inputs.dependencyReview &&
    (event === 'pull_request' || event === 'merge_group')
  ) {
    if (!bh) {
      throw new UserError(
        'The event payload has no base and head commits, so the dependency graph cannot be compared. Fix: run on pull_request or merge_group, or set `dependency-review: false`.',
      )
    }
    core.startGroup('Comparing the dependency graph')
    state.client ??= needClient(inputs, ctx, 'the dependency graph compare')
    const repo = repoOf(ctx)
    const changes = await fetchCompare(state.client, repo, bh.base, bh.head)
    introduced = parseDependencyGraphCompare(
      changes,
      `GET /repos/${repo.owner}/${repo.repo}/dependency-graph/compare/${bh.base.slice(0, 12)}...${bh.head.slice(0, 12)}`,
    )
    core.info(
      `${introduced.length} vulnerable dependencies added by this change`,
    )
    findings.push(...introduced)
    core.endGroup()
  }
  const merged = mergeAll(findings)
  return introduced ? labelIntroduced(merged, introduced) : merged
}

async function run(
  inputs: TriageGateInputs,
  ctx: RunContext,
  state: RunState,
): Promise<void> {
  const today = inputs.today ?? new Date()
  const event = eventOf(ctx.eventName)
  const root = ctx.workspace

  core.startGroup('Loading configuration and records')
  const loaded = await loadConfig(root, inputs.config)
  const config: Config = {
    ...loaded.config,
    ...(inputs.securityDir ? { security_dir: inputs.securityDir } : {}),
    ...(inputs.failOn ? { fail_on: inputs.failOn } : {}),
    ...(inputs.mode ? { mode: inputs.mode } : {}),
  }
  state.problems.push(...loaded.problems)
  let records: LoadedRecord[] = []
  const folder = await loadSecurityFolder(
    root,
    config,
    today.toISOString().slice(0, 10),
  )
  records = folder.records
  state.problems.push(...folder.problems)
  const external: ExternalDecision[] = await readExternalDecisions(
    root,
    config,
    state.problems,
  )
  core.info(
    `${records.length} records, ${external.length} decisions from other files, ${state.problems.length} problems`,
  )
  for (const p of state.problems) core.info(forLog(formatProblem(p), 1000))
  core.endGroup()

  if (ctx.repository && ctx.sha) {
    const base = `${ctx.serverUrl}/${ctx.repository}/blob/${ctx.sha}/`
    state.link = (file) => base + file
  }

  const gh: { alerts?: unknown[]; client?: GitHubClient } = {}
  const findings = await gatherFindings(inputs, ctx, config, event, gh)

  core.startGroup('Verdict')
  const report = triage({ findings, records, external, config, today, event })
  dedupeProblems(state.problems, report)
  if (state.problems.some((p) => p.severity === 'error')) report.failed = true
  state.report = report
  for (const v of report.verdicts) {
    if (v.level === 'notice') continue
    core.info(
      forLog(
        `${v.fails ? 'FAIL' : 'warn'} ${v.verdict} ${v.finding.id} ${v.finding.purl}: ${v.explanation}`,
        1000,
      ),
    )
  }
  core.info(
    VERDICTS.map((v) => `${v}=${report.counts[v]}`).join(' ') +
      ` failed=${report.failed}`,
  )
  core.endGroup()

  annotate(report, state.problems)
  writeOutputs(report, state.problems, inputs, ctx, config, records, today)

  const pr = pullRequest(ctx)
  const untriaged = report.verdicts.filter(
    (v) => v.verdict === 'untriaged' || v.verdict === 'grace',
  )
  const templates = untriaged.map((v) => ({
    verdict: v,
    template: recordTemplate(v.finding, {
      owner: pr?.author ?? 'security-team',
      today,
      config,
    }),
  }))
  if (pr && inputs.comment && event === 'pull_request') {
    await comment(inputs, ctx, pr, report, templates, state, gh)
  } else if (templates.length > 0) {
    state.templates = templates
    state.templatesNote =
      'Commit a record for each untriaged finding (it puts the finding under investigation, with an owner and a due date).'
  }

  if (inputs.dismissAlerts && gh.alerts) {
    if (event === 'pull_request' || event === 'merge_group') {
      // Alerts belong to the default branch; a record in a pull request is
      // not a decision until it is merged.
      core.info(
        'Dependabot alerts are dismissed or reopened by runs on the default branch (push, schedule), not from a pull request.',
      )
    } else {
      core.startGroup('Dependabot alert dismissals')
      const writes = dismissalPlan(report, alertStates(gh.alerts), (file) =>
        state.link ? state.link(file) : file,
      )
      await applyAlertWrites(gh.client!, repoOf(ctx), writes, (l) =>
        core.info(forLog(l)),
      )
      core.info(`${writes.length} alert updates sent`)
      core.setOutput('alerts-updated', String(writes.length))
      core.endGroup()
    }
  }
  if (gh.client) {
    const s = requestStats(gh.client)
    core.info(`GitHub API: ${s.requests} requests (${s.retries} retries)`)
  }

  if (report.failed) {
    const n = report.verdicts.filter((v) => v.fails).length
    const e =
      state.problems.filter((p) => p.severity === 'error').length +
      report.problems.filter((p) => p.severity === 'error').length
    core.setFailed(
      `triage-gate: ${n} findings fail the policy and ${e} records or inputs have errors; the job summary lists each with the fix.`,
    )
  }
}

async function comment(
  inputs: TriageGateInputs,
  ctx: RunContext,
  pr: PullRequestInfo,
  report: TriageReport,
  templates: NonNullable<RunState['templates']>,
  state: RunState,
  gh: { client?: GitHubClient },
): Promise<void> {
  const forkNote =
    'This pull request comes from a fork, so the check cannot comment on it; the records to commit are here instead.'
  if (pr.fork) {
    state.templates = templates
    state.templatesNote = forkNote
    return
  }
  core.startGroup('Pull request comment')
  gh.client ??= needClient(inputs, ctx, 'the pull request comment')
  const body = commentMarkdown(report, templates, ctx.runUrl)
  try {
    // A clean pull request gets no comment; one that had a comment sees it
    // updated to say it is clean now.
    const worth =
      templates.length > 0 || report.verdicts.some((v) => v.level !== 'notice')
    const r = await upsertStickyComment(
      gh.client,
      repoOf(ctx),
      pr.number,
      body,
      worth || report.failed,
    )
    core.info(`comment ${r.action}${r.id ? ` (id ${r.id})` : ''}`)
  } catch (e) {
    // The comment only repeats the verdict: whatever GitHub did to it, the
    // verdict decides the step, and the records go to the summary.
    if (!(e instanceof CommentError)) throw e
    const cause = e.cause
    state.templates = templates
    if (cause instanceof GitHubAccessError && cause.status === 403) {
      core.warning(
        `The token cannot comment on pull request #${pr.number}; the records to commit are in the job summary. ${forLog(cause.message, 500)}`,
      )
      state.templatesNote =
        'The token could not write the pull request comment; the records to commit are here instead.'
    } else {
      const why = githubFailure(cause)
      if (why === undefined) throw cause // not GitHub's answer: a bug
      core.warning(
        `The pull request comment on #${pr.number} could not be written: ${e.step} failed. ${forLog(why, 600)} The verdict stands; the records to commit are in the job summary.`,
      )
      state.templatesNote = `The pull request comment could not be written (${e.step} failed); the records to commit are here instead.`
    }
  }
  core.endGroup()
}

/**
 * What GitHub did, when `e` is GitHub's answer (a refusal, an outage, an
 * HTTP error such as a 404); undefined for anything else, which is a bug.
 */
function githubFailure(e: unknown): string | undefined {
  if (e instanceof UserError || e instanceof ServiceError) return e.message
  const status = (e as { status?: unknown }).status
  if (typeof status !== 'number') return undefined
  const data = (e as { response?: { data?: { message?: unknown } } }).response
    ?.data
  const said = typeof data?.message === 'string' ? `: "${data.message}"` : ''
  return `GitHub answered ${status}${said}.`
}

function writeOutputs(
  report: TriageReport,
  problems: Problem[],
  inputs: TriageGateInputs,
  ctx: RunContext,
  config: Config,
  records: LoadedRecord[],
  today: Date,
): void {
  for (const v of VERDICTS) core.setOutput(v, String(report.counts[v]))
  core.setOutput('failed', String(report.failed))
  core.setOutput('findings', String(report.verdicts.length))

  const reportFile = inputs.reportFile
    ? path.resolve(ctx.workspace, inputs.reportFile)
    : path.join(ctx.tempDir, 'psirt-triage-report.json')
  mkdirSync(path.dirname(reportFile), { recursive: true })
  writeFileSync(
    reportFile,
    JSON.stringify(reportJson(report, problems), null, 2) + '\n',
  )
  core.setOutput('report', reportFile)

  const repository = ctx.repository ?? config.repository
  if (exportable(records).length > 0 && repository) {
    const doc = toOpenVex(records, {
      repository,
      version: ctx.sha ?? '',
      today,
      config,
    })
    const file = inputs.openvexFile
      ? path.resolve(ctx.workspace, inputs.openvexFile)
      : path.join(ctx.tempDir, 'psirt.openvex.json')
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, JSON.stringify(doc, null, 2) + '\n')
    core.setOutput('openvex', file)
  } else {
    core.setOutput('openvex', '')
    core.info(
      'No OpenVEX document written: an OpenVEX document needs at least one statement, and there are no records (or no repository name).',
    )
  }
}

async function writeSummary(state: RunState): Promise<void> {
  let md: string
  if (state.report) {
    md = summaryMarkdown(state.report, {
      problems: state.problems,
      templates: state.templates,
      templatesNote: state.templatesNote,
      link: state.link,
      error: state.error,
    })
  } else {
    // The run stopped before a verdict: say so, never show an empty pass.
    md = [
      '## triage-gate: ❌ failed before a verdict',
      '',
      state.error
        ? `The check could not gather its inputs: ${forMarkdown(state.error, 1000)}`
        : 'The check could not gather its inputs; the step log and annotations say why.',
      '',
      ...state.problems.map((p) => `- ${forMarkdown(formatProblem(p), 500)}`),
      '',
    ].join('\n')
  }
  await core.summary.addRaw(md).write()
}

/** The action entry: read inputs, run, and always write the summary. */
export async function runTriageGateAction(
  given?: TriageGateInputs,
): Promise<void> {
  const state: RunState = { problems: [] }
  await runAction(
    async () => {
      try {
        const inputs = given ?? readInputs()
        const ctx = contextFromEnv()
        await run(inputs, ctx, state)
      } catch (e) {
        // Fail closed: whatever stopped the run, `failed` says so (it may
        // have been set to false by a passing verdict before a write failed).
        core.setOutput('failed', 'true')
        state.error =
          e instanceof UserError || e instanceof ServiceError
            ? e.message
            : 'an internal error (a bug in psirt-actions); the step log has the details.'
        throw e
      }
    },
    async () => {
      if (process.env.GITHUB_STEP_SUMMARY) await writeSummary(state)
    },
  )
}
