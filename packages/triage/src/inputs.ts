/**
 * The triage-gate inputs, read once and validated before the engine loads:
 * this module imports nothing heavy, so a misconfigured step fails fast.
 */
import {
  booleanInput,
  dateInput,
  listInput,
  optionalInput,
} from '../../core/src/action.js'
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import {
  SEVERITIES,
  type Config,
  type Severity,
} from '../../records/src/types.js'

export interface TriageGateInputs {
  token?: string
  reports: string[]
  securityDir?: string
  config?: string
  dependabot: boolean
  dependencyReview: boolean
  comment: boolean
  dismissAlerts: boolean
  openvexFile?: string
  reportFile?: string
  failOn?: Severity
  mode?: Config['mode']
  today?: Date
}

function choice<T extends string>(
  name: string,
  allowed: readonly T[],
): T | undefined {
  const v = optionalInput(name)
  if (v === undefined) return undefined
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UserError(
      `Input "${name}" must be one of ${allowed.join(', ')}, not "${forLog(v, 40)}". Fix: set \`${name}:\` to one of those values, or remove it to use the configuration file.`,
    )
  }
  return v as T
}

/** Every input read once, validated before any work. */
export function readInputs(): TriageGateInputs {
  const today = dateInput(
    'date',
    'remove it; it exists only to pin the clock in tests.',
  )
  const date = today === undefined ? undefined : new Date(`${today}T12:00:00Z`)
  const inputs: TriageGateInputs = {
    token: optionalInput('token'),
    reports: listInput('reports'),
    securityDir: optionalInput('security-dir'),
    config: optionalInput('config'),
    dependabot: booleanInput('dependabot', false),
    dependencyReview: booleanInput('dependency-review', false),
    comment: booleanInput('comment', true),
    dismissAlerts: booleanInput('dismiss-alerts', false),
    openvexFile: optionalInput('openvex-file'),
    reportFile: optionalInput('report-file'),
    failOn: choice('fail-on', SEVERITIES),
    mode: choice('mode', ['all', 'new-only'] as const),
    today: date,
  }
  if (inputs.dismissAlerts && !inputs.dependabot) {
    throw new UserError(
      'Input "dismiss-alerts" is true but "dependabot" is not, so there are no alerts to dismiss. Fix: set `dependabot: true` as well.',
    )
  }
  return inputs
}
