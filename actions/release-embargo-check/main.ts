/**
 * release-embargo-check: the inputs are checked first; the engine
 * (packages/embargo) loads only for a valid step, runs the check on the
 * workspace and reports it as annotations, outputs and a job summary.
 */
import { startAction } from '../../packages/core/src/action.js'
import { readInputs } from '../../packages/embargo/src/inputs.js'

await startAction(readInputs, async () => {
  const { runEmbargoAction } =
    await import('../../packages/embargo/src/action.js')
  return runEmbargoAction
})
