/**
 * release-embargo-check: reads the inputs once, runs the check on the
 * workspace, and reports it as annotations, outputs and a job summary. The
 * work is in packages/embargo.
 */
import * as core from '@actions/core'
import { runAction } from '../../packages/core/src/action.js'
import {
  type EmbargoRun,
  readInputs,
  report,
  runEmbargoCheck,
  runnerEnv,
  summaryText,
} from '../../packages/embargo/src/action.js'

let run: EmbargoRun | undefined

await runAction(
  async () => {
    run = await runEmbargoCheck(readInputs(), runnerEnv())
    report(run)
  },
  async () => {
    core.summary.addRaw(summaryText(run))
    await core.summary.write()
  },
)
