/**
 * The real scanner samples in ../shared/fixtures/inputs. Tests that read
 * them skip, saying so, when the folder is absent.
 */
import { describe } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../..',
)
export const inputs = path.resolve(repoRoot, '../shared/fixtures/inputs')
export const hasShared = existsSync(inputs)

if (!hasShared) {
  console.warn(
    `Skipping tests on real scanner samples: ${inputs} is absent (it lives beside the checkout in ../shared).`,
  )
}

/** describe, or describe.skip when the shared samples are absent. */
export const withShared = hasShared ? describe : describe.skip

/** A shared sample's text. */
export function sample(name: string): string {
  return readFileSync(path.join(inputs, name), 'utf8')
}

export const ownFixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
)

/** One of this package's own fixtures. */
export function own(name: string): string {
  return readFileSync(path.join(ownFixtures, name), 'utf8')
}
