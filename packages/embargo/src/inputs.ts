/**
 * The release-embargo-check inputs, read once and validated before the
 * engine loads: this module imports nothing heavy, so a misconfigured step
 * fails fast.
 */
import {
  booleanInput,
  dateInput,
  listInput,
  optionalInput,
} from '../../core/src/action.js'
import { UserError } from '../../core/src/errors.js'

/** Every input, read once. */
export interface EmbargoInputs {
  version?: string
  notes?: string
  notesFile?: string
  publicFiles: string[]
  lockfileDirs: string[]
  securityDir?: string
  config?: string
  token?: string
  failOnWarnings: boolean
  date: string
  reportFile?: string
}

/** Reads and validates the inputs before any work. */
export function readInputs(): EmbargoInputs {
  const date = dateInput('date') ?? new Date().toISOString().slice(0, 10)
  const notes = optionalInput('notes')
  const notesFile = optionalInput('notes-file')
  if (notes !== undefined && notesFile !== undefined) {
    throw new UserError(
      'Inputs "notes" and "notes-file" are both set. Fix: give the release notes one way only.',
    )
  }
  return {
    version: optionalInput('version'),
    notes,
    notesFile,
    publicFiles: listInput('public-files'),
    lockfileDirs: listInput('lockfile-dirs'),
    securityDir: optionalInput('security-dir'),
    config: optionalInput('config'),
    token: optionalInput('token'),
    failOnWarnings: booleanInput('fail-on-warnings', false),
    date,
    reportFile: optionalInput('report-file'),
  }
}
