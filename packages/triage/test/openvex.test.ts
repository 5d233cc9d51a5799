import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { containsFix, toOpenVex } from '../src/openvex.js'
import { TODAY, config, loaded, record } from './helpers.js'

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../..',
)
const schemaFile = path.resolve(
  repoRoot,
  '../shared/reference/schemas/openvex/openvex_json_schema_0.2.0.json',
)
const haveSchema = existsSync(schemaFile)
if (!haveSchema) {
  console.warn(
    `Skipping OpenVEX schema validation: ${schemaFile} is absent (../shared not checked out).`,
  )
}
const withSchema = haveSchema ? describe : describe.skip

const records = [
  loaded(record()),
  loaded(
    record({
      id: 'GO-2026-0001',
      aliases: ['CVE-2026-2000', 'GHSA-xxxx-yyyy-zzzz'],
      packages: [
        { purl: 'pkg:golang/golang.org/x/net', vulnerable: '< v0.33.0' },
      ],
      status: 'affected',
      justification: undefined,
      action_statement: 'Update golang.org/x/net to v0.33.0.',
      due: '2026-12-20',
    }),
  ),
  loaded(
    record({
      id: 'CVE-2026-3000',
      aliases: [],
      packages: [],
      status: 'under_investigation',
      justification: undefined,
      owner: 'bob',
      due: '2026-12-10',
    }),
  ),
  loaded(
    record({
      id: 'CVE-2026-4000',
      aliases: [],
      status: 'fixed',
      justification: undefined,
      fixed_in: ['v1.4.2'],
    }),
  ),
  loaded(
    record({
      id: 'CVE-2026-5000',
      aliases: [],
      review: { author: 'a', decided: '2026-01-01', review_by: '2026-06-01' },
    }),
  ),
]

const doc = toOpenVex(records, {
  repository: 'acme/widget',
  version: '0123456789abcdef',
  today: TODAY,
  config: config(),
})

function statementsNamed(name: string) {
  return doc.statements.filter((s) => s.vulnerability.name === name)
}

describe('OpenVEX export', () => {
  test('the product is this repository, the dependency a subcomponent', () => {
    const s = statementsNamed('GHSA-cfgh-jmpq-rvwx')[0]
    expect(s.products[0]['@id']).toBe('pkg:github/acme/widget@0123456789abcdef')
    expect(s.products[0].subcomponents).toEqual([
      { '@id': 'pkg:npm/left-pad', identifiers: { purl: 'pkg:npm/left-pad' } },
    ])
  })

  test('one statement per id, each listing the other ids as aliases', () => {
    const names = ['GO-2026-0001', 'CVE-2026-2000', 'GHSA-xxxx-yyyy-zzzz']
    for (const n of names) {
      const [s] = statementsNamed(n)
      expect(s.status).toBe('affected')
      expect(new Set([n, ...(s.vulnerability.aliases ?? [])])).toEqual(
        new Set(names),
      )
    }
  })

  test('not_affected carries justification and impact statement', () => {
    const [s] = statementsNamed('CVE-2026-1000')
    expect(s.justification).toBe('vulnerable_code_not_in_execute_path')
    expect(s.impact_statement).toBe('We never call the vulnerable function.')
  })

  test('an expired not_affected decision is exported as under investigation', () => {
    const [s] = statementsNamed('CVE-2026-5000')
    expect(s.status).toBe('under_investigation')
    expect(s.justification).toBeUndefined()
    expect(s.status_notes).toContain('expired on 2026-06-01')
  })

  test('an embargoed record is left out of the published document', () => {
    const secret = loaded(
      record({
        id: 'CVE-2026-6000',
        aliases: ['GHSA-6666-7777-8888'],
        status: 'fixed',
        justification: undefined,
        fixed_in: ['v1.5.0'],
        disclosure: { kind: 'cve', embargoed: true },
      }),
    )
    const out = JSON.stringify(
      toOpenVex([...records, secret], {
        repository: 'acme/widget',
        version: 'v1.5.0',
        today: TODAY,
        config: config(),
      }),
    )
    expect(out).not.toContain('CVE-2026-6000')
    expect(out).not.toContain('GHSA-6666-7777-8888')
    expect(out).toContain('CVE-2026-4000')
  })

  test('a fixed record is affected in a release older than its fix', () => {
    const at = (version: string) =>
      toOpenVex(records, {
        repository: 'acme/widget',
        version,
        today: TODAY,
        config: config(),
      }).statements.find((s) => s.vulnerability.name === 'CVE-2026-4000')
    expect(at('v1.4.1')?.status).toBe('affected')
    expect(at('v1.4.1')?.action_statement).toContain('v1.4.2')
    expect(at('v1.4.2')?.status).toBe('fixed')
    expect(at('v1.5.0')?.status).toBe('fixed')
    expect(at('0123456789abcdef')?.status).toBe('fixed')
  })

  test.each([
    [['v1.2.5', 'v1.3.1'], 'v1.2.4', false],
    [['v1.2.5', 'v1.3.1'], 'v1.2.7', true],
    [['v1.2.5', 'v1.3.1'], 'v1.3.0', false],
    [['v1.2.5', 'v1.3.1'], '1.3.1', true],
    [['v1.2.5', 'v1.3.1'], 'v2.0.0', true],
    [['v1.2.5'], 'deadbeef', undefined],
    [[], 'v1.0.0', undefined],
  ])('fixed_in %j contains the fix in %s: %s', (fixedIn, version, want) => {
    expect(containsFix(fixedIn, version)).toBe(want)
  })

  test('the same input gives the same bytes', () => {
    const again = toOpenVex([...records].reverse(), {
      repository: 'acme/widget',
      version: '0123456789abcdef',
      today: TODAY,
      config: config(),
    })
    expect(JSON.stringify(again)).toBe(JSON.stringify(doc))
  })
})

withSchema('OpenVEX export against the official 0.2.0 schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  ;(addFormatsModule as unknown as (a: Ajv2020) => void)(ajv)
  // The schema uses the `iri` format, which ajv-formats does not define.
  ajv.addFormat('iri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/)
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')))

  test('the export is valid', () => {
    const ok = validate(doc)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  test('the schema refuses a not_affected statement with neither field', () => {
    const bad = structuredClone(doc)
    const s = bad.statements.find((x) => x.status === 'not_affected')!
    delete s.justification
    delete s.impact_statement
    expect(validate(bad)).toBe(false)
  })

  test('the schema accepts not_affected with both fields (anyOf)', () => {
    const s = doc.statements.find((x) => x.status === 'not_affected')!
    expect(s.justification && s.impact_statement).toBeTruthy()
    expect(validate(doc)).toBe(true)
  })
})
