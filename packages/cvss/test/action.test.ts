import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkRecords, scoreInput } from '../src/action.js'
import { CvssError } from '../src/index.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')

describe('scoreInput', () => {
  it('scores the vector input', () => {
    const r = scoreInput(
      'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
    )
    expect([r.score, r.severity, r.nomenclature]).toEqual([
      9.3,
      'critical',
      'CVSS-B',
    ])
  })

  it('names the input when the vector is malformed', () => {
    expect(() => scoreInput('CVSS:4.0/AV:N')).toThrow(
      /^Input "vector": Invalid CVSS 4.0 vector/,
    )
    expect(() => scoreInput('CVSS:4.0/AV:N')).toThrow(CvssError)
  })
})

describe('checkRecords', () => {
  it('passes records whose scores and severities agree, either rounding', async () => {
    const outcome = await checkRecords(join(fixtures, 'clean'), {})
    expect(outcome.problems).toEqual([])
    expect(outcome.records.map((r) => [r.id, r.score, r.problems])).toEqual([
      ['GHSA-1111-2222-3333', 9.3, []],
      ['GHSA-2222-3333-4444', 8.5, []],
    ])
  })

  describe('on a folder with mistakes', () => {
    const outcome = checkRecords(join(fixtures, 'mixed'), {})
    const problemsOf = async (id: string) =>
      (await outcome).records.find((r) => r.id === id)?.problems ?? []

    it('accepts the correct record', async () => {
      expect(await problemsOf('GHSA-1111-2222-3333')).toEqual([])
    })

    it('flags a recorded score at its line', async () => {
      const [p] = await problemsOf('GHSA-3333-4444-5555')
      expect(p).toMatchObject({
        file: 'security/GHSA-3333-4444-5555.yml',
        line: 11,
        rule: 'cvss/score-mismatch',
      })
      expect(p.message).toMatch(/cvss.score is 9.8, but the vectors score 9.3/)
      expect(p.fix).toMatch(/set cvss.score to 9.3/)
    })

    it('flags a recorded severity at its line', async () => {
      const [p] = await problemsOf('GHSA-4444-5555-6666')
      expect(p).toMatchObject({ line: 11, rule: 'cvss/severity-mismatch' })
      expect(p.message).toMatch(/is high, but cvss.v3 rates low \(1.8\)/)
    })

    it('flags each malformed vector at its line, quoting it safely', async () => {
      const ps = await problemsOf('GHSA-6666-7777-8888')
      expect(ps.map((p) => [p.line, p.rule])).toEqual([
        [10, 'cvss/invalid-vector'],
        [11, 'cvss/invalid-vector'],
      ])
      expect(ps[0].message).toMatch(/part 13 is empty/)
      expect(ps[1].message).not.toContain('::')
    })

    it('fails closed on a record it could not load', async () => {
      const { problems } = await outcome
      expect(problems.map((p) => p.file)).toEqual([
        'security/GHSA-5555-6666-7777.yml',
      ])
    })
  })

  it('reports a missing security folder', async () => {
    const outcome = await checkRecords(join(fixtures, 'clean'), {
      securityDir: 'nowhere',
    })
    expect(outcome.problems).toHaveLength(1)
    expect(outcome.problems[0].message).toMatch(/nowhere/)
  })
})
