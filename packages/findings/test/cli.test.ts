import { describe, expect, test } from '@jest/globals'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run, type Io } from '../../cli/src/cli.js'
import { DEFAULT_CONFIG, loadSecurityFolder } from '../../records/src/load.js'
import { importDecisions, recordFileName } from '../src/cli.js'
import type { ExternalDecision } from '../src/types.js'
import { inputs, withShared } from './shared.js'

const TODAY = '2026-12-03'

function captured(cwd: string): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return {
    cwd,
    stdout,
    stderr,
    out: (l) => stdout.push(l),
    err: (l) => stderr.push(l),
  }
}

function repo(...files: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'psirt-import-'))
  for (const f of files) copyFileSync(path.join(inputs, f), path.join(root, f))
  return root
}

async function problemsOf(root: string) {
  const { problems } = await loadSecurityFolder(root, DEFAULT_CONFIG, TODAY)
  return problems.filter((p) => p.severity === 'error')
}

withShared('psirt import on real decision files', () => {
  test('an OpenVEX not_affected with justification becomes a valid record', async () => {
    const root = repo('openvex-spec-example.json')
    const io = captured(root)
    const code = await run(
      [
        'import',
        'openvex-spec-example.json',
        '--author',
        '@psirt',
        '--review-by',
        '2027-06-01',
        '--today',
        TODAY,
      ],
      io,
    )
    expect(code).toBe(0)
    expect(readdirSync(path.join(root, 'security'))).toEqual([
      'CVE-2021-44228.yml',
    ])
    expect(await problemsOf(root)).toEqual([])
  })

  test('the record carries the VEX facts', async () => {
    const root = repo('openvex-spec-example.json')
    await run(
      [
        'import',
        'openvex-spec-example.json',
        '--author',
        '@psirt',
        '--review-by',
        '2027-06-01',
        '--today',
        TODAY,
      ],
      captured(root),
    )
    const { records } = await loadSecurityFolder(root, DEFAULT_CONFIG, TODAY)
    const r = records[0].record
    expect([
      r.status,
      r.justification,
      r.aliases,
      r.packages[0].purl,
      r.review,
    ]).toEqual([
      'not_affected',
      'vulnerable_code_not_in_execute_path',
      ['GHSA-jfh8-c2jp-5v3q'],
      'pkg:maven/org.springframework.boot/spring-boot',
      { author: '@psirt', decided: TODAY, review_by: '2027-06-01' },
    ])
  })

  test('ignore-file entries without --owner are written with TODOs the validator refuses', async () => {
    const root = repo('.trivyignore')
    const io = captured(root)
    expect(
      await run(
        ['import', '.trivyignore', '--author', '@psirt', '--today', TODAY],
        io,
      ),
    ).toBe(1)
    // written all the same, and listed with file:line and what to complete
    expect(io.stderr.join('\n')).toMatch(
      /^security\/CVE-2018-14618\.yml:\d+(:\d+)?: error vex\/justification/m,
    )
    expect(io.stderr.join('\n')).toMatch(
      /record\(s\) do not pass `psirt validate` yet/,
    )
    const text = readFileSync(
      path.join(root, 'security/CVE-2018-14618.yml'),
      'utf8',
    )
    expect(text).toMatch(/# TODO: add justification/)
    const rules = (await problemsOf(root)).map((p) => p.rule)
    expect(rules).toContain('vex/justification')
  })

  test('with --owner and --due they become valid under_investigation records', async () => {
    const root = repo('.trivyignore', 'osv-scanner.toml')
    const io = captured(root)
    const code = await run(
      [
        'import',
        '.trivyignore',
        'osv-scanner.toml',
        '--author',
        '@psirt',
        '--owner',
        '@alice',
        '--due',
        '2027-01-15',
        '--today',
        TODAY,
      ],
      io,
    )
    expect(code).toBe(0)
    const { records } = await loadSecurityFolder(root, DEFAULT_CONFIG, TODAY)
    expect(
      records.map((r) => [r.record.id, r.record.status, r.record.owner]),
    ).toEqual([
      ['CVE-2018-14618', 'under_investigation', '@alice'],
      ['CVE-2019-14697', 'under_investigation', '@alice'],
      ['GO-2022-0968', 'under_investigation', '@alice'],
    ])
    expect(await problemsOf(root)).toEqual([])
  })

  test('warnings for skipped entries go to stderr', async () => {
    const root = repo('osv-scanner.toml')
    const io = captured(root)
    await run(
      [
        'import',
        'osv-scanner.toml',
        '--author',
        '@p',
        '--dry-run',
        '--today',
        TODAY,
      ],
      io,
    )
    expect(io.stderr.join('\n')).toMatch(
      /warning decisions\/package-wide-ignore/,
    )
  })

  test('--dry-run prints the records and writes nothing', async () => {
    const root = repo('govulncheck.openvex.json')
    const io = captured(root)
    await run(
      ['import', 'govulncheck.openvex.json', '--dry-run', '--today', TODAY],
      io,
    )
    expect(existsSync(path.join(root, 'security'))).toBe(false)
    expect(io.stdout.join('\n')).toMatch(
      /--- security\/GO-2021-0113\.yml\n# Imported/,
    )
  })

  test.each([
    [
      'govulncheck.openvex.json',
      'security/GO-2021-0265.yml',
      /action_statement/,
    ],
    [
      'fleetdm-security-vex-CVE-2025-30204.vex.json',
      'security/CVE-2025-30204.yml',
      /impact_statement/,
    ],
  ])(
    '%s: a record that needs completing is written, listed, and exits 1',
    async (file, written, what) => {
      const root = repo(file)
      const io = captured(root)
      const args = [
        'import',
        file,
        '--author',
        '@p',
        '--review-by',
        '2027-06-01',
      ]
      const code = await run([...args, '--today', TODAY], io)
      expect(code).toBe(1)
      expect(existsSync(path.join(root, written))).toBe(true)
      const listed = io.stderr.filter((l) => l.startsWith(`${written}:`))
      expect(listed.join('\n')).toMatch(what)
      // every error `psirt validate` finds in the folder, import listed
      for (const p of await problemsOf(root)) {
        expect(listed.join('\n')).toContain(`error ${p.rule}`)
      }
    },
  )

  test('--dry-run checks the records too', async () => {
    const root = repo('govulncheck.openvex.json')
    const io = captured(root)
    const code = await run(
      ['import', 'govulncheck.openvex.json', '--dry-run', '--today', TODAY],
      io,
    )
    expect(code).toBe(1)
    expect(io.stderr.join('\n')).toMatch(/^security\/GO-2021-0265\.yml:/m)
    expect(io.stderr.join('\n')).toMatch(/would not pass `psirt validate`/)
  })

  test('the VEX author is the default review author', async () => {
    const root = repo('govulncheck.openvex.json')
    const io = captured(root)
    await run(
      ['import', 'govulncheck.openvex.json', '--dry-run', '--today', TODAY],
      io,
    )
    expect(io.stdout.join('\n')).toMatch(/author: Unknown Author/)
  })

  test('an existing record is never overwritten', async () => {
    const root = repo('.trivyignore')
    mkdirSync(path.join(root, 'out'))
    writeFileSync(path.join(root, 'out/CVE-2018-14618.yml'), 'mine\n')
    const io = captured(root)
    await run(
      [
        'import',
        '.trivyignore',
        '--out',
        'out',
        '--author',
        '@p',
        '--today',
        TODAY,
      ],
      io,
    )
    expect(
      readFileSync(path.join(root, 'out/CVE-2018-14618.yml'), 'utf8'),
    ).toBe('mine\n')
    expect(io.stderr.join('\n')).toMatch(
      /CVE-2018-14618\.yml exists; not overwritten/,
    )
    expect(existsSync(path.join(root, 'out/CVE-2019-14697.yml'))).toBe(true)
  })

  test('a Snyk id is kept with a TODO to replace it', async () => {
    const root = repo('.snyk')
    const io = captured(root)
    await run(
      ['import', '.snyk', '--author', '@p', '--dry-run', '--today', TODAY],
      io,
    )
    expect(io.stdout.join('\n')).toMatch(/TODO: replace id npm:hawk:20160119/)
  })
})

describe('psirt import usage', () => {
  const root = () => mkdtempSync(path.join(tmpdir(), 'psirt-import-'))

  test('no file is a usage error', async () => {
    const io = captured(root())
    expect(await run(['import'], io)).toBe(2)
    expect(io.stderr.join('\n')).toMatch(/at least one file/)
  })

  test('a missing file is a usage error naming it', async () => {
    const io = captured(root())
    expect(await run(['import', 'nope.json', '--author', 'x'], io)).toBe(2)
    expect(io.stderr.join('\n')).toMatch(/nope\.json cannot be read/)
  })

  test('--owner without --due is refused', async () => {
    const io = captured(root())
    expect(await run(['import', 'x.json', '--owner', 'a'], io)).toBe(2)
  })

  test('a bad date is refused', async () => {
    const io = captured(root())
    expect(
      await run(
        ['import', 'x.json', '--due', '15/01/2027', '--owner', 'a'],
        io,
      ),
    ).toBe(2)
    expect(io.stderr.join('\n')).toMatch(/--due takes a calendar date/)
  })

  test('no author anywhere is refused', async () => {
    const r = root()
    writeFileSync(path.join(r, '.trivyignore'), 'CVE-2024-1\n')
    const io = captured(r)
    expect(await run(['import', '.trivyignore', '--today', TODAY], io)).toBe(2)
    expect(io.stderr.join('\n')).toMatch(/--author is required/)
  })
})

describe('importDecisions', () => {
  const d = (over: Partial<ExternalDecision>): ExternalDecision => ({
    id: 'CVE-2024-1',
    aliases: ['CVE-2024-1'],
    purl: 'pkg:npm/a',
    status: 'not_affected',
    file: 'x',
    format: '.trivyignore',
    ...over,
  })

  test('decisions for one id from several files make one record with every package', () => {
    const { records } = importDecisions(
      [d({}), d({ purl: 'pkg:npm/b', file: 'y', format: '.grype.yaml' })],
      { author: 'a', today: TODAY },
    )
    expect(records).toHaveLength(1)
    expect(records[0].yaml).toMatch(/purl: pkg:npm\/a\n {2}- purl: pkg:npm\/b/)
  })

  test('a decision about named versions keeps them as the vulnerable range', () => {
    const { records } = importDecisions(
      [
        d({ version: '1.0.1', format: 'openvex' }),
        d({ version: '1.0.0', format: 'openvex' }),
        d({ purl: 'pkg:npm/b', format: 'openvex' }),
      ],
      { author: 'a', today: TODAY },
    )
    expect(records[0].yaml).toContain(
      '- purl: pkg:npm/a\n    vulnerable: = 1.0.0 || = 1.0.1\n  - purl: pkg:npm/b\n',
    )
  })

  test('disagreeing decisions make no record and report the conflict', () => {
    const { records, conflicts } = importDecisions(
      [d({}), d({ status: 'affected', file: 'y' })],
      { author: 'a', today: TODAY },
    )
    expect([records.length, conflicts.length]).toEqual([0, 1])
  })

  test('the reason text of an entry is kept, and cannot inject YAML', () => {
    const { records } = importDecisions(
      [d({ status_notes: 'ok\nstatus: fixed' })],
      { author: 'a', today: TODAY },
    )
    expect(records[0].yaml).toMatch(/^status: not_affected$/m)
    expect(records[0].yaml).not.toMatch(/^status: fixed$/m)
  })

  test("an ignore file's reason is shown as a comment, not taken as reasoning", () => {
    const { records } = importDecisions(
      [d({ status_notes: 'Accept the risk' })],
      {
        author: 'a',
        today: TODAY,
      },
    )
    expect(records[0].yaml).toMatch(/^# Note in x: Accept the risk$/m)
    expect(records[0].yaml).not.toMatch(/^impact_statement:/m)
  })

  test('file names are safe', () => {
    expect(recordFileName('npm:hawk:20160119')).toBe('npm-hawk-20160119.yml')
  })
})
