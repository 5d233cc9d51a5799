/**
 * A mistake the user can fix: a bad record, input or permission. It is shown
 * as one plain sentence (and an annotation at `file:line:col` when known),
 * never with a stack trace. Anything that is neither a UserError nor a
 * ServiceError (below) is a bug.
 */
export class UserError extends Error {
  readonly file?: string
  readonly line?: number
  readonly col?: number

  constructor(
    message: string,
    where: { file?: string; line?: number; col?: number } = {},
  ) {
    super(message)
    this.name = 'UserError'
    this.file = where.file
    this.line = where.line
    this.col = where.col
  }
}

/**
 * A service the action depends on (GitHub) failed after every retry: a 5xx,
 * no answer, a cut-off body. Neither the user's mistake nor a bug, so it is
 * shown as one sentence naming the request and the fix, without a stack.
 * Deliberately not a UserError: code that tolerates a refusal (a warning
 * instead of a failure) must not tolerate an outage, which fails closed.
 */
export class ServiceError extends Error {
  /** the HTTP status of the last answer; undefined when none arrived */
  readonly status?: number
  /** `METHOD /route/{template}` of the failed request */
  readonly request: string

  constructor(
    message: string,
    request: string,
    status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'ServiceError'
    this.request = request
    this.status = status
  }
}

/** A problem found while checking input; many are collected before failing. */
export interface Problem {
  file: string
  line?: number
  col?: number
  /** short rule id, e.g. `record/unknown-key` */
  rule: string
  message: string
  /** how to fix it, one sentence */
  fix?: string
  severity: 'error' | 'warning'
}

/** `file:line:col` for a problem, omitting what is unknown. */
export function formatLocation(p: {
  file?: string
  line?: number
  col?: number
}): string {
  let s = p.file ?? '<input>'
  if (p.line !== undefined) s += `:${p.line}`
  if (p.line !== undefined && p.col !== undefined) s += `:${p.col}`
  return s
}

/** One line a person reads: `file:line:col: error rule: message. Fix: ...` */
export function formatProblem(p: Problem): string {
  const fix = p.fix ? ` Fix: ${p.fix}` : ''
  return `${formatLocation(p)}: ${p.severity} ${p.rule}: ${p.message}${fix}`
}

/** The message of anything thrown, without assuming it is an Error. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message
  return String(e)
}
