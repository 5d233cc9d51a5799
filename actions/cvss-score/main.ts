/**
 * cvss-score: with a `vector` input, scores it; without, scores every
 * record in the security folder and checks recorded scores and severities.
 * The work is in packages/cvss.
 */
import * as core from '../../packages/core/src/runner.js'
import { optionalInput, runAction } from '../../packages/core/src/action.js'
import {
  applyRecords,
  applyVector,
  checkRecords,
  scoreInput,
} from '../../packages/cvss/src/action.js'

await runAction(
  async () => {
    const vector = optionalInput('vector')
    if (vector !== undefined) {
      applyVector(scoreInput(vector))
      return
    }
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const outcome = await checkRecords(root, {
      config: optionalInput('config'),
      securityDir: optionalInput('security-dir'),
    })
    applyRecords(outcome)
  },
  async () => {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.write()
  },
)
