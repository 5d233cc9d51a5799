import { describe, expect, it } from '@jest/globals'
import { parseNpmLock } from '../../versions/src/npmlock.js'
import { checkRelease } from '../src/check.js'
import { buildOutcome } from '../src/outcome.js'
import { embargoed, record, release } from './records.js'

/** Every text field of an embargoed record carries this canary. */
const CANARY = 'zq7canary'

function canaryRecord(file: string, fixedIn: string) {
  return embargoed(file, {
    id: `PROJ-${CANARY}-1`,
    aliases: [`GHSA-${CANARY}`, `CVE-${CANARY}`],
    title: `${CANARY} title of the embargoed vulnerability`,
    description: `${CANARY} description`,
    impact_statement: `${CANARY} impact`,
    action_statement: `${CANARY} action`,
    mitigation: `${CANARY} mitigation`,
    workarounds: `${CANARY} workaround`,
    owner: `${CANARY}-owner`,
    credits: [`${CANARY} finder`],
    references: [`https://example.com/${CANARY}`],
    cwe: ['CWE-400'],
    fixed_in: [fixedIn],
    packages: [{ purl: `pkg:npm/${CANARY}-lib`, vulnerable: '< 2.0.0' }],
    review: { author: `${CANARY}-author`, decided: '2026-09-01' },
    disclosure: {
      kind: 'cve',
      cve_id: undefined,
      ghsa_id: `GHSA-${CANARY}-ghsa`,
      fix_by: 'dependency_update',
      private_details: `${CANARY} private place`,
      terms: [`${CANARY} term`, `${CANARY}`],
      potential_impact: `${CANARY} potential`,
      dependency_update: `${CANARY} update`,
    },
  })
}

describe('the canary: embargoed details never reach the report', () => {
  const pending = canaryRecord('security/embargoed-a.yml', 'v9.0.0')
  const shipping = canaryRecord('security/embargoed-b.yml', 'v1.4.2')
  const report = checkRelease(
    release({
      records: [pending, shipping],
      notes: { path: 'notes.md', text: `Fixes ${CANARY} and GHSA-${CANARY}.` },
      publicFiles: [{ path: 'CHANGELOG.md', text: `${CANARY} term` }],
      advisories: [{ ghsa_id: `GHSA-${CANARY}-ghsa`, state: 'published' }],
      lockfiles: [
        {
          files: ['package-lock.json'],
          npm: parseNpmLock(
            JSON.stringify({
              lockfileVersion: 3,
              packages: {
                [`node_modules/${CANARY}-lib`]: { version: '1.0.0' },
              },
            }),
          ),
        },
      ],
    }),
  )

  it('fires every rule that can concern an embargoed record', () => {
    expect(new Set(report.problems.map((p) => p.rule))).toEqual(
      new Set([
        'embargo/leak',
        'embargo/embargoed-details',
        'embargo/published-before-fix',
        'embargo/missing-from-notes',
        'embargo/lockfile-still-vulnerable',
        'embargo/missing-cve-id',
        'embargo/release-overdue',
      ]),
    )
  })
  it('holds no canary anywhere in the report', () => {
    expect(JSON.stringify(report).toLowerCase()).not.toContain(CANARY)
  })
  it('names each record by its file', () => {
    for (const p of report.problems) {
      expect(p.message).toContain(
        `an embargoed vulnerability (record ${p.recordFile})`,
      )
    }
  })
})

describe('lifted records', () => {
  const lifting = embargoed('security/e.yml', { fixed_in: ['v1.4.2'] })
  const later = embargoed('security/f.yml', { fixed_in: ['v1.5.0'] })
  const open = record('security/o.yml')

  it('lists embargoed records this release fixes, by file only before publication', () => {
    const report = checkRelease(release({ records: [lifting, later, open] }))
    expect(report.lifted).toEqual([{ file: 'security/e.yml' }])
  })
  it('adds ids once the release is public', () => {
    const report = checkRelease(
      release({ records: [lifting, later, open], releasePublic: true }),
    )
    expect(report.lifted).toEqual([
      { file: 'security/e.yml', id: 'GHSA-2222-3333-4444' },
    ])
  })
  it('lists every fix this release ships and what stays embargoed', () => {
    const report = checkRelease(release({ records: [lifting, later, open] }))
    expect(report.fixed).toEqual(['security/e.yml', 'security/o.yml'])
    expect(report.embargoed).toEqual(['security/f.yml'])
  })
  it('names a lifted record by id in messages once the release is public', () => {
    const report = checkRelease(
      release({ records: [lifting], releasePublic: true }),
    )
    expect(report.problems[0].message).toContain('GHSA-2222-3333-4444')
  })
})

describe('ordering', () => {
  it('puts errors before warnings, then by record and place', () => {
    const report = checkRelease(
      release({
        records: [
          record('security/w.yml', {
            fixed_in: ['v1.5.0'],
            review: { author: 'a', decided: '2026-11-05' },
          }),
          record('security/z.yml'),
          record('security/a.yml'),
        ],
      }),
    )
    expect(report.problems.map((p) => [p.level, p.recordFile])).toEqual([
      ['error', 'security/a.yml'],
      ['error', 'security/z.yml'],
      ['warning', 'security/w.yml'],
    ])
  })
})

describe('an embargoed record whose own file is named after it', () => {
  const file = `security/CVE-${CANARY}.yml`
  const named = canaryRecord(file, 'v9.0.0')
  const input = release({
    records: [named, record('security/record-002.yml')],
    notes: { path: 'notes.md', text: `Fixes ${CANARY}.` },
    advisories: [{ ghsa_id: `GHSA-${CANARY}-ghsa`, state: 'published' }],
  })
  const report = checkRelease(input)
  const outcome = buildOutcome(report, input, [], false)

  it('is an error that does not print the path', () => {
    const p = report.problems.find((x) => x.rule === 'embargo/record-file-name')
    expect(p).toMatchObject({
      level: 'error',
      location: { nameWithheld: true },
    })
    expect(p?.message).toContain("an embargoed record's file (name withheld)")
    expect(p?.fix).toContain('security/record-<n>.yml')
    expect(outcome.passed).toBe(false)
  })
  it('withholds the path from everything shown, in every rule', () => {
    expect(report.problems.length).toBeGreaterThan(2)
    const all = JSON.stringify(outcome)
    expect(all.toLowerCase()).not.toContain(CANARY)
    expect(all).not.toContain(file)
    const inRecord = outcome.problems.filter(
      (p) => p.location.file === "an embargoed record's file (name withheld)",
    )
    expect(new Set(inRecord.map((p) => p.rule))).toEqual(
      new Set([
        'embargo/record-file-name',
        'embargo/embargoed-details',
        'embargo/published-before-fix',
        'embargo/release-overdue',
      ]),
    )
    // Annotations point at no file.
    for (const p of inRecord) expect(p.location.nameWithheld).toBe(true)
    // The record with a neutral name is still named.
    expect(all).toContain('security/record-002.yml')
  })
  it('leaves a neutrally named embargoed record alone', () => {
    const ok = checkRelease(
      release({ records: [canaryRecord('security/record-001.yml', 'v9.0.0')] }),
    )
    expect(ok.problems.map((p) => p.rule)).not.toContain(
      'embargo/record-file-name',
    )
  })
})
