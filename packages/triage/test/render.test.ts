import { describe, expect, test } from '@jest/globals'
import { forMarkdown } from '../../core/src/text.js'
import { recordTemplate } from '../src/record-template.js'
import {
  COMMENT_MARKER,
  MAX_COMMENT_CHARS,
  annotations,
  commentMarkdown,
  reportJson,
  summaryMarkdown,
} from '../src/render.js'
import { triage } from '../src/verdict.js'
import { TODAY, config, finding, loaded, record } from './helpers.js'

const evil = finding({
  id: 'CVE-2026-9999',
  aliases: ['CVE-2026-9999'],
  purl: 'pkg:npm/evil',
  title: '<img src=x onerror=alert(1)> | ::error::pwned',
  severity: 'critical',
})

const report = triage({
  findings: [finding(), evil],
  records: [loaded(record())],
  external: [],
  config: config(),
  today: TODAY,
  event: 'pull_request',
})

function templates(r = report) {
  return r.verdicts
    .filter((v) => v.verdict === 'untriaged')
    .map((v) => ({
      verdict: v,
      template: recordTemplate(v.finding, {
        owner: 'octocat',
        today: TODAY,
        config: config(),
      }),
    }))
}

describe('job summary', () => {
  const md = summaryMarkdown(report, {
    link: (f) => `https://github.com/acme/widget/blob/abc/${f}`,
  })
  test('says the result and lists each finding with its verdict', () => {
    expect(md).toContain('## triage-gate: ❌ failed')
    expect(md).toContain(`| ❌ | ${forMarkdown('CVE-2026-9999')} |`)
    expect(md).toMatch(/\| ❌ \|.*\| untriaged \|/)
    expect(md).toMatch(/\| ✅ \|.*\| decided \|/)
  })
  test('failing findings come first', () => {
    expect(md.indexOf(forMarkdown('CVE-2026-9999'))).toBeLessThan(
      md.indexOf('| ✅ |'),
    )
  })
  test('links the record at its line', () => {
    expect(md).toContain(
      '(https://github.com/acme/widget/blob/abc/security/GHSA-cfgh-jmpq-rvwx.yml#L6)',
    )
  })
  test('carries the records to commit when asked (fork PRs)', () => {
    const withT = summaryMarkdown(report, {
      templates: templates(),
      templatesNote: 'No write access to comment.',
    })
    expect(withT).toContain('### Records to commit')
    expect(withT).toContain(forMarkdown('security/CVE-2026-9999.yml'))
    expect(withT).toContain('```yaml\n# CVE-2026-9999')
  })
})

describe('sticky comment', () => {
  const body = commentMarkdown(report, templates())
  test('starts with the hidden marker, once', () => {
    expect(body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(body.split(COMMENT_MARKER)).toHaveLength(2)
  })
  test('holds a ready-to-commit record for the untriaged finding', () => {
    expect(body).toContain('status: under_investigation')
    expect(body).toContain('owner: "octocat"')
  })
  test('untrusted titles stay inside the code block', () => {
    const outside = body.replace(/```yaml[\s\S]*?```/g, '')
    expect(outside).not.toContain('<img')
    expect(outside).not.toContain('::error::')
  })
  test('stays under the comment limit with thousands of findings', () => {
    const many = triage({
      findings: Array.from({ length: 3000 }, (_, i) =>
        finding({
          id: `CVE-2026-${20000 + i}`,
          aliases: [`CVE-2026-${20000 + i}`],
        }),
      ),
      records: [],
      external: [],
      config: config(),
      today: TODAY,
      event: 'pull_request',
    })
    const big = commentMarkdown(many, templates(many))
    expect(big.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(big).toMatch(/\d+ more untriaged findings did not fit/)
  })
})

describe('annotations and JSON report', () => {
  test('an expired decision is annotated at its review date', () => {
    const rec = loaded(
      record({
        review: { author: 'a', decided: '2026-01-01', review_by: '2026-06-01' },
      }),
    )
    const expired = triage({
      findings: [finding()],
      records: [rec],
      external: [],
      config: config(),
      today: TODAY,
      event: 'schedule',
    })
    const [a] = annotations(expired)
    expect(a).toMatchObject({
      level: 'error',
      file: 'security/GHSA-cfgh-jmpq-rvwx.yml',
      line: rec.positions.get('/review/review_by')!.line,
    })
  })
  test('an overdue decision is annotated at its due date', () => {
    const rec = loaded(
      record({
        status: 'under_investigation',
        justification: undefined,
        owner: 'bob',
        due: '2026-11-01',
      }),
    )
    const overdue = triage({
      findings: [finding()],
      records: [rec],
      external: [],
      config: config(),
      today: TODAY,
      event: 'schedule',
    })
    expect(annotations(overdue)[0].line).toBe(rec.positions.get('/due')!.line)
  })
  test('the JSON report carries every verdict and the counts', () => {
    const j = reportJson(report)
    expect(j.failed).toBe(true)
    expect(j.counts.untriaged).toBe(1)
    expect(j.verdicts.map((v) => v.id).sort()).toEqual([
      'CVE-2026-1000',
      'CVE-2026-9999',
    ])
  })
})
