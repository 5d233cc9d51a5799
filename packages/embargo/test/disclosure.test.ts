import { describe, expect, it } from '@jest/globals'
import { checkRelease } from '../src/check.js'
import { embargoed, record, release } from './records.js'

describe('rule 2: published before the fix is public', () => {
  it('fails when the record says its advisory is published and no release has the fix', () => {
    const report = checkRelease(
      release({
        records: [
          record('security/a.yml', {
            fixed_in: ['v1.5.0'],
            disclosure: { published: '2026-11-30' },
          }),
        ],
      }),
    )
    expect(report.problems).toMatchObject([
      {
        rule: 'embargo/published-before-fix',
        level: 'error',
        location: { file: 'security/a.yml' },
      },
    ])
  })
  it('fails when the API reports the repository advisory published', () => {
    const report = checkRelease(
      release({
        records: [embargoed('security/b.yml')],
        advisories: [
          { ghsa_id: 'ghsa-2222-3333-4444', state: 'published' },
          { ghsa_id: 'GHSA-aaaa-bbbb-cccc', state: 'draft' },
        ],
      }),
    )
    const p = report.problems.find(
      (x) => x.rule === 'embargo/published-before-fix',
    )
    expect(p?.message).toContain('GitHub reports')
    expect(p?.message).not.toContain('GHSA-2222')
  })
  it('ignores a draft advisory and a publication date still to come', () => {
    const report = checkRelease(
      release({
        records: [
          record('security/a.yml', {
            fixed_in: ['v1.5.0'],
            disclosure: { published: '2026-12-24' },
          }),
        ],
        advisories: [{ ghsa_id: 'GHSA-2222-3333-4444', state: 'draft' }],
      }),
    )
    expect(report.problems).toEqual([])
  })
  it('passes once a public release contains the fix', () => {
    const report = checkRelease(
      release({
        version: 'v1.6.0',
        releasedVersions: ['v1.5.0'],
        records: [
          record('security/a.yml', {
            fixed_in: ['v1.5.0'],
            disclosure: { published: '2026-11-30' },
          }),
        ],
      }),
    )
    expect(report.problems).toEqual([])
  })
  it('only warns when this very release ships the fix', () => {
    const report = checkRelease(
      release({
        records: [
          record('security/a.yml', {
            disclosure: { cve_published: '2026-11-30' },
          }),
        ],
        notes: {
          path: 'notes.md',
          text: 'GHSA-2222-3333-4444: security/a.yml',
        },
      }),
    )
    expect(report.problems.map((p) => [p.rule, p.level])).toEqual([
      ['embargo/published-before-fix', 'warning'],
    ])
  })
  it('ignores the upstream CVE date of a dependency fixed by an update', () => {
    const report = checkRelease(
      release({
        records: [
          record('security/a.yml', {
            fixed_in: ['v1.5.0'],
            disclosure: {
              fix_by: 'dependency_update',
              cve_published: '2024-06-17',
            },
          }),
        ],
      }),
    )
    expect(report.problems).toEqual([])
  })
  it('skips not_affected records, which have no fix to wait for', () => {
    const report = checkRelease(
      release({
        records: [
          record('security/a.yml', {
            status: 'not_affected',
            fixed_in: [],
            disclosure: { published: '2026-11-30' },
          }),
        ],
      }),
    )
    expect(report.problems).toEqual([])
  })
})

describe('rule 5: CVE id reserved before the fixing release', () => {
  const notes = { path: 'notes.md', text: 'GHSA-2222-3333-4444 security/c.yml' }
  it('fails when a CVE-kind record fixed here has no cve_id', () => {
    const report = checkRelease(
      release({
        notes,
        records: [record('security/c.yml', { disclosure: { kind: 'cve' } })],
      }),
    )
    expect(report.problems).toMatchObject([
      { rule: 'embargo/missing-cve-id', location: { file: 'security/c.yml' } },
    ])
  })
  it('passes when the CVE id is set', () => {
    const report = checkRelease(
      release({
        notes,
        records: [
          record('security/c.yml', {
            disclosure: { kind: 'cve', cve_id: 'CVE-2026-1111' },
          }),
        ],
      }),
    )
    expect(report.problems).toEqual([])
  })
  it.each(['none', 'advisory'] as const)(
    'fails when the facts call for a CVE and the kind is %s',
    (kind) => {
      const facts = {
        kind,
        exploitable: true,
        fix_by: 'our_release',
        distributed: true,
      } as const
      const report = checkRelease(
        release({
          notes,
          records: [record('security/c.yml', { disclosure: facts })],
        }),
      )
      expect(report.problems).toMatchObject([
        {
          rule: 'embargo/missing-cve-id',
          location: { file: 'security/c.yml' },
          level: 'error',
        },
      ])
      expect(report.problems[0].fix).toContain('set `kind: cve`')
    },
  )
  it('asks no CVE of internal-only software or a dependency fix', () => {
    const report = checkRelease(
      release({
        notes,
        config: { ...release().config, distributed: false },
        records: [
          record('security/c.yml', {
            disclosure: {
              kind: 'none',
              exploitable: true,
              fix_by: 'our_release',
            },
          }),
          record('security/d.yml', {
            id: 'GHSA-5555-6666-7777',
            disclosure: {
              kind: 'advisory',
              exploitable: true,
              fix_by: 'dependency_update',
              distributed: true,
            },
          }),
        ],
      }),
    )
    expect(report.problems.map((p) => p.rule)).not.toContain(
      'embargo/missing-cve-id',
    )
  })
  it('does not ask for a CVE id before the fixing release', () => {
    const report = checkRelease(
      release({
        records: [
          record('security/c.yml', {
            fixed_in: ['v1.5.0'],
            disclosure: { kind: 'cve' },
          }),
        ],
      }),
    )
    expect(report.problems).toEqual([])
  })
})
