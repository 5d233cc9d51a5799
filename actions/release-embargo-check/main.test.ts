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
import {
  type ApiServer,
  sample,
  startApiServer,
} from '../../tests/harness/api-server.js'
import {
  type NodeVersion,
  type RunResult,
  nodeBinary,
  repoRoot,
  runAction,
} from '../../tests/harness/runner.js'

const ACTION = 'actions/release-embargo-check'
const bundle = join(repoRoot, 'dist/release-embargo-check/index.js')
const runtimes: NodeVersion[] = nodeBinary('node24')
  ? ['node20', 'node24']
  : ['node20']
if (!nodeBinary('node24')) {
  console.warn(
    'release-embargo-check: Node 24 is missing; node24 runs skipped.',
  )
}
const d = existsSync(bundle) ? describe : describe.skip
if (!existsSync(bundle)) {
  console.warn(
    'release-embargo-check: dist/release-embargo-check/index.js is missing; run `npm run build -- release-embargo-check`.',
  )
}

/** A workspace holding a copy of an example release. */
function workspace(example: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'embargo-ws-'))
  cpSync(join(repoRoot, 'examples/releases', example), dir, { recursive: true })
  return dir
}

/** Everything the action wrote where someone could read it. */
function everything(r: RunResult, reportFile?: string): string {
  return [
    r.stdout,
    r.stderr,
    r.summary,
    JSON.stringify(r.outputs),
    JSON.stringify(r.annotations),
    reportFile && existsSync(reportFile)
      ? readFileSync(reportFile, 'utf8')
      : '',
  ].join('\n')
}

const CANARY = 'zqcanary'
// Values that cannot hold the canary word by their format, checked apart.
const CANARY_IDS = [
  'ZQCANARY-2026-1',
  'ZQCANARY-2026-2',
  'CVE-2026-77331',
  'GHSA-q7wx-9cfh-m2pr',
]

/** An embargoed record with the canary in every text field. */
function canaryRecord(n: 1 | 2, patch: string): string {
  return `schema: 1
id: ZQCANARY-2026-${n}
aliases: [${n === 1 ? 'CVE-2026-77331, GHSA-q7wx-9cfh-m2pr' : ''}]
title: ${CANARY} title, a distinctive phrase
description: ${CANARY} description of the exploit
impact_statement: ${CANARY} impact statement
action_statement: ${CANARY} action statement
mitigation: ${CANARY} mitigation
workarounds: ${CANARY} workaround
owner: '@${CANARY}-owner'
credits: ['${CANARY} finder']
references: ['https://example.com/${CANARY}']
packages:
  - purl: pkg:golang/golang.org/x/${CANARY}
    vulnerable: '< 1.0.0'
status: fixed
review:
  author: '@${CANARY}-author'
  decided: 2026-09-01
cvss:
  v3: CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H
${patch}`
}

d('release-embargo-check through its bundle', () => {
  let api: ApiServer
  let ws: string
  beforeEach(async () => {
    api = await startApiServer()
  })
  afterEach(async () => {
    await api.close()
    if (ws) rmSync(ws, { recursive: true, force: true })
  })

  function serveRepo(releases: string[], advisories: object[] = []) {
    api.paginate(
      'GET /repos/{owner}/{repo}/releases',
      releases.map((tag, i) => ({
        ...sample('GET /repos/{owner}/{repo}/releases'),
        id: i + 1,
        tag_name: tag,
        draft: false,
      })),
    )
    api.paginate('GET /repos/{owner}/{repo}/security-advisories', advisories)
  }

  it.each(runtimes)(
    'never writes the canary of an embargoed record anywhere (%s)',
    async (node) => {
      ws = workspace('pass')
      // 1: fix waiting for v1.5.0, published already, details in the
      // record, named in the notes, waiting 91 days.
      // Its file is named after its id, so the path is withheld too.
      writeFileSync(
        join(ws, 'security/ZQCANARY-2026-1.yml'),
        canaryRecord(
          1,
          `fixed_in: [v1.5.0]
disclosure:
  kind: cve
  cve_id: CVE-2026-77331
  ghsa_id: GHSA-q7wx-9cfh-m2pr
  embargoed: true
  published: 2026-11-30
  private_details: ${CANARY} private place
  terms: ['${CANARY} term', ${CANARY}]
`,
        ),
      )
      // 2: fixed in this release by a dependency update the go.mod lacks,
      // left out of the notes, with no CVE id.
      writeFileSync(
        join(ws, 'security/record-005.yml'),
        canaryRecord(
          2,
          `fixed_in: [v1.4.2]
disclosure:
  kind: cve
  fix_by: dependency_update
  embargoed: true
  private_details: ${CANARY} private place
  terms: ['${CANARY} second term']
  potential_impact: ${CANARY} potential impact
  dependency_update: ${CANARY} update
`,
        ),
      )
      writeFileSync(
        join(ws, 'go.mod'),
        readFileSync(join(ws, 'go.mod'), 'utf8') +
          `\nrequire golang.org/x/${CANARY} v0.5.0\n`,
      )
      writeFileSync(
        join(ws, 'RELEASE_NOTES.md'),
        readFileSync(join(ws, 'RELEASE_NOTES.md'), 'utf8') +
          `\nAlso hardens against the ${CANARY} term (CVE-2026-77331).\n`,
      )
      serveRepo(
        ['v1.4.1'],
        [
          {
            ...sample('GET /repos/{owner}/{repo}/security-advisories'),
            ghsa_id: 'GHSA-q7wx-9cfh-m2pr',
            cve_id: 'CVE-2026-77331',
            state: 'published',
          },
        ],
      )
      // A public doc for the docs/**/*.md pattern (one that matches no file
      // is an input error).
      mkdirSync(join(ws, 'docs'), { recursive: true })
      writeFileSync(join(ws, 'docs/usage.md'), '# Usage\n\nResize images.\n')
      const reportFile = join(ws, 'out/report.json')

      const r = await runAction({
        action: ACTION,
        node,
        cwd: ws,
        apiUrl: api.url,
        ref: 'refs/tags/v1.4.2',
        inputs: {
          'notes-file': 'RELEASE_NOTES.md',
          'public-files': 'CHANGELOG.md\ndocs/**/*.md',
          token: 'ghs_test',
          date: '2026-12-01',
          'report-file': reportFile,
        },
      })

      expect(r.exitCode).toBe(1)
      const rules = new Set(
        (
          JSON.parse(readFileSync(reportFile, 'utf8')) as {
            problems: { rule: string }[]
          }
        ).problems.map((p) => p.rule),
      )
      for (const rule of [
        'embargo/leak',
        'embargo/embargoed-details',
        'embargo/published-before-fix',
        'embargo/missing-from-notes',
        'embargo/lockfile-still-vulnerable',
        'embargo/missing-cve-id',
        'embargo/release-overdue',
        'embargo/record-file-name',
      ]) {
        expect(rules).toContain(rule)
      }
      const all = everything(r, reportFile)
      expect(all.toLowerCase()).not.toContain(CANARY)
      for (const id of CANARY_IDS) expect(all).not.toContain(id)
      expect(all).toContain(
        'an embargoed vulnerability (record security/record-005.yml)',
      )
      expect(all).toContain(
        "an embargoed vulnerability (an embargoed record's file (name withheld))",
      )
    },
  )

  it('passes the good release on a tag push and lists public releases', async () => {
    ws = workspace('pass')
    serveRepo(['v1.4.1', 'v1.4.0'])
    const r = await runAction({
      action: ACTION,
      cwd: ws,
      apiUrl: api.url,
      ref: 'refs/tags/v1.4.2',
      inputs: {
        'notes-file': 'RELEASE_NOTES.md',
        'public-files': 'CHANGELOG.md',
        token: 'ghs_test',
        date: '2026-12-01',
      },
    })
    expect([r.exitCode, r.outputs.passed, r.outputs.problems]).toEqual([
      0,
      'true',
      '0',
    ])
    expect(r.outputs.lifted).toBe('[]')
    expect(r.summary).toContain('passed')
    expect(api.requests.map((q) => q.route).sort()).toEqual([
      'GET /repos/{owner}/{repo}/releases',
      'GET /repos/{owner}/{repo}/security-advisories',
    ])
  })

  it('on a published release, reads the body from the API and names what it lifts', async () => {
    ws = workspace('pass-lifts-embargo')
    const notes = readFileSync(join(ws, 'RELEASE_NOTES.md'), 'utf8')
    serveRepo(['v1.5.0', 'v1.4.2'])
    api.on('GET', '/repos/{owner}/{repo}/releases/{release_id}', {
      body: {
        ...sample('GET /repos/{owner}/{repo}/releases/{release_id}'),
        id: 42,
        tag_name: 'v1.5.0',
        body: notes,
      },
    })
    const r = await runAction({
      action: ACTION,
      cwd: ws,
      apiUrl: api.url,
      eventName: 'release',
      event: {
        action: 'published',
        release: { id: 42, tag_name: 'v1.5.0', body: 'stale', draft: false },
      },
      inputs: { token: 'ghs_test', date: '2026-12-01' },
    })
    expect(r.exitCode).toBe(0)
    expect(JSON.parse(r.outputs.lifted)).toEqual([
      { file: 'security/record-003.yml', id: 'THUMB-2026-003' },
    ])
    expect(r.summary).toContain('THUMB\\-2026\\-003')
  })

  it('puts no file on annotations about notes given as text', async () => {
    ws = workspace('pass')
    const r = await runAction({
      action: ACTION,
      cwd: ws,
      inputs: { version: 'v1.4.2', notes: 'Bug fixes.', date: '2026-12-01' },
    })
    expect(r.exitCode).toBe(1)
    const missing = r.annotations.filter(
      (a) => a.title === 'Fixed vulnerability missing from the notes',
    )
    expect(missing).toHaveLength(2)
    expect(missing.map((a) => a.file)).toEqual([undefined, undefined])
    expect(missing[0].message).toContain('the release notes (input notes)')
  })

  it('before publication, lists lifted records by file only', async () => {
    ws = workspace('pass-lifts-embargo')
    const r = await runAction({
      action: ACTION,
      cwd: ws,
      inputs: {
        version: 'v1.5.0',
        'notes-file': 'RELEASE_NOTES.md',
        date: '2026-12-01',
      },
    })
    expect(r.exitCode).toBe(0)
    expect(JSON.parse(r.outputs.lifted)).toEqual([
      { file: 'security/record-003.yml' },
    ])
    expect(everything(r)).not.toContain('THUMB-2026-003')
  })

  it('fails with annotations at the place of each problem', async () => {
    ws = workspace('fail-4-lockfile')
    const r = await runAction({
      action: ACTION,
      cwd: ws,
      inputs: {
        version: 'v1.4.2',
        'notes-file': 'RELEASE_NOTES.md',
        date: '2026-12-01',
      },
    })
    expect(r.exitCode).toBe(1)
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        file: 'go.mod',
        line: 7,
        title: 'Lockfile still vulnerable',
      }),
    )
    expect(r.outputs.errors).toBe('1')
    expect(r.summary).toContain('failed')
  })

  it('warns, and still checks, when the token cannot read advisories', async () => {
    ws = workspace('pass')
    api.paginate('GET /repos/{owner}/{repo}/releases', [])
    api.fault('GET', '/repos/{owner}/{repo}/security-advisories', {
      status: 404,
    })
    const r = await runAction({
      action: ACTION,
      cwd: ws,
      apiUrl: api.url,
      inputs: {
        version: 'v1.4.2',
        'notes-file': 'RELEASE_NOTES.md',
        token: 'ghs_test',
        date: '2026-12-01',
      },
    })
    expect(r.exitCode).toBe(0)
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ level: 'warning' }),
    )
    expect(r.outputs.warnings).toBe('1')
  })

  it('asks for the version on a branch push, as one sentence', async () => {
    ws = workspace('pass')
    const r = await runAction({
      action: ACTION,
      cwd: ws,
      inputs: { 'notes-file': 'RELEASE_NOTES.md' },
    })
    expect(r.exitCode).toBe(1)
    expect(r.annotations[0].message).toContain('Input "version" is required')
    expect(r.stdout).not.toContain('    at ')
    expect(r.summary).toContain('did not run')
  })
})
