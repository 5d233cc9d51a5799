/**
 * readme-banner: reads the inputs once, runs the banner, and reports it as
 * outputs and a job summary. The work is in packages/banner.
 */
import * as core from '../../packages/core/src/runner.js'
import { existsSync, readFileSync } from 'node:fs'
import {
  dateInput,
  runAction,
  optionalInput,
} from '../../packages/core/src/action.js'
import { UserError } from '../../packages/core/src/errors.js'
import { forLog, forMarkdown } from '../../packages/core/src/text.js'
import type { Rest } from '../../packages/banner/src/apply.js'
import {
  APPLY_MODES,
  BANNER_MODES,
  type ApplyMode,
  type BannerMode,
} from '../../packages/banner/src/modes.js'
import type { BannerOutcome } from '../../packages/banner/src/run.js'

function choice<T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = optionalInput(name) ?? fallback
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UserError(
      `Input "${name}" must be one of ${allowed.join(', ')}, not "${forLog(v, 40)}". Fix: set \`${name}: ${fallback}\` or another of those values.`,
    )
  }
  return v as T
}

function readInputs() {
  const date = dateInput('date') ?? new Date().toISOString().slice(0, 10)
  const apply: ApplyMode = choice('apply', APPLY_MODES, 'commit')
  const token = optionalInput('token')
  if (apply !== 'none' && !token) {
    throw new UserError(
      `Input "token" is empty, so the banner cannot be ${apply === 'commit' ? 'committed' : 'proposed'}. Fix: pass \`token: \${{ github.token }}\` with \`permissions: contents: write\`, or set \`apply: none\`.`,
    )
  }
  return {
    date,
    apply,
    token,
    mode: choice('mode', BANNER_MODES, 'update') as BannerMode,
    file: optionalInput('file'),
    branch: optionalInput('branch'),
    securityDir: optionalInput('security-dir'),
    config: optionalInput('config'),
    release: optionalInput('release') ?? releaseOfEvent(),
  }
}

/** The tag a `release` event or a tag push names, which an update discloses. */
function releaseOfEvent(): string | undefined {
  const ref = process.env.GITHUB_REF ?? ''
  if (process.env.GITHUB_EVENT_NAME === 'push') {
    return ref.startsWith('refs/tags/')
      ? ref.slice('refs/tags/'.length)
      : undefined
  }
  const path = process.env.GITHUB_EVENT_PATH
  if (process.env.GITHUB_EVENT_NAME !== 'release' || !path) return undefined
  if (!existsSync(path)) return undefined
  const event = JSON.parse(readFileSync(path, 'utf8')) as {
    release?: { tag_name?: unknown }
  }
  const tag = event.release?.tag_name
  return typeof tag === 'string' && tag !== '' ? tag : undefined
}

function summarise(outcome: BannerOutcome, date: string): void {
  const { entries, result, file, config } = outcome
  core.summary.addHeading('README security banner', 2)
  core.summary.addRaw(
    `${entries.length} critical or high advisory(ies) published in the ` +
      `${config.banner.days} days up to ${date}. `,
  )
  if (result.pullRequest !== undefined) {
    core.summary.addRaw(
      `${forMarkdown(file)}: ${result.changed ? 'updated in' : 'already in'} pull request #${result.pullRequest}.`,
    )
  } else {
    core.summary.addRaw(
      `${forMarkdown(file)}: ${result.changed ? 'updated' : 'no change'}.`,
    )
  }
  core.summary.addBreak()
  if (entries.length > 0) {
    core.summary.addRaw(
      '\n\n| advisory | severity | published |\n|---|---|---|\n' +
        entries
          .map(
            (e) =>
              `| ${forMarkdown(e.id)} | ${e.severity} | ${forMarkdown(e.published)} |`,
          )
          .join('\n') +
        '\n',
    )
  }
}

/** One log line per decision, annotations for notes, and the outputs. */
function report(outcome: BannerOutcome): void {
  for (const n of outcome.notes) {
    core.warning(forLog(`${n.message} Fix: ${n.fix}`, 1000), {
      title: 'psirt readme-banner',
      file: n.file,
      startLine: n.line,
      startColumn: n.col,
    })
  }
  for (const e of outcome.entries) {
    core.info(`${e.severity}: ${forLog(e.id)} published ${forLog(e.published)}`)
  }
  const r = outcome.result
  core.info(
    `${forLog(outcome.file)}: ${r.changed ? 'changed' : 'no change'}` +
      (r.commitSha ? `, commit ${r.commitSha}` : '') +
      (r.pullRequest !== undefined ? `, pull request #${r.pullRequest}` : '') +
      (r.closedPullRequest !== undefined
        ? `, closed the outdated pull request #${r.closedPullRequest}`
        : '') +
      (r.attempts > 1 ? ` after ${r.attempts} attempts` : ''),
  )
  core.setOutput('changed', r.changed ? 'true' : 'false')
  core.setOutput('banner', outcome.block)
  core.setOutput('entries', String(outcome.entries.length))
  core.setOutput('commit-sha', r.commitSha ?? '')
  core.setOutput(
    'pull-request-number',
    r.pullRequest === undefined ? '' : String(r.pullRequest),
  )
}

let date = ''
let outcome: BannerOutcome | undefined

await runAction(
  async () => {
    const inputs = readInputs()
    // The engine loads only once the inputs are valid: a misconfigured step
    // fails without parsing the whole bundle.
    const [{ runBanner }, { createClient }] = await Promise.all([
      import('../../packages/banner/src/run.js'),
      import('../../packages/github/src/client.js'),
    ])
    date = inputs.date
    const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com'
    const repository = process.env.GITHUB_REPOSITORY
    const api: Rest | undefined =
      inputs.apply === 'none' || !inputs.token
        ? undefined
        : (createClient({
            token: inputs.token,
            log: (line) => core.info(forLog(line)),
          }) as unknown as Rest)

    core.startGroup(
      `Banner for ${date} (${inputs.mode}, apply: ${inputs.apply})`,
    )
    try {
      const done = await runBanner(
        {
          root: process.env.GITHUB_WORKSPACE ?? process.cwd(),
          today: date,
          mode: inputs.mode,
          apply: inputs.apply,
          config: inputs.config,
          securityDir: inputs.securityDir,
          file: inputs.file,
          branch: inputs.branch,
          repository,
          release: inputs.mode === 'update' ? inputs.release : undefined,
          repoUrl: repository ? `${server}/${repository}` : undefined,
        },
        api,
      )
      outcome = done
      report(done)
    } finally {
      // The group closes even when the run fails inside it.
      core.endGroup()
    }
  },
  async () => {
    if (outcome) summarise(outcome, date)
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.write()
  },
)
