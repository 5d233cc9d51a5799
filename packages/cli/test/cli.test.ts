import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const psirt = join(root, 'bin/psirt.js')

/** The committed CLI bundle, run as a person runs it. */
function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [psirt, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  })
}

describe('the psirt command (committed bundle)', () => {
  it('lists its commands and exits 2 without one', () => {
    const r = run([])
    expect(r.status).toBe(2)
    for (const c of [
      'validate',
      'triage',
      'score',
      'embargo',
      'render',
      'banner',
      'import',
    ]) {
      expect(r.stderr).toContain(c)
    }
  })

  it('scores vectors read from standard input', () => {
    const r = run(
      ['score', '--json'],
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n',
    )
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)[0]).toMatchObject({
      score: 9.8,
      severity: 'critical',
    })
  })

  it('names an unknown command as a usage error', () => {
    const r = run(['frobnicate'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('unknown command "frobnicate"')
  })

  it.each([
    ['validate', 'examples', '--today'],
    ['triage', '--root', 'examples', '--today'],
    [
      'embargo',
      '--root',
      'examples',
      '--version',
      'v1.0.0',
      '--notes',
      'x.md',
      '--today',
    ],
    ['banner', '--root', 'examples', '--date'],
    ['import', 'examples/security', '--due'],
  ])('%s refuses a date that is not on the calendar', (...args) => {
    const r = run([...args, '2026-02-30'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(
      /takes a calendar date as YYYY-MM-DD, not "2026-02-30"/,
    )
  })
})
