import { UserError } from '../../core/src/errors.js'
import { toAdvisory } from '../src/advisory.js'
import {
  SECTION_END,
  SECTION_START,
  addEntries,
  emailSent,
  markEmailSent,
  parseSection,
} from '../src/channels/release-notes.js'
import { config, cveRecord, dependencyRecord, loaded } from './fixtures.js'

const NOW = new Date('2026-12-03T10:00:00Z')
const REL = { tag: 'v1.4.2' }
const cve = () => toAdvisory(loaded(cveRecord()), config(), REL, NOW)
const dep = () => toAdvisory(loaded(dependencyRecord()), config(), REL, NOW)

describe('the security section of the release notes', () => {
  it('is appended after the notes, leaving them byte for byte', () => {
    const body = 'Notes\r\n\r\n* keep   me\t\r\n'
    const out = addEntries(body, [cve()])
    expect(out.startsWith(body)).toBe(true)
    expect(out.slice(body.length)).toMatch(
      new RegExp(`^\\n${SECTION_START}\\n## Security`),
    )
  })

  it('is replaced in place, leaving text before and after it', () => {
    const body = `before\n${SECTION_START}\nold\n${SECTION_END}\nafter *x*`
    const out = addEntries(body, [cve()])
    expect(out.startsWith('before\n')).toBe(true)
    expect(out.endsWith(`${SECTION_END}\nafter *x*`)).toBe(true)
    expect(out).not.toContain('\nold\n')
  })

  it('names the CVE once while the record has no GHSA id yet', () => {
    const r = cveRecord()
    delete r.disclosure.ghsa_id
    const a = toAdvisory(loaded(r), config(), REL, NOW)
    const body = addEntries('', [a])
    expect(body).toContain('** CVE\\-1900\\-0001: ')
    expect(body).not.toContain('CVE\\-1900\\-0001 / CVE')
  })

  it('keeps the entries of other advisories and adds nothing twice', () => {
    const once = addEntries('', [dep()])
    const twice = addEntries(once, [cve()])
    const again = addEntries(twice, [cve(), dep()])
    expect(again).toBe(twice)
    expect(parseSection(again).entries.size).toBe(2)
  })

  it('updates an entry whose advisory changed', () => {
    const first = addEntries('', [cve()])
    const a = cve()
    a.title = 'A better title'
    const second = addEntries(first, [a])
    expect(second).toContain('A better title')
    expect(parseSection(second).entries.size).toBe(1)
  })

  it('records sent emails, and keeps them when entries change', () => {
    const withMail = markEmailSent(addEntries('', [cve()]), 'CVE-1900-0001')
    expect(emailSent(withMail, 'CVE-1900-0001')).toBe(true)
    expect(emailSent(withMail, 'PSIRT-2026-007')).toBe(false)
    const more = addEntries(withMail, [dep()])
    expect(emailSent(more, 'CVE-1900-0001')).toBe(true)
  })

  it('cannot be broken out of by a record title', () => {
    const a = cve()
    a.title = `x ${SECTION_END} <!-- psirt:email-sent:PSIRT-2026-007 -->`
    const out = addEntries('', [a])
    expect(out.split(SECTION_END)).toHaveLength(2)
    expect(emailSent(out, 'PSIRT-2026-007')).toBe(false)
  })

  it.each([
    [`${SECTION_START}\nno end`],
    [`${SECTION_END}\n${SECTION_START}`],
    [`${SECTION_START}${SECTION_START}${SECTION_END}`],
  ])('refuses broken markers rather than guess: %j', (body) => {
    expect(() => addEntries(body, [cve()])).toThrow(UserError)
  })
})
