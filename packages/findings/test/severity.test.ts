import { describe, expect, test } from '@jest/globals'
import {
  assessSeverity,
  severityFromLabel,
  severityFromScore,
} from '../src/severity.js'

const V4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N'
const V3 = 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N'
const V2 = 'AV:N/AC:L/Au:N/C:N/I:N/A:P'

describe('assessSeverity', () => {
  test('prefers v4 over v3 whatever the order given', () => {
    const r = assessSeverity({ vectors: [V3, V4], label: 'low' })
    expect([r.severity, r.severitySource, r.cvss?.score]).toEqual([
      'high',
      'cvss-v4',
      8.7,
    ])
  })

  test('uses v3 when there is no v4', () => {
    const r = assessSeverity({ vectors: [V3], label: 'critical' })
    expect([r.severity, r.severitySource]).toEqual(['medium', 'cvss-v3'])
  })

  test('uses v2 when it is all there is', () => {
    expect(assessSeverity({ vectors: [V2] }).severitySource).toBe('cvss-v2')
  })

  test('a vector that does not score falls back and is noted, not thrown', () => {
    const r = assessSeverity({
      vectors: ['CVSS:4.0/AV:Q'],
      label: 'moderate',
    })
    expect([r.severity, r.severitySource]).toEqual(['medium', 'label'])
    expect(r.notes).toHaveLength(1)
  })

  test('a bare score comes before a label', () => {
    const r = assessSeverity({ score: 9.5, label: 'low' })
    expect(r.severity).toBe('critical')
  })

  test('nothing usable is unknown, without a source', () => {
    const r = assessSeverity({ label: 'UNKNOWN' })
    expect([r.severity, r.severitySource, r.notes]).toEqual([
      'unknown',
      undefined,
      [],
    ])
  })

  test('an unheard-of label is noted', () => {
    expect(assessSeverity({ label: 'spicy' }).notes[0]).toMatch(/spicy/)
  })
})

describe('severityFromLabel', () => {
  test.each([
    ['moderate', 'medium'],
    ['MEDIUM', 'medium'],
    ['Critical', 'critical'],
    ['Negligible', 'low'],
    ['info', 'low'],
    ['none', 'none'],
    ['whatever', undefined],
  ])('%p -> %p', (label, sev) => {
    expect(severityFromLabel(label)).toBe(sev)
  })
})

describe('severityFromScore', () => {
  test.each([
    [0, 'none'],
    [0.1, 'low'],
    [3.9, 'low'],
    [4, 'medium'],
    [6.9, 'medium'],
    [7, 'high'],
    [8.9, 'high'],
    [9, 'critical'],
    [10, 'critical'],
    [11, undefined],
  ])('%p -> %p', (score, sev) => {
    expect(severityFromScore(score)).toBe(sev)
  })
})
