/**
 * Runs every benchmark in bench/ (each `*.ts` other than this one), one
 * after another in this process. A benchmark module exports a default async
 * function that prints its own results; `npm run bench -- cvss` runs only
 * the benchmarks whose file names contain one of the arguments.
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()

let failed = 0
for (const file of files) {
  console.log(`\n== bench/${file}`)
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as {
      default?: () => Promise<void>
    }
    if (typeof mod.default === 'function') await mod.default()
  } catch (e) {
    failed++
    console.error(`bench/${file} failed:`, e)
  }
}
process.exitCode = failed === 0 ? 0 : 1
