import { describe, expect, test } from '@jest/globals'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { run } from '../../cli/src/cli.js'
import { readReports } from '../../findings/src/reports.js'
import { loadConfig, loadSecurityFolder } from '../../records/src/load.js'
import { mergeAll } from '../src/sources.js'
import { triage } from '../src/verdict.js'

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../..',
)
const example = path.join(repoRoot, 'examples')

async function psirt(args: string[], cwd = repoRoot) {
  const out: string[] = []
  const err: string[] = []
  const code = await run(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    cwd,
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

async function exampleVerdict(today: string) {
  const { config } = await loadConfig(example)
  const { records, problems } = await loadSecurityFolder(example, config, today)
  const findings = mergeAll(await readReports(config.reports, example))
  return {
    problems,
    report: triage({
      findings,
      records,
      external: [],
      config,
      today: new Date(`${today}T12:00:00Z`),
      event: 'schedule',
    }),
  }
}

describe('the embedded example', () => {
  test('today every finding has a current decision', async () => {
    const { report, problems } = await exampleVerdict('2026-12-03')
    expect(problems).toEqual([])
    expect(report.failed).toBe(false)
    expect(
      report.verdicts.map((v) => [v.finding.id, v.verdict]).sort(),
    ).toEqual([
      ['GHSA-29wx-vh33-7x7r', 'decided'],
      ['GHSA-45x7-px36-x8w8', 'decided'],
      ['GHSA-q7pp-wcgr-pffx', 'decided'],
    ])
  })

  test('govulncheck and osv-scanner findings merge into one per vulnerability', async () => {
    const { report } = await exampleVerdict('2026-12-03')
    const imaging = report.verdicts.find(
      (v) => v.finding.id === 'GHSA-q7pp-wcgr-pffx',
    )!
    expect(new Set(imaging.finding.sources.map((s) => s.kind))).toEqual(
      new Set(['govulncheck', 'osv-scanner']),
    )
  })

  test('three months later, deadlines and review dates have passed', async () => {
    const { report } = await exampleVerdict('2027-03-20')
    const byId = Object.fromEntries(
      report.verdicts.map((v) => [v.finding.id, v.verdict]),
    )
    expect(byId).toEqual({
      'GHSA-29wx-vh33-7x7r': 'overdue',
      'GHSA-45x7-px36-x8w8': 'overdue',
      'GHSA-q7pp-wcgr-pffx': 'expired',
    })
    expect(report.failed).toBe(true)
  })
})

describe('psirt triage', () => {
  test('passes on the example and prints each verdict', async () => {
    const r = await psirt([
      'triage',
      '--root',
      'examples',
      '--today',
      '2026-12-03',
    ])
    expect(r.code).toBe(0)
    expect(r.out).toContain('decided            GHSA-q7pp-wcgr-pffx')
    expect(r.out).toContain('triage passes.')
  })

  test('fails (exit 1) when a record is removed', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'psirt-triage-cli-'))
    cpSync(example, root, { recursive: true })
    rmSync(path.join(root, 'security/GHSA-q7pp-wcgr-pffx.yml'))
    const r = await psirt(['triage', '--root', root, '--today', '2026-12-03'])
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/FAIL untriaged +GHSA-q7pp-wcgr-pffx/)
    expect(r.out).toContain('triage fails.')
  })

  test('--json gives the machine-readable report', async () => {
    const r = await psirt([
      'triage',
      '--root',
      'examples',
      '--today',
      '2026-12-03',
      '--json',
    ])
    const j = JSON.parse(r.out)
    expect(j.failed).toBe(false)
    expect(j.counts.decided).toBe(3)
  })

  test('a report glob matching nothing is a usage error, not a pass', async () => {
    const r = await psirt([
      'triage',
      '--root',
      'examples',
      '--reports',
      'reports/missing-*.json',
    ])
    expect(r.code).toBe(2)
    expect(r.err).toContain('matches no file')
  })

  test('an ignore-file entry without a reason is incomplete and fails', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'psirt-triage-cli-'))
    cpSync(example, root, { recursive: true })
    rmSync(path.join(root, 'security/GHSA-q7pp-wcgr-pffx.yml'))
    writeFileSync(path.join(root, '.trivyignore'), 'CVE-2023-36308\n')
    const r = await psirt(['triage', '--root', root, '--today', '2026-12-03'])
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/FAIL incomplete +GHSA-q7pp-wcgr-pffx/)
    expect(r.out).toContain('psirt import')
  })

  test('an OpenVEX statement with a justification decides the finding', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'psirt-triage-cli-'))
    cpSync(example, root, { recursive: true })
    rmSync(path.join(root, 'security/GHSA-q7pp-wcgr-pffx.yml'))
    mkdirSync(path.join(root, '.vex'))
    writeFileSync(
      path.join(root, '.vex/imaging.json'),
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'https://example.org/vex/1',
        author: 'Example',
        timestamp: '2026-11-01T00:00:00Z',
        version: 1,
        statements: [
          {
            vulnerability: { name: 'CVE-2023-36308' },
            products: [
              {
                '@id': 'pkg:github/example-org/edge-gateway',
                subcomponents: [
                  { '@id': 'pkg:golang/github.com/disintegration/imaging' },
                ],
              },
            ],
            status: 'not_affected',
            justification: 'vulnerable_code_not_in_execute_path',
          },
        ],
      }),
    )
    const r = await psirt(['triage', '--root', root, '--today', '2026-12-03'])
    expect(r.out).toMatch(/ok +decided +GHSA-q7pp-wcgr-pffx/)
    expect(r.code).toBe(0)
  })

  test('--openvex writes the records as OpenVEX for this repository', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'psirt-triage-vex-'))
    const file = path.join(dir, 'vex.json')
    const r = await psirt([
      'triage',
      '--root',
      'examples',
      '--today',
      '2026-12-03',
      '--openvex',
      file,
      '--version',
      'v1.2.0',
    ])
    expect(r.code).toBe(0)
    const doc = JSON.parse(readFileSync(file, 'utf8'))
    expect(doc.statements[0].products[0]['@id']).toBe(
      'pkg:github/example-org/edge-gateway@v1.2.0',
    )
    const names = doc.statements.map(
      (s: { vulnerability: { name: string } }) => s.vulnerability.name,
    )
    expect(names).toContain('GHSA-q7pp-wcgr-pffx')
    expect(names).toContain('CVE-2023-36308')
  })
})

/** A repository with the default policy, the given files and no records. */
function repo(files: { [path: string]: string | object }): string {
  const root = mkdtempSync(path.join(tmpdir(), 'psirt-triage-repo-'))
  const all = {
    '.github/psirt.yml':
      'version: 1\nfail_on: medium\nrepository: acme/widget\n',
    ...files,
  }
  for (const [name, body] of Object.entries(all)) {
    const file = path.join(root, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(
      file,
      typeof body === 'string' ? body : JSON.stringify(body, null, 2),
    )
  }
  return root
}

function trivyReport(
  vulns: { target: string; id: string; purl: string; version: string }[],
) {
  return {
    SchemaVersion: 2,
    ArtifactName: '.',
    ArtifactType: 'filesystem',
    Results: vulns.map((v) => ({
      Target: v.target,
      Type: 'npm',
      Vulnerabilities: [
        {
          VulnerabilityID: v.id,
          PkgName: v.purl.slice(v.purl.lastIndexOf('/') + 1),
          PkgIdentifier: { PURL: `${v.purl}@${v.version}` },
          InstalledVersion: v.version,
          Severity: 'HIGH',
        },
      ],
    })),
  }
}

const LODASH_RECORD = `schema: 1
id: CVE-2024-2001
title: Template injection in lodash
packages:
  - purl: pkg:npm/lodash
    vulnerable: '>= 4.0.0, < 4.17.21'
status: not_affected
justification: vulnerable_code_not_in_execute_path
impact_statement: >-
  The service compiles its templates at build time from files in this
  repository; no request data ever reaches _.template, so an attacker cannot
  inject template code.
review:
  author: '@alice'
  decided: 2026-09-01
  review_by: 2027-03-01
disclosure:
  kind: none
`

describe('one package at several versions', () => {
  const lodash = (first: string, second: string) =>
    trivyReport([
      {
        target: 'a/package-lock.json',
        id: 'CVE-2024-2001',
        purl: 'pkg:npm/lodash',
        version: first,
      },
      {
        target: 'b/package-lock.json',
        id: 'CVE-2024-2001',
        purl: 'pkg:npm/lodash',
        version: second,
      },
    ])

  test.each([
    ['4.17.20', '3.10.0'],
    ['3.10.0', '4.17.20'],
  ])(
    'installed %s then %s: a record covering only 4.x leaves the finding untriaged',
    async (a, b) => {
      const root = repo({
        'reports/trivy.json': lodash(a, b),
        'security/CVE-2024-2001.yml': LODASH_RECORD,
      })
      const r = await psirt([
        'triage',
        '--root',
        root,
        '--reports',
        'reports/*.json',
        '--today',
        '2026-12-03',
      ])
      expect(r.code).toBe(1)
      expect(r.out).toMatch(/FAIL untriaged +CVE-2024-2001 pkg:npm\/lodash@/)
      expect(r.out).toContain('version 3.10.0 is outside ">= 4.0.0, < 4.17.21"')
      expect(r.out).toContain('1 finding(s)')
    },
  )

  /** triage --json on lodash 3.10.0 against one record under embargo */
  const againstSecret = async (head: string, pkg: string) => {
    const secret = `schema: 1
${head}
title: Template injection in a template engine
packages:
${pkg}
status: fixed
fixed_in: [v2.0.0]
review:
  author: '@alice'
  decided: 2026-09-01
disclosure:
  kind: none
  exploitable: false
  embargoed: true
  private_details: https://example.org/private/1
`
    const root = repo({
      'reports/trivy.json': lodash('3.10.0', '3.10.0'),
      'security/record-1.yml': secret,
    })
    return psirt([
      'triage',
      '--root',
      root,
      '--reports',
      'reports/*.json',
      '--today',
      '2026-12-03',
      '--json',
    ])
  }

  test('a record under embargo that does not apply is named by its file only', async () => {
    const r = await againstSecret(
      'id: CVE-2024-2001',
      "  - purl: pkg:npm/lodash\n    vulnerable: '>= 4.0.0, < 4.17.21'",
    )
    expect(r.out).toContain('security/record-1.yml does not cover')
    expect(r.out).not.toContain('4.17.21')
  })

  test('the JSON report names a decision under embargo by its file only', async () => {
    const r = await againstSecret(
      'id: EDGE-2026-077\naliases: [CVE-2024-2001]',
      '  - purl: pkg:npm/lodash',
    )
    expect(r.out).toContain('"embargoed": true')
    expect(r.out).not.toContain('EDGE-2026-077')
  })

  test('a record covering every installed version decides the finding', async () => {
    const root = repo({
      'reports/trivy.json': lodash('4.17.20', '4.17.19'),
      'security/CVE-2024-2001.yml': LODASH_RECORD,
    })
    const r = await psirt([
      'triage',
      '--root',
      root,
      '--reports',
      'reports/*.json',
      '--today',
      '2026-12-03',
    ])
    expect(r.out).toMatch(
      /ok +decided +CVE-2024-2001 pkg:npm\/lodash@4.17.20, 4.17.19/,
    )
    expect(r.code).toBe(0)
  })
})

describe('messages cannot become workflow commands', () => {
  test('a report file name with a newline and ::error is printed on one line', async () => {
    const root = repo({ 'x/r\n::error title=pwn::injected.json': '' })
    const r = await psirt(['triage', '--root', root, '--reports', 'x/*.json'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('is empty')
    for (const l of [...r.err.split('\n'), ...r.out.split('\n')]) {
      expect(l).not.toMatch(/^\s*::/)
    }
  })

  test('--openvex names the file it wrote on one line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'psirt-triage-vex-'))
    const file = path.join(dir, 'v\n::warning::x.json')
    const r = await psirt([
      'triage',
      '--root',
      'examples',
      '--today',
      '2026-12-03',
      '--openvex',
      file,
    ])
    expect(r.code).toBe(0)
    expect(r.err).toContain('OpenVEX statements to')
    for (const l of r.err.split('\n')) expect(l).not.toMatch(/^\s*::/)
  })
})

describe('psirt triage prints each problem once', () => {
  test('an id the validator reports is not reported again by triage', async () => {
    const root = repo({
      'reports/trivy.json': trivyReport([
        {
          target: 'package-lock.json',
          id: 'CVE-2024-2001',
          purl: 'pkg:npm/lodash',
          version: '4.17.20',
        },
      ]),
      'security/cve-2024-2001.yml': LODASH_RECORD.replace(
        'id: CVE-2024-2001',
        'id: cve-2024-2001',
      ),
    })
    const r = await psirt([
      'triage',
      '--root',
      root,
      '--reports',
      'reports/*.json',
      '--today',
      '2026-12-03',
    ])
    const atId = r.out
      .split('\n')
      .filter((l) => /^security\/cve-2024-2001\.yml:2:\d+: error/.test(l))
    expect(atId.map((l) => l.split(' ')[2])).toEqual(['record/id-form:'])
  })
})
