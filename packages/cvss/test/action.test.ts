import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type NodeVersion,
  nodeBinary,
  repoRoot,
  runAction,
} from '../../../tests/harness/runner.js'
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

// The committed bundle, run as the runner runs it, on each runtime.
const bundle = join(repoRoot, 'dist/cvss-score/index.js')
const runtimes: NodeVersion[] = nodeBinary('node24')
  ? ['node20', 'node24']
  : ['node20']
if (!nodeBinary('node24')) {
  console.warn('cvss-score: Node 24 is missing; node24 runs skipped.')
}
const withBundle = existsSync(bundle) ? describe : describe.skip
if (!existsSync(bundle)) {
  console.warn(
    'cvss-score: dist/cvss-score/index.js is missing; run `npm run build -- cvss-score`.',
  )
}

const ACTION = 'actions/cvss-score'

withBundle.each(runtimes)('the cvss-score bundle on %s', (node) => {
  it('scores the vector input into outputs and a summary', async () => {
    const r = await runAction({
      action: ACTION,
      node,
      inputs: {
        vector:
          'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U',
      },
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({
      score: '8.1',
      severity: 'high',
      version: '4.0',
      nomenclature: 'CVSS-BT',
    })
    expect(JSON.parse(r.outputs.json)).toMatchObject({
      baseScore: 9.3,
      threatScore: 8.1,
      macrovector: '000220',
    })
    expect(r.summary).toContain('| 8.1 | high |')
  })

  it('fails on a malformed vector with one sentence naming the input', async () => {
    const r = await runAction({
      action: ACTION,
      node,
      inputs: { vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:Q' },
    })
    expect(r.exitCode).toBe(1)
    const errors = r.annotations.filter((a) => a.level === 'error')
    expect(errors[0].message).toMatch(
      /^Input "vector": Invalid CVSS 3.1 vector .*metric A \(part 9\) has value "Q"; allowed: H, L, N\./,
    )
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /)
  })

  it('passes a security folder whose records agree with their vectors', async () => {
    const r = await runAction({
      action: ACTION,
      node,
      cwd: join(fixtures, 'clean'),
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs.problems).toBe('0')
    const json = JSON.parse(r.outputs.json) as {
      summary: { records: number; vectors: number }
    }
    expect(json.summary).toMatchObject({ records: 2, vectors: 3 })
  })

  it('annotates each disagreement at its file and line, and fails', async () => {
    const r = await runAction({
      action: ACTION,
      node,
      cwd: join(fixtures, 'mixed'),
    })
    expect(r.exitCode).toBe(1)
    const at = r.annotations
      .filter((a) => a.level === 'error' && a.file)
      .map((a) => `${a.file}:${a.line}`)
    expect(at).toEqual(
      expect.arrayContaining([
        'security/GHSA-3333-4444-5555.yml:11',
        'security/GHSA-4444-5555-6666.yml:11',
        'security/GHSA-5555-6666-7777.yml:10',
        'security/GHSA-6666-7777-8888.yml:10',
        'security/GHSA-6666-7777-8888.yml:11',
      ]),
    )
    expect(r.outputs.problems).toBe('5')
    // The vector holding a workflow command and HTML reaches neither raw.
    expect(r.commands.filter((c) => c.name === 'error')).toHaveLength(6)
    expect(r.summary).not.toContain('<b>')
  })
})
