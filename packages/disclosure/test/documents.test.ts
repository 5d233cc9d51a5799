import { readFileSync } from 'node:fs'
import path from 'node:path'
import { UserError } from '../../core/src/errors.js'
import { DEFAULT_CONFIG } from '../../records/src/load.js'
import type { Record } from '../../records/src/types.js'
import { checkRecordRules } from '../../records/src/validate.js'
import { scoreVector } from '../../cvss/src/index.js'
import { toAdvisory } from '../src/advisory.js'
import { renderCveContainer, renderCveRecord } from '../src/cve.js'
import { ADVISORY_MD, EMAIL_HTML, EMAIL_TEXT } from '../src/defaults.js'
import { renderEmail } from '../src/email.js'
import { renderMarkdown } from '../src/markdown.js'
import { renderMitre } from '../src/mitre.js'
import { renderOsv } from '../src/osv.js'
import {
  ORG_ID,
  config,
  cveRecord,
  dependencyRecord,
  loaded,
  repoRoot,
  withShared,
} from './fixtures.js'
import { schemaCheck } from './schemas.js'

const NOW = new Date('2026-12-03T10:00:00Z')
const RELEASE = {
  tag: 'v1.4.2',
  url: 'https://github.com/acme/widget/releases/tag/v1.4.2',
}
const cve = () => toAdvisory(loaded(cveRecord()), config(), RELEASE, NOW)
const dep = () => toAdvisory(loaded(dependencyRecord()), config(), RELEASE, NOW)
const provider = { orgId: ORG_ID, shortName: 'acme' }

describe('the advisory view', () => {
  it('scores every vector with the cvss scorer', () => {
    const a = cve()
    expect(a.scores.map((s) => [s.version, s.baseScore, s.severity])).toEqual([
      ['4.0', 9.3, 'critical'],
      ['3.1', 9.1, 'critical'],
    ])
    expect(a.severity).toBe('critical')
  })

  it('refuses a record whose disclosure kind is none', () => {
    const r = cveRecord()
    r.disclosure.kind = 'none'
    expect(() => toAdvisory(loaded(r), config(), RELEASE, NOW)).toThrow(
      UserError,
    )
  })

  it('never gives a dependency advisory a CVE of ours', () => {
    const r = dependencyRecord()
    r.disclosure.cve_id = 'CVE-1900-0002'
    const a = toAdvisory(loaded(r), config(), RELEASE, NOW)
    expect(a.dependency).toBe(true)
    expect(a.cve_id).toBeUndefined()
  })
})

describe('the markdown advisory', () => {
  it('carries summary, scores, versions, workarounds, credits and references', () => {
    const md = renderMarkdown(cve())
    expect(md).toContain('# Path traversal in the widget upload handler')
    expect(md).toContain(
      '| CVSS 4.0 | `CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N` | 9.3 | Critical |',
    )
    expect(md).toContain(
      '| github\\.com/acme/widget (Go) | &gt;= 1\\.2\\.0, &lt; 1\\.4\\.2 | 1\\.4\\.2 |',
    )
    expect(md).toContain('## Workarounds\n\nRun the server with a read\\-only')
    expect(md).toContain('- Mallory Researcher')
    expect(md).toContain(
      '[https://github\\.com/acme/widget/pull/42](https://github.com/acme/widget/pull/42)',
    )
    expect(md).not.toContain('Required dependency update')
  })

  it('gives a dependency advisory the update, the versions tested and no CVE', () => {
    const md = renderMarkdown(dep())
    expect(md).toContain('## Required dependency update')
    expect(md).toContain(
      'Versions tested with this update: libxml2 2\\.13\\.4, libxml2 2\\.14\\.0',
    )
    expect(md).toContain('## Potential impact')
    expect(md).not.toContain('**CVE:**')
  })

  it('escapes record text so it cannot inject markup', () => {
    const r = cveRecord({
      title: 'Bad <script>alert(1)</script> [link](javascript:x)',
      workarounds: '<img src=x onerror=alert(1)>',
    })
    const md = renderMarkdown(toAdvisory(loaded(r), config(), RELEASE, NOW))
    expect(md).not.toContain('<script>')
    expect(md).not.toContain('<img')
    expect(md).not.toContain('](javascript:')
  })

  it('uses an adopter template with its placeholders', () => {
    const md = renderMarkdown(cve(), {
      text: 'ADVISORY {{id}}: {{title}}\n{{#cve_id}}cve={{cve_id}}{{/cve_id}}',
      file: '.github/advisory.md',
    })
    expect(md).toBe(
      'ADVISORY CVE\\-1900\\-0001: Path traversal in the widget upload handler\ncve=CVE\\-1900\\-0001\n',
    )
  })

  it('names the line of an unknown placeholder in an adopter template', () => {
    let err: unknown
    try {
      renderMarkdown(cve(), { text: 'ok\n  {{nope}}', file: 't.md' })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UserError)
    expect(err).toMatchObject({ file: 't.md', line: 2, col: 3 })
  })
})

withShared()('documents against their official schemas', () => {
  it('the CNA container is valid CVE JSON 5.1.1', () => {
    const cna = renderCveContainer(cve(), provider)
    expect(
      schemaCheck('cve/CVE_JSON_cnaPublishedContainer_5.1.1.json')(cna),
    ).toEqual([])
  })

  it('the whole CVE record is valid CVE JSON 5.1.1', () => {
    const rec = renderCveRecord(cve(), provider)
    expect(schemaCheck('cve/CVE_JSON_bundled_5.1.1.json')(rec)).toEqual([])
  })

  it('the CNA container carries ranges, CWE and both CVSS metrics', () => {
    const cna = renderCveContainer(cve(), provider) as {
      affected: unknown[]
      problemTypes: unknown[]
      metrics: unknown[]
    }
    expect(cna.affected[0]).toMatchObject({
      collectionURL: 'https://pkg.go.dev',
      packageName: 'github.com/acme/widget',
      versions: [
        {
          version: '1.2.0',
          lessThan: '1.4.2',
          status: 'affected',
          versionType: 'semver',
        },
      ],
    })
    expect(cna.problemTypes).toEqual([
      {
        descriptions: [
          { lang: 'en', cweId: 'CWE-22', description: 'CWE-22', type: 'CWE' },
        ],
      },
    ])
    expect(cna.metrics).toEqual([
      expect.objectContaining({
        cvssV4_0: expect.objectContaining({
          baseScore: 9.3,
          baseSeverity: 'CRITICAL',
        }),
      }),
      expect.objectContaining({
        cvssV3_1: expect.objectContaining({
          baseScore: 9.1,
          baseSeverity: 'CRITICAL',
        }),
      }),
    ])
  })

  it('gives CVE JSON the base score and the advisory the threat-adjusted one', () => {
    const v4 =
      'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N/E:U'
    const r = cveRecord({ cvss: { v4 } })
    const a = toAdvisory(loaded(r), config(), RELEASE, NOW)
    const expected = scoreVector(v4)
    expect(expected.score).toBeLessThan(expected.baseScore)
    const cna = renderCveContainer(a, provider) as {
      metrics: { cvssV4_0: { baseScore: number; baseSeverity: string } }[]
    }
    expect(cna.metrics[0].cvssV4_0).toMatchObject({
      baseScore: expected.baseScore,
      baseSeverity: expected.baseSeverity.toUpperCase(),
    })
    expect(renderMarkdown(a)).toContain(`| ${expected.score.toFixed(1)} |`)
    expect(
      schemaCheck('cve/CVE_JSON_cnaPublishedContainer_5.1.1.json')(cna),
    ).toEqual([])
  })

  it('carries a CVSS 3.0 vector as cvssV3_0, CVSS_V3 and CVSS 3.0', () => {
    const v3 = 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N'
    const a = toAdvisory(
      loaded(cveRecord({ cvss: { v3 } })),
      config(),
      RELEASE,
      NOW,
    )
    expect(a.scores.map((s) => [s.version, s.baseScore])).toEqual([
      ['3.0', 9.1],
    ])
    expect(a.severity).toBe('critical')
    const rec = renderCveRecord(a, provider) as {
      containers: { cna: { metrics: unknown[] } }
    }
    expect(rec.containers.cna.metrics).toEqual([
      {
        format: 'CVSS',
        scenarios: [{ lang: 'en', value: 'GENERAL' }],
        cvssV3_0: {
          version: '3.0',
          vectorString: v3,
          baseScore: 9.1,
          baseSeverity: 'CRITICAL',
        },
      },
    ])
    expect(schemaCheck('cve/CVE_JSON_bundled_5.1.1.json')(rec)).toEqual([])
    const osv = renderOsv(a)
    expect(osv.severity).toEqual([{ type: 'CVSS_V3', score: v3 }])
    expect(schemaCheck('osv/osv-schema.json')(osv)).toEqual([])
    expect(renderMarkdown(a)).toContain(
      `| CVSS 3.0 | \`${v3}\` | 9.1 | Critical |`,
    )
    expect(renderMitre(a)).toContain(`CVSS 3.0: ${v3}`)
  })

  it('refuses a vector of another version in cvss.v3', () => {
    const v4 = cveRecord().cvss?.v4 ?? ''
    const r = cveRecord({ cvss: { v3: v4 } })
    expect(() => toAdvisory(loaded(r), config(), RELEASE, NOW)).toThrow(
      /cvss\.v3 holds a CVSS 4\.0 vector, not 3\.1 or 3\.0\. Fix: move it to cvss\.v4/,
    )
  })

  it('refuses a CVE record without a CVE id', () => {
    const r = cveRecord()
    delete r.disclosure.cve_id
    const a = toAdvisory(loaded(r), config(), RELEASE, NOW)
    expect(() => renderCveContainer(a, provider)).toThrow(/cve_id/)
  })

  it('the OSV entry of a CVE is valid OSV', () => {
    const osv = renderOsv(cve())
    expect(schemaCheck('osv/osv-schema.json')(osv)).toEqual([])
    expect(osv).toMatchObject({
      id: 'CVE-1900-0001',
      aliases: ['GHSA-aaaa-bbbb-cccc'],
      affected: [
        {
          package: {
            ecosystem: 'Go',
            name: 'github.com/acme/widget',
            purl: 'pkg:golang/github.com/acme/widget',
          },
          ranges: [
            {
              type: 'SEMVER',
              events: [{ introduced: '1.2.0' }, { fixed: '1.4.2' }],
            },
          ],
        },
      ],
      severity: [
        { type: 'CVSS_V4', score: cveRecord().cvss?.v4 },
        { type: 'CVSS_V3', score: cveRecord().cvss?.v3 },
      ],
    })
  })

  it('the OSV entry of a dependency advisory is valid OSV with a local id', () => {
    const osv = renderOsv(dep())
    expect(schemaCheck('osv/osv-schema.json')(osv)).toEqual([])
    expect(osv.id).toBe('x_PSIRT-2026-007')
    expect(osv.aliases).toEqual([])
    expect(osv.related).toEqual(['CVE-1900-0999'])
    expect(osv.database_specific).toMatchObject({
      dependency_update: 'Update the host libxml2 to 2.13.4 or later.',
    })
  })

  describe('a dependency advisory is ours, about our product', () => {
    // The upstream ws advisory, as docs/records.md models it.
    const ws = (over: Partial<Record> = {}) =>
      dependencyRecord({
        id: 'EDGE-2026-003',
        aliases: ['GHSA-3h5v-q93c-6h6q', 'CVE-2024-37890'],
        packages: [
          {
            purl: 'pkg:npm/ws',
            vulnerable: '>= 8.0.0, < 8.17.1',
            fixed: '8.17.1',
          },
        ],
        ...over,
      })
    const npmConfig = () => config()

    it('refuses a record whose id is the upstream advisory', () => {
      const r = ws({ id: 'GHSA-3h5v-q93c-6h6q', aliases: ['CVE-2024-37890'] })
      expect(() => toAdvisory(loaded(r), npmConfig(), RELEASE, NOW)).toThrow(
        /its id is the dependency's vulnerability, not an advisory of ours\. Fix: give the record a project-local id/,
      )
    })

    it('validation refuses exactly the ids advisory-publish refuses', () => {
      const ids: [string, string | undefined][] = [
        ['GHSA-3h5v-q93c-6h6q', undefined],
        ['GHSA-3h5v-q93c-6h6q', 'GHSA-3h5v-q93c-6h6q'],
        ['GO-2023-2102', undefined],
        ['CVE-2024-37890', undefined],
        ['EDGE-2026-003', undefined],
        ['EDGE-2026-003', 'GHSA-4m9x-7hvq-2c3p'],
      ]
      for (const [id, ghsa] of ids) {
        const r = ws({ id, aliases: [] })
        if (ghsa) r.disclosure.ghsa_id = ghsa
        let publishes = true
        try {
          toAdvisory(loaded(r), npmConfig(), RELEASE, NOW)
        } catch {
          publishes = false
        }
        const refused = checkRecordRules(
          r,
          'security/r.yml',
          new Map(),
          DEFAULT_CONFIG,
          '2026-12-01',
        ).some((p) => p.rule === 'disclosure/advisory-id')
        expect({ id, ghsa, refused }).toEqual({ id, ghsa, refused: !publishes })
      }
    })

    it('names our id, relates the upstream ids and affects our product', () => {
      const a = toAdvisory(loaded(ws()), npmConfig(), RELEASE, NOW)
      const osv = renderOsv(a)
      expect(schemaCheck('osv/osv-schema.json')(osv)).toEqual([])
      expect(osv).toMatchObject({
        id: 'x_EDGE-2026-003',
        aliases: [],
        related: ['GHSA-3h5v-q93c-6h6q', 'CVE-2024-37890'],
      })
      expect(JSON.stringify(osv.affected)).not.toContain('ws')
      expect(osv.details).toContain(
        'Required dependency update: Update the host libxml2 to 2.13.4 or later.\n- ws (npm): affected >= 8.0.0, < 8.17.1, fixed in 8.17.1',
      )
      const md = renderMarkdown(a)
      expect(md).toContain('**Advisory:** EDGE\\-2026\\-003')
      expect(md).not.toContain('**Advisory:** GHSA')
      expect(md).toContain('| acme/widget (github) | &lt; 1\\.4\\.2 |')
      expect(md).toContain(
        "The dependency's vulnerability: GHSA\\-3h5v\\-q93c\\-6h6q, CVE\\-2024\\-37890",
      )
      const e = renderEmail(a)
      expect(e.text).toContain('Advisory: EDGE-2026-003\n')
      expect(e.text).toContain(
        "The dependency's vulnerability: GHSA-3h5v-q93c-6h6q, CVE-2024-37890",
      )
      expect(e.subject).toContain('(EDGE-2026-003)')
    })

    it('takes our own GHSA as the OSV id once GitHub assigned it', () => {
      const r = ws({
        aliases: [
          'GHSA-3h5v-q93c-6h6q',
          'CVE-2024-37890',
          'GHSA-mmmm-2222-3333',
        ],
      })
      r.disclosure.ghsa_id = 'GHSA-mmmm-2222-3333'
      const osv = renderOsv(toAdvisory(loaded(r), npmConfig(), RELEASE, NOW))
      expect(schemaCheck('osv/osv-schema.json')(osv)).toEqual([])
      expect(osv).toMatchObject({
        id: 'GHSA-mmmm-2222-3333',
        aliases: ['EDGE-2026-003'],
        related: ['GHSA-3h5v-q93c-6h6q', 'CVE-2024-37890'],
      })
    })
  })

  it('a record with an open range still gives valid documents', () => {
    const r = cveRecord({
      packages: [{ purl: 'pkg:pypi/widget', vulnerable: '<= 2.0' }],
    })
    const a = toAdvisory(loaded(r), config(), RELEASE, NOW)
    expect(schemaCheck('osv/osv-schema.json')(renderOsv(a))).toEqual([])
    expect(
      schemaCheck('cve/CVE_JSON_bundled_5.1.1.json')(
        renderCveRecord(a, provider),
      ),
    ).toEqual([])
  })
})

describe('the MITRE assignment text', () => {
  it('has every section of the form, filled from the record', () => {
    const text = renderMitre(cve())
    for (const s of [
      '[Suggested description]',
      '[VulnerabilityType Other]\nCWE-22',
      '[Vendor of Product]\nacme',
      '[Affected Product Code Base]\ngithub.com/acme/widget - >= 1.2.0, < 1.4.2',
      '[Affected Component]\npkg:golang/github.com/acme/widget',
      '[Attack Type]\nRemote',
      '[Impact]\nInformation Disclosure\nOther (integrity)',
      '[Discoverer]\nMallory Researcher',
      '[Reference]\nhttps://github.com/acme/widget/pull/42',
    ]) {
      expect(text).toContain(s)
    }
  })

  it('is refused for a dependency advisory, which gets no CVE', () => {
    expect(() => renderMitre(dep())).toThrow(
      /PSIRT-2026-007 is a dependency advisory .*gets no CVE, so there is no CVE request text for MITRE/,
    )
  })
})

describe('the email', () => {
  it('has a one-line subject naming severity, ids and release', () => {
    const r = cveRecord({ title: 'Line one\r\nBcc: victim@example.com' })
    const e = renderEmail(toAdvisory(loaded(r), config(), RELEASE, NOW))
    expect(e.subject).toBe(
      '[Security] Critical: Line one Bcc: victim@example.com (CVE-1900-0001, GHSA-aaaa-bbbb-cccc), fixed in v1.4.2',
    )
  })

  it('names the CVE once while the record has no GHSA id yet', () => {
    const r = cveRecord()
    delete r.disclosure.ghsa_id
    const e = renderEmail(toAdvisory(loaded(r), config(), RELEASE, NOW))
    expect(e.subject).toContain('(CVE-1900-0001), fixed in v1.4.2')
  })

  it('escapes every record field in the HTML body', () => {
    const r = cveRecord({
      title: '<b>bold</b>',
      description: 'a <script>x</script> & "q"',
      references: ['https://example.com/?a=<x>', 'javascript:alert(1)'],
    })
    const e = renderEmail(toAdvisory(loaded(r), config(), RELEASE, NOW))
    expect(e.html).toContain('<h1>&lt;b&gt;bold&lt;/b&gt;</h1>')
    expect(e.html).toContain(
      '<p>a &lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;</p>',
    )
    expect(e.html).not.toMatch(/<script|<b>|href="javascript/)
  })

  it('has a plain-text body with the versions and references', () => {
    const e = renderEmail(dep())
    expect(e.text).toContain(
      'Required dependency update: Update the host libxml2',
    )
    expect(e.text).toContain(
      'Affected and fixed versions:\n- acme/widget: affected < 1.4.2, fixed in v1.4.2\n',
    )
    expect(e.text).toContain(
      'Update the host libxml2 to 2.13.4 or later.\n- libxml2 (generic): affected < 2.13.4, fixed in 2.13.4\n',
    )
  })
})

describe('the built-in templates', () => {
  it.each([
    ['advisory.md', ADVISORY_MD],
    ['email.txt', EMAIL_TEXT],
    ['email.html', EMAIL_HTML],
  ])('templates/%s is the text the renderer uses', (file, text) => {
    const onDisk = readFileSync(
      path.join(repoRoot, 'packages/disclosure/templates', file),
      'utf8',
    )
    expect(onDisk).toBe(text)
  })
})
