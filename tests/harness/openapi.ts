/**
 * GitHub's REST API description, as far as psirt-actions uses it: the
 * operations extracted into github-openapi.json by scripts/extract-openapi.js,
 * route matching, ajv validators for parameters and bodies, and minimal
 * schema-valid samples that tests start their state from.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import formatsImport from 'ajv-formats'

export type Schema = { [key: string]: unknown }

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required: boolean
  schema: Schema
}

export interface Operation {
  /** `METHOD /template`, e.g. `GET /repos/{owner}/{repo}/releases` */
  route: string
  method: string
  template: string
  operationId: string
  parameters: Parameter[]
  requestBody?: {
    required: boolean
    content: Record<string, { schema?: Schema }>
  }
  responses: Record<
    string,
    { headers?: string[]; content?: Record<string, { schema?: Schema }> }
  >
}

const here = dirname(fileURLToPath(import.meta.url))
const DESCRIPTION_FILE = join(here, 'github-openapi.json')

interface Compiled {
  operation: Operation
  regex: RegExp
  names: string[]
  literalLength: number
}

let cache:
  { operations: Map<string, Operation>; compiled: Compiled[] } | undefined

function load(): NonNullable<typeof cache> {
  if (cache) return cache
  const raw = JSON.parse(readFileSync(DESCRIPTION_FILE, 'utf8')) as {
    paths: Record<
      string,
      Record<string, Omit<Operation, 'route' | 'method' | 'template'>>
    >
  }
  const operations = new Map<string, Operation>()
  const compiled: Compiled[] = []
  for (const [template, methods] of Object.entries(raw.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const route = `${method.toUpperCase()} ${template}`
      const operation: Operation = {
        ...op,
        route,
        method: method.toUpperCase(),
        template,
      }
      operations.set(route, operation)
      compiled.push(compileTemplate(operation))
    }
  }
  // The most specific template wins when two could match.
  compiled.sort((a, b) => b.literalLength - a.literalLength)
  cache = { operations, compiled }
  return cache
}

// GitHub accepts these trailing parameters with literal slashes as well as
// with %2F (`contents/docs/a.md`, `git/ref/heads/main`), so they may span
// segments when they end the path.
const MULTI_SEGMENT = new Set(['path', 'ref', 'tag'])

function compileTemplate(operation: Operation): Compiled {
  const names: string[] = []
  const segments = operation.template.split('/')
  let literalLength = 0
  const parts = segments.map((segment, i) => {
    const m = /^\{(\w+)\}$/.exec(segment)
    if (!m) {
      literalLength += segment.length
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    }
    names.push(m[1])
    const last = i === segments.length - 1
    return last && MULTI_SEGMENT.has(m[1]) ? '(.+)' : '([^/]+)'
  })
  return {
    operation,
    regex: new RegExp(`^${parts.join('/')}$`),
    names,
    literalLength,
  }
}

/** Every operation the extract holds, by route. */
export function operations(): Map<string, Operation> {
  return load().operations
}

/** The operation for a route such as `GET /repos/{owner}/{repo}`. */
export function operation(route: string): Operation | undefined {
  return load().operations.get(normaliseRoute(route))
}

/** `get /x` and `GET  /x` both become `GET /x`. */
export function normaliseRoute(route: string): string {
  const [method, template] = route.trim().split(/\s+/)
  return `${(method ?? '').toUpperCase()} ${template ?? ''}`
}

/** The operation a concrete request path belongs to, with its path params. */
export function match(
  method: string,
  pathname: string,
): { operation: Operation; params: Record<string, string> } | undefined {
  for (const c of load().compiled) {
    if (c.operation.method !== method.toUpperCase()) continue
    const m = c.regex.exec(pathname)
    if (!m) continue
    const params: Record<string, string> = {}
    c.names.forEach((name, i) => {
      params[name] = safeDecode(m[i + 1])
    })
    return { operation: c.operation, params }
  }
  return undefined
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

// ---------------------------------------------------------------------------
// Validation

/**
 * GitHub's description is OpenAPI 3.0.3: `nullable: true` instead of a
 * `null` type. Ajv's own `nullable` support does not extend an `enum`, so
 * nullable schemas become `anyOf [schema, null]`.
 * LIMITATION: `oneOf` becomes `anyOf`: several of GitHub's `oneOf` branches
 * overlap (a file and a symlink content object both match some bodies), so
 * a strict `oneOf` would reject real GitHub responses.
 */
export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema)
  if (schema === null || typeof schema !== 'object') return schema
  const result: Schema = {}
  let nullable = false
  for (const [key, value] of Object.entries(schema as Schema)) {
    if (key === 'nullable') {
      nullable = value === true
    } else if (key === 'properties') {
      result.properties = Object.fromEntries(
        Object.entries(value as Schema).map(([k, v]) => [k, toJsonSchema(v)]),
      )
    } else if (key === 'oneOf') {
      result.anyOf = toJsonSchema(value)
    } else if (
      ['items', 'additionalProperties', 'not', 'allOf', 'anyOf'].includes(key)
    ) {
      result[key] = toJsonSchema(value)
    } else {
      result[key] = value
    }
  }
  return nullable ? { anyOf: [result, { type: 'null' }] } : result
}

/**
 * A request body schema with unknown top-level fields refused. GitHub
 * ignores a misspelt field silently, which hides the bug; here it fails.
 */
function strictRequestSchema(schema: Schema): Schema {
  if (
    schema.type === 'object' &&
    schema.properties &&
    schema.additionalProperties === undefined
  ) {
    return { ...schema, additionalProperties: false }
  }
  return schema
}

let ajv: Ajv | undefined

function getAjv(): Ajv {
  if (ajv) return ajv
  ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true })
  const addFormats = ((formatsImport as unknown as { default?: unknown })
    .default ?? formatsImport) as (a: Ajv) => void
  addFormats(ajv)
  ajv.addFormat('int64', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n),
  })
  ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/)
  return ajv
}

const validators = new Map<string, ValidateFunction>()

function validator(key: string, schema: () => Schema): ValidateFunction {
  let v = validators.get(key)
  if (!v) {
    v = getAjv().compile(toJsonSchema(schema()) as Schema)
    validators.set(key, v)
  }
  return v
}

function describeErrors(
  where: string,
  errors: ErrorObject[] | null | undefined,
): string[] {
  return (errors ?? []).slice(0, 8).map((e) => {
    const at = `${where}${e.instancePath}`
    const extra =
      e.keyword === 'additionalProperties'
        ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
        : e.keyword === 'enum'
          ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})`
          : ''
    return `${at} ${e.message ?? e.keyword}${extra}`
  })
}

/** A query or path value typed the way its schema expects. */
function coerce(value: string, schema: Schema): unknown {
  const type = schema.type
  if (
    (type === 'integer' || type === 'number') &&
    /^-?\d+(\.\d+)?$/.test(value)
  ) {
    return Number(value)
  }
  if (type === 'boolean' && (value === 'true' || value === 'false')) {
    return value === 'true'
  }
  if (type === 'array') return value.split(',')
  return value
}

export interface IncomingCall {
  params: Record<string, string>
  query: Record<string, string>
  /** undefined when the request had no body */
  body: unknown
  rawBody: string
  contentType?: string
}

/** What is wrong with a request, by GitHub's description; empty when valid. */
export function validateRequest(op: Operation, call: IncomingCall): string[] {
  const problems: string[] = []
  for (const p of op.parameters) {
    if (p.in !== 'path' && p.in !== 'query') continue
    const source = p.in === 'path' ? call.params : call.query
    const value = source[p.name]
    if (value === undefined) {
      if (p.required)
        problems.push(`missing required ${p.in} parameter "${p.name}"`)
      continue
    }
    const v = validator(`${op.route} ${p.in}:${p.name}`, () => p.schema)
    if (!v(coerce(value, p.schema))) {
      problems.push(
        ...describeErrors(`${p.in} parameter "${p.name}"`, v.errors),
      )
    }
  }
  const documented = new Set(
    op.parameters.filter((p) => p.in === 'query').map((p) => p.name),
  )
  for (const name of Object.keys(call.query)) {
    if (!documented.has(name)) {
      problems.push(
        `unknown query parameter "${name}" (GitHub ignores it silently; documented: ${[...documented].join(', ') || 'none'})`,
      )
    }
  }

  if (!op.requestBody) {
    if (call.rawBody.trim() !== '') {
      problems.push('the operation takes no request body, but one was sent')
    }
    return problems
  }
  if (call.rawBody.trim() === '') {
    if (op.requestBody.required) problems.push('missing required request body')
    return problems
  }
  if (!/^application\/json\b/.test(call.contentType ?? '')) {
    problems.push(
      `request body content-type is "${call.contentType ?? ''}", not application/json`,
    )
    return problems
  }
  if (call.body === undefined) {
    problems.push('request body is not valid JSON')
    return problems
  }
  const media = op.requestBody.content['application/json']
  if (media?.schema) {
    const schema = media.schema
    const v = validator(`${op.route} request`, () =>
      strictRequestSchema(schema),
    )
    if (!v(call.body))
      problems.push(...describeErrors('request body', v.errors))
  }
  return problems
}

/** What is wrong with a response, by GitHub's description; empty when valid. */
export function validateResponse(
  op: Operation,
  status: number,
  body: unknown,
): string[] {
  const documented = op.responses[String(status)] ?? op.responses.default
  if (!documented) {
    return [
      `status ${status} is not documented for ${op.route} (documented: ${Object.keys(op.responses).join(', ')})`,
    ]
  }
  const schema = jsonSchemaOf(documented.content)
  if (!schema) {
    return body === undefined || body === ''
      ? []
      : [`status ${status} of ${op.route} documents no body, but one was sent`]
  }
  if (body === undefined)
    return [`status ${status} of ${op.route} needs a body`]
  const v = validator(`${op.route} ${status}`, () => schema)
  return v(body) ? [] : describeErrors(`response ${status} body`, v.errors)
}

function jsonSchemaOf(
  content: Record<string, { schema?: Schema }> | undefined,
): Schema | undefined {
  if (!content) return undefined
  const media =
    content['application/json'] ?? Object.values(content).find((m) => m.schema)
  return media?.schema
}

/** The first 2xx status an operation documents (its normal answer). */
export function successStatus(op: Operation): number {
  const s = Object.keys(op.responses).find((k) => /^2\d\d$/.test(k))
  return s ? Number(s) : 200
}

// ---------------------------------------------------------------------------
// Samples

/**
 * The smallest value valid against a schema: required properties only,
 * `null` where allowed, first enum value, a fixed date and URL. Tests spread
 * their own fields over it: `{ ...sample('GET /repos/{owner}/{repo}/releases'), tag_name: 'v1.2.0' }`.
 */
export function sampleOf(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object') return {}
  const s = schema as Schema
  if (s.nullable === true) return null
  if (Array.isArray(s.enum) && s.enum.length > 0) {
    return s.enum.find((v) => v !== null) ?? null
  }
  if (Array.isArray(s.allOf)) {
    return Object.assign({}, ...s.allOf.map((x) => sampleOf(x) as object))
  }
  if (Array.isArray(s.oneOf)) return sampleOf(s.oneOf[0])
  if (Array.isArray(s.anyOf)) return sampleOf(s.anyOf[0])
  switch (s.type) {
    case 'object': {
      const out: Record<string, unknown> = {}
      const props = (s.properties ?? {}) as Record<string, unknown>
      for (const name of (s.required as string[] | undefined) ?? []) {
        out[name] = sampleOf(props[name] ?? { type: 'string' })
      }
      return out
    }
    case 'array':
      return []
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 1
    case 'boolean':
      return false
    case 'string':
      if (s.format === 'date-time') return '2026-01-01T00:00:00Z'
      if (s.format === 'uri') return 'https://example.invalid/'
      if (s.format === 'repo.nwo') return 'octo-org/octo-repo'
      if (s.format === 'email') return 'someone@example.invalid'
      return 'x'.repeat(typeof s.minLength === 'number' ? s.minLength : 1)
    default:
      return s.properties ? sampleOf({ ...s, type: 'object' }) : {}
  }
}

/**
 * A minimal schema-valid response body for a route (for a list, one item).
 * `status` defaults to the operation's success status.
 */
export function sample(
  route: string,
  status?: number,
): Record<string, unknown> {
  const op = operation(route)
  if (!op) throw new Error(`${route} is not in ${DESCRIPTION_FILE}`)
  const code = String(status ?? successStatus(op))
  const schema = jsonSchemaOf(op.responses[code]?.content)
  if (!schema) throw new Error(`${route} documents no body for status ${code}`)
  const body = schema.type === 'array' ? (schema.items as Schema) : schema
  return sampleOf(body) as Record<string, unknown>
}
