/**
 * The CVE assignment information format: the plain-text sections a CNA
 * pastes into MITRE's request form when it does not use CVE Services.
 */
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import type { Advisory } from './advisory.js'
import { intervalText } from './markdown.js'

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

function plain(text: string | undefined): string {
  return String(text ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .trim()
}

/** The value of one CVSS metric in the advisory's first vector. */
function metric(a: Advisory, names: string[]): string | undefined {
  for (const s of a.scores) {
    for (const part of s.vector.split('/')) {
      const [k, v] = part.split(':')
      if (names.includes(k)) return v
    }
  }
  return undefined
}

// Attack type follows the CVSS attack vector.
const ATTACK_TYPE: { [av: string]: string } = {
  N: 'Remote',
  A: 'Remote (adjacent network)',
  L: 'Local',
  P: 'Physical',
}

function impacts(a: Advisory): string[] {
  const hit = (names: string[]) => {
    const v = metric(a, names)
    return v === 'H' || v === 'L'
  }
  const out: string[] = []
  if (hit(['VC', 'C'])) out.push('Information Disclosure')
  if (hit(['VI', 'I'])) out.push('Other (integrity)')
  if (hit(['VA', 'A'])) out.push('Denial of Service')
  return out.length > 0 ? out : ['Other']
}

function section(name: string, body: string): string {
  return `[${name}]\n${body || 'n/a'}\n`
}

/** The advisory in MITRE's CVE assignment information format. */
export function renderMitre(a: Advisory, vendor?: string): string {
  // The text requests a CVE: a record that gets none must not produce it.
  if (a.kind !== 'cve') {
    throw new UserError(
      `Record ${forLog(a.id, 80)} is a dependency advisory (disclosure.kind ${a.kind}): it gets no CVE, so there is no CVE request text for MITRE.`,
      { file: a.file },
    )
  }
  const rule = '-'.repeat(42) + '\n'
  const product = a.packages
    .map((p) => `${p.name} - ${p.intervals.map(intervalText).join(' or ')}`)
    .join('\n')
  const vectors = a.scores.map((s) => `CVSS ${s.version}: ${s.vector}`)
  const av = metric(a, ['AV'])
  const sections = [
    section('Suggested description', plain(a.summary)),
    section(
      'Additional Information',
      [
        plain(a.impact),
        a.fixed_in.length ? `Fixed in ${a.fixed_in.join(', ')}.` : '',
      ]
        .filter((x) => x)
        .join('\n'),
    ),
    section('VulnerabilityType Other', a.cwe.map(plain).join(', ')),
    section(
      'Vendor of Product',
      plain(vendor ?? a.repository?.split('/')[0] ?? ''),
    ),
    section('Affected Product Code Base', plain(product)),
    section('Affected Component', a.packages.map((p) => p.purl).join('\n')),
    section('Attack Type', av ? (ATTACK_TYPE[av] ?? 'Other') : 'Other'),
    section('Impact', impacts(a).join('\n')),
    section('Attack Vectors', vectors.join('\n')),
    section('Reference', a.references.map(plain).join('\n')),
    section('Discoverer', a.credits.map(plain).join('\n')),
  ]
  return sections.join(rule)
}
