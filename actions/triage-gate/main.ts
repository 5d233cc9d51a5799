/**
 * triage-gate: every finding has a current decision. The work is in
 * packages/triage; this entry only starts it.
 */
import { runTriageGateAction } from '../../packages/triage/src/action.js'

await runTriageGateAction()
