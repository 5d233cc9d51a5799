// Lets `node --import ./scripts/register-ts.js file.ts` run TypeScript
// sources directly (benchmarks, dev scripts) through tsx's ESM loader.
import { register } from 'tsx/esm/api'

register()
