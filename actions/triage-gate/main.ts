/**
 * triage-gate: every finding has a current decision. The inputs are checked
 * first; the engine (packages/triage) loads only for a valid step.
 */
import { startAction } from '../../packages/core/src/action.js'
import { readInputs } from '../../packages/triage/src/inputs.js'

await startAction(readInputs, async () => {
  const { runTriageGateAction } =
    await import('../../packages/triage/src/action.js')
  return runTriageGateAction
})
