/**
 * The release chain run as a composite step: embargo check, then the
 * advisories, then the banner, each stage gated on the one before.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../../tests/harness/runner.js'
import { runComposite } from './composite.js'
import { sample } from '../../tests/harness/api-server.js'
import { Repository } from '../../packages/banner/test/repository.js'
import {
  type FakeGitHub,
  fakeGitHub,
} from '../../packages/disclosure/test/servers.js'

const FIXTURE = join(repoRoot, 'packages/banner/test/fixtures/repo')
const bundles = ['release-embargo-check', 'advisory-publish', 'readme-banner']
const missing = bundles.filter(
  (b) => !existsSync(join(repoRoot, 'dist', b, 'index.js')),
)
const d = missing.length === 0 ? describe : describe.skip
if (missing.length > 0) {
  console.warn(
    `actions/release: bundles missing (${missing.join(', ')}); run \`npm run build\`.`,
  )
}

const NOTES =
  '# v2.2.0\n\n## Security\n\n' +
  '- APP-2026-005 (CVE-1900-1005): path traversal in the export endpoint, ' +
  'see security/APP-2026-005.yml\n'

let ws: string

beforeEach(() => {
  ws = mkdtempSync(join(tmpdir(), 'release-chain-'))
  cpSync(FIXTURE, ws, { recursive: true })
})

afterEach(() => {
  rmSync(ws, { recursive: true, force: true })
})

const chain = (notes: string, inputs: Record<string, string> = {}) => {
  writeFileSync(join(ws, 'notes.md'), notes)
  return runComposite({
    name: 'release',
    cwd: ws,
    repository: 'acme/app',
    eventName: 'workflow_dispatch',
    inputs: {
      version: 'v2.2.0',
      'notes-file': 'notes.md',
      date: '2026-12-01',
      ...inputs,
    },
  })
}

d('actions/release', () => {
  it('checks, then renders the advisories, and applies no banner on a dry run', async () => {
    const run = await chain(NOTES, { 'dry-run': 'true' })
    expect(run.steps.map((s) => [s.id, s.conclusion])).toEqual([
      ['embargo', 'success'],
      ['publish', 'success'],
      ['banner', 'skipped'],
    ])
    expect(run.failed).toBe(false)
    expect(run.outputs.passed).toBe('true')
    expect(JSON.parse(run.outputs.records)).toEqual(['APP-2026-005'])
    expect(run.outputs['banner-changed']).toBe('')
  })

  it('passes its inputs to each stage under the names the stage reads', async () => {
    const run = await chain(NOTES, {
      'dry-run': 'true',
      config: '.github/psirt.yml',
    })
    const [embargo, publish] = run.steps
    expect(embargo.env).toMatchObject({
      INPUT_VERSION: 'v2.2.0',
      'INPUT_NOTES-FILE': 'notes.md',
      INPUT_CONFIG: '.github/psirt.yml',
      INPUT_DATE: '2026-12-01',
    })
    expect(publish.env).toMatchObject({
      INPUT_TAG: 'v2.2.0',
      'INPUT_DRY-RUN': 'true',
    })
  })

  it('stops before publishing when the embargo check fails', async () => {
    // The notes leave out the high-severity fix the release ships.
    const run = await chain('# v2.2.0\n\nBug fixes.\n', { 'dry-run': 'true' })
    expect(run.steps.map((s) => [s.id, s.conclusion])).toEqual([
      ['embargo', 'failure'],
      ['publish', 'skipped'],
      ['banner', 'skipped'],
    ])
    expect(run.failed).toBe(true)
  })
})

d('actions/release on a published release, end to end', () => {
  let gh: FakeGitHub
  let repo: Repository

  beforeEach(async () => {
    gh = await fakeGitHub({ tag_name: 'v2.2.0', body: NOTES })
    repo = new Repository('acme', 'app', 'main', {
      'README.md': readFileSync(join(FIXTURE, 'README.md'), 'utf8'),
    })
    repo.serve(gh.api)
    gh.api.on('GET', '/repos/{owner}/{repo}/releases/{release_id}', {
      body: {
        ...sample('GET /repos/{owner}/{repo}/releases/{release_id}'),
        id: 7001,
        tag_name: 'v2.2.0',
        body: NOTES,
        draft: false,
        prerelease: false,
      },
    })
    // Every release the fixture's records name is public.
    gh.api.paginate(
      'GET /repos/{owner}/{repo}/releases',
      ['v2.2.0', 'v2.1.0', 'v2.0.2', 'v2.0.1'].map((tag, i) => ({
        ...sample('GET /repos/{owner}/{repo}/releases'),
        id: 7001 - i,
        tag_name: tag,
        draft: false,
        prerelease: false,
      })),
    )
  })

  afterEach(async () => {
    await gh.close()
  })

  const published = () =>
    runComposite({
      name: 'release',
      cwd: ws,
      repository: 'acme/app',
      apiUrl: gh.api.url,
      token: 'repo-token',
      eventName: 'release',
      event: {
        action: 'published',
        release: { id: 7001, tag_name: 'v2.2.0', body: NOTES, draft: false },
      },
      inputs: { date: '2026-12-01', 'advisory-token': 'app-token' },
    })

  it('publishes the advisory, then commits the banner', async () => {
    const run = await published()
    expect(run.steps.map((s) => [s.id, s.conclusion])).toEqual([
      ['embargo', 'success'],
      ['publish', 'success'],
      ['banner', 'success'],
    ])
    expect(gh.advisories).toHaveLength(1)
    expect(run.outputs['banner-changed']).toBe('true')
    expect(repo.file('README.md')).toContain('CVE-1900-1005')
    // The advisory stage ran with the advisory token, the others with token.
    expect(run.steps[1].env?.INPUT_TOKEN).toBe('app-token')
    expect(run.steps[2].env?.INPUT_TOKEN).toBe('repo-token')
  })

  it('duplicates nothing when the chain runs again', async () => {
    await published()
    const again = await published()
    expect(again.failed).toBe(false)
    expect(gh.created).toBe(1)
    expect(again.outputs['banner-changed']).toBe('false')
    expect(repo.commits).toHaveLength(1)
  })
})
