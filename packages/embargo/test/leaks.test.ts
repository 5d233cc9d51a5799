import { describe, expect, it } from '@jest/globals'
import { checkRelease } from '../src/check.js'
import { buildOutcome } from '../src/outcome.js'
import { embargoed, record, release } from './records.js'

const secret = () => embargoed('security/2026-001.yml')

describe('rule 1: mentions of an embargoed vulnerability', () => {
  it('passes notes that mention nothing embargoed', () => {
    const report = checkRelease(
      release({
        records: [secret()],
        notes: { path: 'notes.md', text: 'Faster thumbnails.\n' },
      }),
    )
    expect(report.problems).toEqual([])
  })
  it('fails on its id in the notes, at the line and column', () => {
    const report = checkRelease(
      release({
        records: [secret()],
        notes: { path: 'notes.md', text: 'Fixes:\n- ghsa-2222-3333-4444\n' },
      }),
    )
    expect(report.problems).toMatchObject([
      {
        rule: 'embargo/leak',
        recordFile: 'security/2026-001.yml',
        location: { file: 'notes.md', line: 2, col: 3 },
        level: 'error',
      },
    ])
  })
  it('fails on a declared term in a public file', () => {
    const report = checkRelease(
      release({
        records: [secret()],
        publicFiles: [
          {
            path: 'CHANGELOG.md',
            text: '## 1.4.2\nGuard against a Thumbnail Bomb.\n',
          },
        ],
      }),
    )
    expect(report.problems.map((p) => p.location)).toEqual([
      { file: 'CHANGELOG.md', line: 2, col: 17 },
    ])
  })
  it('names the record only by its file', () => {
    const report = checkRelease(
      release({
        records: [secret()],
        notes: { path: 'notes.md', text: 'CVE-2026-2222 fixed' },
      }),
    )
    expect(report.problems[0].message).toContain(
      'an embargoed vulnerability (record security/2026-001.yml)',
    )
    expect(report.problems[0].message).not.toContain('CVE-2026-2222')
  })
  it('caps the places reported per file and counts the rest', () => {
    const report = checkRelease(
      release({
        records: [secret()],
        notes: { path: 'notes.md', text: 'thumbnail bomb\n'.repeat(8) },
      }),
    )
    expect(report.problems).toHaveLength(6)
    expect(report.problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining('3 more places'),
    )
  })
  it('allows mentions once this release carries the fix', () => {
    const lifted = embargoed('security/2026-001.yml', { fixed_in: ['v1.4.2'] })
    const report = checkRelease(
      release({
        records: [lifted],
        notes: {
          path: 'notes.md',
          text: 'Fixes CVE-2026-2222 (security/2026-001.yml).',
        },
      }),
    )
    expect(report.problems.filter((p) => p.rule === 'embargo/leak')).toEqual([])
  })
  it('ignores records that are not embargoed', () => {
    const report = checkRelease(
      release({
        records: [record('security/a.yml', { fixed_in: ['v1.5.0'] })],
        notes: { path: 'notes.md', text: 'GHSA-2222-3333-4444' },
      }),
    )
    expect(report.problems).toEqual([])
  })
})

describe('rule 1: details in the public security folder', () => {
  it('fails when an embargoed record holds a description', () => {
    const report = checkRelease(
      release({
        records: [
          embargoed('security/2026-001.yml', { description: 'how to exploit' }),
        ],
      }),
    )
    expect(report.problems).toMatchObject([
      {
        rule: 'embargo/embargoed-details',
        location: { file: 'security/2026-001.yml' },
      },
    ])
    expect(report.problems[0].message).toContain('`description`')
  })
  it('fails when an embargoed record holds workarounds', () => {
    const report = checkRelease(
      release({
        records: [embargoed('security/2026-001.yml', { workarounds: 'x' })],
      }),
    )
    expect(report.problems.map((p) => p.rule)).toEqual([
      'embargo/embargoed-details',
    ])
  })
  it('fails on every detail the redactor withholds, not on ids and terms', () => {
    const CANARY = 'zq7canary'
    const input = release({
      records: [
        embargoed('security/2026-001.yml', {
          mitigation: `${CANARY} set MaxPixels`,
          impact_statement: `${CANARY} impact`,
          action_statement: `${CANARY} action`,
          references: [`https://example.com/${CANARY}`],
          credits: [`${CANARY} finder`],
          disclosure: {
            potential_impact: `${CANARY} 14 GB`,
            dependency_update: `${CANARY} update`,
          },
        }),
      ],
    })
    const report = checkRelease(input)
    expect(report.problems.map((p) => p.message).sort()).toEqual(
      [
        'mitigation',
        'impact_statement',
        'action_statement',
        'references',
        'credits',
        'disclosure.potential_impact',
        'disclosure.dependency_update',
      ]
        .map(
          (f) =>
            `an embargoed vulnerability (record security/2026-001.yml) has a public \`${f}\` while under embargo.`,
        )
        .sort(),
    )
    const shown = buildOutcome(report, input, [], false)
    expect(shown.passed).toBe(false)
    expect(JSON.stringify(shown).toLowerCase()).not.toContain(CANARY)
  })
  it('fails when it does not say where its private details live', () => {
    const report = checkRelease(
      release({
        records: [
          embargoed('security/2026-001.yml', {
            disclosure: { private_details: '' },
          }),
        ],
      }),
    )
    expect(report.problems[0].message).toContain('private details')
  })
})

describe('rule 1: the security folder and file names', () => {
  const CANARY = 'zq7canary'
  const canary = () =>
    embargoed('security/2026-001.yml', {
      id: `PROJ-${CANARY}-1`,
      disclosure: { cve_id: `CVE-${CANARY}`, terms: [`${CANARY} bomb`] },
    })

  it('fails on another record mentioning it, not on its own file', () => {
    const input = release({
      records: [canary(), record('security/o.yml', { fixed_in: ['v1.0.0'] })],
      publicFiles: [
        { path: 'security/2026-001.yml', text: `id: PROJ-${CANARY}-1\n` },
        {
          path: 'security/o.yml',
          text: `description: found with cve-${CANARY}\n`,
        },
      ],
    })
    const report = checkRelease(input)
    expect(report.problems.map((p) => p.location)).toEqual([
      { file: 'security/o.yml', line: 1, col: 25 },
    ])
    const shown = buildOutcome(report, input, [], false)
    expect(JSON.stringify(shown).toLowerCase()).not.toContain(CANARY)
  })

  it.each([
    `docs/CVE-${CANARY}.md`,
    `docs/proj_${CANARY}_1/notes.md`,
    `docs/${CANARY}-bomb.md`,
  ])('fails on a public file named %s, without its name', (path) => {
    const input = release({
      records: [canary()],
      publicFiles: [{ path, text: `PROJ-${CANARY}-1 twice` }],
    })
    const report = checkRelease(input)
    expect(report.problems.map((p) => p.location)).toEqual(
      expect.arrayContaining([
        { file: 'a public file (name withheld)', nameWithheld: true },
      ]),
    )
    expect(report.problems.length).toBeGreaterThanOrEqual(1)
    const shown = buildOutcome(report, input, [], false)
    expect(shown.passed).toBe(false)
    expect(JSON.stringify(shown).toLowerCase()).not.toContain(CANARY)
    expect(JSON.stringify(shown)).not.toContain('withheld]')
  })

  it('keeps the path of a file whose content alone leaks', () => {
    const input = release({
      records: [canary()],
      publicFiles: [{ path: 'docs/pixel.md', text: `\nCVE-${CANARY}` }],
    })
    const shown = buildOutcome(checkRelease(input), input, [], false)
    expect(shown.problems.map((p) => p.location)).toEqual([
      { file: 'docs/pixel.md', line: 2, col: 1 },
    ])
  })
})
