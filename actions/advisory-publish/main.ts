/**
 * advisory-publish: publishes the advisories a release lifts the embargo
 * of. The work is in packages/disclosure.
 */
import { runAdvisoryAction } from '../../packages/disclosure/src/action.js'

await runAdvisoryAction()
