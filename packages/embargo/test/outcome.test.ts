import { describe, expect, it } from '@jest/globals'
import type { Problem } from '../../core/src/errors.js'
import { checkRelease } from '../src/check.js'
import { buildOutcome, folderPrefix } from '../src/outcome.js'
import { embargoed, record, release } from './records.js'

describe('buildOutcome', () => {
  const input = release({
    records: [
      embargoed('security/e.yml'),
      record('security/o.yml', { id: 'GHSA-5555-6666-7777', aliases: [] }),
    ],
    notes: { path: 'notes.md', text: 'GHSA-5555-6666-7777 security/o.yml' },
  })

  it('passes with no errors, and fails on warnings only when asked', () => {
    const warned = release({
      records: [
        record('security/w.yml', {
          fixed_in: ['v1.5.0'],
          review: { author: 'a', decided: '2026-11-05' },
        }),
      ],
    })
    const report = checkRelease(warned)
    expect(buildOutcome(report, warned, [], false).passed).toBe(true)
    expect(buildOutcome(report, warned, [], true).passed).toBe(false)
  })

  it('withholds a loader message about an embargoed record’s text', () => {
    // The duplicate-id check of the loader quotes the id.
    const loader: Problem[] = [
      {
        file: 'security/o.yml',
        rule: 'record/duplicate',
        message: 'GHSA-2222-3333-4444 is already recorded in security/e.yml',
        severity: 'error',
      },
    ]
    const o = buildOutcome(checkRelease(input), input, loader, false)
    expect(o.problems[0].message).toBe(
      '[withheld] is already recorded in security/e.yml',
    )
    expect(o.redactions).toBeGreaterThan(0)
  })

  it('fails, without details, on a record file that did not load', () => {
    const loader: Problem[] = [
      {
        file: 'security/broken.yml',
        line: 3,
        col: 1,
        rule: 'yaml/syntax',
        message: 'bad indentation near "the secret exploit"',
        severity: 'error',
      },
    ]
    const o = buildOutcome(checkRelease(input), input, loader, false)
    expect(o.passed).toBe(false)
    expect(o.problems[0].rule).toBe('embargo/unreadable-record')
    expect(o.problems[0].message).not.toContain('secret exploit')
  })

  it('shows process-rule problems of loaded records as notices', () => {
    const loader: Problem[] = [
      {
        file: 'security/o.yml',
        rule: 'record/review-by',
        message: 'needs review_by',
        severity: 'error',
      },
    ]
    const o = buildOutcome(checkRelease(input), input, loader, false)
    expect(o.problems[0].level).toBe('notice')
    expect(o.passed).toBe(true)
  })

  it('keeps a configuration error an error', () => {
    const loader: Problem[] = [
      {
        file: '.github/psirt.yml',
        rule: 'config/schema',
        message: 'bad key',
        severity: 'error',
      },
    ]
    expect(buildOutcome(checkRelease(input), input, loader, false).passed).toBe(
      false,
    )
  })

  it('writes a summary with a row per problem, escaped', () => {
    const bad = release({
      records: [record('security/o.yml')],
      notes: { path: 'notes_<b>.md', text: '' },
    })
    const o = buildOutcome(checkRelease(bad), bad, [], false)
    expect(o.summary).toContain('## Release embargo check: v1\\.4\\.2 failed')
    expect(o.summary).toContain('notes\\_&lt;b&gt;\\.md')
    expect(o.summary).not.toContain('<b>')
  })

  it('withholds every loader message about an embargoed record', () => {
    // The loader quotes values the redactor does not know: a package
    // without its version, a range, an unknown key.
    const CANARY = 'zq7canary'
    const withPurl = release({
      ...input,
      records: [
        embargoed('security/e.yml', {
          packages: [{ purl: `pkg:golang/${CANARY}/lib@v1.2.3` }],
        }),
      ],
    })
    const loader: Problem[] = [
      {
        file: 'security/e.yml',
        rule: 'record/purl-version',
        message: 'the purl carries a version.',
        fix: `write pkg:golang/${CANARY}/lib`,
        severity: 'error',
      },
      {
        file: 'security/e.yml',
        rule: 'record/range',
        message: `Cannot read the version range "< 1.5.0 ${CANARY}-build"`,
        severity: 'error',
      },
      {
        file: './security/e.yml',
        rule: 'record/cvss',
        message: `${CANARY} in the vector`,
        severity: 'error',
      },
    ]
    const o = buildOutcome(checkRelease(withPurl), withPurl, loader, false)
    expect(o.problems.map((p) => p.level)).toEqual([
      'notice',
      'notice',
      'notice',
    ])
    expect(o.problems[0].message).toBe(
      'security/e.yml breaks record/purl-version; the details are withheld because the record is under embargo.',
    )
    expect(JSON.stringify(o).toLowerCase()).not.toContain(CANARY)
    // The redactor also withholds the package written without its version.
    const other: Problem[] = [
      {
        file: 'notes.md',
        rule: 'x/y',
        message: `pkg:golang/${CANARY}/lib is named`,
        severity: 'warning',
      },
    ]
    const p = buildOutcome(checkRelease(withPurl), withPurl, other, false)
    expect(JSON.stringify(p).toLowerCase()).not.toContain(CANARY)
  })

  it.each(['./security', 'security/', './security//', 'security'])(
    'knows the security folder written as %s',
    (dir) => {
      const CANARY = 'zq7canary'
      const cfg = release({
        ...input,
        config: { ...input.config, security_dir: dir },
      })
      const loader: Problem[] = [
        {
          file: 'security/x.yml',
          rule: 'record/additionalProperties',
          message: `unknown key "${CANARY}"`,
          severity: 'error',
        },
        {
          file: 'security/o.yml',
          rule: 'record/review-by',
          message: 'needs review_by',
          severity: 'error',
        },
      ]
      const o = buildOutcome(checkRelease(cfg), cfg, loader, false)
      expect(o.problems.map((p) => [p.rule, p.level, p.title])).toEqual([
        ['embargo/unreadable-record', 'error', 'Record cannot be checked'],
        ['record/review-by', 'notice', 'Record'],
      ])
      expect(JSON.stringify(o)).not.toContain(CANARY)
    },
  )

  it('writes the folder prefix in the loader’s form', () => {
    expect(folderPrefix('./security/')).toBe('security/')
    expect(folderPrefix('a//b/')).toBe('a/b/')
    expect(folderPrefix('.')).toBe('')
  })
})
