/**
 * The release-embargo-check action: inputs and event in, the engine run on
 * the workspace, annotations, outputs, the JSON report and the job summary
 * out. Everything shown passes through the outcome's redaction.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import * as core from '../../core/src/runner.js'
import { runAction } from '../../core/src/action.js'
import { UserError, errorMessage } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { createClient, paginate } from '../../github/src/index.js'
import { checkRelease } from './check.js'
import { gatherRelease, readNotesFile } from './gather.js'
import type { EmbargoInputs } from './inputs.js'
import { type Outcome, buildOutcome } from './outcome.js'
import type { AdvisoryFact, PublicText } from './types.js'

export { readInputs, type EmbargoInputs } from './inputs.js'

/** The runner's environment, as the action sees it. */
export interface RunnerEnv {
  workspace: string
  eventName?: string
  event: Event
  ref?: string
  repository?: string
  apiUrl?: string
  tempDir: string
}

interface Event {
  action?: string
  release?: {
    id?: number
    tag_name?: string
    body?: string | null
    draft?: boolean
  }
}

/** Reads the runner's environment variables and event payload. */
export function runnerEnv(env: NodeJS.ProcessEnv = process.env): RunnerEnv {
  let event: Event = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Event
    } catch (e) {
      throw new UserError(
        `The event payload ${forLog(env.GITHUB_EVENT_PATH)} cannot be read (${forLog(errorMessage(e))}).`,
      )
    }
  }
  return {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    eventName: env.GITHUB_EVENT_NAME,
    event,
    ref: env.GITHUB_REF,
    repository: env.GITHUB_REPOSITORY,
    apiUrl: env.GITHUB_API_URL,
    tempDir: env.RUNNER_TEMP ?? tmpdir(),
  }
}

/** The version under release: the input, the release event, or the tag. */
export function releaseVersion(inputs: EmbargoInputs, env: RunnerEnv): string {
  if (inputs.version) return inputs.version
  const tag = env.event.release?.tag_name
  if (env.eventName === 'release' && tag) return tag
  if (env.ref?.startsWith('refs/tags/')) return env.ref.slice(10)
  throw new UserError(
    'Input "version" is required unless the workflow runs on a release or a tag push. Fix: add `version: v1.2.3` under `with:` (on a pull request into a release branch, the version the branch will release).',
  )
}

/** Is the release already public, so the ids it discloses may be printed? */
export function releaseIsPublic(env: RunnerEnv): boolean {
  return (
    env.eventName === 'release' &&
    (env.event.action === 'published' || env.event.action === 'released') &&
    env.event.release?.draft !== true
  )
}

type Client = ReturnType<typeof createClient>

function repo(env: RunnerEnv): { owner: string; repo: string } {
  const [owner, name] = (env.repository ?? '').split('/')
  if (!owner || !name) {
    throw new UserError(
      'GITHUB_REPOSITORY is not set, so the GitHub API cannot be asked. Fix: run in GitHub Actions, or leave `token` empty.',
    )
  }
  return { owner, repo: name }
}

async function releaseNotes(
  inputs: EmbargoInputs,
  env: RunnerEnv,
  version: string,
  client: Client | undefined,
): Promise<PublicText> {
  if (inputs.notes !== undefined) {
    return { path: 'input notes', text: inputs.notes }
  }
  if (inputs.notesFile !== undefined) {
    return readNotesFile(env.workspace, inputs.notesFile)
  }
  const release = env.event.release
  if (env.eventName === 'release' && release) {
    let body = release.body ?? ''
    // The body may have been edited since the event; the API has it now.
    if (client && release.id !== undefined) {
      const { data } = await client.request(
        'GET /repos/{owner}/{repo}/releases/{release_id}',
        { ...repo(env), release_id: release.id },
      )
      body = data.body ?? ''
    }
    return { path: `release ${version} notes`, text: body }
  }
  throw new UserError(
    'No release notes: give `notes` or `notes-file`, or run on a release event. Fix: add `notes-file: RELEASE_NOTES.md` (or the file your release uses) under `with:`.',
  )
}

/** Tags of releases that are already public (drafts excluded). */
async function publicReleases(
  client: Client,
  env: RunnerEnv,
): Promise<string[]> {
  const releases = await paginate<{ tag_name: string; draft: boolean }>(
    client,
    'GET /repos/{owner}/{repo}/releases',
    repo(env),
  )
  return releases.filter((r) => !r.draft).map((r) => r.tag_name)
}

/**
 * Published repository advisories. Reading advisories needs a permission
 * the built-in token may lack; then the records' own dates still count, and
 * the gap is reported as a warning rather than ignored.
 */
async function publishedAdvisories(
  client: Client,
  env: RunnerEnv,
): Promise<{ advisories?: AdvisoryFact[]; warning?: string }> {
  try {
    const list = await paginate<AdvisoryFact>(
      client,
      'GET /repos/{owner}/{repo}/security-advisories',
      { ...repo(env), state: 'published' },
    )
    return {
      advisories: list.map((a) => ({
        ghsa_id: a.ghsa_id,
        cve_id: a.cve_id,
        state: a.state,
        published_at: a.published_at,
      })),
    }
  } catch (e) {
    // GitHub answers 404 when the token may not see advisories at all.
    const status = (e as { status?: unknown }).status
    if (!(e instanceof UserError) && status !== 404) throw e
    const why =
      e instanceof UserError
        ? e.message
        : 'GitHub answered 404: the token cannot see them. Fix: pass a GitHub App or fine-grained token with "Repository security advisories: read" as `token`.'
    return {
      warning: `Could not list the repository's security advisories, so rule 2 used only the dates in the records. ${why}`,
    }
  }
}

/** What a run produced, for outputs and the summary. */
export interface EmbargoRun {
  version: string
  outcome: Outcome
  reportPath: string
}

/** Runs the check for the action; returns what main.ts reports. */
export async function runEmbargoCheck(
  inputs: EmbargoInputs,
  env: RunnerEnv,
): Promise<EmbargoRun> {
  const version = releaseVersion(inputs, env)
  const client = inputs.token
    ? createClient({ token: inputs.token, apiUrl: env.apiUrl, log: core.info })
    : undefined

  core.startGroup(`Release ${forLog(version, 80)}: reading what is public`)
  const notes = await releaseNotes(inputs, env, version, client)
  core.info(
    `Release notes: ${forLog(notes.path)} (${notes.text.length} characters).`,
  )
  let releasedVersions: string[] | undefined
  let advisories: AdvisoryFact[] | undefined
  const apiWarnings: string[] = []
  if (client) {
    const releases = await publicReleases(client, env)
    // A repository that tags without GitHub releases lists none; then the
    // release order stands in, as without a token.
    releasedVersions = releases.length > 0 ? releases : undefined
    core.info(
      releases.length > 0
        ? `${releases.length} public release(s) on GitHub.`
        : 'No releases on GitHub: fixed_in versions before this one count as released.',
    )
    const adv = await publishedAdvisories(client, env)
    advisories = adv.advisories
    if (adv.warning) apiWarnings.push(adv.warning)
    else
      core.info(
        `${advisories?.length ?? 0} published repository advisory(ies).`,
      )
  } else {
    core.info(
      'No token: fixed_in versions before this one count as released, and only the records say what is published.',
    )
  }
  core.endGroup()

  const { input, problems } = await gatherRelease({
    root: env.workspace,
    configFile: inputs.config,
    securityDir: inputs.securityDir,
    version,
    notes,
    publicFiles: inputs.publicFiles,
    lockfileDirs: inputs.lockfileDirs,
    releasedVersions,
    advisories,
    today: inputs.date,
    releasePublic: releaseIsPublic(env),
  })
  for (const w of apiWarnings) {
    problems.push({
      file: '.github/workflows',
      rule: 'embargo/advisories-unread',
      message: w,
      severity: 'warning',
    })
  }

  core.startGroup(
    `Checking ${input.records.length} record(s) and ${input.publicFiles.length} public file(s)`,
  )
  const report = checkRelease(input)
  const outcome = buildOutcome(report, input, problems, inputs.failOnWarnings)
  // One line per record the release concerns, named by file only.
  const lifting = new Set(outcome.json.lifted.map((l) => l.file))
  for (const file of outcome.json.fixed) {
    core.info(
      `${forLog(file)}: fixed in this release${lifting.has(file) ? '; its embargo lifts' : ''}.`,
    )
  }
  if (outcome.json.embargoed.length > 0) {
    core.info(
      `${outcome.json.embargoed.length} record(s) stay under embargo: ${forLog(outcome.json.embargoed.join(', '), 1000)}.`,
    )
  }
  // Notes given as text or read from the release body are no file in the
  // repository; their annotations carry no file to point at.
  const virtual = inputs.notesFile === undefined ? notes.path : undefined
  for (const p of outcome.problems) annotate(p, virtual)
  core.endGroup()

  const reportPath = resolve(
    env.workspace,
    inputs.reportFile ?? join(env.tempDir, 'psirt-embargo-report.json'),
  )
  mkdirSync(dirname(reportPath), { recursive: true })
  writeFileSync(reportPath, JSON.stringify(outcome.json, null, 2) + '\n')
  return { version, outcome, reportPath }
}

function annotate(
  p: Outcome['problems'][number],
  virtual: string | undefined,
): void {
  const text = forLog(p.fix ? `${p.message} Fix: ${p.fix}` : p.message, 2000)
  // A file whose name reveals an embargoed record is not named at all.
  const inFile = p.location.file !== virtual && !p.location.nameWithheld
  const props = {
    title: p.title,
    file: inFile ? p.location.file : undefined,
    startLine: inFile ? p.location.line : undefined,
    startColumn: inFile ? p.location.col : undefined,
  }
  if (p.level === 'error') core.error(text, props)
  else if (p.level === 'warning') core.warning(text, props)
  else core.notice(text, props)
}

/** Sets the outputs and the step's result. */
export function report(run: EmbargoRun): void {
  const j = run.outcome.json
  core.setOutput('passed', j.passed ? 'true' : 'false')
  core.setOutput('lifted', JSON.stringify(j.lifted))
  core.setOutput('problems', String(j.errors + j.warnings))
  core.setOutput('errors', String(j.errors))
  core.setOutput('warnings', String(j.warnings))
  core.setOutput('report', run.reportPath)
  core.info(
    `Release ${forLog(j.version, 80)}: ${j.errors} error(s), ${j.warnings} warning(s); fixes ${j.fixed.length}, lifts the embargo on ${j.lifted.length}.`,
  )
  if (run.outcome.redactions > 0) {
    core.info(
      `${run.outcome.redactions} embargoed detail(s) were withheld from messages.`,
    )
  }
  if (!j.passed) {
    core.setFailed(
      `Release ${forLog(j.version, 80)} fails the embargo check: ${j.errors} error(s)` +
        (j.warnings > 0 ? `, ${j.warnings} warning(s)` : '') +
        '. See the annotations and the job summary.',
    )
  }
}

/** The job summary: the outcome's (already redacted), or why it is missing. */
export function summaryText(run: EmbargoRun | undefined): string {
  if (run) return run.outcome.summary
  return '## Release embargo check did not run\n\nSee the step log for the reason.\n'
}

/** The action entry after the inputs are valid: check, report, summarise. */
export async function runEmbargoAction(inputs: EmbargoInputs): Promise<void> {
  let run: EmbargoRun | undefined
  await runAction(
    async () => {
      run = await runEmbargoCheck(inputs, runnerEnv())
      report(run)
    },
    async () => {
      core.summary.addRaw(summaryText(run))
      await core.summary.write()
    },
  )
}
