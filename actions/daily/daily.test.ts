/**
 * The daily chain run as a composite step: the triage gate, then banner
 * expiry, which runs whatever the gate decided.
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
import { BANNER_END, BANNER_START } from '../../packages/banner/src/banner.js'

const FIXTURE = join(repoRoot, 'packages/banner/test/fixtures/repo')
const missing = ['triage-gate', 'readme-banner'].filter(
  (b) => !existsSync(join(repoRoot, 'dist', b, 'index.js')),
)
const d = missing.length === 0 ? describe : describe.skip
if (missing.length > 0) {
  console.warn(
    `actions/daily: bundles missing (${missing.join(', ')}); run \`npm run build\`.`,
  )
}

let ws: string

beforeEach(() => {
  ws = mkdtempSync(join(tmpdir(), 'daily-chain-'))
  cpSync(FIXTURE, ws, { recursive: true })
  mkdirSync(join(ws, 'reports'))
  // osv-scanner's output for a tree with no known vulnerability
  writeFileSync(join(ws, 'reports/osv-scanner.json'), '{"results":[]}\n')
  // The README as the release run left it, with both advisories listed.
  const readme = readFileSync(join(ws, 'README.md'), 'utf8')
  writeFileSync(
    join(ws, 'README.md'),
    readme.replace(
      '# acme app\n',
      `# acme app\n\n${BANNER_START}\n\n> [!CAUTION]\n> stale\n\n${BANNER_END}\n`,
    ),
  )
})

afterEach(() => {
  rmSync(ws, { recursive: true, force: true })
})

const daily = (date: string, inputs: Record<string, string> = {}) =>
  runComposite({
    name: 'daily',
    cwd: ws,
    repository: 'acme/app',
    eventName: 'schedule',
    inputs: {
      reports: 'reports/osv-scanner.json',
      banner: 'none',
      date,
      ...inputs,
    },
  })

d('actions/daily', () => {
  it('re-checks the findings and rewrites the banner for the day', async () => {
    const run = await daily('2026-12-02')
    expect(run.steps.map((s) => [s.id, s.conclusion])).toEqual([
      ['triage', 'success'],
      ['banner', 'success'],
    ])
    expect(run.outputs.failed).toBe('false')
    expect(run.outputs['banner-changed']).toBe('true')
    const readme = readFileSync(join(ws, 'README.md'), 'utf8')
    // Day 31 of GHSA-2c3v-...: gone; CVE-1900-1002 (2026-11-10) stays.
    expect(readme).not.toContain('GHSA-2c3v')
    expect(readme).toContain('CVE-1900-1002')
    expect(run.steps[1].env).toMatchObject({ INPUT_MODE: 'expire' })
  })

  it('expires the banner even when the triage gate fails, and fails', async () => {
    const run = await daily('2026-12-11', { reports: 'reports/missing-*.json' })
    expect(run.steps.map((s) => [s.id, s.conclusion])).toEqual([
      ['triage', 'failure'],
      ['banner', 'success'],
    ])
    expect(run.failed).toBe(true)
    expect(readFileSync(join(ws, 'README.md'), 'utf8')).toContain(
      `${BANNER_START}\n${BANNER_END}\n`,
    )
  })
})
