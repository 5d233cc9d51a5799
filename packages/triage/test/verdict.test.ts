import { describe, expect, test } from '@jest/globals'
import type { ExternalDecision } from '../../findings/src/types.js'
import { gate, triage, type TriageEvent } from '../src/verdict.js'
import { TODAY, config, finding, loaded, record } from './helpers.js'
import type { Config } from '../../records/src/types.js'
import type { Finding } from '../../findings/src/types.js'
import type { Record as PsirtRecord } from '../../records/src/types.js'

function one(
  f: Finding,
  records: PsirtRecord[],
  opts: {
    config?: Partial<Config>
    external?: ExternalDecision[]
    event?: TriageEvent
    today?: Date
  } = {},
) {
  const report = triage({
    findings: [f],
    records: records.map((r) => loaded(r)),
    external: opts.external ?? [],
    config: config(opts.config),
    today: opts.today ?? TODAY,
    event: opts.event ?? 'schedule',
  })
  return { report, v: report.verdicts[0] }
}

describe('decided', () => {
  test('a current not_affected record decides the finding', () => {
    const { v, report } = one(finding(), [record()])
    expect(v.verdict).toBe('decided')
    expect(v.fails).toBe(false)
    expect(v.decision?.file).toBe('security/GHSA-cfgh-jmpq-rvwx.yml')
    expect(report.failed).toBe(false)
  })

  test('matches through an alias in another case', () => {
    const { v } = one(
      finding({ id: 'ghsa-cfgh-jmpq-rvwx', aliases: ['ghsa-cfgh-jmpq-rvwx'] }),
      [record()],
    )
    expect(v.verdict).toBe('decided')
  })

  test('a record with no packages covers any package', () => {
    const { v } = one(finding({ purl: 'pkg:npm/other' }), [
      record({ packages: [] }),
    ])
    expect(v.verdict).toBe('decided')
  })

  test('a record for another package does not decide it', () => {
    const { v } = one(finding({ purl: 'pkg:npm/other' }), [record()])
    expect(v.verdict).toBe('untriaged')
    expect(v.explanation).toContain('not pkg:npm/other')
  })

  test('a version outside the recorded range does not match', () => {
    const { v } = one(finding({ version: '1.3.1' }), [record()])
    expect(v.verdict).toBe('untriaged')
    expect(v.explanation).toContain('outside')
  })

  test('a purl with version and qualifiers still matches by package', () => {
    const { v } = one(finding({ purl: 'pkg:npm/left-pad' }), [
      record({ packages: [{ purl: 'pkg:npm/left-pad@1.2.0?foo=bar' }] }),
    ])
    expect(v.verdict).toBe('decided')
  })
})

describe('untriaged', () => {
  test('fails at or above fail_on', () => {
    const { v, report } = one(finding({ severity: 'medium' }), [])
    expect(v.verdict).toBe('untriaged')
    expect(v.fails).toBe(true)
    expect(report.failed).toBe(true)
  })

  test('passes below fail_on, as a warning', () => {
    const { v, report } = one(finding({ severity: 'low' }), [])
    expect(v.verdict).toBe('untriaged')
    expect(v.fails).toBe(false)
    expect(v.level).toBe('warning')
    expect(report.failed).toBe(false)
  })

  test('unknown severity fails closed', () => {
    const { v } = one(finding({ severity: 'unknown' }), [], {
      config: { fail_on: 'critical' },
    })
    expect(v.fails).toBe(true)
    expect(v.explanation).toContain('unknown severity')
  })

  test('the message gives the policy deadline from publication', () => {
    const { v } = one(
      finding({ severity: 'high', published: '2026-11-20T00:00:00Z' }),
      [],
    )
    expect(v.deadline).toBe('2026-12-20')
    expect(v.explanation).toContain('2026-12-20 (17 days left)')
    expect(v.fails).toBe(true)
  })

  test('a passed deadline still fails and says so', () => {
    const { v } = one(
      finding({ severity: 'critical', published: '2026-11-01T00:00:00Z' }),
      [],
    )
    expect(v.deadline).toBe('2026-11-08')
    expect(v.explanation).toContain('passed 25 days ago')
    expect(v.fails).toBe(true)
  })
})

describe('development dependencies', () => {
  const dev = finding({ scope: 'development', severity: 'high' })
  test('relaxed: a high development finding does not fail', () => {
    const { v } = one(dev, [], { config: { dev_dependencies: 'relaxed' } })
    expect(v.fails).toBe(false)
  })
  test('relaxed: a critical development finding fails', () => {
    const { v } = one({ ...dev, severity: 'critical' }, [], {
      config: { dev_dependencies: 'relaxed' },
    })
    expect(v.fails).toBe(true)
  })
  test('strict: a high development finding fails', () => {
    const { v } = one(dev, [], { config: { dev_dependencies: 'strict' } })
    expect(v.fails).toBe(true)
  })
})

describe('mode new-only', () => {
  const c = config({ mode: 'new-only' })
  test('a finding the PR did not introduce does not fail a PR', () => {
    expect(gate(finding({ introduced: false }), c, 'pull_request').fails).toBe(
      false,
    )
  })
  test('a finding the PR introduced fails it', () => {
    expect(gate(finding({ introduced: true }), c, 'pull_request').fails).toBe(
      true,
    )
  })
  test('unknown introduction counts (fail closed)', () => {
    const g = gate(finding(), c, 'pull_request')
    expect(g.fails).toBe(true)
    expect(g.why).toContain('unknown')
  })
  test('a schedule run fails on every finding', () => {
    expect(gate(finding({ introduced: false }), c, 'schedule').fails).toBe(true)
  })
})

describe('grace', () => {
  test('published hours ago: a warning, not a failure', () => {
    const { v } = one(finding({ published: '2026-12-03T02:00:00Z' }), [])
    expect(v.verdict).toBe('grace')
    expect(v.fails).toBe(false)
    expect(v.explanation).toContain('10 hours ago')
  })
  test('published before the grace period: untriaged and failing', () => {
    const { v } = one(finding({ published: '2026-12-01T02:00:00Z' }), [])
    expect(v.verdict).toBe('untriaged')
    expect(v.fails).toBe(true)
  })
})

describe('expired', () => {
  test('not_affected past review_by fails', () => {
    const { v } = one(finding(), [
      record({
        review: { author: 'a', decided: '2026-06-01', review_by: '2026-12-01' },
      }),
    ])
    expect(v.verdict).toBe('expired')
    expect(v.fails).toBe(true)
    expect(v.explanation).toContain('2026-12-01 (review.review_by)')
  })
  test('not_affected past not_affected_max_days fails', () => {
    const { v } = one(finding(), [
      record({ review: { author: 'a', decided: '2025-11-01' } }),
    ])
    expect(v.verdict).toBe('expired')
    expect(v.expires).toBe('2026-11-01')
  })
  test('on its review_by day it still stands', () => {
    const { v } = one(finding(), [
      record({
        review: { author: 'a', decided: '2026-06-01', review_by: '2026-12-03' },
      }),
    ])
    expect(v.verdict).toBe('expiring')
  })
  test('an ignore-file entry past its expiry fails', () => {
    const x: ExternalDecision = {
      id: 'CVE-2026-1000',
      aliases: [],
      purl: '',
      status: 'not_affected',
      justification: 'component_not_present',
      expires: '2026-11-30',
      file: '.trivyignore.yaml',
      line: 3,
      format: '.trivyignore.yaml',
    }
    const { v } = one(finding(), [], { external: [x] })
    expect(v.verdict).toBe('expired')
    expect(v.decision?.line).toBe(3)
  })
})

describe('expiring', () => {
  test('within expiry_warning_days: a warning', () => {
    const { v } = one(finding(), [
      record({
        review: { author: 'a', decided: '2026-06-01', review_by: '2026-12-10' },
      }),
    ])
    expect(v.verdict).toBe('expiring')
    expect(v.fails).toBe(false)
    expect(v.level).toBe('warning')
  })
  test('beyond expiry_warning_days: decided', () => {
    const { v } = one(finding(), [
      record({
        review: { author: 'a', decided: '2026-06-01', review_by: '2026-12-31' },
      }),
    ])
    expect(v.verdict).toBe('decided')
  })
})

describe('overdue', () => {
  const investigating = (due: string) =>
    record({
      status: 'under_investigation',
      justification: undefined,
      owner: 'bob',
      due,
    })
  test('under_investigation past due fails', () => {
    const { v } = one(finding(), [investigating('2026-12-01')])
    expect(v.verdict).toBe('overdue')
    expect(v.fails).toBe(true)
    expect(v.explanation).toContain('2 days overdue')
  })
  test('under_investigation before due is decided', () => {
    const { v } = one(finding(), [investigating('2026-12-05')])
    expect(v.verdict).toBe('decided')
  })
  test('affected past due fails', () => {
    const { v } = one(finding(), [
      record({
        status: 'affected',
        justification: undefined,
        action_statement: 'Update',
        due: '2026-11-01',
      }),
    ])
    expect(v.verdict).toBe('overdue')
  })
})

describe('fixed_but_reported', () => {
  test('a fixed record with the finding still reported fails', () => {
    const { v } = one(finding(), [
      record({ status: 'fixed', justification: undefined, fixed_in: ['v2'] }),
    ])
    expect(v.verdict).toBe('fixed_but_reported')
    expect(v.fails).toBe(true)
  })
  test('a fixed record matching no finding is neither failing nor stale', () => {
    const r = record({
      status: 'fixed',
      justification: undefined,
      fixed_in: ['v2'],
    })
    const report = triage({
      findings: [],
      records: [loaded(r)],
      external: [],
      config: config({ stale_records: 'error' }),
      today: TODAY,
      event: 'schedule',
    })
    expect(report.failed).toBe(false)
    expect(report.problems).toEqual([])
  })
})

describe('contradiction', () => {
  test('not in execute path while govulncheck says called fails', () => {
    const { v } = one(finding({ reachability: 'called' }), [record()])
    expect(v.verdict).toBe('contradiction')
    expect(v.fails).toBe(true)
  })
  test('not in execute path while only imported is decided', () => {
    const { v } = one(finding({ reachability: 'imported' }), [record()])
    expect(v.verdict).toBe('decided')
  })
})

describe('incomplete', () => {
  const entry: ExternalDecision = {
    id: 'CVE-2026-1000',
    aliases: [],
    purl: '',
    status: 'not_affected',
    file: '.trivyignore',
    line: 2,
    format: '.trivyignore',
  }
  test('an ignore-file entry without justification fails', () => {
    const { v } = one(finding(), [], { external: [entry] })
    expect(v.verdict).toBe('incomplete')
    expect(v.fails).toBe(true)
    expect(v.explanation).toContain('psirt import')
  })
  test('an OpenVEX statement with a justification decides it', () => {
    const { v } = one(finding(), [], {
      external: [
        {
          ...entry,
          file: '.vex/a.json',
          format: 'openvex',
          justification: 'component_not_present',
          timestamp: '2026-11-01T00:00:00Z',
        },
      ],
    })
    expect(v.verdict).toBe('decided')
  })
  test('a record wins over an external decision', () => {
    const { v } = one(finding(), [record()], { external: [entry] })
    expect(v.verdict).toBe('decided')
    expect(v.decision?.kind).toBe('record')
  })
})

describe('records checked the other way', () => {
  function check(r: PsirtRecord, stale: Config['stale_records'] = 'warning') {
    return triage({
      findings: [],
      records: [loaded(r)],
      external: [],
      config: config({ stale_records: stale }),
      today: TODAY,
      event: 'schedule',
    })
  }
  test('a record matching no finding is stale, at the policy level', () => {
    const report = check(record(), 'error')
    expect(report.problems.map((p) => p.rule)).toEqual(['triage/stale-record'])
    expect(report.problems[0].severity).toBe('error')
    expect(report.failed).toBe(true)
  })
  test('stale_records off reports nothing', () => {
    expect(check(record(), 'off').problems).toEqual([])
  })
  test('a lower-case CVE id is reported with the spelling to use', () => {
    const p = check(record({ id: 'cve-2026-1000', aliases: [] }), 'off')
      .problems[0]
    expect(p.rule).toBe('triage/id-form')
    expect(p.fix).toContain('"CVE-2026-1000"')
    expect(p.line).toBe(2)
  })
  test('an upper-case GHSA body is reported', () => {
    const p = check(record({ id: 'GHSA-CFGH-JMPQ-RVWX', aliases: [] }), 'off')
      .problems[0]
    expect(p.fix).toContain('"GHSA-cfgh-jmpq-rvwx"')
  })
  test('a purl with a version is reported with the canonical form', () => {
    const p = check(
      record({ packages: [{ purl: 'pkg:npm/left-pad@1.2.0' }] }),
      'off',
    ).problems[0]
    expect(p.rule).toBe('triage/purl-form')
    expect(p.fix).toContain('"pkg:npm/left-pad"')
  })
  test('a Go range without the v prefix is reported', () => {
    const p = check(
      record({
        packages: [
          { purl: 'pkg:golang/golang.org/x/net', vulnerable: '< 0.33.0' },
        ],
      }),
      'off',
    ).problems[0]
    expect(p.rule).toBe('triage/go-version-form')
  })
  test('a record named only by GO- ids is a warning: scanners report CVE or GHSA', () => {
    const go = (aliases: string[]) =>
      check(
        record({
          id: 'GO-2021-0265',
          aliases,
          packages: [{ purl: 'pkg:golang/github.com/tidwall/gjson' }],
        }),
        'off',
      )
    const report = go([])
    expect(report.problems.map((p) => [p.rule, p.severity])).toEqual([
      ['triage/id-form', 'warning'],
    ])
    expect(report.problems[0].fix).toContain('CVE or GHSA')
    expect(report.failed).toBe(false)
    expect(go(['CVE-2021-42248']).problems).toEqual([])
    expect(go(['GHSA-c9gm-7rfj-8w5h']).problems).toEqual([])
  })
  test('a well-formed record has no form problem', () => {
    expect(check(record(), 'off').problems).toEqual([])
  })
})

describe('scale', () => {
  test('each finding is matched through the index, not a scan', () => {
    const records = Array.from({ length: 2000 }, (_, i) =>
      loaded(record({ id: `CVE-2026-${10000 + i}`, aliases: [] })),
    )
    const findings = Array.from({ length: 2000 }, (_, i) =>
      finding({
        id: `CVE-2026-${10000 + i}`,
        aliases: [`CVE-2026-${10000 + i}`],
      }),
    )
    const report = triage({
      findings,
      records,
      external: [],
      config: config(),
      today: TODAY,
      event: 'schedule',
    })
    expect(report.counts.decided).toBe(2000)
    expect(report.problems).toEqual([])
  })
})

describe('OpenVEX statements', () => {
  const statement = (over: Partial<ExternalDecision>): ExternalDecision => ({
    id: 'CVE-2021-44228',
    aliases: ['CVE-2021-44228'],
    purl: 'pkg:maven/org.springframework.boot/spring-boot',
    status: 'not_affected',
    justification: 'vulnerable_code_not_in_execute_path',
    timestamp: '2026-11-01T00:00:00Z',
    file: '.vex/spring.json',
    line: 5,
    format: 'openvex',
    ...over,
  })
  const spring = (version: string) =>
    finding({
      id: 'CVE-2021-44228',
      aliases: ['CVE-2021-44228'],
      purl: 'pkg:maven/org.springframework.boot/spring-boot',
      version,
    })

  test('a purl with a version covers that version only', () => {
    const x = statement({ version: '2.6.0-M3' })
    expect(one(spring('2.6.0-M3'), [], { external: [x] }).v.verdict).toBe(
      'decided',
    )
    const { v } = one(spring('2.5.0'), [], { external: [x] })
    expect(v.verdict).toBe('untriaged')
    expect(v.explanation).toContain('version 2.5.0 is outside "= 2.6.0-M3"')
  })

  test('a purl without a version covers every version', () => {
    const { v } = one(spring('2.5.0'), [], { external: [statement({})] })
    expect(v.verdict).toBe('decided')
  })

  test.each([false, true])(
    'the newest statement wins, whatever the order (reversed: %s)',
    (reversed) => {
      const older = statement({ timestamp: '2026-01-01T00:00:00Z' })
      const newer = statement({
        status: 'under_investigation',
        justification: undefined,
        timestamp: '2026-11-30T00:00:00Z',
        // sorts after the older one's file: the file is no tie-break here
        file: '.vex/z.json',
      })
      const external = reversed ? [newer, older] : [older, newer]
      const { v } = one(spring('2.5.0'), [], { external })
      expect(v.decision?.status).toBe('under_investigation')
      expect(v.verdict).toBe('incomplete')
    },
  )

  test('not_affected expires not_affected_max_days after the statement', () => {
    const { v } = one(spring('2.5.0'), [], {
      external: [statement({ timestamp: '2023-01-16T19:07:16-06:00' })],
    })
    expect(v.verdict).toBe('expired')
    expect(v.expires).toBe('2024-01-17')
    expect(v.explanation).toContain('not_affected_max_days (365)')
    expect(v.fails).toBe(true)
  })

  test('an earlier expiry date still wins over the maximum', () => {
    const { v } = one(spring('2.5.0'), [], {
      external: [statement({ expires: '2026-11-15' })],
    })
    expect([v.verdict, v.expires]).toEqual(['expired', '2026-11-15'])
  })

  test('not_affected without any timestamp is incomplete', () => {
    const { v } = one(spring('2.5.0'), [], {
      external: [statement({ timestamp: undefined })],
    })
    expect(v.verdict).toBe('incomplete')
    expect(v.explanation).toContain('no timestamp')
    expect(v.explanation).toContain('psirt import')
  })

  test('affected without a due date says to import it, not to add due:', () => {
    const { v } = one(spring('2.5.0'), [], {
      external: [
        statement({
          status: 'affected',
          justification: undefined,
          action_statement: 'Upgrade to 2.6.1.',
        }),
      ],
    })
    expect(v.verdict).toBe('incomplete')
    expect(v.explanation).toContain(
      'convert it to a record with `psirt import`',
    )
    expect(v.explanation).not.toContain('Add `due:`')
  })
})

describe('deadline wording', () => {
  test('an unknown severity is given the critical deadline, and says so', () => {
    const { v } = one(finding({ severity: 'unknown' }), [])
    expect(v.explanation).toContain(
      'The policy deadline for an unknown severity is the critical one, 7 days after publication',
    )
  })
})
