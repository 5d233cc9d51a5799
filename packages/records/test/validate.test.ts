import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run, type Io } from '../../cli/src/cli.js'
import { DEFAULT_CONFIG, loadConfig, loadSecurityFolder } from '../src/load.js'
import { checkId } from '../src/ids.js'
import type { Record } from '../src/types.js'
import { checkRecordRules, weakReasoning } from '../src/validate.js'

const here = dirname(fileURLToPath(import.meta.url))
const broken = join(here, 'fixtures/broken')
const example = join(here, '../../../examples')
const TODAY = '2026-12-03'

async function problemsOf(root: string) {
  const { config, problems: c } = await loadConfig(root)
  const { records, problems } = await loadSecurityFolder(root, config, TODAY)
  return { records, problems: [...c, ...problems] }
}

describe('psirt validate on one broken record per rule', () => {
  // file → the rule it breaks, and where (line:col)
  const expected: [string, string, string][] = [
    ['placeholder-impact.yml', 'vex/weak-reasoning', '9:19'],
    ['restated-justification.yml', 'vex/weak-reasoning', '10:19'],
    ['missing-justification.yml', 'vex/justification', '8:9'],
    ['missing-review-by.yml', 'record/review-by', '5:3'],
    ['review-window.yml', 'record/review-window', '7:14'],
    ['affected-no-action.yml', 'vex/action-statement', '7:9'],
    ['affected-no-action.yml', 'record/due', '7:9'],
    ['fixed-no-release.yml', 'record/fixed-in', '7:9'],
    ['investigation-no-owner.yml', 'record/owner', '7:9'],
    ['investigation-no-owner.yml', 'record/due', '7:9'],
    ['id-lowercase.yml', 'record/id-form', '2:5'],
    ['id-bad-ghsa.yml', 'record/id-form', '2:5'],
    // database prefixes in the wrong form are not project-local ids
    ['id-database-prefix.yml', 'record/id-form', '2:5'],
    ['id-database-prefix.yml', 'record/id-form', '4:5'],
    ['id-database-prefix.yml', 'record/id-form', '5:5'],
    ['id-database-prefix.yml', 'record/id-form', '6:5'],
    ['id-database-prefix.yml', 'record/id-form', '7:5'],
    ['id-database-prefix.yml', 'record/id-form', '8:5'],
    ['id-database-prefix.yml', 'record/id-form', '9:5'],
    ['duplicate-b.yml', 'record/duplicate-id', '7:11'],
    ['bad-purl.yml', 'record/purl', '8:11'],
    ['purl-with-version.yml', 'record/purl-version', '8:11'],
    ['bad-range.yml', 'record/range', '9:17'],
    ['unknown-key.yml', 'record/additionalProperties', '9:1'],
    ['duplicate-key.yml', 'yaml/syntax', '8:1'],
    ['custom-tag.yml', 'yaml/syntax', '7:9'],
    ['bad-date.yml', 'record/format', '6:12'],
    ['internal-cve.yml', 'disclosure/internal-no-cve', '10:9'],
    ['dependency-cve.yml', 'disclosure/advisory-not-cve', '10:9'],
    ['advisory-incomplete.yml', 'disclosure/potential-impact', '10:3'],
    ['advisory-incomplete.yml', 'disclosure/dependency-update', '10:3'],
    ['advisory-incomplete.yml', 'disclosure/versions-tested', '10:3'],
    ['needs-cve.yml', 'disclosure/needs-cve', '10:9'],
    ['embargo-details.yml', 'embargo/details-in-public', '7:14'],
    ['embargo-details.yml', 'embargo/details-in-public', '10:13'],
    ['embargo-details.yml', 'embargo/private-details', '12:3'],
    ['bad-vector.yml', 'record/cvss-vector', '10:7'],
    ['alias-bomb.yml', 'yaml/syntax', '3:40'],
    ['syntax-error.yml', 'yaml/syntax', '3:1'],
  ]

  it.each(expected)('%s breaks %s at %s', async (file, rule, at) => {
    const { problems } = await problemsOf(broken)
    const hit = problems.filter(
      (p) => p.file === `security/${file}` && p.rule === rule,
    )
    expect(hit.map((p) => `${p.line}:${p.col}`)).toContain(at)
    for (const p of hit) {
      expect(p.severity).toBe('error')
      expect(p.fix).toBeTruthy()
    }
  })

  it('reports a problem for every file in the folder', async () => {
    const { problems } = await problemsOf(broken)
    const files = new Set(expected.map(([f]) => `security/${f}`))
    const reported = new Set(problems.map((p) => p.file))
    for (const f of files) expect(reported).toContain(f)
    // duplicate-a.yml is the first holder of the shared alias: valid alone.
    expect(reported).not.toContain('security/duplicate-a.yml')
  })

  it('suggests the key meant by a misspelt one', async () => {
    const { problems } = await problemsOf(broken)
    const p = problems.find((x) => x.file === 'security/unknown-key.yml')
    expect(p?.fix).toContain('did you mean "status"')
  })

  it('exits 1 and prints file:line:col for each problem', async () => {
    const out: string[] = []
    const io: Io = {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
      cwd: broken,
    }
    const code = await run(['validate', '.', '--today', TODAY], io)
    expect(code).toBe(1)
    expect(out).toContainEqual(
      expect.stringMatching(
        /^security\/bad-purl\.yml:8:11: error record\/purl: /,
      ),
    )
  })
})

describe('psirt validate on the embedded example', () => {
  it('finds every record valid', async () => {
    const { records, problems } = await problemsOf(example)
    expect(problems).toEqual([])
    const statuses = new Set(records.map((r) => r.record.status))
    expect([...statuses].sort()).toEqual([
      'affected',
      'fixed',
      'not_affected',
      'under_investigation',
    ])
  })

  it('exits 0 with --json output', async () => {
    const out: string[] = []
    const io: Io = {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
      cwd: example,
    }
    const code = await run(['validate', '--json', '--today', TODAY], io)
    expect(code).toBe(0)
    expect(JSON.parse(out.join('\n')).valid).toBe(true)
  })

  it('refuses an unknown option as a usage error', async () => {
    const err: string[] = []
    const io: Io = { out: () => {}, err: (l) => err.push(l), cwd: example }
    expect(await run(['validate', '--bogus'], io)).toBe(2)
    expect(err.join('\n')).toContain('--bogus')
  })
})

describe('checkId', () => {
  it.each([
    'CVE-2023-36308',
    'GHSA-q7pp-wcgr-pffx',
    'GO-2023-1990',
    'RUSTSEC-2021-0001',
    'PYSEC-2021-1',
    'MAL-2024-1234',
    'OSV-2020-111',
    'RHSA-2023:1234',
    'SUSE-SU-2024:1234-1',
    'UBUNTU-CVE-2024-1234',
    'ZITI-2026-001',
  ])('accepts %p', (id) => {
    expect(checkId(id).problem).toBeUndefined()
  })
  it.each([
    'CVE-2023-123',
    'GHSA-2023-1',
    'GO-2023-12',
    'RUSTSEC-2021-1',
    'RUSTSEC-2021-00001',
    'PYSEC-2021-x',
    'OSV-::set-output',
    'MAL-2024',
    'R-1',
  ])('refuses %p', (id) => {
    expect(checkId(id).problem).toBeTruthy()
    expect(checkId(id).kind).toBeUndefined()
  })
  it('names the canonical spelling of a misspelt database id', () => {
    expect(checkId('go-2023-1990').canonical).toBe('GO-2023-1990')
    expect(checkId('osv-2020-111').canonical).toBe('OSV-2020-111')
  })
})

describe('weakReasoning', () => {
  it.each(['TBD', 'n/a', 'None', '-', 'not affected.'])('refuses %p', (s) => {
    expect(weakReasoning(s, 'component_not_present')).toBe('is a placeholder')
  })
  it('refuses a restatement of the justification', () => {
    expect(
      weakReasoning('Component is not present.', 'component_not_present'),
    ).toBe('only restates the justification')
  })
  it('accepts reasoning that names the code and why', () => {
    expect(
      weakReasoning(
        'No interface of the gateway accepts image files, and the TIFF decoder is only linked for the avatar resizer fed by internal PNGs.',
        'vulnerable_code_not_in_execute_path',
      ),
    ).toBeUndefined()
  })
})

describe('an embargoed record keeps its details in the private place', () => {
  const advisory = (disclosure: Partial<Record['disclosure']>): Record => ({
    schema: 1,
    id: 'PROJ-2026-7',
    aliases: [],
    title: 'A vulnerability under embargo',
    packages: [{ purl: 'pkg:golang/example.com/lib' }],
    status: 'affected',
    due: '2026-12-31',
    fixed_in: [],
    review: { author: 'alice', decided: '2026-11-20' },
    cwe: [],
    credits: [],
    references: [],
    disclosure: {
      kind: 'advisory',
      fix_by: 'dependency_update',
      versions_tested: ['v1.0.0'],
      embargoed: true,
      ...disclosure,
    },
  })
  const rules = (r: Record) =>
    checkRecordRules(r, 'security/x.yml', new Map(), DEFAULT_CONFIG, TODAY)
      .map((p) => p.rule)
      .sort()

  it('needs no potential impact, dependency update or statement there', () => {
    expect(rules(advisory({ private_details: 'draft GHSA' }))).toEqual([])
  })
  it('still needs them when it does not say where the details are', () => {
    expect(rules(advisory({}))).toEqual([
      'disclosure/dependency-update',
      'disclosure/potential-impact',
      'embargo/private-details',
      'vex/action-statement',
    ])
  })
})
