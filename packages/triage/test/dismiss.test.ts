import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDependabotAlerts } from '../../findings/src/dependabot.js'
import { alertStates } from '../src/github.js'
import {
  MAX_COMMENT,
  dismissalComment,
  dismissalPlan,
  type AlertState,
} from '../src/dismiss.js'
import { triage } from '../src/verdict.js'
import { TODAY, config, finding, loaded, record } from './helpers.js'
import type { Record as PsirtRecord } from '../../records/src/types.js'

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../..',
)
const url = (file: string) => `https://github.com/acme/widget/blob/abc/${file}`

function plan(r: PsirtRecord, alert: AlertState) {
  const report = triage({
    findings: [
      finding({
        alert: { number: alert.number, state: alert.state },
        sources: [{ kind: 'dependabot', ref: String(alert.number) }],
      }),
    ],
    records: [loaded(r)],
    external: [],
    config: config(),
    today: TODAY,
    event: 'schedule',
  })
  return dismissalPlan(report, new Map([[alert.number, alert]]), url)
}

describe('Dependabot alert dismissal', () => {
  test('an open alert with a current not_affected record is dismissed', () => {
    const writes = plan(record(), { number: 7, state: 'open' })
    expect(writes).toHaveLength(1)
    expect(writes[0].number).toBe(7)
    expect(writes[0].body).toEqual({
      state: 'dismissed',
      dismissed_reason: 'not_used',
      dismissed_comment:
        'psirt: not_affected (vulnerable_code_not_in_execute_path), see https://github.com/acme/widget/blob/abc/security/GHSA-cfgh-jmpq-rvwx.yml',
    })
  })

  test('the justification picks the reason', () => {
    const w = plan(record({ justification: 'component_not_present' }), {
      number: 1,
      state: 'open',
    })
    expect(w[0].body).toMatchObject({ dismissed_reason: 'inaccurate' })
  })

  test('an alert already dismissed is not written again', () => {
    expect(
      plan(record(), {
        number: 7,
        state: 'dismissed',
        dismissed_reason: 'not_used',
      }),
    ).toEqual([])
  })

  test('an expired decision reopens its dismissed alert', () => {
    const expired = record({
      review: { author: 'a', decided: '2026-01-01', review_by: '2026-06-01' },
    })
    const w = plan(expired, {
      number: 9,
      state: 'dismissed',
      dismissed_reason: 'not_used',
      dismissed_comment:
        'psirt: not_affected (vulnerable_code_not_in_execute_path), see security/GHSA-cfgh-jmpq-rvwx.yml',
    })
    expect(w).toEqual([
      expect.objectContaining({ number: 9, body: { state: 'open' } }),
    ])
  })

  test('an expired decision leaves an alert a person dismissed alone', () => {
    const expired = record({
      review: { author: 'a', decided: '2026-01-01', review_by: '2026-06-01' },
    })
    for (const comment of [
      'Reviewed by the security team; risk accepted until 2028',
      null,
      undefined,
    ]) {
      expect(
        plan(expired, {
          number: 9,
          state: 'dismissed',
          dismissed_reason: 'tolerable_risk',
          dismissed_comment: comment,
        }),
      ).toEqual([])
    }
  })

  test('an expired decision leaves an open alert alone', () => {
    const expired = record({
      review: { author: 'a', decided: '2026-01-01', review_by: '2026-06-01' },
    })
    expect(plan(expired, { number: 9, state: 'open' })).toEqual([])
  })

  test('an affected record never dismisses', () => {
    const affected = record({
      status: 'affected',
      justification: undefined,
      action_statement: 'Update',
      due: '2026-12-30',
    })
    expect(plan(affected, { number: 3, state: 'open' })).toEqual([])
  })

  test('the comment stays within 280 characters', () => {
    const c = dismissalComment(
      'vulnerable_code_cannot_be_controlled_by_adversary',
      'https://github.com/' + 'x'.repeat(300),
      'security/CVE-2026-1000.yml',
    )
    expect(c.length).toBeLessThanOrEqual(MAX_COMMENT)
    expect(c).toContain('security/CVE-2026-1000.yml')
  })
})

const shared = path.resolve(repoRoot, '../shared/fixtures/inputs')
const haveShared = existsSync(path.join(shared, 'dependabot-alerts.json'))
if (!haveShared) {
  console.warn(
    `Skipping the real Dependabot alerts sample: ${shared} is absent (../shared not checked out).`,
  )
}
const withShared = haveShared ? describe : describe.skip

withShared("GitHub's own Dependabot alerts sample", () => {
  test('dismisses the open alert a record decides, leaves the dismissed one', () => {
    const raw = JSON.parse(
      readFileSync(path.join(shared, 'dependabot-alerts.json'), 'utf8'),
    ) as unknown[]
    const findings = parseDependabotAlerts(
      raw,
      'GET /repos/octocat/hello-world/dependabot/alerts',
    )
    const records = [
      record({
        id: 'GHSA-8f4m-hccc-8qph',
        aliases: ['CVE-2021-20191'],
        packages: [{ purl: 'pkg:pypi/ansible' }],
        justification: 'component_not_present',
      }),
      record({
        id: 'GHSA-rf4j-j272-fj86',
        aliases: ['CVE-2018-6188'],
        packages: [{ purl: 'pkg:pypi/django' }],
        justification: 'inline_mitigations_already_exist',
      }),
    ].map((r) => loaded(r))
    const report = triage({
      findings,
      records,
      external: [],
      config: config(),
      today: TODAY,
      event: 'schedule',
    })
    expect(report.counts.decided).toBe(2)
    const writes = dismissalPlan(report, alertStates(raw), url)
    expect(writes.map((w) => [w.number, w.body.state])).toEqual([
      [1, 'dismissed'],
    ])
    expect(writes[0].body).toMatchObject({ dismissed_reason: 'inaccurate' })
  })
})
