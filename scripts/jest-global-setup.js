// Before any test: make sure Node 24 is installed (cached in .cache/node24),
// so runner-harness tests run every bundle on Node 20 and Node 24.
import { ensureNode24 } from './node24.js'

export default function globalSetup() {
  process.env.PSIRT_NODE24 = ensureNode24()
}
