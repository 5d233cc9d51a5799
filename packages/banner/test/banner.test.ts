import { describe, expect, it } from '@jest/globals'
import {
  BANNER_END,
  BANNER_START,
  applyBanner,
  bannerEntries,
  isShown,
  renderBanner,
} from '../src/banner.js'
import { UserError } from '../../core/src/errors.js'
import type { LoadedRecord, Record } from '../../records/src/types.js'

/** A published advisory record, as the loader would return it. */
function advisory(
  id: string,
  over: {
    severity?: 'critical' | 'high' | 'medium' | 'low'
    v3?: string
    v4?: string
    published?: string
    embargoed?: boolean
    title?: string
    fixed_in?: string[]
    ghsa?: string
  } = {},
): LoadedRecord {
  const record: Record = {
    schema: 1,
    id,
    aliases: [],
    title: over.title ?? `Denial of service in ${id}`,
    packages: [{ purl: 'pkg:golang/example.com/app', fixed: '1.2.3' }],
    status: 'fixed',
    fixed_in: over.fixed_in ?? ['v1.2.3'],
    review: { author: 'sec@example.com', decided: '2026-10-01' },
    cvss: {
      v3: over.v3,
      v4: over.v4,
      severity: over.v3 || over.v4 ? undefined : (over.severity ?? 'critical'),
    },
    cwe: [],
    credits: [],
    references: [],
    disclosure: {
      kind: 'advisory',
      ghsa_id: over.ghsa,
      embargoed: over.embargoed ?? false,
      published: 'published' in over ? over.published : '2026-11-01',
    },
  }
  return { record, file: `security/${id}.yml`, positions: new Map() }
}

const REPO = 'https://github.com/acme/app'

describe('which advisories the banner shows', () => {
  it('shows an advisory on the day it is published', () => {
    expect(isShown('2026-11-01', '2026-11-01', 30)).toBe(true)
  })

  it('still shows it exactly 30 days later', () => {
    expect(isShown('2026-11-01', '2026-12-01', 30)).toBe(true)
  })

  it('removes it on day 31', () => {
    expect(isShown('2026-11-01', '2026-12-02', 30)).toBe(false)
  })

  it('does not show an advisory dated after today', () => {
    expect(isShown('2026-11-02', '2026-11-01', 30)).toBe(false)
  })

  it('counts days across a leap day and a year end', () => {
    expect(isShown('2028-02-01', '2028-03-02', 30)).toBe(true)
    expect(isShown('2028-02-01', '2028-03-03', 30)).toBe(false)
    expect(isShown('2026-12-15', '2027-01-14', 30)).toBe(true)
  })

  it('honours a longer configured length', () => {
    expect(isShown('2026-11-01', '2026-12-31', 60)).toBe(true)
    expect(isShown('2026-11-01', '2027-01-01', 60)).toBe(false)
  })

  it('refuses a length below 30 days as a user error', () => {
    expect(() => renderBanner([], '2026-11-01', 29)).toThrow(UserError)
    expect(() => renderBanner([], '2026-11-01', 29)).toThrow(/at least 30/)
  })

  it('refuses a date that is not a calendar date', () => {
    expect(() => renderBanner([], '2026-02-30', 30)).toThrow(UserError)
  })

  it('never shows an embargoed record', () => {
    const r = advisory('GHSA-aaaa-bbbb-cccc', { embargoed: true })
    expect(bannerEntries([r], '2026-11-02', 30)).toEqual([])
  })

  it('skips a record that was never published', () => {
    const r = advisory('GHSA-aaaa-bbbb-cccc', { published: undefined })
    expect(bannerEntries([r], '2026-11-02', 30)).toEqual([])
  })

  it('shows only critical and high severities', () => {
    const list = [
      advisory('CVE-1900-0001', { severity: 'critical' }),
      advisory('CVE-1900-0002', { severity: 'high' }),
      advisory('CVE-1900-0003', { severity: 'medium' }),
      advisory('CVE-1900-0004', { severity: 'low' }),
    ]
    const ids = bannerEntries(list, '2026-11-02', 30).map((e) => e.id)
    expect(ids.sort()).toEqual(['CVE-1900-0001', 'CVE-1900-0002'])
  })

  it('orders entries newest first, then by id', () => {
    const list = [
      advisory('CVE-1900-0001', { published: '2026-10-20' }),
      advisory('CVE-1900-0003', { published: '2026-11-01' }),
      advisory('CVE-1900-0002', { published: '2026-11-01' }),
    ]
    const ids = bannerEntries(list, '2026-11-02', 30).map((e) => e.id)
    expect(ids).toEqual(['CVE-1900-0002', 'CVE-1900-0003', 'CVE-1900-0001'])
  })
})

describe('the rendered block', () => {
  it('is empty when nothing is to be shown', () => {
    const r = advisory('CVE-1900-0001', { published: '2026-01-01' })
    expect(renderBanner([r], '2026-11-02', 30)).toBe('')
  })

  it('puts critical advisories in a CAUTION alert and high in a WARNING', () => {
    const block = renderBanner(
      [
        advisory('CVE-1900-0002', { severity: 'high' }),
        advisory('CVE-1900-0001', { severity: 'critical' }),
      ],
      '2026-11-02',
      30,
      REPO,
    )
    const lines = block.split('\n')
    const caution = lines.indexOf('> [!CAUTION]')
    const warning = lines.indexOf('> [!WARNING]')
    expect(caution).toBe(0)
    expect(warning).toBeGreaterThan(caution)
    expect(lines[warning - 1]).toBe('')
    const critLine = lines.findIndex((l) => l.includes('CVE-1900-0001'))
    const highLine = lines.findIndex((l) => l.includes('CVE-1900-0002'))
    expect(critLine).toBeGreaterThan(caution)
    expect(critLine).toBeLessThan(warning)
    expect(highLine).toBeGreaterThan(warning)
  })

  it('gives each entry its id, severity, summary, fix and link', () => {
    const block = renderBanner(
      [
        advisory('GO-2026-0001', {
          ghsa: 'GHSA-q7pp-wcgr-pffx',
          title: 'Panic decoding TIFF',
          fixed_in: ['v1.6.3'],
        }),
      ],
      '2026-11-02',
      30,
      REPO,
    )
    const line = block.split('\n').find((l) => l.startsWith('> - '))
    expect(line).toBe(
      '> - **Critical**: [GHSA-q7pp-wcgr-pffx]' +
        '(https://github.com/acme/app/security/advisories/GHSA-q7pp-wcgr-pffx)' +
        ' Panic decoding TIFF (published 2026-11-01). Update to v1.6.3.',
    )
  })

  it('tells a dependency advisory reader which dependency to update', () => {
    const r = advisory('GHSA-3h5v-q93c-6h6q', { severity: 'high' })
    r.record.disclosure.fix_by = 'dependency_update'
    r.record.disclosure.dependency_update = 'Update ws to 8.17.1 or later.'
    const block = renderBanner([r], '2026-11-02', 30)
    expect(block).toContain('Update ws to 8\\.17\\.1 or later.')
    expect(block).not.toContain('v1.2.3')
  })

  it('links to the record file when there is no advisory or CVE id', () => {
    const r = advisory('ACME-2026-1')
    const [e] = bannerEntries([r], '2026-11-02', 30, REPO + '/')
    expect(e.link).toBe(`${REPO}/blob/HEAD/security/ACME-2026-1.yml`)
  })

  it('escapes an untrusted title: no HTML, no workflow command', () => {
    const title = '::error::x<script>alert(1)</script>\n::set-output name=a::'
    const block = renderBanner(
      [advisory('CVE-1900-0001', { title })],
      '2026-11-02',
      30,
    )
    expect(block).not.toContain('<script>')
    expect(block).toContain('&lt;script&gt;')
    for (const l of block.split('\n')) expect(l.startsWith('::')).toBe(false)
    expect(block.split('\n')).toHaveLength(4)
  })

  it('is the same for the same records and date', () => {
    const list = [advisory('CVE-1900-0001'), advisory('CVE-1900-0002')]
    expect(renderBanner(list, '2026-11-02', 30)).toBe(
      renderBanner([...list].reverse(), '2026-11-02', 30),
    )
  })
})

const BLOCK = '> [!CAUTION]\n> text\n>\n> - one'

/** Cases of README text: input, block, and the exact expected output. */
const cases: { name: string; readme: string; block: string; want: string }[] = [
  {
    name: 'no markers: inserted after the title',
    readme: '# App\n\nIntro.\n',
    block: BLOCK,
    want: `# App\n\n${BANNER_START}\n\n${BLOCK}\n\n${BANNER_END}\n\nIntro.\n`,
  },
  {
    name: 'no markers and no title: inserted at the top',
    readme: 'Intro.\n',
    block: BLOCK,
    want: `${BANNER_START}\n\n${BLOCK}\n\n${BANNER_END}\n\nIntro.\n`,
  },
  {
    name: 'no markers, setext title',
    readme: 'App\n===\nIntro.\n',
    block: BLOCK,
    want: `App\n===\n\n${BANNER_START}\n\n${BLOCK}\n\n${BANNER_END}\nIntro.\n`,
  },
  {
    name: 'no markers, title is the only line, no trailing newline',
    readme: '# App',
    block: BLOCK,
    want: `# App\n\n${BANNER_START}\n\n${BLOCK}\n\n${BANNER_END}\n`,
  },
  {
    name: 'no markers, a heading inside a code fence is not the title',
    readme: '```\n# not a title\n```\n# App\n',
    block: BLOCK,
    want: `\`\`\`\n# not a title\n\`\`\`\n# App\n\n${BANNER_START}\n\n${BLOCK}\n\n${BANNER_END}\n`,
  },
  {
    name: 'no markers, prose before the first heading: inserted at the top',
    readme: 'Intro paragraph\n\nMore text\n\n# Usage\n\nstuff\n',
    block: BLOCK,
    want: `${BANNER_START}\n\n${BLOCK}\n\n${BANNER_END}\n\nIntro paragraph\n\nMore text\n\n# Usage\n\nstuff\n`,
  },
  {
    name: 'no markers, a logo and badges before the title',
    readme:
      '<p align="center">\n  <img src="logo.svg">\n  Secure networking\n</p>\n\n[![ci](b.svg)](ci) ![v](v.svg)\n\n# App\n\nIntro.\n',
    block: BLOCK,
    want: `<p align="center">\n  <img src="logo.svg">\n  Secure networking\n</p>\n\n[![ci](b.svg)](ci) ![v](v.svg)\n\n# App\n\n${BANNER_START}\n\n${BLOCK}\n\n${BANNER_END}\n\nIntro.\n`,
  },
  {
    name: 'markers present: only the inside changes',
    readme: `# App\n${BANNER_START}\nold\n${BANNER_END}\nrest  \n`,
    block: BLOCK,
    want: `# App\n${BANNER_START}\n\n${BLOCK}\n\n${BANNER_END}\nrest  \n`,
  },
  {
    name: 'markers present, empty block: markers kept, nothing between',
    readme: `# App\n${BANNER_START}\n\nold\n\n${BANNER_END}\nrest\n`,
    block: '',
    want: `# App\n${BANNER_START}\n${BANNER_END}\nrest\n`,
  },
  {
    name: 'no markers, empty block: unchanged',
    readme: '# App\n\nIntro.\n',
    block: '',
    want: '# App\n\nIntro.\n',
  },
  {
    name: 'CRLF: the block takes the file line ending',
    readme: `# App\r\n${BANNER_START}\r\nold\r\n${BANNER_END}\r\nrest\r\n`,
    block: BLOCK,
    want:
      `# App\r\n${BANNER_START}\r\n\r\n` +
      BLOCK.split('\n').join('\r\n') +
      `\r\n\r\n${BANNER_END}\r\nrest\r\n`,
  },
  {
    name: 'CRLF without markers',
    readme: '# App\r\nIntro.',
    block: BLOCK,
    want:
      `# App\r\n\r\n${BANNER_START}\r\n\r\n` +
      BLOCK.split('\n').join('\r\n') +
      `\r\n\r\n${BANNER_END}\r\nIntro.`,
  },
  {
    name: 'no trailing newline after the end marker',
    readme: `# App\n${BANNER_START}\nold\n${BANNER_END}`,
    block: BLOCK,
    want: `# App\n${BANNER_START}\n\n${BLOCK}\n\n${BANNER_END}`,
  },
  {
    name: 'BOM kept in front of inserted markers',
    readme: '\uFEFFIntro.\n',
    block: BLOCK,
    want: `\uFEFF${BANNER_START}\n\n${BLOCK}\n\n${BANNER_END}\n\nIntro.\n`,
  },
  {
    name: 'BOM kept with markers present',
    readme: `\uFEFF${BANNER_START}\n${BANNER_END}\n# App\n`,
    block: BLOCK,
    want: `\uFEFF${BANNER_START}\n\n${BLOCK}\n\n${BANNER_END}\n# App\n`,
  },
  {
    name: 'markers quoted in a code fence are documentation, not markers',
    readme: `# App\n\n\`\`\`md\n${BANNER_START}\n${BANNER_END}\n\`\`\`\n`,
    block: BLOCK,
    want:
      `# App\n\n${BANNER_START}\n\n${BLOCK}\n\n${BANNER_END}\n\n` +
      `\`\`\`md\n${BANNER_START}\n${BANNER_END}\n\`\`\`\n`,
  },
  {
    name: 'empty README',
    readme: '',
    block: BLOCK,
    want: `${BANNER_START}\n\n${BLOCK}\n\n${BANNER_END}\n`,
  },
]

describe('applying the block to a README', () => {
  it.each(cases)('$name', ({ readme, block, want }) => {
    expect(applyBanner(readme, block)).toBe(want)
  })

  it.each(cases)('is idempotent: $name', ({ readme, block }) => {
    const once = applyBanner(readme, block)
    expect(applyBanner(once, block)).toBe(once)
  })

  it.each(cases)(
    'removing the block afterwards: $name',
    ({ readme, block }) => {
      const removed = applyBanner(applyBanner(readme, block), '')
      expect(removed).not.toContain('> - one')
    },
  )

  it('refuses a start marker without an end marker, naming the line', () => {
    const readme = `# App\n\n${BANNER_START}\ntext\n`
    expect(() => applyBanner(readme, BLOCK)).toThrow(UserError)
    try {
      applyBanner(readme, BLOCK, 'docs/README.md')
    } catch (e) {
      expect((e as UserError).file).toBe('docs/README.md')
      expect((e as UserError).line).toBe(3)
    }
  })

  it('refuses markers in the wrong order, saying to swap them', () => {
    const readme = `# App\n${BANNER_END}\n${BANNER_START}\n`
    expect(() => applyBanner(readme, BLOCK)).toThrow(
      /line \(line 2\) before its .* line \(line 3\):.*Fix: swap the two markers/,
    )
  })

  it('refuses two start markers, naming the second', () => {
    const readme = `${BANNER_START}\n${BANNER_END}\n${BANNER_START}\n${BANNER_END}\n`
    expect(() => applyBanner(readme, BLOCK)).toThrow(
      /second .* line at line 3\b.*Fix: remove it/,
    )
  })

  it('refuses an end marker alone, saying where the start goes', () => {
    const readme = `# App\n\n${BANNER_END}\n`
    expect(() => applyBanner(readme, BLOCK)).toThrow(
      /no .* line before the .* line at line 3\b.*Fix: add/,
    )
  })
})

describe('the scheduled run over 31 days', () => {
  it('keeps the banner through day 30 and removes it on day 31', () => {
    const rec = advisory('CVE-1900-0001', { published: '2026-11-01' })
    const readme = '# App\n\nIntro.\n'
    const published = applyBanner(readme, renderBanner([rec], '2026-11-01', 30))
    const day30 = applyBanner(published, renderBanner([rec], '2026-12-01', 30))
    const day31 = applyBanner(day30, renderBanner([rec], '2026-12-02', 30))
    expect(day30).toBe(published)
    expect(day30).toContain('CVE-1900-0001')
    expect(day31).not.toContain('CVE-1900-0001')
    expect(day31).toBe(`# App\n\n${BANNER_START}\n${BANNER_END}\n\nIntro.\n`)
  })
})
