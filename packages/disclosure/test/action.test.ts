/**
 * advisory-publish end to end: the committed bundle run the way the runner
 * runs it (tests/harness/runner.ts), against the GitHub API test server and
 * loopback CVE Services, Discourse and SMTP servers.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { load } from 'js-yaml'
import path from 'node:path'
import {
  nodeBinary,
  runAction,
  type NodeVersion,
} from '../../../tests/harness/runner.js'
import type { Problem } from '../../core/src/errors.js'
import {
  blockingProblems,
  isDryRun,
  releaseTagOf,
  summaryMarkdown,
} from '../src/action.js'
import type { PublishReport } from '../src/publish.js'
import {
  ORG_ID,
  cveRecord,
  dependencyRecord,
  loaded,
  repoRoot,
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

const FIXTURE = path.join(repoRoot, 'packages/disclosure/test/fixtures/repo')
const BUNDLE = path.join(repoRoot, 'dist/advisory-publish/index.js')
const ORIGINAL_BODY = '## Changes\n\n- Faster uploads\n'

describe('the release and the dry-run default', () => {
  it('takes the tag from the input, then the release event, then the ref', () => {
    const event = { release: { tag_name: 'v2.0.0' } }
    expect(releaseTagOf({ tag: 'v9' }, { event, ref: 'refs/tags/v1' })).toBe(
      'v9',
    )
    expect(releaseTagOf({}, { event, ref: 'refs/tags/v1' })).toBe('v2.0.0')
    expect(releaseTagOf({}, { event: {}, ref: 'refs/tags/v1' })).toBe('v1')
    expect(
      releaseTagOf({}, { event: {}, ref: 'refs/heads/main' }),
    ).toBeUndefined()
  })

  it('is a dry run on pull requests unless told otherwise', () => {
    expect(isDryRun({}, 'pull_request')).toBe(true)
    expect(isDryRun({}, 'release')).toBe(false)
    expect(isDryRun({ dryRun: false }, 'pull_request')).toBe(false)
    expect(isDryRun({ dryRun: true }, 'release')).toBe(true)
  })

  it('is held back by problems in the records it discloses or could not load', () => {
    const problem = (file: string): Problem => ({
      file,
      rule: 'r',
      message: 'm',
      severity: 'error',
    })
    const later = dependencyRecord({ id: 'PSIRT-2026-008', fixed_in: ['v9'] })
    const records = [loaded(cveRecord()), loaded(later)]
    const found = blockingProblems(
      records,
      [
        problem('security/CVE-1900-0001.yml'),
        problem('security/PSIRT-2026-008.yml'),
        problem('security/broken.yml'),
      ],
      'v1.4.2',
    )
    expect(found.map((p) => p.file)).toEqual([
      'security/CVE-1900-0001.yml',
      'security/broken.yml',
    ])
  })

  it('says in the job summary why nothing was published', () => {
    expect(summaryMarkdown(undefined, 'Input "tag" <b>bad</b>')).toContain(
      'Nothing was published: Input &quot;tag&quot; &lt;b&gt;bad&lt;/b&gt;',
    )
  })

  it('escapes record text in the job summary', () => {
    const report: PublishReport = {
      tag: 'v1',
      dryRun: false,
      rendered: [],
      files: [],
      results: [
        {
          record: '<img src=x>',
          channel: 'discourse',
          outcome: 'failed',
          detail: '::error::injected',
        },
      ],
    }
    const md = summaryMarkdown(report)
    expect(md).toContain('| &lt;img src=x&gt; | discourse | FAILED |')
    expect(md).not.toContain('<img')
  })
})

describe('the README of actions/advisory-publish', () => {
  const dir = path.join(repoRoot, 'actions/advisory-publish')
  const readme = readFileSync(path.join(dir, 'README.md'), 'utf8')
  const action = load(readFileSync(path.join(dir, 'action.yml'), 'utf8')) as {
    inputs: { [k: string]: { default?: string } }
    outputs: { [k: string]: unknown }
  }
  const table = (title: string) => {
    const part = readme.split(`## ${title}\n`)[1]?.split('\n## ')[0] ?? ''
    return part.split('\n').filter((l) => l.startsWith('| `'))
  }

  it('lists every input, with its default', () => {
    const rows = table('Inputs')
    for (const [name, spec] of Object.entries(action.inputs)) {
      const row = rows.find((r) => r.split('|')[1].includes(`\`${name}\``))
      expect([name, row !== undefined]).toEqual([name, true])
      if (spec.default !== undefined) {
        expect([name, row?.split('|')[2]]).toEqual([
          name,
          expect.stringContaining(`\`${spec.default}\``),
        ])
      }
    }
  })

  it('lists every output', () => {
    const rows = table('Outputs')
    for (const name of Object.keys(action.outputs)) {
      expect([name, rows.some((r) => r.startsWith(`| \`${name}\` |`))]).toEqual(
        [name, true],
      )
    }
  })

  it('uses this repository and the checkout the other READMEs use', () => {
    expect(readme).toContain(
      'openziti/psirt-actions/actions/advisory-publish@v1',
    )
    expect(readme).not.toContain('example-org')
    expect(readme).toContain('actions/checkout@v5')
  })
})

const haveBundle = existsSync(BUNDLE)
if (!haveBundle) {
  console.warn(
    `Skipping end-to-end tests: ${BUNDLE} is not built (npm run build -- advisory-publish).`,
  )
}
const e2e = haveBundle ? withShared() : describe.skip

e2e('advisory-publish end to end', () => {
  let gh: FakeGitHub
  let cve: FakeCveServices
  let forum: FakeDiscourse
  let smtp: FakeSmtp
  let workspace: string

  beforeEach(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'psirt-advisory-e2e-'))
    cpSync(FIXTURE, workspace, { recursive: true })
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
    rmSync(workspace, { recursive: true, force: true })
    await gh.close()
    expect(violations).toEqual([])
  })

  function run(
    over: {
      inputs?: Record<string, string>
      eventName?: string
      event?: object
      node?: NodeVersion
    } = {},
  ) {
    return runAction({
      action: 'actions/advisory-publish',
      cwd: workspace,
      repository: 'acme/widget',
      apiUrl: gh.api.url,
      token: 'ghs_app_token',
      eventName: over.eventName ?? 'release',
      event: over.event ?? {
        action: 'published',
        release: { tag_name: 'v1.4.2' },
      },
      node: over.node ?? 'node24',
      inputs: {
        'cve-services-url': cve.url,
        'cve-api-user': 'bot',
        'cve-api-org': 'acme',
        'cve-api-key': 'secret',
        'cve-org-id': ORG_ID,
        'discourse-url': forum.url,
        'discourse-api-key': 'dkey',
        'smtp-url': smtp.url,
        ...over.inputs,
      },
    })
  }

  const published = (out: Record<string, string>) =>
    (
      JSON.parse(out.published ?? '[]') as {
        record: string
        channel: string
        outcome: string
      }[]
    ).map((r) => `${r.record} ${r.channel} ${r.outcome}`)

  it('lifts the embargo on release: advisory first, CVE after, every channel once', async () => {
    const states: string[] = []
    cve.onWrite = () => states.push(gh.advisories.map((a) => a.state).join(','))
    const node: NodeVersion = nodeBinary('node24') ? 'node24' : 'node20'
    const r = await run({ node })
    expect(r.stderr).toBe('')
    expect(r.exitCode).toBe(0)
    expect(published(r.outputs)).toEqual([
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
    expect(states).toEqual(['published,published'])
    expect(gh.release?.body.startsWith(ORIGINAL_BODY)).toBe(true)
    expect(JSON.parse(r.outputs['ghsa-ids'])).toEqual({
      'CVE-1900-0001': 'GHSA-test-0001-xxxx',
      'PSIRT-2026-007': 'GHSA-test-0002-xxxx',
    })
    expect(r.summary).toContain('| CVE\\-1900\\-0001 | cve | published |')
    expect(
      existsSync(path.join(workspace, 'security/osv/CVE-1900-0001.json')),
    ).toBe(true)
  })

  it('keeps the record still under embargo out of every channel', async () => {
    await run()
    const everything = JSON.stringify([
      gh.api.requests.map((q) => q.body),
      cve.requests,
      forum.requests,
      smtp.mails,
    ])
    expect(everything).not.toContain('CVE-1900-0003')
    expect(everything).not.toContain('GHSA-2222-3333-4444')
  })

  it('runs on the machine Node 20 too', async () => {
    const r = await run({ node: 'node20' })
    expect(r.exitCode).toBe(0)
    expect(smtp.mails).toHaveLength(2)
  })

  it('fails on a CVE Services fault, and a re-run completes the rest once', async () => {
    cve.failNextWrite = 503
    const first = await run()
    expect(first.exitCode).toBe(1)
    expect(first.outputs.failed).toBe('1')
    expect(
      first.annotations.some(
        (a) => a.level === 'error' && /re-run/.test(a.message),
      ),
    ).toBe(true)
    expect(smtp.mails).toHaveLength(1) // the dependency advisory went on

    const second = await run()
    expect(second.exitCode).toBe(0)
    expect(published(second.outputs)).toEqual([
      'CVE-1900-0001 release already',
      'PSIRT-2026-007 release already',
      'CVE-1900-0001 github-advisory already',
      'PSIRT-2026-007 github-advisory already',
      'CVE-1900-0001 cve published',
      'PSIRT-2026-007 cve skipped',
      'CVE-1900-0001 release-notes published',
      'PSIRT-2026-007 release-notes already',
      'CVE-1900-0001 discourse published',
      'PSIRT-2026-007 discourse already',
      'CVE-1900-0001 email published',
      'PSIRT-2026-007 email already',
    ])
    expect(gh.created).toBe(2)
    expect(forum.topics).toHaveLength(2)
    expect(smtp.mails).toHaveLength(2)
  })

  it('keeps the publication date on a re-run a day later, rewriting nothing', async () => {
    await run()
    const today = new Date().toISOString().slice(0, 10)
    const day = (d: string) => `**Published:** ${d}`
    expect(gh.advisories[0].description).toContain(day(today))
    // As if that run was on 2026-11-30: GitHub, the advisory text and the
    // CVE record all say so.
    for (const a of gh.advisories) {
      a.published_at = '2026-11-30T09:00:00Z'
      a.description = a.description.replace(day(today), day('2026-11-30'))
    }
    const stored = cve.records.get('CVE-1900-0001')?.containers as {
      cna: { datePublic: string }
    }
    stored.cna.datePublic = '2026-11-30T00:00:00.000Z'
    const writes = () =>
      gh.api.requests.filter((q) => q.method !== 'GET').length
    const before = { gh: writes(), cve: cve.requests.length }
    const again = await run()
    expect(again.exitCode).toBe(0)
    expect(published(again.outputs)).toContain(
      'CVE-1900-0001 github-advisory already',
    )
    expect(writes()).toBe(before.gh)
    expect(
      cve.requests.slice(before.cve).filter((q) => q.method !== 'GET'),
    ).toEqual([])
    expect(
      readFileSync(
        path.join(workspace, 'psirt-advisories/CVE-1900-0001/advisory.md'),
        'utf8',
      ),
    ).toContain(day('2026-11-30'))

    // A text that differs only in its date is not rewritten either.
    for (const a of gh.advisories) {
      a.description = a.description.replace(
        day('2026-11-30'),
        day('2026-11-29'),
      )
    }
    const third = await run()
    expect(third.exitCode).toBe(0)
    expect(writes()).toBe(before.gh)
  })

  it("dates a first publication by the release's day", async () => {
    if (gh.release) gh.release.published_at = '2026-11-28T17:00:00Z'
    const r = await run({ inputs: { 'dry-run': 'true' } })
    expect(r.exitCode).toBe(0)
    expect(
      readFileSync(
        path.join(workspace, 'psirt-advisories/CVE-1900-0001/advisory.md'),
        'utf8',
      ),
    ).toContain('**Published:** 2026-11-28')
  })

  it('previews on a pull request without writing anything', async () => {
    const r = await run({
      eventName: 'pull_request',
      event: { pull_request: { number: 3 } },
      inputs: { tag: 'v1.4.2' },
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs['dry-run']).toBe('true')
    expect(gh.api.requests.filter((q) => q.method !== 'GET')).toEqual([])
    expect(forum.topics).toHaveLength(0)
    expect(smtp.mails).toHaveLength(0)
    expect(r.summary).toContain('(dry run)')
    expect(r.summary).toContain('would publish')
    // no GHSA id yet: the CVE is named once
    expect(r.outputs['email-subject'].split('\n')[0]).toMatch(
      /\(CVE-1900-0001\), fixed in v1\.4\.2$/,
    )
  })

  it('outputs dry-run true for a dry run with no tag to preview', async () => {
    const r = await run({
      eventName: 'workflow_dispatch',
      event: {},
      inputs: { 'dry-run': 'true' },
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs['dry-run']).toBe('true')
    expect(gh.api.requests).toEqual([])
  })

  it('says which token is needed when GitHub refuses the advisory', async () => {
    gh.api.on('POST', '/repos/{owner}/{repo}/security-advisories', () => ({
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com',
      },
    }))
    const r = await run()
    expect(r.exitCode).toBe(1)
    const text = r.annotations.map((a) => a.message).join('\n')
    expect(text).toMatch(/built-in GITHUB_TOKEN/)
    expect(text).toMatch(/Repository security advisories: write/)
    expect(cve.requests).toHaveLength(0)
  })

  it.each([
    [
      'markers twice',
      '<!-- psirt:security:start -->\nold\n<!-- psirt:security:end -->\n\n<!-- psirt:security:start -->\n<!-- psirt:security:end -->\n',
    ],
    [
      'a start marker only',
      'Notes mention <!-- psirt:security:start --> once\n',
    ],
  ])(
    'discloses nothing when the release notes have %s, and says how to fix them',
    async (_, broken) => {
      if (gh.release) gh.release.body = ORIGINAL_BODY + broken
      const r = await run()
      expect(r.exitCode).toBe(1)
      expect(gh.api.requests.filter((q) => q.method !== 'GET')).toEqual([])
      expect(cve.requests).toHaveLength(0)
      expect(forum.requests).toHaveLength(0)
      expect(smtp.mails).toHaveLength(0)
      expect(published(r.outputs)).toEqual([
        'CVE-1900-0001 release failed',
        'PSIRT-2026-007 release failed',
      ])
      const text = r.annotations.map((a) => a.message).join('\n')
      expect(text).toMatch(
        /the notes of release v1\.4\.2 have a broken security section.*nothing was disclosed\. Fix: edit release v1\.4\.2/,
      )
      expect(r.summary).toContain('| CVE\\-1900\\-0001 | release | FAILED |')
      expect(r.summary).not.toContain('Nothing was published')
      // a dry run says so too: a real run would fail
      const dry = await run({ inputs: { 'dry-run': 'true' } })
      expect(dry.exitCode).toBe(1)
      expect(published(dry.outputs)).toContain('CVE-1900-0001 release failed')
    },
  )

  it('fails the advisory on a 404 from GitHub, and submits no CVE record before it', async () => {
    gh.api.fault('POST', '/repos/{owner}/{repo}/security-advisories', {
      status: 404,
    })
    const r = await run()
    expect(r.exitCode).toBe(1)
    const lines = published(r.outputs)
    expect(lines).toContain('CVE-1900-0001 github-advisory failed')
    expect(lines.filter((l) => l.startsWith('CVE-1900-0001 '))).toEqual([
      'CVE-1900-0001 release already',
      'CVE-1900-0001 github-advisory failed',
    ])
    // the other record goes on
    expect(lines).toContain('PSIRT-2026-007 email published')
    expect(cve.requests).toHaveLength(0)
    expect(cve.records.size).toBe(0)
    expect(gh.api.requests.filter((q) => q.path.includes('undefined'))).toEqual(
      [],
    )
    const text = r.annotations.map((a) => a.message).join('\n')
    expect(text).toMatch(/POST .*security-advisories with 404/)
    expect(text).toMatch(/Repository security advisories: write/)
    expect(r.outputs.failed).toBe('1')
  })

  it('fails the advisory when GitHub answers 404 to the advisory list, rather than create a second', async () => {
    gh.advisories.push({
      ghsa_id: 'GHSA-aaaa-bbbb-cccc',
      cve_id: 'CVE-1900-0001',
      summary: 'Path traversal in the widget upload handler',
      description: 'hand written',
      state: 'published',
    })
    gh.api.fault('GET', '/repos/{owner}/{repo}/security-advisories', {
      status: 404,
    })
    const r = await run()
    expect(r.exitCode).toBe(1)
    expect(published(r.outputs)).toContain(
      'CVE-1900-0001 github-advisory failed',
    )
    expect(
      gh.advisories.filter((a) => a.cve_id === 'CVE-1900-0001'),
    ).toHaveLength(1)
    expect(cve.requests).toHaveLength(0)
    expect(r.annotations.map((a) => a.message).join('\n')).toMatch(
      /cannot read this repository's security advisories/,
    )
  })

  it('fails the release notes on a 404 to the release write, and sends nothing after', async () => {
    gh.api.fault('PATCH', '/repos/{owner}/{repo}/releases/{release_id}', {
      status: 404,
    })
    const r = await run()
    expect(r.exitCode).toBe(1)
    const lines = published(r.outputs)
    expect(lines).toContain('CVE-1900-0001 release-notes failed')
    expect(lines).toContain('PSIRT-2026-007 release-notes failed')
    expect(lines.some((l) => / (discourse|email) /.test(l))).toBe(false)
    expect(smtp.mails).toHaveLength(0)
    expect(gh.release?.body).toBe(ORIGINAL_BODY)
  })

  it("publishes the example repository's v1.2.0 advisories", async () => {
    rmSync(workspace, { recursive: true, force: true })
    cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true })
    if (gh.release) gh.release.tag_name = 'v1.2.0'
    // The CVE's advisory was published on GitHub before; the record says so.
    gh.advisories.push({
      ghsa_id: 'GHSA-9x8m-2c4v-7wq3',
      cve_id: 'CVE-1900-0001',
      summary: 'Service policy bypass when a dial identity is renamed',
      description: 'published earlier',
      state: 'published',
    })
    const r = await run({
      event: { action: 'published', release: { tag_name: 'v1.2.0' } },
    })
    expect(r.exitCode).toBe(0)
    expect(published(r.outputs)).toEqual([
      'EDGE-2026-001 release already',
      'EDGE-2026-003 release already',
      'EDGE-2026-001 github-advisory already',
      'EDGE-2026-003 github-advisory published',
      'EDGE-2026-001 cve published',
      'EDGE-2026-003 cve skipped',
      'EDGE-2026-001 release-notes published',
      'EDGE-2026-003 release-notes published',
      'EDGE-2026-001 discourse published',
      'EDGE-2026-003 discourse published',
      'EDGE-2026-001 email published',
      'EDGE-2026-003 email published',
    ])
    expect(smtp.mails.map((m) => m.to)).toEqual([
      ['security-announce@example.org'],
      ['security-announce@example.org'],
    ])
    expect(gh.created).toBe(1)
    const cna = cve.records.get('CVE-1900-0001')?.containers as {
      cna: { affected: { product: string }[] }
    }
    expect(cna.cna.affected[0].product).toBe('edge-gateway')
    // The dependency advisory goes out under our id, not ws's.
    const osv = JSON.parse(
      readFileSync(
        path.join(workspace, 'security/osv/GHSA-test-0001-xxxx.json'),
        'utf8',
      ),
    )
    expect(osv).toMatchObject({
      id: 'GHSA-test-0001-xxxx',
      aliases: ['EDGE-2026-003'],
      related: ['GHSA-3h5v-q93c-6h6q', 'CVE-2024-37890'],
    })
    expect(JSON.stringify(osv.affected)).not.toContain('"ws"')
    expect(osv.details).toContain('- ws (npm): affected >= 8.0.0, < 8.17.1')
    expect(
      existsSync(
        path.join(workspace, 'psirt-advisories/EDGE-2026-003/mitre.txt'),
      ),
    ).toBe(false)
  })

  it('previews a pull request of a repository whose Discourse key is a secret it lacks', async () => {
    rmSync(workspace, { recursive: true, force: true })
    cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true })
    gh.advisories.push({
      ghsa_id: 'GHSA-9x8m-2c4v-7wq3',
      cve_id: 'CVE-1900-0001',
      summary: 'Service policy bypass when a dial identity is renamed',
      description: 'published earlier',
      state: 'published',
    })
    const r = await run({
      eventName: 'pull_request',
      event: { pull_request: { number: 7 } },
      inputs: { tag: 'v1.2.0', 'discourse-url': '', 'discourse-api-key': '' },
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs['dry-run']).toBe('true')
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: 'notice',
        message: expect.stringContaining('the dry run skips it'),
      }),
    )
    expect(forum.topics).toHaveLength(0)
  })

  it('refuses a real release whose configured Discourse has no key', async () => {
    rmSync(workspace, { recursive: true, force: true })
    cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true })
    const r = await run({
      event: { action: 'published', release: { tag_name: 'v1.2.0' } },
      inputs: { 'discourse-url': '', 'discourse-api-key': '' },
    })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toContain('Discourse is half configured')
  })

  it("uses the adopter's advisory template, and names a missing one", async () => {
    writeFileSync(
      path.join(workspace, '.github/advisory.md'),
      'OUR ADVISORY {{id}}\n{{#cve_id}}CVE {{cve_id}}{{/cve_id}}\n',
    )
    const ok = await run({
      inputs: { 'advisory-template': '.github/advisory.md', 'dry-run': 'true' },
    })
    expect(ok.exitCode).toBe(0)
    expect(
      readFileSync(
        path.join(workspace, 'psirt-advisories/CVE-1900-0001/advisory.md'),
        'utf8',
      ),
    ).toBe('OUR ADVISORY CVE\\-1900\\-0001\nCVE CVE\\-1900\\-0001\n')

    const missing = await run({ inputs: { 'advisory-template': 'nope.md' } })
    expect(missing.exitCode).toBe(1)
    expect(missing.annotations.map((a) => a.message).join('\n')).toMatch(
      /Input "advisory-template" names nope\.md, which does not exist/,
    )
    expect(gh.api.requests.filter((q) => q.method !== 'GET')).toEqual([])
  })

  it('writes the rendered documents listed in the files output', async () => {
    const r = await run()
    const files = JSON.parse(r.outputs.files) as string[]
    expect(files).toContain('psirt-advisories/CVE-1900-0001/advisory.md')
    expect(files).toContain('psirt-advisories/CVE-1900-0001/CVE-1900-0001.json')
    const md = readFileSync(
      path.join(workspace, 'psirt-advisories/CVE-1900-0001/advisory.md'),
      'utf8',
    )
    expect(md).toContain('# Path traversal in the widget upload handler')
    expect(r.outputs['email-subject']).toContain('[Security] Critical')
  })
})
