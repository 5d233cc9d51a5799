/**
 * The pull request chain run as a composite step: scores checked, then the
 * triage gate, which gives its verdict even when a score is off.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../../tests/harness/runner.js'
import { runComposite } from '../release/composite.js'

const FIXTURE = join(repoRoot, 'packages/banner/test/fixtures/repo')
const missing = ['cvss-score', 'triage-gate'].filter(
  (b) => !existsSync(join(repoRoot, 'dist', b, 'index.js')),
)
const d = missing.length === 0 ? describe : describe.skip
if (missing.length > 0) {
  console.warn(
    `actions/pull-request: bundles missing (${missing.join(', ')}); run \`npm run build\`.`,
  )
}

let ws: string

beforeEach(() => {
  ws = mkdtempSync(join(tmpdir(), 'pr-chain-'))
  cpSync(FIXTURE, ws, { recursive: true })
  mkdirSync(join(ws, 'reports'))
  writeFileSync(join(ws, 'reports/osv-scanner.json'), '{"results":[]}\n')
})

afterEach(() => {
  rmSync(ws, { recursive: true, force: true })
})

const chain = () =>
  runComposite({
    name: 'pull-request',
    cwd: ws,
    repository: 'acme/app',
    eventName: 'pull_request',
    event: { pull_request: { number: 5 } },
    inputs: {
      token: '',
      comment: 'false',
      reports: 'reports/osv-scanner.json',
      date: '2026-12-01',
    },
  })

d('actions/pull-request', () => {
  it('passes when the scores agree and every finding is decided', async () => {
    const run = await chain()
    expect(run.steps.map((s) => [s.id, s.conclusion])).toEqual([
      ['cvss', 'success'],
      ['triage', 'success'],
    ])
    expect(run.outputs).toMatchObject({
      'score-problems': '0',
      failed: 'false',
    })
  })

  it('fails on a recorded severity its vector contradicts, and still triages', async () => {
    const file = join(ws, 'security/APP-2026-004.yml')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '  v3: CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:L/I:L/A:N\n',
        '  v3: CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:L/I:L/A:N\n  severity: low\n',
      ),
    )
    const run = await chain()
    // The contradicted severity makes the record invalid (validation checks
    // it against the vector, cvss/severity-mismatch), so triage-gate, which
    // still runs, fails on it too.
    expect(run.steps.map((s) => [s.id, s.conclusion])).toEqual([
      ['cvss', 'failure'],
      ['triage', 'failure'],
    ])
    expect(run.failed).toBe(true)
    expect(run.outputs['score-problems']).toBe('1')
    expect(run.steps[0].result?.annotations[0]).toMatchObject({
      level: 'error',
      file: 'security/APP-2026-004.yml',
    })
  })
})
