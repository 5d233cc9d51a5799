import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadSecurityFolder } from '../../records/src/load.js'
import { dueDate, primaryId, recordTemplate } from '../src/record-template.js'
import { triage } from '../src/verdict.js'
import { TODAY, config, finding } from './helpers.js'

const hostile = finding({
  id: 'cve-2026-1000',
  aliases: ['cve-2026-1000', 'GHSA-cfgh-jmpq-rvwx'],
  title: 'Bad "quote" ```\n::error::injected\u2028 title',
  fixedVersion: '1.3.0',
  cvss: {
    v3: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N',
  },
})

describe('the ready-to-commit record', () => {
  test('is filed under the GHSA id with the CVE as alias', () => {
    expect(primaryId(hostile)).toBe('GHSA-cfgh-jmpq-rvwx')
    const t = recordTemplate(hostile, {
      owner: 'octocat',
      today: TODAY,
      config: config(),
    })
    expect(t.file).toBe('security/GHSA-cfgh-jmpq-rvwx.yml')
    expect(t.yaml).toContain('  - "CVE-2026-1000"')
  })

  test('is due by the policy deadline, never before today', () => {
    const c = config()
    expect(dueDate(finding({ severity: 'high' }), c, TODAY)).toBe('2027-01-02')
    expect(
      dueDate(
        finding({ severity: 'high', published: '2026-11-20T00:00:00Z' }),
        c,
        TODAY,
      ),
    ).toBe('2026-12-20')
    expect(
      dueDate(
        finding({ severity: 'critical', published: '2026-01-01T00:00:00Z' }),
        c,
        TODAY,
      ),
    ).toBe('2026-12-03')
  })

  test('passes the record validator as written, and decides the finding', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'triage-template-'))
    mkdirSync(path.join(root, 'security'))
    const c = config()
    const t = recordTemplate(hostile, {
      owner: 'octocat',
      today: TODAY,
      config: c,
    })
    writeFileSync(path.join(root, t.file), t.yaml)

    const { records, problems } = await loadSecurityFolder(
      root,
      c,
      '2026-12-03',
    )
    expect(problems).toEqual([])
    expect(records).toHaveLength(1)
    const r = records[0].record
    expect(r.status).toBe('under_investigation')
    expect(r.owner).toBe('octocat')
    expect(r.title).toBe(hostile.title!.replace(/\s+/g, ' ').trim())

    const report = triage({
      findings: [hostile],
      records,
      external: [],
      config: c,
      today: TODAY,
      event: 'pull_request',
    })
    expect(report.verdicts[0].verdict).toBe('decided')
    expect(report.failed).toBe(false)
  })

  test('writes a Go fixed version with the "v" prefix scanners compare', async () => {
    // osv-scanner gives OSV's Go versions without the "v".
    const gjson = finding({
      id: 'GHSA-c9gm-7rfj-8w5h',
      aliases: ['GHSA-c9gm-7rfj-8w5h', 'GO-2021-0265'],
      purl: 'pkg:golang/github.com/tidwall/gjson',
      version: '1.6.5',
      fixedVersion: '1.9.3',
    })
    const root = mkdtempSync(path.join(tmpdir(), 'triage-template-'))
    mkdirSync(path.join(root, 'security'))
    const c = config()
    const t = recordTemplate(gjson, {
      owner: 'octocat',
      today: TODAY,
      config: c,
    })
    expect(t.yaml).toContain('    fixed: "v1.9.3"\n')
    writeFileSync(path.join(root, t.file), t.yaml)
    const { records, problems } = await loadSecurityFolder(
      root,
      c,
      '2026-12-03',
    )
    expect(problems).toEqual([])
    const report = triage({
      findings: [gjson],
      records,
      external: [],
      config: c,
      today: TODAY,
      event: 'pull_request',
    })
    expect(report.problems).toEqual([])
    expect(report.verdicts[0].verdict).toBe('decided')
  })
})
