import { describe, expect, test } from '@jest/globals'
import { parseNpmAudit } from '../src/npm-audit.js'
import { own, sample, withShared } from './shared.js'

withShared('parseNpmAudit on the real npm audit v2 report', () => {
  const findings = () => parseNpmAudit(sample('npm-audit-v2.json'), 'a.json')

  test('gives one finding per advisory object in via', () => {
    expect(findings().map((f) => `${f.id} ${f.purl}`)).toEqual([
      'GHSA-cph5-m8f7-6c5x pkg:npm/axios',
      'GHSA-4w2v-q235-vp99 pkg:npm/axios',
      'GHSA-42xw-2xvc-qx8m pkg:npm/axios',
      'GHSA-pw2r-vq6v-hr8c pkg:npm/follow-redirects',
      'GHSA-74fj-2j2h-c42q pkg:npm/follow-redirects',
    ])
  })

  test('string via entries (transitive) add no finding for github-build', () => {
    expect(findings().some((f) => f.purl === 'pkg:npm/github-build')).toBe(
      false,
    )
  })

  test('reads moderate as medium', () => {
    const f = findings().find((x) => x.id === 'GHSA-pw2r-vq6v-hr8c')
    expect([f?.severity, f?.severitySource]).toEqual(['medium', 'label'])
  })

  test('keeps the advisory number as the source ref', () => {
    expect(findings()[0].sources[0].ref).toBe('1038749')
  })
})

describe('parseNpmAudit on edge cases', () => {
  test('a clean report is zero findings', () => {
    expect(parseNpmAudit(own('npm-audit-clean.json'), 'a.json')).toEqual([])
  })

  test('scores the cvss vector of newer npm and lower-cases the GHSA id', () => {
    const [f] = parseNpmAudit(own('npm-audit-cvss.json'), 'a.json')
    expect([f.id, f.severity, f.severitySource]).toEqual([
      'GHSA-xvch-5gv4-984h',
      'critical',
      'cvss-v3',
    ])
  })

  test('a vector that does not score falls back to the label, noted', () => {
    const f = parseNpmAudit(own('npm-audit-cvss.json'), 'a.json')[1]
    expect([f.severity, f.severitySource]).toEqual(['medium', 'label'])
    expect(f.notes?.[0]).toMatch(/could not be scored/)
  })

  test('npm v1 output is refused with the fix', () => {
    expect(() => parseNpmAudit(own('npm-audit-v1.json'), 'a.json')).toThrow(
      /v1 report.*npm 7/,
    )
  })

  test("npm's error output is refused, quoting npm", () => {
    expect(() => parseNpmAudit(own('npm-audit-error.json'), 'a.json')).toThrow(
      /requires an existing lockfile/,
    )
  })
})
