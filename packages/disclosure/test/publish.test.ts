import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GitHubRest } from '../src/channels/github-rest.js'
import { SECTION_START } from '../src/channels/release-notes.js'
import type { ChannelResult } from '../src/channels/types.js'
import { publish, type PublishOptions } from '../src/publish.js'
import {
  ORG_ID,
  config,
  cveRecord,
  dependencyRecord,
  loaded,
  withShared,
} from './fixtures.js'
import {
  fakeCveServices,
  fakeDiscourse,
  fakeGitHub,
  fakeSmtp,
  type FakeCveServices,
  type FakeDiscourse,
  type FakeGitHub,
  type FakeSmtp,
} from './servers.js'

const NOW = new Date('2026-12-03T10:00:00Z')
/** The CVE record before GitHub has an advisory for it. */
function cveNoGhsa() {
  const r = cveRecord()
  delete r.disclosure.ghsa_id
  return r
}
const records = () => [loaded(cveNoGhsa()), loaded(dependencyRecord())]
const ORIGINAL_BODY = '## Changes\n\n- Faster uploads\n'

let gh: FakeGitHub
let cve: FakeCveServices
let forum: FakeDiscourse
let smtp: FakeSmtp
let root: string

function cfg() {
  return config({
    channels: {
      discourse: { url: forum.url, category: 5, pin_severity: 'high' },
      email: { to: ['announce@example.com'], from: 'psirt@example.com' },
    },
  })
}

function options(over: Partial<PublishOptions> = {}): PublishOptions {
  return {
    github: new GitHubRest(gh.api.url, 'ghs_test', 'acme', 'widget', {
      sleep: async () => {},
    }),
    tag: 'v1.4.2',
    dryRun: false,
    allowPrerelease: false,
    githubAdvisory: true,
    requestCve: false,
    cveProvider: { orgId: ORG_ID, shortName: 'acme' },
    cveServices: { url: cve.url, user: 'bot', org: 'acme', key: 'secret' },
    discourse: {
      url: forum.url,
      apiKey: 'dkey',
      apiUsername: 'system',
      category: 5,
      pinSeverity: 'high',
      pinDays: 30,
    },
    smtp: {
      url: smtp.url,
      to: ['announce@example.com'],
      from: 'psirt@example.com',
    },
    templates: {},
    outDir: path.join(root, 'out'),
    root,
    now: NOW,
    log: () => {},
    ...over,
  }
}

function outcomes(results: ChannelResult[]): string[] {
  return results.map((r) => `${r.record} ${r.channel} ${r.outcome}`)
}

function writes(): string[] {
  return gh.api.requests
    .filter((r) => r.method !== 'GET')
    .map((r) => r.route ?? `${r.method} ${r.path}`)
}

withShared()('publishing a release', () => {
  beforeEach(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'psirt-publish-'))
    gh = await fakeGitHub({ body: ORIGINAL_BODY })
    cve = await fakeCveServices(ORG_ID)
    forum = await fakeDiscourse()
    smtp = await fakeSmtp()
  })

  afterEach(async () => {
    const violations = [...cve.violations, ...forum.violations]
    await cve.close()
    await forum.close()
    await smtp.close()
    rmSync(root, { recursive: true, force: true })
    // Closing the GitHub server throws on any request or response that
    // broke GitHub's OpenAPI description.
    await gh.close()
    expect(violations).toEqual([])
  })

  it('publishes every channel in order, advisory before CVE record', async () => {
    const seenAtCveWrite: string[] = []
    cve.onWrite = () =>
      seenAtCveWrite.push(gh.advisories.map((a) => a.state).join(','))
    const report = await publish(records(), cfg(), options())
    expect(outcomes(report.results)).toEqual([
      'CVE-1900-0001 release already',
      'PSIRT-2026-007 release already',
      'CVE-1900-0001 github-advisory published',
      'PSIRT-2026-007 github-advisory published',
      'CVE-1900-0001 cve published',
      'PSIRT-2026-007 cve skipped',
      'CVE-1900-0001 release-notes published',
      'PSIRT-2026-007 release-notes published',
      'CVE-1900-0001 discourse published',
      'PSIRT-2026-007 discourse published',
      'CVE-1900-0001 email published',
      'PSIRT-2026-007 email published',
    ])
    expect(seenAtCveWrite).toEqual(['published,published'])
    expect(cve.records.has('CVE-1900-0001')).toBe(true)
    expect(forum.topics.map((t) => [t.external_id, t.pinned])).toEqual([
      ['CVE-1900-0001', true],
      // medium: posted, not pinned
      ['PSIRT-2026-007', false],
    ])
    expect(smtp.mails).toHaveLength(2)
    expect(smtp.mails[0].to).toEqual(['announce@example.com'])
  })

  it('keeps every byte of the release notes outside the markers', async () => {
    await publish(records(), cfg(), options())
    const body = gh.release?.body ?? ''
    expect(body.startsWith(ORIGINAL_BODY)).toBe(true)
    const section = body.slice(body.indexOf(SECTION_START))
    expect(section).toContain('CVE\\-1900\\-0001')
    expect(section).toContain('<!-- psirt:email-sent:CVE-1900-0001 -->')
  })

  it('duplicates nothing on a re-run', async () => {
    await publish(records(), cfg(), options())
    const before = {
      body: gh.release?.body,
      writes: writes().length,
      mails: smtp.mails.length,
      topics: forum.topics.length,
      cve: cve.requests.filter((r) => r.method !== 'GET').length,
    }
    const again = await publish(records(), cfg(), options())
    expect(
      again.results.every(
        (r) => r.outcome === 'already' || r.outcome === 'skipped',
      ),
    ).toBe(true)
    expect(gh.release?.body).toBe(before.body)
    expect(writes()).toHaveLength(before.writes)
    expect(smtp.mails).toHaveLength(before.mails)
    expect(forum.topics).toHaveLength(before.topics)
    expect(cve.requests.filter((r) => r.method !== 'GET')).toHaveLength(
      before.cve,
    )
    expect(gh.created).toBe(2)
  })

  it('brings the text of its published advisory up to date with the record', async () => {
    await publish([loaded(cveNoGhsa())], cfg(), options())
    const edited = cveNoGhsa()
    edited.workarounds = 'Block uploads at the proxy.'
    const again = await publish([loaded(edited)], cfg(), options())
    expect(again.results[1]).toMatchObject({
      channel: 'github-advisory',
      outcome: 'published',
      detail: expect.stringContaining('text is updated'),
    })
    expect(gh.advisories[0].description).toContain('Block uploads at the proxy')
    expect(gh.created).toBe(1)
  })

  it('leaves a published advisory written by hand alone', async () => {
    gh.advisories.push({
      ghsa_id: 'GHSA-hand-made0-0000',
      cve_id: 'CVE-1900-0001',
      summary: 'Written on github.com',
      description: 'Our own words.',
      state: 'published',
    })
    const report = await publish([loaded(cveNoGhsa())], cfg(), options())
    expect(report.results[1]).toMatchObject({ outcome: 'already' })
    expect(gh.advisories[0].description).toBe('Our own words.')
  })

  it('completes a half-published advisory on a re-run (publish step fault)', async () => {
    // More 502s than the client retries: the step fails for this run.
    gh.api.fault(
      'PATCH',
      '/repos/acme/widget/security-advisories/GHSA-test-0001-xxxx',
      { status: 502 },
      { times: 4 },
    )
    const first = await publish([loaded(cveNoGhsa())], cfg(), options())
    expect(outcomes(first.results)).toEqual([
      'CVE-1900-0001 release already',
      'CVE-1900-0001 github-advisory failed',
    ])
    expect(cve.requests).toHaveLength(0)
    expect(gh.advisories[0].state).toBe('draft')
    // The client's own sentence, once: what failed and what to do.
    const why = String(first.results[1].detail)
    expect(why).toMatch(/^GitHub seems unavailable: it answered PATCH /)
    expect(why.match(/answered/g)).toHaveLength(1)

    const second = await publish([loaded(cveNoGhsa())], cfg(), options())
    expect(outcomes(second.results)).toContain(
      'CVE-1900-0001 github-advisory published',
    )
    expect(outcomes(second.results)).toContain('CVE-1900-0001 email published')
    expect(gh.created).toBe(1)
  })

  it('completes the later channels after a CVE Services fault, with no duplicate', async () => {
    cve.failNextWrite = 500
    const first = await publish([loaded(cveNoGhsa())], cfg(), options())
    expect(outcomes(first.results)).toEqual([
      'CVE-1900-0001 release already',
      'CVE-1900-0001 github-advisory published',
      'CVE-1900-0001 cve failed',
    ])
    expect(forum.topics).toHaveLength(0)
    expect(smtp.mails).toHaveLength(0)

    const second = await publish([loaded(cveNoGhsa())], cfg(), options())
    expect(outcomes(second.results)).toEqual([
      'CVE-1900-0001 release already',
      'CVE-1900-0001 github-advisory already',
      'CVE-1900-0001 cve published',
      'CVE-1900-0001 release-notes published',
      'CVE-1900-0001 discourse published',
      'CVE-1900-0001 email published',
    ])
    expect(gh.created).toBe(1)
    expect(forum.topics).toHaveLength(1)
    expect(smtp.mails).toHaveLength(1)
  })

  it('completes email after a Discourse fault, posting one topic', async () => {
    forum.failNextPost = 503
    const first = await publish([loaded(cveNoGhsa())], cfg(), options())
    expect(outcomes(first.results).at(-1)).toBe(
      'CVE-1900-0001 discourse failed',
    )
    expect(smtp.mails).toHaveLength(0)
    const second = await publish([loaded(cveNoGhsa())], cfg(), options())
    expect(outcomes(second.results).slice(-2)).toEqual([
      'CVE-1900-0001 discourse published',
      'CVE-1900-0001 email published',
    ])
    expect(forum.topics).toHaveLength(1)
  })

  it('rides out a passing GitHub error on a request it may repeat', async () => {
    gh.api.fault('GET', '/repos/acme/widget/releases/tags/v1.4.2', {
      status: 503,
    })
    const report = await publish([loaded(cveNoGhsa())], cfg(), options())
    expect(report.results.every((r) => r.outcome !== 'failed')).toBe(true)
  })

  it('asks GitHub for a CVE when told to, and waits for it before the CVE record', async () => {
    const r = cveNoGhsa()
    delete r.disclosure.cve_id
    const report = await publish(
      [loaded(r)],
      cfg(),
      options({ requestCve: true }),
    )
    expect(writes()).toContain(
      'POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve',
    )
    expect(report.results.find((x) => x.channel === 'cve')).toMatchObject({
      outcome: 'skipped',
      detail: expect.stringContaining('no disclosure.cve_id'),
    })
    expect(cve.requests).toHaveLength(0)
  })

  it('reports a record that cannot be rendered, and publishes the others', async () => {
    const bad = dependencyRecord({
      packages: [{ purl: 'not a purl', vulnerable: '< 1.0.0' }],
    })
    const report = await publish(
      [loaded(cveNoGhsa()), loaded(bad)],
      cfg(),
      options(),
    )
    expect(report.results[0]).toMatchObject({
      record: 'PSIRT-2026-007',
      channel: 'documents',
      outcome: 'failed',
      detail: expect.stringContaining('not a valid package URL'),
    })
    expect(
      report.results.filter((r) => r.record === 'PSIRT-2026-007'),
    ).toHaveLength(1)
    expect(outcomes(report.results)).toContain('CVE-1900-0001 email published')
  })

  it('reports a bug in a channel as its failure, keeping what was published', async () => {
    const o = options()
    const github = o.github as GitHubRest
    const call = github.call.bind(github)
    github.call = (async (method, path, ...rest) => {
      if (method === 'PATCH' && path.includes('/releases/')) {
        throw new TypeError('boom')
      }
      return call(method, path, ...rest)
    }) as GitHubRest['call']
    const report = await publish(records(), cfg(), o)
    expect(outcomes(report.results)).toEqual([
      'CVE-1900-0001 release already',
      'PSIRT-2026-007 release already',
      'CVE-1900-0001 github-advisory published',
      'PSIRT-2026-007 github-advisory published',
      'CVE-1900-0001 cve published',
      'PSIRT-2026-007 cve skipped',
      'CVE-1900-0001 release-notes failed',
      'PSIRT-2026-007 release-notes failed',
    ])
    expect(report.results[6].detail).toMatch(/unexpected error.*boom/)
    expect(report.rendered.map((r) => r.advisory.ghsa_id)).toEqual([
      'GHSA-test-0001-xxxx',
      'GHSA-test-0002-xxxx',
    ])
  })

  it('publishes nothing while the release is a draft', async () => {
    if (gh.release) gh.release.draft = true
    const report = await publish(records(), cfg(), options())
    expect(report.results.map((r) => r.outcome)).toEqual(['failed', 'failed'])
    expect(report.results[0].detail).toMatch(/not published/)
    expect(writes()).toEqual([])
    expect(cve.requests).toHaveLength(0)
  })

  it('refuses a pre-release unless allowed', async () => {
    if (gh.release) gh.release.prerelease = true
    const report = await publish(records(), cfg(), options())
    expect(report.results[0]).toMatchObject({
      channel: 'release',
      outcome: 'failed',
    })
    expect(writes()).toEqual([])
  })

  it('fails with the permission sentence when the token may not write advisories', async () => {
    gh.api.on('POST', '/repos/{owner}/{repo}/security-advisories', () => ({
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com',
      },
    }))
    const report = await publish([loaded(cveNoGhsa())], cfg(), options())
    const failed = report.results.find((r) => r.outcome === 'failed')
    expect(failed?.channel).toBe('github-advisory')
    expect(failed?.detail).toMatch(/built-in GITHUB_TOKEN/)
    expect(failed?.detail).toMatch(/Repository security advisories: write/)
    expect(cve.requests).toHaveLength(0)
  })

  it('writes nothing remote in a dry run, and says what it would do', async () => {
    const report = await publish(records(), cfg(), options({ dryRun: true }))
    expect(writes()).toEqual([])
    expect(cve.requests.filter((r) => r.method !== 'GET')).toHaveLength(0)
    expect(forum.topics).toHaveLength(0)
    expect(smtp.mails).toHaveLength(0)
    expect(
      report.results.filter((r) => r.channel === 'github-advisory'),
    ).toEqual([
      expect.objectContaining({ outcome: 'planned' }),
      expect.objectContaining({ outcome: 'planned' }),
    ])
  })

  it('writes the documents and the OSV copy into the security folder', async () => {
    const report = await publish(records(), cfg(), options())
    expect(report.files).toContain('security/osv/CVE-1900-0001.json')
    expect(report.files).toContain('security/osv/GHSA-test-0002-xxxx.json')
    expect(report.files).toContain('out/CVE-1900-0001/CVE-1900-0001.json')
    const osv = JSON.parse(
      readFileSync(path.join(root, 'security/osv/CVE-1900-0001.json'), 'utf8'),
    )
    expect(osv.aliases).toContain('GHSA-test-0001-xxxx')
  })

  it('writes no MITRE text for a dependency advisory, which gets no CVE', async () => {
    const report = await publish(records(), cfg(), options())
    expect(report.files).toContain('out/CVE-1900-0001/mitre.txt')
    expect(report.files).toContain('out/PSIRT-2026-007/advisory.md')
    expect(
      report.files.filter((f) => f.startsWith('out/PSIRT-2026-007/')),
    ).not.toContain('out/PSIRT-2026-007/mitre.txt')
  })

  it('writes the CVE record as a file when CVE Services is not configured', async () => {
    const report = await publish(
      [loaded(cveNoGhsa())],
      cfg(),
      options({ cveServices: undefined }),
    )
    const r = report.results.find((x) => x.channel === 'cve')
    expect(r).toMatchObject({ outcome: 'skipped' })
    expect(r?.detail).toContain('out/CVE-1900-0001/CVE-1900-0001.json')
    expect(cve.requests).toHaveLength(0)
  })
})
