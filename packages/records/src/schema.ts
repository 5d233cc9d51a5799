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
    const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true })
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

/** `a` or `an` before a word, as it is spoken. */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`
}

/** A value as it appears in a message: short, one line, quoted if text. */
function shownValue(v: unknown): string {
  return typeof v === 'string'
    ? `"${forLog(v, 60)}"`
    : forLog(JSON.stringify(v), 60)
}

/** What a schema type is called in a message. */
const TYPE_NAMES: { [t: string]: string } = {
  array: 'a list',
  object: 'a mapping',
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  null: 'empty',
}

function describe(
  e: ErrorObject,
  root: SchemaNode,
  doc: string,
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
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String)
      const guess =
        typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined
      return {
        at: e.instancePath,
        message: `${field} is ${shownValue(e.data)}, which is not allowed.`,
        fix: guess
          ? `did you mean ${guess}? Allowed: ${allowed.join(', ')}.`
          : `use one of: ${allowed.join(', ')}.`,
      }
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const node = schemaAt(root, e.instancePath) as
        (SchemaNode & { minimum?: number; maximum?: number }) | undefined
      const range =
        node?.minimum !== undefined && node.maximum !== undefined
          ? `from ${node.minimum} to ${node.maximum}`
          : `${e.params.comparison} ${e.params.limit}`
      return {
        at: e.instancePath,
        message: `${field} is ${shownValue(e.data)}; it must be ${range}.`,
        fix: `write a number ${range} (see ${doc}).`,
      }
    }
    case 'minLength':
    case 'maxLength':
      return {
        at: e.instancePath,
        message:
          e.keyword === 'minLength' && e.params.limit === 1
            ? `${field} is empty.`
            : `${field} is ${String(e.data).length} characters long; it must be ${e.keyword === 'minLength' ? 'at least' : 'at most'} ${e.params.limit}.`,
        fix:
          e.keyword === 'minLength'
            ? `write a value, or remove the key to use the default (see ${doc}).`
            : `shorten it to ${e.params.limit} characters.`,
      }
    case 'minItems':
    case 'maxItems':
      return {
        at: e.instancePath,
        message: `${field} lists ${(e.data as unknown[]).length} item(s); it must list ${e.keyword === 'minItems' ? 'at least' : 'at most'} ${e.params.limit}.`,
        fix:
          e.keyword === 'minItems'
            ? `add an item, or remove the key (see ${doc}).`
            : 'remove items.',
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
    case 'type': {
      const type = String(e.params.type)
      const name = TYPE_NAMES[type] ?? article(type)
      return {
        at: e.instancePath,
        message: `${field} must be ${name}, not ${shownValue(e.data)}.`,
        fix:
          type === 'array'
            ? 'write it as a list (`- item` lines or `[a, b]`).'
            : type === 'object'
              ? 'write it as a mapping (`key: value` lines indented under it).'
              : type === 'string'
                ? 'quote the value.'
                : `write ${name} (see ${doc}).`,
      }
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
        fix: `see ${doc}.`,
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
    const d = describe(
      e,
      root,
      kind === 'record' ? 'docs/records.md' : 'docs/config.md',
    )
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
