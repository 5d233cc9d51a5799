import { describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run } from '../../cli/src/cli.js'
import '../src/cli.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const examples = join(repoRoot, 'examples/releases')

async function psirt(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await run(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    cwd: repoRoot,
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

function embargo(example: string, version = 'v1.4.2', extra: string[] = []) {
  return psirt([
    'embargo',
    '--root',
    join(examples, example),
    '--version',
    version,
    '--notes',
    'RELEASE_NOTES.md',
    '--public-file',
    'CHANGELOG.md',
    '--today',
    '2026-12-01',
    ...extra,
  ])
}

describe('psirt embargo on the example releases', () => {
  it('has the examples', () => {
    expect(existsSync(join(examples, 'pass/security'))).toBe(true)
  })
  it('passes the good release', async () => {
    const r = await embargo('pass')
    expect([r.code, r.out]).toEqual([
      0,
      'v1.4.2: passed, 0 error(s), 0 warning(s); fixes 2, lifts the embargo on 0 (none).',
    ])
  })
  it('lists the record whose embargo v1.5.0 lifts, by file', async () => {
    const r = await embargo('pass-lifts-embargo', 'v1.5.0', ['--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).lifted).toEqual([
      { file: 'security/record-003.yml' },
    ])
  })

  const cases: [string, string][] = [
    ['fail-1-leak', 'embargo/leak'],
    ['fail-1-details', 'embargo/embargoed-details'],
    ['fail-2-published', 'embargo/published-before-fix'],
    ['fail-3-missing', 'embargo/missing-from-notes'],
    ['fail-4-lockfile', 'embargo/lockfile-still-vulnerable'],
    ['fail-4-npm-nested', 'embargo/lockfile-still-vulnerable'],
    ['fail-5-cve-id', 'embargo/missing-cve-id'],
    ['fail-6-overdue', 'embargo/release-overdue'],
  ]
  it.each(cases)('fails %s on %s alone', async (example, rule) => {
    const r = await embargo(example, 'v1.4.2', ['--json'])
    const report = JSON.parse(r.out)
    expect(r.code).toBe(1)
    const errors = report.problems.filter(
      (p: { level: string }) => p.level === 'error',
    )
    expect(new Set(errors.map((p: { rule: string }) => p.rule))).toEqual(
      new Set([rule]),
    )
  })
  it('never prints the embargoed record’s id, terms or title', async () => {
    const r = await embargo('fail-1-leak')
    for (const secret of [
      'THUMB-2026-003',
      'CVE-1900-41877',
      'pixel flood',
      'decompression ratio',
      'Unbounded memory',
    ]) {
      expect(r.out + r.err).not.toContain(secret)
    }
    expect(r.out).toContain(
      'an embargoed vulnerability (record security/record-003.yml)',
    )
  })
  it('fails on warnings when asked', async () => {
    const r = await embargo('pass', 'v1.4.2', ['--today', '2027-01-01'])
    expect(r.code).toBe(1) // THUMB-2026-003 now waited 37 days: an error
    const w = await embargo('pass', 'v1.4.2', [
      '--today',
      '2026-12-20',
      '--fail-on-warnings',
    ])
    expect(w.out).toContain('warning embargo/release-overdue')
    expect(w.code).toBe(1)
  })
  it('takes the released tags when given', async () => {
    // v1.4.2 is not out yet, so for v1.5.0 GHSA-4m9x-7hvq-2c3p's fix is unreleased.
    const r = await embargo('pass-lifts-embargo', 'v1.5.0', [
      '--released',
      'v1.4.1',
      '--json',
    ])
    const rules = JSON.parse(r.out).problems.map(
      (p: { rule: string }) => p.rule,
    )
    expect(rules).not.toContain('embargo/published-before-fix')
  })
})

describe('psirt embargo usage', () => {
  it('asks for --version', async () => {
    const r = await psirt(['embargo', '--notes', 'x.md'])
    expect([r.code, r.err]).toEqual([
      2,
      'psirt embargo: --version is required, e.g. --version v1.4.2.',
    ])
  })
  it('names a notes file it cannot read', async () => {
    const r = await psirt([
      'embargo',
      '--root',
      join(examples, 'pass'),
      '--version',
      'v1.4.2',
      '--notes',
      'NOPE.md',
    ])
    expect(r.code).toBe(2)
    expect(r.err).toContain('NOPE.md')
  })
  it('refuses public-file patterns outside the repository', async () => {
    const r = await embargo('pass', 'v1.4.2', ['--public-file', '../x/*.md'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('outside the repository')
  })
  it('refuses a public-file pattern that matches no file (a typo would pass)', async () => {
    const r = await embargo('fail-1-leak', 'v1.4.2', [
      '--public-file',
      'CHANGELOG.MD',
    ])
    expect(r.code).toBe(2)
    expect(r.err).toContain('"CHANGELOG.MD" matches no file')
  })
})
