/**
 * The process rules of checkRecordRules, one record per case: each case is
 * a record the auditor found passing although its facts, texts or versions
 * are wrong, and a record that is right and must keep passing.
 */
import { DEFAULT_CONFIG } from '../src/load.js'
import type { Record } from '../src/types.js'
import { checkRecordRules, weakReasoning, weakText } from '../src/validate.js'

const TODAY = '2026-12-01'

type Over = Omit<Partial<Record>, 'disclosure'> & {
  disclosure?: Partial<Record['disclosure']>
}

function record(over: Over = {}): Record {
  const { disclosure, ...rest } = over
  return {
    schema: 1,
    id: 'EDGE-2026-010',
    aliases: [],
    title: 'A vulnerability in something',
    packages: [],
    status: 'fixed',
    fixed_in: ['v1.2.0'],
    review: { author: '@psirt', decided: '2026-11-02' },
    cwe: [],
    credits: [],
    references: [],
    ...rest,
    // Without an override, the facts behind kind none: not exploitable.
    disclosure: { kind: 'none', ...(disclosure ?? { exploitable: false }) },
  }
}

function problems(r: Record) {
  return checkRecordRules(r, 'security/r.yml', new Map(), DEFAULT_CONFIG, TODAY)
}

/** `rule@/pointer` of every error, sorted. */
function errors(r: Record): string[] {
  return problems(r)
    .filter((p) => p.severity === 'error')
    .map((p) => p.rule)
    .sort()
}

function warnings(r: Record): string[] {
  return problems(r)
    .filter((p) => p.severity === 'warning')
    .map((p) => p.rule)
    .sort()
}

const notAffected = (impact_statement: string, over: Over = {}): Record =>
  record({
    status: 'not_affected',
    fixed_in: [],
    justification: 'vulnerable_code_not_in_execute_path',
    impact_statement,
    review: {
      author: '@psirt',
      decided: '2026-11-02',
      review_by: '2027-01-01',
    },
    ...over,
  })

const GOOD_IMPACT =
  'Only the PNG resize path of the library is linked; no interface accepts TIFF input from users at all.'

describe('disclosure: the facts decide the kind', () => {
  it('accepts each kind with the facts it follows from', () => {
    expect(
      errors(
        record({
          disclosure: { kind: 'cve', exploitable: true, fix_by: 'our_release' },
        }),
      ),
    ).toEqual([])
    expect(
      errors(
        record({
          disclosure: {
            kind: 'advisory',
            exploitable: true,
            fix_by: 'dependency_update',
            potential_impact: 'A remote client can crash the tunnel process.',
            dependency_update: 'Update ws to 8.17.1 or later.',
            versions_tested: ['8.17.1'],
          },
        }),
      ),
    ).toEqual([])
    expect(
      errors(record({ disclosure: { kind: 'none', exploitable: false } })),
    ).toEqual([])
  })

  it('refuses a dependency advisory whose id is the upstream database id', () => {
    const advisory = {
      kind: 'advisory' as const,
      exploitable: true,
      fix_by: 'dependency_update' as const,
      potential_impact: 'A remote client can exhaust the server.',
      dependency_update: 'Update golang.org/x/net to v0.17.0 or later.',
      versions_tested: ['v0.17.0'],
    }
    const upstream = record({
      id: 'GO-2023-2102',
      aliases: ['CVE-2023-44487', 'GHSA-qppj-fm5r-hxr3'],
      disclosure: advisory,
    })
    expect(errors(upstream)).toEqual(['disclosure/advisory-id'])
    const p = problems(upstream).find(
      (x) => x.rule === 'disclosure/advisory-id',
    )
    expect(p?.fix).toMatch(
      /project-local id \(e\.g\. EDGE-2026-003\) and keep GO-2023-2102 as an alias/,
    )
    for (const id of [
      'CVE-2023-44487',
      'GHSA-qppj-fm5r-hxr3',
      'OSV-2020-111',
    ]) {
      expect(errors(record({ id, disclosure: advisory }))).toEqual([
        'disclosure/advisory-id',
      ])
    }
    // A project-local id, or our own GHSA, is ours.
    expect(
      errors(
        record({
          id: 'EDGE-2026-003',
          aliases: ['GO-2023-2102', 'CVE-2023-44487'],
          disclosure: advisory,
        }),
      ),
    ).toEqual([])
    expect(
      errors(
        record({
          id: 'GHSA-4m9x-7hvq-2c3p',
          disclosure: { ...advisory, ghsa_id: 'GHSA-4m9x-7hvq-2c3p' },
        }),
      ),
    ).toEqual([])
    // Only an advisory goes out under the id: a CVE record may carry it.
    expect(
      errors(
        record({
          id: 'GHSA-4m9x-7hvq-2c3p',
          disclosure: { kind: 'cve', exploitable: true, fix_by: 'our_release' },
        }),
      ),
    ).toEqual([])
  })

  it('d5: exploitable in distributed software without fix_by must decide', () => {
    const p = problems(record({ disclosure: { exploitable: true } }))
    expect(p.map((x) => x.rule)).toContain('disclosure/fix-by')
    expect(p.find((x) => x.rule === 'disclosure/fix-by')?.fix).toMatch(
      /fix_by: our_release.*fix_by: dependency_update/,
    )
  })

  it('d4: exploitable, fixed by a dependency update, kind none → advisory', () => {
    expect(
      errors(
        record({
          disclosure: { exploitable: true, fix_by: 'dependency_update' },
        }),
      ),
    ).toEqual(['disclosure/needs-advisory'])
  })

  it('kind none without the facts behind it is a warning for affected and fixed', () => {
    expect(warnings(record({ disclosure: {} }))).toContain('disclosure/facts')
    expect(
      warnings(
        record({
          status: 'affected',
          fixed_in: [],
          action_statement:
            'Update the router to v1.2.0 and restart every edge node.',
          due: '2026-12-20',
          disclosure: {},
        }),
      ),
    ).toContain('disclosure/facts')
    expect(
      warnings(record({ disclosure: { exploitable: false } })),
    ).not.toContain('disclosure/facts')
    expect(
      warnings(record({ disclosure: { distributed: false } })),
    ).not.toContain('disclosure/facts')
    expect(
      warnings(
        record({
          status: 'under_investigation',
          fixed_in: [],
          owner: '@psirt',
          due: '2026-12-20',
        }),
      ),
    ).not.toContain('disclosure/facts')
  })

  it('d7: kind cve but not exploitable is a contradiction', () => {
    expect(
      errors(
        record({
          disclosure: {
            kind: 'cve',
            fix_by: 'our_release',
            exploitable: false,
          },
        }),
      ),
    ).toEqual(['disclosure/contradiction'])
  })

  it('d10: kind cve without the facts a CVE follows from', () => {
    const p = problems(record({ disclosure: { kind: 'cve' } }))
    expect(p.map((x) => x.rule)).toEqual(['disclosure/cve-facts'])
    expect(p[0].fix).toContain('exploitable: true')
    expect(p[0].fix).toContain('fix_by: our_release')
  })

  it('d2: a reserved CVE for software that is not distributed', () => {
    expect(
      errors(
        record({
          aliases: ['CVE-2026-12345'],
          disclosure: { distributed: false, cve_id: 'CVE-2026-12345' },
        }),
      ),
    ).toEqual(['disclosure/internal-no-cve'])
  })

  it('d12: not_affected may alias the upstream CVE, not claim a disclosure', () => {
    const base = {
      aliases: ['CVE-2026-12345'],
      disclosure: { cve_id: 'CVE-2026-12345' },
    }
    expect(errors(notAffected(GOOD_IMPACT, base))).toEqual([])
    expect(
      errors(
        notAffected(GOOD_IMPACT, {
          ...base,
          disclosure: {
            ...base.disclosure,
            fix_by: 'our_release',
            published: '2026-11-01',
          },
        }),
      ),
    ).toEqual(['disclosure/not-affected', 'disclosure/not-affected'])
  })

  it('leaves under_investigation undecided, but refuses its contradictions', () => {
    const investigating = (disclosure: Over['disclosure']) =>
      record({
        status: 'under_investigation',
        fixed_in: [],
        owner: '@x1',
        due: '2026-12-10',
        disclosure,
      })
    expect(errors(investigating({ exploitable: true }))).toEqual([])
    expect(errors(investigating({ kind: 'cve', exploitable: false }))).toEqual([
      'disclosure/contradiction',
      'disclosure/cve-facts',
    ])
  })
})

describe('real text in every reasoning field', () => {
  it.each([
    ['na3', 'TBD TBD TBD TBD TBD TBD TBD TBD', 'is a placeholder'],
    [
      'na2',
      'The vulnerable code is not in the execute path of our product at all',
      'only restates the justification',
    ],
    [
      'na7',
      'To be determined later, this will be filled in once we know more',
      'puts the reasoning off',
    ],
    [
      'todo',
      'TODO: explain which handler reaches the decoder and whether users control it',
      'contains the placeholder "TODO"',
    ],
  ])('%s: refuses %p', (_, text, why) => {
    expect(
      weakReasoning(text, 'vulnerable_code_not_in_execute_path'),
    ).toContain(why)
  })

  it('na1: refuses a padded restatement of component_not_present', () => {
    expect(
      weakReasoning(
        'The component is not present in our build at all ever',
        'component_not_present',
      ),
    ).toBe('only restates the justification')
  })

  it('accepts the reasoning of the examples', () => {
    expect(
      weakReasoning(GOOD_IMPACT, 'vulnerable_code_not_in_execute_path'),
    ).toBeUndefined()
    expect(
      weakReasoning(
        'The module is only required by a test helper that is excluded from every release build.',
        'component_not_present',
      ),
    ).toBeUndefined()
  })

  it('reports the weak impact statement as an error', () => {
    expect(errors(notAffected('TBD TBD TBD TBD TBD TBD TBD TBD'))).toEqual([
      'vex/weak-reasoning',
    ])
  })

  it('aff3: refuses a placeholder action statement', () => {
    const affected = (action_statement: string) =>
      record({
        status: 'affected',
        fixed_in: [],
        due: '2026-12-10',
        action_statement,
      })
    expect(errors(affected('TBD'))).toEqual(['vex/weak-reasoning'])
    expect(errors(affected('  '))).toEqual(['vex/weak-reasoning'])
    expect(errors(affected('Upgrade'))).toEqual(['vex/weak-reasoning'])
    expect(errors(affected('Upgrade ws to 8.17.1 or later.'))).toEqual([])
  })

  it('d8: refuses placeholder advisory fields', () => {
    expect(
      errors(
        record({
          disclosure: {
            kind: 'advisory',
            fix_by: 'dependency_update',
            exploitable: true,
            potential_impact: 'TBD',
            dependency_update: '-',
            versions_tested: [' '],
          },
        }),
      ),
    ).toEqual([
      'disclosure/dependency-update',
      'disclosure/potential-impact',
      'disclosure/versions-tested',
    ])
  })

  it('ui2: refuses a blank owner', () => {
    const r = record({
      status: 'under_investigation',
      fixed_in: [],
      owner: '  ',
      due: '2026-12-10',
    })
    expect(errors(r)).toEqual(['record/owner'])
  })

  it.each([[' '], ['not a version !!'], ['lol']])(
    'fix2/fix3: refuses fixed_in %p',
    (release) => {
      expect(errors(record({ fixed_in: [release] }))).toEqual([
        'record/fixed-in',
      ])
    },
  )

  it('emb2: refuses blank private_details of an embargoed record', () => {
    expect(
      errors(
        record({
          disclosure: {
            kind: 'cve',
            exploitable: true,
            fix_by: 'our_release',
            embargoed: true,
            private_details: ' ',
          },
        }),
      ),
    ).toEqual(['embargo/private-details'])
  })

  it('weakText names blank text', () => {
    expect(weakText('   ')).toBe('is blank')
  })
})

describe('packages: purls, ranges and versions by ecosystem', () => {
  const pkg = (purl: string, vulnerable?: string, fixed?: string) =>
    record({ packages: [{ purl, vulnerable, fixed }] })

  it('accepts the forms of the examples', () => {
    expect(errors(pkg('pkg:npm/ws', '>= 8.0.0, < 8.17.1', '8.17.1'))).toEqual(
      [],
    )
    expect(
      errors(
        pkg('pkg:golang/github.com/golang-jwt/jwt/v4', '< v4.5.1', 'v4.5.1'),
      ),
    ).toEqual([])
    expect(errors(pkg('pkg:npm/%40babel/core', '< 7.23.2', '7.23.2'))).toEqual(
      [],
    )
    expect(errors(pkg('pkg:pypi/requests', '< 2.31.0', '2.31.0'))).toEqual([])
  })

  it('refuses a range that contains no version', () => {
    expect(errors(pkg('pkg:npm/ws', '>= 9.0.0, < 8.0.0'))).toEqual([
      'record/range',
    ])
    expect(errors(pkg('pkg:npm/ws', '> 8.0.0, <= 8.0.0'))).toEqual([
      'record/range',
    ])
    expect(errors(pkg('pkg:npm/ws', '= 8.0.0, < 8.0.0'))).toEqual([
      'record/range',
    ])
  })

  it('refuses a fixed version inside the vulnerable range', () => {
    expect(errors(pkg('pkg:npm/ws', '< 8.17.1', '8.0.0'))).toEqual([
      'record/fixed-in-range',
    ])
  })

  it.each([
    ['pkg:golang/example.com/m', '< 1.2', undefined],
    ['pkg:golang/example.com/m', '< v1.2', undefined],
    ['pkg:golang/example.com/m', undefined, 'v1.2'],
    ['pkg:npm/ws', '< v8.17.1', undefined],
    ['pkg:npm/ws', undefined, 'v8.17.1'],
    ['pkg:cargo/regex', undefined, '=1.5.5'],
    ['pkg:github/foo/bar', undefined, 'lol'],
  ])('refuses %s with vulnerable %p, fixed %p', (purl, vulnerable, fixed) => {
    const rules = errors(pkg(purl, vulnerable, fixed))
    expect(rules).toHaveLength(1)
    expect(rules[0]).toMatch(/^record\/(range|version)$/)
  })

  it.each(['pkg:npm/w s', 'pkg:npm/ws@', 'pkg:npm/.hidden', 'pkg:npm/ws?'])(
    'refuses the purl %p',
    (purl) => {
      expect(errors(pkg(purl)).length).toBeGreaterThan(0)
      expect(errors(pkg(purl))[0]).toMatch(/^record\/purl/)
    },
  )

  it('warns about a purl type the specification does not know', () => {
    expect(errors(pkg('pkg:bogus/x', '< 1.0'))).toEqual([])
    expect(warnings(pkg('pkg:bogus/x', '< 1.0'))).toEqual(['record/purl-type'])
  })
})

describe('expired decisions and overdue deadlines are warned about', () => {
  it('expired: a not_affected decision past its review_by', () => {
    const r = notAffected(GOOD_IMPACT, {
      review: {
        author: '@psirt',
        decided: '2025-01-01',
        review_by: '2025-06-01',
      },
    })
    expect(errors(r)).toEqual([])
    expect(warnings(r)).toEqual(['record/expired'])
  })

  it('aff4: an affected decision past its due date', () => {
    const r = record({
      status: 'affected',
      fixed_in: [],
      action_statement: 'Upgrade golang.org/x/crypto to v0.17.0.',
      due: '2020-01-01',
    })
    expect(errors(r)).toEqual([])
    expect(warnings(r)).toEqual(['record/overdue'])
  })

  it('ui3: an investigation past its due date', () => {
    const r = record({
      status: 'under_investigation',
      fixed_in: [],
      owner: '@x1',
      due: '2020-12-10',
    })
    expect(errors(r)).toEqual([])
    expect(warnings(r)).toEqual(['record/overdue'])
  })

  it('a current decision has no warning', () => {
    expect(warnings(notAffected(GOOD_IMPACT))).toEqual([])
  })
})

describe('cvss: the recorded score and severity agree with the vectors', () => {
  const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'
  const V40 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'
  const withCvss = (cvss: Record['cvss']) => record({ cvss })

  it('v2wrong, v2wrong2: refuses a v3.1 or v4.0 vector in cvss.v2', () => {
    expect(errors(withCvss({ v2: V31 }))).toEqual(['record/cvss-version'])
    expect(problems(withCvss({ v2: V31 }))[0].message).toMatch(
      /^cvss\.v2 holds a CVSS 3\.1 vector/,
    )
    expect(errors(withCvss({ v2: V40 }))).toEqual(['record/cvss-version'])
    expect(errors(withCvss({ v3: V40 }))).toEqual(['record/cvss-version'])
  })

  it('keeps accepting a CVSS 3.0 vector in cvss.v3', () => {
    expect(
      errors(withCvss({ v3: 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' })),
    ).toEqual([])
  })

  it('sev: refuses a severity and a score the vector does not give', () => {
    expect(errors(withCvss({ v3: V31, severity: 'low', score: 1.0 }))).toEqual([
      'cvss/score-mismatch',
      'cvss/severity-mismatch',
    ])
    expect(
      errors(withCvss({ v3: V31, severity: 'critical', score: 9.8 })),
    ).toEqual([])
  })

  it('does not report an unparsable vector twice (loading reports it)', () => {
    expect(errors(withCvss({ v3: 'CVSS:3.1/AV:N' }))).toEqual([])
  })
})

describe('embargo/file-name: an embargoed record named by its file', () => {
  const secret = (over: Over = {}) =>
    record({
      id: 'EDGE-2026-011',
      aliases: ['CVE-1900-41877'],
      fixed_in: ['v1.5.0'],
      disclosure: {
        kind: 'none',
        exploitable: false,
        embargoed: true,
        private_details: 'https://github.com/o/r/security/advisories/x',
        terms: ['pixel flood'],
      },
      ...over,
    })
  const at = (r: Record, file: string) =>
    checkRecordRules(r, file, new Map(), DEFAULT_CONFIG, TODAY).filter(
      (p) => p.rule === 'embargo/file-name',
    )

  it('refuses a file named after its id, an alias or a term', () => {
    for (const file of [
      'security/CVE-1900-41877.yml',
      'security/edge-2026-011.yml',
      'security/pixel_flood.yml',
    ]) {
      const p = at(secret(), file)
      expect(p).toMatchObject([
        {
          severity: 'error',
          fix: expect.stringContaining('security/record-<n>.yml'),
        },
      ])
      expect(p[0].message).not.toContain('41877')
      expect(p[0].message).not.toContain(file)
    }
  })
  it('accepts a neutral name, and a record not under embargo', () => {
    expect(at(secret(), 'security/record-003.yml')).toEqual([])
    expect(at(secret(), 'security/CVE-1900-418770.yml')).toEqual([])
    expect(
      at(record({ id: 'EDGE-2026-011' }), 'security/EDGE-2026-011.yml'),
    ).toEqual([])
  })
})
