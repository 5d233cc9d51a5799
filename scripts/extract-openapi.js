// Writes tests/harness/github-openapi.json: the operations of GitHub's REST
// API description (npm @octokit/openapi) that psirt-actions calls, already
// dereferenced, without examples and schema prose. The full description is
// 70 MB dereferenced; the extract lets every test load and validate quickly.
// Re-run after upgrading @octokit/openapi: `node scripts/extract-openapi.js`.
// The output is deterministic (same input, same bytes).
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { format } from 'prettier'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const pkgDir = dirname(require.resolve('@octokit/openapi/package.json'))
const source = join(pkgDir, 'generated/api.github.com.deref.json')
const out = join(root, 'tests/harness/github-openapi.json')

/** The operations the project uses, as `METHOD path` in GitHub's spelling. */
export const OPERATIONS = [
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
  'GET /repos/{owner}/{repo}/contents/{path}',
  'PUT /repos/{owner}/{repo}/contents/{path}',
  'GET /repos/{owner}/{repo}/dependabot/alerts',
  'PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}',
  'GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}',
  'GET /repos/{owner}/{repo}/git/ref/{ref}',
  'POST /repos/{owner}/{repo}/git/refs',
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'GET /repos/{owner}/{repo}/pulls',
  'POST /repos/{owner}/{repo}/pulls',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/releases',
  'GET /repos/{owner}/{repo}/releases/tags/{tag}',
  'GET /repos/{owner}/{repo}/releases/{release_id}',
  'PATCH /repos/{owner}/{repo}/releases/{release_id}',
  'GET /repos/{owner}/{repo}/security-advisories',
  'POST /repos/{owner}/{repo}/security-advisories',
  'GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}',
  'PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}',
  'POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve',
]

// Keys that only document a schema; validation does not need them.
const SCHEMA_PROSE = new Set([
  'description',
  'example',
  'examples',
  'title',
  'default',
  'readOnly',
  'deprecated',
  'externalDocs',
])
// Keys whose value is a map from a name to a schema.
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions'])
// Keys whose value is a schema or a list of schemas.
const SCHEMA_CHILDREN = new Set([
  'items',
  'additionalProperties',
  'not',
  'allOf',
  'anyOf',
  'oneOf',
])

/** A schema without prose, examples and vendor extensions. */
function trimSchema(schema) {
  if (Array.isArray(schema)) return schema.map(trimSchema)
  if (schema === null || typeof schema !== 'object') return schema
  const result = {}
  for (const [key, value] of Object.entries(schema)) {
    if (SCHEMA_PROSE.has(key) || key.startsWith('x-')) continue
    if (SCHEMA_MAPS.has(key)) {
      result[key] = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, trimSchema(v)]),
      )
    } else if (SCHEMA_CHILDREN.has(key)) {
      result[key] = trimSchema(value)
    } else {
      result[key] = value
    }
  }
  return result
}

/** A media-type map (`content`) with only the schemas kept. */
function trimContent(content) {
  if (!content) return undefined
  const result = {}
  for (const [type, media] of Object.entries(content)) {
    result[type] = media.schema ? { schema: trimSchema(media.schema) } : {}
  }
  return result
}

function trimOperation(op) {
  const result = { operationId: op.operationId, summary: op.summary }
  result.parameters = (op.parameters ?? []).map((p) => ({
    name: p.name,
    in: p.in,
    required: p.required === true,
    schema: trimSchema(p.schema ?? {}),
  }))
  if (op.requestBody) {
    result.requestBody = {
      required: op.requestBody.required === true,
      content: trimContent(op.requestBody.content),
    }
  }
  result.responses = {}
  for (const [status, response] of Object.entries(op.responses)) {
    const entry = {}
    if (response.headers) entry.headers = Object.keys(response.headers)
    const content = trimContent(response.content)
    if (content) entry.content = content
    result.responses[status] = entry
  }
  return result
}

const description = JSON.parse(readFileSync(source, 'utf8'))
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
const paths = {}
for (const operation of [...OPERATIONS].sort()) {
  const [method, path] = operation.split(' ')
  const op = description.paths[path]?.[method.toLowerCase()]
  if (!op) throw new Error(`${operation} is not in ${source}`)
  paths[path] ??= {}
  paths[path][method.toLowerCase()] = trimOperation(op)
}

const extract = {
  source: `@octokit/openapi ${pkg.version} generated/api.github.com.deref.json`,
  openapi: description.openapi,
  paths,
}
// Formatted as Prettier formats JSON, so `prettier --check .` passes on it.
const text = await format(JSON.stringify(extract), { parser: 'json' })
writeFileSync(out, text)
console.log(
  `wrote ${out} (${OPERATIONS.length} operations, ${text.length} bytes)`,
)
