import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  startApiServer,
  type ApiServer,
} from '../../../tests/harness/api-server.js'
import { UserError } from '../../core/src/errors.js'
import { createClient } from '../../github/src/client.js'
import type { Rest } from '../src/apply.js'
import { BANNER_END, BANNER_START } from '../src/banner.js'
import { planBanner, runBanner, type BannerOptions } from '../src/run.js'
import { Repository } from './repository.js'

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/repo')

let root: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'psirt-banner-'))
  cpSync(FIXTURE, root, { recursive: true })
})

afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

const options = (today: string): BannerOptions => ({
  root,
  today,
  mode: 'update',
  apply: 'none',
})

describe('the banner plan for the fixture repository', () => {
  it('lists the published critical and high advisories, newest first', async () => {
    const plan = await planBanner(options('2026-11-10'))
    expect(plan.entries.map((e) => [e.id, e.severity])).toEqual([
      ['CVE-1900-1002', 'high'],
      ['GHSA-2c3v-4f5w-6x7q', 'critical'],
    ])
  })

  it('links to the repository named in the configuration', async () => {
    const plan = await planBanner(options('2026-11-10'))
    expect(plan.block).toContain(
      '(https://github.com/acme/app/security/advisories/GHSA-2c3v-4f5w-6x7q)',
    )
    expect(plan.block).toContain(
      '(https://www.cve.org/CVERecord?id=CVE-1900-1002)',
    )
  })

  it('never names the embargoed record', async () => {
    const plan = await planBanner(options('2026-11-10'))
    expect(plan.block).not.toMatch(/1003|session cache/)
  })

  it('refuses a configured length below 30 days', async () => {
    writeFileSync(
      join(root, '.github/psirt.yml'),
      'version: 1\nbanner:\n  days: 14\n',
    )
    const run = planBanner(options('2026-11-10'))
    await expect(run).rejects.toThrow(UserError)
    await expect(run).rejects.toThrow(/psirt\.yml:3:9.*banner.*30/)
  })

  it.each(['../../etc/passwd', '/etc/passwd', 'docs/../../x.md', '', '.'])(
    'refuses a banner file outside the repository: %j',
    async (file) => {
      const run = planBanner({ ...options('2026-11-10'), file })
      await expect(run).rejects.toThrow(/not a file inside the repository/)
    },
  )

  it('writes no banner through a symbolic link', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'psirt-outside-'))
    try {
      writeFileSync(join(outside, 'target.md'), '# Target\n')
      rmSync(join(root, 'README.md'), { force: true })
      symlinkSync(join(outside, 'target.md'), join(root, 'README.md'))
      const run = runBanner(options('2026-11-10'))
      await expect(run).rejects.toThrow(/symbolic link/)
      expect(readFileSync(join(outside, 'target.md'), 'utf8')).toBe(
        '# Target\n',
      )
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it('fails closed on an invalid record, naming the file', async () => {
    writeFileSync(join(root, 'security/APP-2026-009.yml'), 'schema: 1\nid: [\n')
    const run = planBanner(options('2026-11-10'))
    await expect(run).rejects.toThrow(UserError)
    await expect(run).rejects.toThrow(/security\/APP-2026-009\.yml:\d+/)
  })
})

describe('the release run', () => {
  it('counts a record the release discloses as published today', async () => {
    const plan = await planBanner({
      ...options('2026-12-01'),
      release: 'v2.2.0',
    })
    expect(plan.entries.map((e) => e.id)).toContain('CVE-1900-1005')
    expect(plan.entries.find((e) => e.id === 'CVE-1900-1005')?.published).toBe(
      '2026-12-01',
    )
  })

  it('asks for the publication date to be recorded, at the record', async () => {
    const plan = await planBanner({
      ...options('2026-12-01'),
      release: 'v2.2.0',
    })
    expect(plan.notes).toHaveLength(1)
    expect(plan.notes[0]).toMatchObject({
      file: 'security/APP-2026-005.yml',
      rule: 'banner/published-date',
      severity: 'warning',
    })
    expect(plan.notes[0].fix).toContain('published: 2026-12-01')
  })

  it('does not show it on a run that names no release', async () => {
    const plan = await planBanner(options('2026-12-01'))
    expect(plan.entries.map((e) => e.id)).not.toContain('CVE-1900-1005')
    expect(plan.notes).toEqual([])
  })

  it('never lifts an embargo itself, and says what the record lacks', async () => {
    const plan = await planBanner({
      ...options('2026-11-10'),
      release: 'v2.1.0',
    })
    expect(plan.entries.map((e) => e.id)).not.toContain('CVE-1900-1003')
    expect(plan.notes).toEqual([
      expect.objectContaining({
        file: 'security/record-003.yml',
        rule: 'banner/still-embargoed',
      }),
    ])
    // The note names the file only, never what the record is about.
    expect(JSON.stringify(plan.notes)).not.toMatch(
      /1003|APP-2026-003|session cache/i,
    )
  })
})

describe('applying in the workspace (apply: none)', () => {
  it('writes the file once and then reports no change', async () => {
    const first = await runBanner(options('2026-11-10'))
    const text = readFileSync(join(root, 'README.md'), 'utf8')
    const second = await runBanner(options('2026-11-10'))
    expect(first.result.changed).toBe(true)
    expect(second.result.changed).toBe(false)
    expect(
      text.startsWith(`# acme app\n\n${BANNER_START}\n\n> [!CAUTION]`),
    ).toBe(true)
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe(text)
  })
})

describe('the scheduled run with an injected clock, through the API', () => {
  let api: ApiServer
  let repo: Repository
  let client: Rest

  beforeEach(async () => {
    api = await startApiServer()
    repo = new Repository('acme', 'app', 'main', {
      'README.md': readFileSync(join(FIXTURE, 'README.md'), 'utf8'),
    })
    repo.serve(api)
    client = createClient({
      token: 't',
      apiUrl: api.url,
      sleep: async () => {},
    }) as unknown as Rest
  })

  afterEach(async () => {
    await api.close()
  })

  const day = (today: string, mode: 'update' | 'expire' = 'expire') =>
    runBanner(
      { ...options(today), mode, apply: 'commit', repository: 'acme/app' },
      client,
    )

  it('keeps an advisory on day 30 and removes it on day 31', async () => {
    // GHSA-2c3v-... was published 2026-11-01: day 30 is 2026-12-01.
    await day('2026-11-10', 'update')
    expect(repo.file('README.md')).toContain('GHSA-2c3v')

    const day30 = await day('2026-12-01')
    expect(day30.result.changed).toBe(false)
    expect(repo.file('README.md')).toContain('GHSA-2c3v')

    const day31 = await day('2026-12-02')
    expect(day31.result.changed).toBe(true)
    expect(repo.file('README.md')).not.toContain('GHSA-2c3v')
    expect(repo.file('README.md')).toContain('CVE-1900-1002')

    const last = await day('2026-12-11')
    expect(last.result.changed).toBe(true)
    expect(repo.file('README.md')).toBe(
      '# acme app\n\n' +
        `${BANNER_START}\n${BANNER_END}\n\n` +
        'A service used by the readme-banner tests.\n\n## Install\n\nRun `make`.\n',
    )
    expect(repo.commits.map((c) => c.message)).toEqual([
      'Update the security notice in README.md',
      'Remove expired entries from README.md',
      'Remove expired entries from README.md',
    ])
  })
})
