// A small action for the runner harness tests. It touches every channel an
// action has to the runner, so the harness can be checked against each.
import * as core from '@actions/core'
import { context, getOctokit } from '@actions/github'

async function main() {
  const who = core.getInput('who', { required: true })
  core.setOutput('greeting', `${core.getInput('greeting word')} ${who}`)
  core.setOutput('node-version', process.version)
  core.setOutput('multi-line', 'first line\nsecond line')
  core.setOutput(
    'workspace-is-cwd',
    String(process.cwd() === process.env.GITHUB_WORKSPACE),
  )
  core.setOutput(
    'leaked',
    Object.keys(process.env)
      .filter((k) => k.startsWith('LEAK_'))
      .join(','),
  )

  core.setOutput('event-name', context.eventName)
  core.setOutput(
    'pr-number',
    String(context.payload.pull_request?.number ?? ''),
  )

  await core.summary
    .addHeading('Fixture summary', 2)
    .addRaw(`Greeted ${who}.`, true)
    .write()

  core.warning('Odd: 100% sure, a: b, c\nsecond line', {
    title: 'Fixture, title: with specials',
    file: 'security/GHSA-q7pp-wcgr-pffx.yml',
    startLine: 3,
    startColumn: 7,
  })
  core.notice('plain notice')
  core.exportVariable('FIXTURE_EXPORTED', 'yes\nreally')
  core.saveState('fixture-state', 'kept')
  core.addPath('/opt/fixture/bin')

  const token = core.getInput('token')
  if (token) {
    const octokit = getOctokit(token)
    const { data } = await octokit.rest.repos.get(context.repo)
    core.setOutput('full-name', data.full_name)
  }

  const failWith = core.getInput('fail-with')
  if (failWith) core.setFailed(failWith)
}

main().catch((e) => core.setFailed(e instanceof Error ? e.message : String(e)))
