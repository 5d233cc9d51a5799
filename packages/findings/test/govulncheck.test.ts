import { describe, expect, test } from '@jest/globals'
import {
  parseGovulncheck,
  splitJsonStream,
  traceReachability,
} from '../src/govulncheck.js'
import { UserError } from '../../core/src/errors.js'
import { own, sample, withShared } from './shared.js'

withShared('parseGovulncheck on the real govulncheck stream', () => {
  const findings = () =>
    parseGovulncheck(sample('govulncheck-stream.json'), 'gv.json')

  test('folds the module, package and symbol findings into one', () => {
    expect(findings()).toHaveLength(1)
  })

  test('says the symbol is called when a trace reaches a function', () => {
    expect(findings()[0].reachability).toBe('called')
  })

  test('takes every alias from the osv message', () => {
    expect(findings()[0].aliases).toEqual([
      'GO-2021-0265',
      'CVE-2021-42248',
      'CVE-2021-42836',
      'GHSA-c9gm-7rfj-8w5h',
      'GHSA-ppj4-34rq-v8j9',
    ])
  })

  test('leaves severity unknown, to be taken from an alias', () => {
    const f = findings()[0]
    expect([f.severity, f.severitySource]).toEqual(['unknown', 'alias'])
  })

  test('reads the module as a Go purl, its version and the fix', () => {
    const f = findings()[0]
    expect([f.purl, f.version, f.fixedVersion]).toEqual([
      'pkg:golang/github.com/tidwall/gjson',
      'v1.6.5',
      'v1.9.3',
    ])
  })
})

describe('splitJsonStream', () => {
  test('splits objects written back to back and across lines', () => {
    const parts = [...splitJsonStream('{"a":1}{"b":\n2}\n\n {"c":"}{"}')]
    expect(parts.map((p) => JSON.parse(p.json))).toEqual([
      { a: 1 },
      { b: 2 },
      { c: '}{' },
    ])
  })

  test('ignores braces inside strings with escaped quotes', () => {
    const parts = [...splitJsonStream('{"a":"\\"}"}{"b":1}')]
    expect(parts).toHaveLength(2)
  })
})

describe('traceReachability', () => {
  test.each([
    [[{ module: 'm' }], 'required'],
    [[{ module: 'm', package: 'm/p' }], 'imported'],
    [[{ module: 'm', package: 'm/p', function: 'F' }], 'called'],
  ])('%j is %s', (trace, reach) => {
    expect(traceReachability(trace)).toBe(reach)
  })
})

describe('parseGovulncheck on edge cases', () => {
  const findings = () =>
    parseGovulncheck(own('govulncheck-pretty-strings.json'), 'gv.json')

  test('braces inside progress strings do not split messages', () => {
    expect(findings().map((f) => f.id)).toEqual([
      'GO-2024-0001',
      'GO-2024-0002',
    ])
  })

  test('package-level beats module-level reachability', () => {
    expect(findings()[0].reachability).toBe('imported')
  })

  test('takes severity from the osv entry when it has a vector', () => {
    const f = findings()[0]
    expect([f.severity, f.severitySource]).toEqual(['critical', 'cvss-v3'])
  })

  test('a finding without its osv entry keeps its id alone', () => {
    const f = findings()[1]
    expect([f.aliases, f.purl, f.fixedVersion]).toEqual([
      ['GO-2024-0002'],
      'pkg:golang/stdlib',
      'v0.5.0',
    ])
  })

  test('a truncated stream is an error with its line', () => {
    let err: unknown
    try {
      parseGovulncheck(own('govulncheck-unclosed.json'), 'gv.json')
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).message).toMatch(/never closed/)
    expect((err as UserError).line).toBe(2)
  })

  test('an empty file is an error, not zero findings', () => {
    expect(() => parseGovulncheck(own('blank.json'), 'b.json')).toThrow(
      UserError,
    )
  })

  test('objects that are not govulncheck messages are refused', () => {
    expect(() => parseGovulncheck(own('unknown.json'), 'u.json')).toThrow(
      /no govulncheck messages/,
    )
  })

  test('a stream with only its config is zero findings', () => {
    expect(
      parseGovulncheck('{"config":{"scanner_name":"govulncheck"}}', 'c'),
    ).toEqual([])
  })
})
