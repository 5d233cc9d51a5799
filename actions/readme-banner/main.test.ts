/**
 * readme-banner as the runner runs it: the committed bundle in a child
 * process, inputs as INPUT_* variables, against the API test server.
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
import {
  type ApiServer,
  startApiServer,
} from '../../tests/harness/api-server.js'
import {
  type NodeVersion,
  nodeBinary,
  repoRoot,
  runAction,
} from '../../tests/harness/runner.js'
import { BANNER_END, BANNER_START } from '../../packages/banner/src/banner.js'
import { Repository } from '../../packages/banner/test/repository.js'

const ACTION = 'actions/readme-banner'
const FIXTURE = join(repoRoot, 'packages/banner/test/fixtures/repo')
const bundle = join(repoRoot, 'dist/readme-banner/index.js')
const runtimes: NodeVersion[] = nodeBinary('node24')
  ? ['node20', 'node24']
  : ['node20']
if (!nodeBinary('node24')) {
  console.warn('readme-banner: Node 24 is missing; node24 runs skipped.')
}
const d = existsSync(bundle) ? describe : describe.skip
if (!existsSync(bundle)) {
  console.warn(
    'readme-banner: dist/readme-banner/index.js is missing; run `npm run build -- readme-banner`.',
  )
}

let ws: string

beforeEach(() => {
  ws = mkdtempSync(join(tmpdir(), 'banner-ws-'))
  cpSync(FIXTURE, ws, { recursive: true })
})

afterEach(() => {
  rmSync(ws, { recursive: true, force: true })
})

d('readme-banner in the workspace (apply: none)', () => {
  it.each(runtimes)(
    'writes the banner and sets the outputs on %s',
    async (node) => {
      const r = await runAction({
        action: ACTION,
        inputs: { apply: 'none', date: '2026-11-10' },
        cwd: ws,
        node,
        repository: 'acme/app',
      })
      expect(r.exitCode).toBe(0)
      expect(r.outputs.changed).toBe('true')
      expect(r.outputs.entries).toBe('2')
      expect(r.outputs.banner.split('\n')[0]).toBe('> [!CAUTION]')
      const readme = readFileSync(join(ws, 'README.md'), 'utf8')
      expect(readme).toContain(`${BANNER_START}\n\n${r.outputs.banner}\n\n`)
      expect(r.summary).toContain('README security banner')
    },
  )

  it('reports no change on a second run', async () => {
    const opts = {
      action: ACTION,
      inputs: { apply: 'none', date: '2026-11-10' },
      cwd: ws,
    }
    await runAction(opts)
    const second = await runAction(opts)
    expect(second.exitCode).toBe(0)
    expect(second.outputs.changed).toBe('false')
  })

  it('refuses an unknown apply mode with one sentence, no stack', async () => {
    const r = await runAction({
      action: ACTION,
      inputs: { apply: 'push', date: '2026-11-10' },
      cwd: ws,
    })
    expect(r.exitCode).toBe(1)
    expect(r.annotations.length).toBeGreaterThan(0)
    for (const a of r.annotations) {
      expect(a).toMatchObject({
        level: 'error',
        message: expect.stringMatching(/^Input "apply" must be one of/),
      })
    }
    expect(r.stdout).not.toMatch(/\bat .*index\.js/)
  })

  it('fails closed on an invalid record, annotating it', async () => {
    writeFileSync(join(ws, 'security/APP-2026-001.yml'), 'schema: 1\nid: [\n')
    const r = await runAction({
      action: ACTION,
      inputs: { apply: 'none', date: '2026-11-10' },
      cwd: ws,
    })
    expect(r.exitCode).toBe(1)
    expect(r.annotations[0]).toMatchObject({
      level: 'error',
      file: 'security/APP-2026-001.yml',
    })
    // The log group opened for the run is closed before the error.
    const names = r.commands.map((c) => c.name)
    expect(names.filter((n) => n === 'group')).toHaveLength(1)
    expect(names.indexOf('endgroup')).toBeGreaterThan(names.indexOf('group'))
    expect(names.indexOf('endgroup')).toBeLessThan(names.indexOf('error'))
    expect(readFileSync(join(ws, 'README.md'), 'utf8')).not.toContain(
      BANNER_START,
    )
  })

  it('never lets a record title become a workflow command', async () => {
    const file = join(ws, 'security/APP-2026-002.yml')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'title: Crash on an oversized header',
        "title: '::error::injected <script>x</script>'",
      ),
    )
    const r = await runAction({
      action: ACTION,
      inputs: { apply: 'none', date: '2026-11-10' },
      cwd: ws,
    })
    expect(r.exitCode).toBe(0)
    expect(r.commands.some((c) => /injected/.test(c.message))).toBe(false)
    expect(r.annotations).toEqual([])
    expect(readFileSync(join(ws, 'README.md'), 'utf8')).toContain(
      '&lt;script&gt;',
    )
  })
})

d('readme-banner through the API, with an injected clock', () => {
  let api: ApiServer
  let repo: Repository

  beforeEach(async () => {
    api = await startApiServer()
    repo = new Repository('acme', 'app', 'main', {
      'README.md': readFileSync(join(FIXTURE, 'README.md'), 'utf8'),
    })
    repo.serve(api)
  })

  afterEach(async () => {
    await api.close()
  })

  const run = (date: string, mode: string, extra = {}) =>
    runAction({
      action: ACTION,
      inputs: { mode, date, ...extra },
      cwd: ws,
      apiUrl: api.url,
      repository: 'acme/app',
      token: 'test-token',
    })

  it('keeps the banner on day 30 and removes it on day 31', async () => {
    const added = await run('2026-11-10', 'update')
    expect(added.exitCode).toBe(0)
    expect(added.outputs['commit-sha']).toBe(repo.branches.get('main')!.sha)

    // GHSA-2c3v-... was published 2026-11-01; day 30 is 2026-12-01.
    const day30 = await run('2026-12-01', 'expire')
    expect(day30.outputs).toMatchObject({ changed: 'false', 'commit-sha': '' })
    expect(repo.file('README.md')).toContain('GHSA-2c3v')

    const day31 = await run('2026-12-02', 'expire')
    expect(day31.outputs.changed).toBe('true')
    expect(repo.file('README.md')).not.toContain('GHSA-2c3v')
    expect(repo.commits).toHaveLength(2)
  })

  it('makes no commit on a second run', async () => {
    await run('2026-11-10', 'update')
    const second = await run('2026-11-10', 'update')
    expect(second.exitCode).toBe(0)
    expect(second.outputs.changed).toBe('false')
    expect(repo.commits).toHaveLength(1)
    expect(api.requests.filter((r) => r.method === 'PUT')).toHaveLength(1)
  })

  it('re-reads and retries when the README changed under it', async () => {
    let raced = false
    repo.beforePut = (branch) => {
      if (raced) return
      raced = true
      repo.push(branch, 'README.md', '# acme app\n\nEdited meanwhile.\n')
    }
    const r = await run('2026-11-10', 'update')
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(/after 2 attempts/)
    expect(repo.file('README.md')).toMatch(
      new RegExp(
        `^# acme app\\n\\n${BANNER_START}[^]*${BANNER_END}\\n\\nEdited meanwhile\\.\\n$`,
      ),
    )
  })

  it('opens one pull request and reuses it', async () => {
    const first = await run('2026-11-10', 'update', { apply: 'pull-request' })
    const second = await run('2026-11-10', 'update', { apply: 'pull-request' })
    expect(first.outputs['pull-request-number']).toBe('1')
    expect(second.outputs).toMatchObject({
      changed: 'false',
      'pull-request-number': '1',
    })
    expect(repo.pulls).toHaveLength(1)
    expect(repo.file('README.md', 'main')).not.toContain(BANNER_START)
  })

  it('shows what a release event discloses, and asks for its date', async () => {
    const r = await runAction({
      action: ACTION,
      inputs: { mode: 'update', date: '2026-12-01', apply: 'none' },
      cwd: ws,
      eventName: 'release',
      event: { action: 'published', release: { tag_name: 'v2.2.0' } },
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs.banner).toContain('CVE-1900-1005')
    expect(r.annotations).toEqual([
      expect.objectContaining({
        level: 'warning',
        file: 'security/APP-2026-005.yml',
        message: expect.stringContaining('published: 2026-12-01'),
      }),
    ])
  })
})
