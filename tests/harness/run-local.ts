/**
 * Runs one action locally through the runner harness and prints what the
 * runner would show. For people, not tests:
 *
 *   npx tsx tests/harness/run-local.ts actions/cvss-score \
 *     --input vector=CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N
 *
 * Options: --input name=value (repeatable), --event-name NAME,
 * --event FILE.json, --repository owner/repo, --workspace DIR (default: the
 * current directory), --node node20|node24, --api-url URL, --env NAME=VALUE
 * (repeatable; RUNNER_DEBUG=1 shows core.debug lines). The token for
 * `${{ github.token }}` defaults comes from the GITHUB_TOKEN variable.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { runAction, type NodeVersion, type RunOptions } from './runner.js'

function parseArgs(argv: string[]): RunOptions {
  const [action, ...rest] = argv
  if (!action || action.startsWith('--')) {
    throw new Error('usage: run-local.ts <action folder or bundle> [options]')
  }
  const opts: RunOptions = {
    action: resolve(action),
    inputs: {},
    cwd: process.cwd(),
    token: process.env.GITHUB_TOKEN,
  }
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]
    const value = rest[++i]
    if (value === undefined) throw new Error(`${flag} needs a value`)
    if (flag === '--input') {
      const eq = value.indexOf('=')
      if (eq <= 0) throw new Error(`--input ${value}: expected name=value`)
      opts.inputs![value.slice(0, eq)] = value.slice(eq + 1)
    } else if (flag === '--env') {
      const eq = value.indexOf('=')
      if (eq <= 0) throw new Error(`--env ${value}: expected NAME=VALUE`)
      opts.env = { ...opts.env, [value.slice(0, eq)]: value.slice(eq + 1) }
    } else if (flag === '--event-name') opts.eventName = value
    else if (flag === '--event') {
      opts.event = JSON.parse(readFileSync(value, 'utf8')) as object
    } else if (flag === '--repository') opts.repository = value
    else if (flag === '--workspace') opts.cwd = resolve(value)
    else if (flag === '--node') opts.node = value as NodeVersion
    else if (flag === '--api-url') opts.apiUrl = value
    else throw new Error(`unknown option ${flag}`)
  }
  return opts
}

const result = await runAction(parseArgs(process.argv.slice(2)))
const section = (title: string, body: string) =>
  console.log(`\n── ${title} ──\n${body.trimEnd() || '(empty)'}`)
section('stdout', result.stdout)
section('stderr', result.stderr)
section('outputs', JSON.stringify(result.outputs, null, 2))
section(
  'annotations',
  result.annotations
    .map(
      (a) =>
        `${a.level} ${a.file ?? ''}${a.line ? `:${a.line}` : ''}${a.col ? `:${a.col}` : ''} ${a.title ? `[${a.title}] ` : ''}${a.message}`,
    )
    .join('\n'),
)
section('job summary (markdown)', result.summary)
console.log(
  `\nexit code ${result.exitCode}${result.timedOut ? ' (timed out)' : ''}`,
)
process.exitCode = result.exitCode ?? 1
