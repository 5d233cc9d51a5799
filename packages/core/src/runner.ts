/**
 * The Actions runner's protocol (inputs from INPUT_* variables, outputs and
 * the job summary through the files the runner names, workflow commands on
 * stdout), for the part of `@actions/core` the actions use.
 *
 * Why not `@actions/core` itself: version 3 pulls in `@actions/http-client`
 * and undici for OIDC tokens we never request, and loading that alone takes
 * about 3× as long as `node -e ""`, twice the start-up budget of a whole
 * action (DESIGN.md §6). The protocol is small and documented; the tests run
 * this module and `@actions/core` side by side and compare what the runner
 * would read.
 */
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** A value as the runner reads it: strings as they are, others as JSON. */
function commandValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** Writes one workflow command line: `::name key=value,…::message`. */
export function issueCommand(
  command: string,
  properties: { [key: string]: unknown },
  message: unknown,
): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(commandValue(v))}`)
    .join(',')
  process.stdout.write(
    `::${command}${props ? ` ${props}` : ''}::${escapeData(commandValue(message))}${EOL}`,
  )
}

/** The runner's name for an input's variable: spaces to `_`, upper case. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** An input's value, trimmed; '' when absent. */
export function getInput(
  name: string,
  options: { required?: boolean; trimWhitespace?: boolean } = {},
): string {
  const raw = process.env[inputVariable(name)] ?? ''
  if (options.required && raw === '') {
    throw new Error(`Input required and not supplied: ${name}`)
  }
  return options.trimWhitespace === false ? raw : raw.trim()
}

/** Appends `name<<delimiter` … to a file command (GITHUB_OUTPUT, …). */
function fileCommand(variable: string, name: string, value: unknown): void {
  const file = process.env[variable]
  if (!file) throw new Error(`${variable} is not set; not running in a runner?`)
  const text = commandValue(value)
  // Random enough: a value that contains its delimiter is refused below.
  // (node:crypto's randomUUID would cost a module load at start-up.)
  const delimiter = `ghadelimiter_${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`
  if (name.includes(delimiter) || text.includes(delimiter)) {
    throw new Error(`the value of ${name} contains its delimiter`)
  }
  appendFileSync(
    file,
    `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`,
  )
}

/** Sets a step output. */
export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) {
    fileCommand('GITHUB_OUTPUT', name, value)
    return
  }
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, value)
}

/** Masks a value in every later log line. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

function annotation(
  level: 'error' | 'warning' | 'notice',
  message: string | Error,
  props: AnnotationProperties = {},
): void {
  issueCommand(
    level,
    {
      title: props.title,
      file: props.file,
      line: props.startLine,
      endLine: props.endLine,
      col: props.startColumn,
      endColumn: props.endColumn,
    },
    message instanceof Error ? message.toString() : message,
  )
}

export function error(
  message: string | Error,
  props?: AnnotationProperties,
): void {
  annotation('error', message, props)
}

export function warning(
  message: string | Error,
  props?: AnnotationProperties,
): void {
  annotation('warning', message, props)
}

export function notice(
  message: string | Error,
  props?: AnnotationProperties,
): void {
  annotation('notice', message, props)
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name)
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '')
}

/** Fails the step: exit code 1 and an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1
  error(message)
}

/** The job summary, buffered and appended to GITHUB_STEP_SUMMARY. */
class Summary {
  private buffer = ''

  addRaw(text: string, addEOL = false): this {
    this.buffer += text
    return addEOL ? this.addEOL() : this
  }

  addEOL(): this {
    return this.addRaw(EOL)
  }

  addHeading(text: string, level: number | string = 1): this {
    const n = Math.min(6, Math.max(1, Number(level) || 1))
    return this.addRaw(`<h${n}>${text}</h${n}>`).addEOL()
  }

  addBreak(): this {
    return this.addRaw('<br>').addEOL()
  }

  stringify(): string {
    return this.buffer
  }

  isEmptyBuffer(): boolean {
    return this.buffer.length === 0
  }

  emptyBuffer(): this {
    this.buffer = ''
    return this
  }

  /** Appends the buffer to the summary file and empties it. */
  async write(): Promise<this> {
    const file = process.env.GITHUB_STEP_SUMMARY
    if (!file) {
      throw new Error(
        'GITHUB_STEP_SUMMARY is not set; the job summary is only written in a runner.',
      )
    }
    appendFileSync(file, this.buffer, { encoding: 'utf8' })
    return this.emptyBuffer()
  }
}

export const summary = new Summary()
