/**
 * Structural checks of records and the configuration against the published
 * JSON Schemas (schema/*.json), so the schema editors use and the validator
 * the actions run can never disagree. Ajv's findings become Problems with
 * the file, line and column of the value at fault and a fix.
 */
import {
  Ajv2020,
  type ErrorObject,
  type ValidateFunction,
} from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import recordSchema from '../../../schema/record.schema.json' with { type: 'json' }
import configSchema from '../../../schema/config.schema.json' with { type: 'json' }
import type { Problem } from '../../core/src/errors.js'
import { didYouMean } from '../../core/src/suggest.js'
import { forLog } from '../../core/src/text.js'
import type { Position } from './types.js'

export { recordSchema, configSchema }

type SchemaNode = {
  properties?: { [k: string]: SchemaNode }
  items?: SchemaNode
  enum?: unknown[]
  description?: string
}

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown })
  .default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020

let compiled: { record: ValidateFunction; config: ValidateFunction } | undefined

function validators() {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    compiled = {
      record: ajv.compile(recordSchema),
      config: ajv.compile(configSchema),
    }
  }
  return compiled
}

/** The schema node that describes the value at a JSON pointer. */
function schemaAt(root: SchemaNode, pointer: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = root
  for (const part of pointer.split('/').slice(1)) {
    if (!node) return undefined
    node =
      /^\d+$/.test(part) && node.items ? node.items : node.properties?.[part]
  }
  return node
}

function describe(
  e: ErrorObject,
  root: SchemaNode,
): { message: string; fix: string; at: string } {
  const field =
    e.instancePath === '' ? 'the file' : `"${e.instancePath.slice(1)}"`
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty)
      const known = Object.keys(
        schemaAt(root, e.instancePath)?.properties ?? {},
      )
      const guess = didYouMean(key, known)
      return {
        at: `${e.instancePath}/${key}#key`,
        message: `unknown key "${forLog(key, 60)}" in ${field}.`,
        fix: guess
          ? `did you mean "${guess}"?`
          : `remove it; allowed keys here: ${known.join(', ')}.`,
      }
    }
    case 'required': {
      const key = String(e.params.missingProperty)
      const about = schemaAt(root, `${e.instancePath}/${key}`)?.description
      return {
        at: e.instancePath,
        message: `${field} lacks the required key "${key}".`,
        fix: `add \`${key}:\`${about ? ` (${about})` : ''}.`,
      }
    }
    case 'enum':
      return {
        at: e.instancePath,
        message: `${field} has a value that is not allowed.`,
        fix: `use one of: ${(e.params.allowedValues as unknown[]).join(', ')}.`,
      }
    case 'const':
      return {
        at: e.instancePath,
        message: `${field} must be ${JSON.stringify(e.params.allowedValue)}.`,
        fix: `write ${JSON.stringify(e.params.allowedValue)}.`,
      }
    case 'format':
      return {
        at: e.instancePath,
        message: `${field} is not a valid ${e.params.format}.`,
        fix:
          e.params.format === 'date'
            ? 'write a real calendar date as YYYY-MM-DD.'
            : `write a valid ${e.params.format}.`,
      }
    case 'type':
      return {
        at: e.instancePath,
        message: `${field} must be ${e.params.type === 'array' ? 'a list' : e.params.type === 'object' ? 'a mapping' : `a ${e.params.type}`}.`,
        fix:
          e.params.type === 'array'
            ? 'write it as a list (`- item` lines or `[a, b]`).'
            : e.params.type === 'string'
              ? 'quote the value.'
              : `write a ${e.params.type}.`,
      }
    case 'pattern': {
      const about = schemaAt(root, e.instancePath)?.description
      return {
        at: e.instancePath,
        message: `${field} does not have the expected form (${e.params.pattern}).`,
        fix: about ?? 'correct its form.',
      }
    }
    case 'uniqueItems':
      return {
        at: e.instancePath,
        message: `${field} lists the same value twice.`,
        fix: 'remove the repeated entry.',
      }
    default:
      return {
        at: e.instancePath,
        message: `${field} ${e.message ?? 'is invalid'}.`,
        fix: 'see docs/records.md.',
      }
  }
}

/** Checks a value against the record or config schema. */
export function checkSchema(
  kind: 'record' | 'config',
  value: unknown,
  file: string,
  positions: Map<string, Position>,
): Problem[] {
  const validate = validators()[kind]
  if (validate(value)) return []
  const root = (kind === 'record' ? recordSchema : configSchema) as SchemaNode
  const problems: Problem[] = []
  const seen = new Set<string>()
  for (const e of validate.errors ?? []) {
    const d = describe(e, root)
    const key = `${d.at}|${d.message}`
    if (seen.has(key)) continue
    seen.add(key)
    const pos = lookup(positions, d.at)
    problems.push({
      file,
      line: pos.line,
      col: pos.col,
      rule: `${kind}/${e.keyword}`,
      message: d.message,
      fix: d.fix,
      severity: 'error',
    })
  }
  return problems
}

/**
 * The top-level keys whose values the schema refuses (`''` when the whole
 * value is of the wrong type), so a caller can keep their defaults rather
 * than use a refused value.
 */
export function invalidKeys(
  kind: 'record' | 'config',
  value: unknown,
): Set<string> {
  const validate = validators()[kind]
  const keys = new Set<string>()
  if (validate(value)) return keys
  for (const e of validate.errors ?? []) {
    if (e.instancePath === '') {
      if (e.keyword === 'type') keys.add('')
      continue
    }
    const first = e.instancePath.split('/')[1]
    keys.add(first.replace(/~1/g, '/').replace(/~0/g, '~'))
  }
  return keys
}

/** The position of a pointer, or of its nearest ancestor that has one. */
export function lookup(
  positions: Map<string, Position>,
  pointer: string,
): Position {
  let p = pointer
  for (;;) {
    const pos = positions.get(p)
    if (pos) return pos
    if (p.endsWith('#key')) {
      p = p.slice(0, -4)
      continue
    }
    if (p === '') return { line: 1, col: 1 }
    p = p.slice(0, p.lastIndexOf('/'))
  }
}
