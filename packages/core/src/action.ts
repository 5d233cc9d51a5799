/**
 * The thin layer every action entry shares: inputs read once and validated,
 * user errors shown as one sentence with an annotation, bugs with a stack,
 * and the job summary written even when the run fails.
 */
import * as core from './runner.js'
import { isCalendarDate } from './dates.js'
import { ServiceError, UserError, errorMessage } from './errors.js'
import { forLog } from './text.js'

/** An input's trimmed value, or undefined when empty or absent. */
export function optionalInput(name: string): string | undefined {
  const v = core.getInput(name).trim()
  return v === '' ? undefined : v
}

/** A required input; its absence is the user's mistake, named. */
export function requiredInput(name: string): string {
  const v = optionalInput(name)
  if (v === undefined) {
    throw new UserError(
      `Input "${name}" is required. Fix: add \`${name}:\` under \`with:\` in the step that uses this action.`,
    )
  }
  return v
}

/** `true`/`false` only; anything else is refused rather than guessed. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const v = optionalInput(name)
  if (v === undefined) return fallback
  if (v === 'true') return true
  if (v === 'false') return false
  throw new UserError(
    `Input "${name}" must be true or false, not "${forLog(v, 40)}". Fix: set \`${name}: true\` or \`${name}: false\`.`,
  )
}

/** A whole number input within bounds. */
export function integerInput(
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const v = optionalInput(name)
  if (v === undefined) return fallback
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new UserError(
      `Input "${name}" must be a whole number from ${min} to ${max}, not "${forLog(v, 40)}".`,
    )
  }
  return Number(v)
}

/**
 * A date input as YYYY-MM-DD, checked against the calendar (2026-02-31 is
 * refused, not read as March 3rd); undefined when empty. `fix` ends the
 * message: what to write instead.
 */
export function dateInput(
  name: string,
  fix = 'remove it to use today, or write a date such as 2026-12-01.',
): string | undefined {
  const v = optionalInput(name)
  if (v === undefined) return undefined
  if (!isCalendarDate(v)) {
    throw new UserError(
      `Input "${name}" must be a calendar date as YYYY-MM-DD, not "${forLog(v, 40)}". Fix: ${fix}`,
    )
  }
  return v
}

/** A multi-line or comma-separated list input. */
export function listInput(name: string): string[] {
  const v = optionalInput(name)
  if (v === undefined) return []
  return v
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/**
 * Runs an action body. A UserError fails the step with its sentence (and an
 * annotation at its file and line), a ServiceError (GitHub down after every
 * retry) with its sentence; anything else is a bug and keeps its stack.
 * `finish` runs in every case, so the summary exists after a failure.
 */
export async function runAction(
  body: () => Promise<void>,
  finish?: () => Promise<void>,
): Promise<void> {
  try {
    await body()
  } catch (e) {
    if (e instanceof UserError) {
      core.error(forLog(e.message, 2000), {
        title: 'psirt',
        file: e.file,
        startLine: e.line,
        startColumn: e.col,
      })
      process.exitCode = 1
    } else if (e instanceof ServiceError) {
      core.error(forLog(e.message, 2000), { title: 'psirt' })
      process.exitCode = 1
    } else {
      core.setFailed(
        `Internal error (a bug in psirt-actions): ${forLog(errorMessage(e), 2000)}`,
      )
      if (e instanceof Error && e.stack) core.info(forLog(e.stack, 5000))
    }
  } finally {
    if (finish) {
      try {
        await finish()
      } catch (e) {
        core.warning(
          `Could not write the job summary: ${forLog(errorMessage(e))}`,
        )
      }
    }
  }
}

/**
 * Starts an action in two steps: `read` validates every input with light
 * code, and only then `load` brings in the engine (a chunk of its own in the
 * bundle). A misconfigured step thus fails in about the time Node takes to
 * start, and a valid one pays for the engine once.
 */
export async function startAction<I>(
  read: () => I,
  load: () => Promise<(inputs: I) => Promise<void>>,
): Promise<void> {
  let inputs: I | undefined
  let ok = false
  await runAction(async () => {
    inputs = read()
    ok = true
  })
  if (!ok) return
  const main = await load()
  await main(inputs as I)
}
