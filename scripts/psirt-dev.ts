// Runs the psirt CLI from the TypeScript sources (no build), for development:
//   npx tsx scripts/psirt-dev.ts validate examples
import { run } from '../packages/cli/src/cli.js'

process.exitCode = await run(process.argv.slice(2))
