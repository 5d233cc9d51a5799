/**
 * Validators for the official schemas, read in place from ../shared at test
 * time (never copied into the repository). Each schema is compiled with
 * the Ajv dialect its `$schema` names.
 */
import { Ajv, type ErrorObject } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { schemas } from './fixtures.js'

export type Check = (doc: unknown) => string[]

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown })
  .default ?? addFormatsModule) as (ajv: Ajv | Ajv2020) => unknown

const cache = new Map<string, Check>()

/** A validator for a schema under reference/schemas, e.g. `osv/osv-schema.json`. */
export function schemaCheck(file: string): Check {
  const hit = cache.get(file)
  if (hit) return hit
  const schema = JSON.parse(readFileSync(path.join(schemas, file), 'utf8'))
  const draft2020 = String(schema.$schema ?? '').includes('2020-12')
  const ajv = draft2020
    ? new Ajv2020({ strict: false, allErrors: true })
    : new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  const validate = ajv.compile(schema)
  const check: Check = (doc) =>
    validate(doc)
      ? []
      : (validate.errors ?? []).map(
          (e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''}`,
        )
  cache.set(file, check)
  return check
}
