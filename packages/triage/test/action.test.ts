/**
 * triage-gate end to end: the built bundle runs through the runner harness
 * with the runner's environment (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * GITHUB_EVENT_PATH) against the GitHub API test server, which checks every
 * request and response against GitHub's OpenAPI description.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  sample,
  startApiServer,
  type ApiServer,
} from '../../../tests/harness/api-server.js'
import { runAction, type NodeVersion } from '../../../tests/harness/runner.js'

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../..',
)
const bundle = path.join(repoRoot, 'dist/triage-gate/index.js')
if (!existsSync(bundle)) {
  throw new Error(`${bundle} is missing; run npm run build -- triage-gate`)
}
const ALERTS = 'GET /repos/{owner}/{repo}/dependabot/alerts'
const COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'
const GHSA_ALPHABET = '23456789cfghjmpqrvwx'

/** A valid-looking GHSA id from a number. */
function ghsa(n: number): string {
  let s = ''
  for (let i = 0; i < 12; i++) {
    s += GHSA_ALPHABET[n % 20]
    n = Math.floor(n / 20)
  }
  return `GHSA-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}`
}

/** An alert as GitHub returns it, built on the description's own sample. */
function alert(
  number: number,
  id: string,
  pkg: { ecosystem: string; name: string },
  severity: 'low' | 'medium' | 'high' | 'critical',
): Record<string, unknown> {
  const base = sample(ALERTS)
  const adv = base.security_advisory as Record<string, unknown>
  const vuln = {
    package: pkg,
    severity,
    vulnerable_version_range: '< 99.0.0',
    first_patched_version: null,
  }
  return {
    ...base,
    number,
    state: 'open',
    dependency: { package: pkg, manifest_path: 'go.mod', scope: 'runtime' },
    security_advisory: {
      ...adv,
      ghsa_id: id,
      summary: `Advisory ${id}`,
      severity,
      identifiers: [{ type: 'GHSA', value: id }],
      vulnerabilities: [vuln],
      published_at: '2026-06-01T00:00:00Z',
    },
    security_vulnerability: vuln,
    url: `https://api.github.com/repos/acme/edge-gateway/dependabot/alerts/${number}`,
    html_url: `https://github.com/acme/edge-gateway/security/dependabot/${number}`,
  }
}

interface Run {
  code: number | null
  stdout: string
  outputs: Record<string, string>
  summary: string
}

/** One run of the built bundle, as the runner starts it. */
async function runGate(
  server: ApiServer,
  workspace: string,
  inputs: Record<string, string>,
  event: { name: string; payload: object },
  node: NodeVersion = 'node20',
): Promise<Run> {
  const r = await runAction({
    action: 'actions/triage-gate',
    node,
    cwd: workspace,
    apiUrl: server.url,
    repository: 'acme/edge-gateway',
    eventName: event.name,
    event: event.payload,
    token: 'ghs_test',
    inputs: {
      date: '2026-12-03',
      'report-file': path.join(workspace, 'out/report.json'),
      'openvex-file': 'out/psirt.openvex.json',
      ...inputs,
    },
  })
  return {
    code: r.exitCode,
    stdout: r.stdout,
    outputs: r.outputs,
    summary: r.summary,
  }
}

const prEvent = (fork = false) => ({
  name: 'pull_request',
  payload: {
    number: 7,
    pull_request: {
      number: 7,
      user: { login: 'octocat' },
      base: { sha: 'a'.repeat(40) },
      head: {
        sha: 'b'.repeat(40),
        repo: {
          fork,
          full_name: fork ? 'someone/edge-gateway' : 'acme/edge-gateway',
        },
      },
    },
  },
})

interface Comment {
  id: number
  body: string
}

let server: ApiServer
let workspace: string
let alerts: Record<string, unknown>[]
let comments: Record<string, unknown>[]

function writes() {
  return server.requests.filter((r) => r.method !== 'GET')
}

beforeEach(async () => {
  server = await startApiServer()
  workspace = mkdtempSync(path.join(tmpdir(), 'triage-ws-'))
  cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true })

  // 250 alerts: three pages of 100. #1 is covered by a not_affected record.
  alerts = [
    alert(
      1,
      'GHSA-q7pp-wcgr-pffx',
      { ecosystem: 'go', name: 'github.com/disintegration/imaging' },
      'medium',
    ),
  ]
  for (let n = 2; n <= 250; n++) {
    alerts.push(
      alert(
        n,
        ghsa(n),
        { ecosystem: 'npm', name: `pkg-${n}` },
        n % 2 ? 'low' : 'high',
      ),
    )
  }
  server.paginate(ALERTS, alerts, 100)
  server.on(
    'PATCH',
    '/repos/{owner}/{repo}/dependabot/alerts/{alert_number}',
    (req) => {
      const a = alerts.find(
        (x) => x.number === Number(req.params.alert_number),
      )!
      Object.assign(a, req.body as object)
      if (a.state === 'dismissed') {
        a.dismissed_at = '2026-12-03T12:00:00Z'
      }
      return { body: a }
    },
  )

  server.on(
    'GET',
    '/repos/{owner}/{repo}/dependency-graph/compare/{basehead}',
    {
      body: [
        {
          ...sample(
            'GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}',
          ),
          change_type: 'added',
          manifest: 'package-lock.json',
          ecosystem: 'npm',
          name: 'pkg-2',
          version: '1.0.0',
          package_url: 'pkg:npm/pkg-2@1.0.0',
          scope: 'runtime',
          vulnerabilities: [
            {
              severity: 'high',
              advisory_ghsa_id: ghsa(2),
              advisory_summary: 'Advisory',
              advisory_url: `https://github.com/advisories/${ghsa(2)}`,
            },
          ],
        },
      ],
    },
  )

  const base = sample(COMMENTS)
  comments = [{ ...base, id: 100, body: 'Looks good to me' }]
  server.paginate(COMMENTS, comments)
  server.on(
    'POST',
    '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    (req) => {
      const c = {
        ...base,
        id: 100 + comments.length,
        body: (req.body as Comment).body,
      }
      comments.push(c)
      return { status: 201, body: c }
    },
  )
  server.on(
    'PATCH',
    '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    (req) => {
      const c = comments.find((x) => x.id === Number(req.params.comment_id))!
      c.body = (req.body as Comment).body
      return { body: c }
    },
  )
})

afterEach(async () => {
  await server.close()
})

const INPUTS = {
  dependabot: 'true',
  'dependency-review': 'true',
  'dismiss-alerts': 'true',
}

describe('triage-gate on a pull request', () => {
  test('reads three pages of alerts and comments once', async () => {
    const r = await runGate(server, workspace, INPUTS, prEvent())
    expect(r.code).toBe(1)
    expect(r.outputs.failed).toBe('true')
    expect(
      server.requests
        .filter((q) => q.route === ALERTS)
        .map((q) => q.query.per_page),
    ).toEqual(['100', '100', '100'])
    expect(Number(r.outputs.untriaged)).toBeGreaterThan(0)

    // Alerts are dismissed from the default branch, never from a PR.
    expect(writes().map((w) => w.route)).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    ])
    expect(r.stdout).toContain('not from a pull request')

    const body = comments[1].body as string
    expect(body.startsWith('<!-- psirt:triage-gate -->')).toBe(true)
    expect(body).toContain('owner: "octocat"')
    expect(r.summary).toContain('## triage-gate: ❌ failed')

    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'))
    const introduced = report.verdicts.filter(
      (v: { introduced?: boolean }) => v.introduced,
    )
    expect(introduced.map((v: { id: string }) => v.id)).toEqual([ghsa(2)])
    expect(existsSync(r.outputs.openvex)).toBe(true)
  })

  test('a second run sends no write: the comment is unchanged, no alert re-sent', async () => {
    await runGate(server, workspace, INPUTS, prEvent())
    const first = writes().length
    const r2 = await runGate(server, workspace, INPUTS, prEvent())
    expect(r2.code).toBe(1)
    expect(writes().length).toBe(first)
    expect(comments).toHaveLength(2)
  })

  test('a changed verdict updates the one comment in place', async () => {
    await runGate(server, workspace, INPUTS, prEvent())
    await runGate(
      server,
      workspace,
      { ...INPUTS, 'fail-on': 'critical' },
      prEvent(),
    )
    expect(comments).toHaveLength(2)
    expect(
      writes().filter((w) =>
        w.route?.includes('/issues/comments/{comment_id}'),
      ),
    ).toHaveLength(1)
  })

  test('untrusted alert text reaches neither the log as a command nor markdown raw', async () => {
    const adv = alerts[1].security_advisory as Record<string, unknown>
    adv.summary = '<img src=x onerror=alert(1)>\n::warning file=x::pwned'
    const r = await runGate(server, workspace, INPUTS, prEvent())
    expect(r.stdout).not.toMatch(/^::warning file=x::pwned/m)
    const body = comments[1].body as string
    // The title is in the record to commit, inside the code block only.
    expect(body).toContain('title: "<img src=x onerror=alert(1)> ::warning')
    const outsideCode = body.replace(/```yaml[\s\S]*?```/g, '')
    expect(outsideCode).not.toContain('<img')
    expect(r.summary).not.toContain('<img')
  })

  test('a clean pull request gets no comment', async () => {
    const r = await runGate(
      server,
      workspace,
      { dependabot: 'false' },
      prEvent(),
    )
    expect(r.code).toBe(0)
    expect(server.requests.filter((q) => q.route === COMMENTS)).toHaveLength(1)
    expect(writes()).toEqual([])
  })

  test('mode new-only fails only on what the pull request introduces', async () => {
    const r = await runGate(
      server,
      workspace,
      { ...INPUTS, mode: 'new-only', 'dismiss-alerts': 'false' },
      prEvent(),
    )
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'))
    const failing = report.verdicts.filter((v: { fails: boolean }) => v.fails)
    expect(failing.map((v: { id: string }) => v.id)).toEqual([ghsa(2)])
  })

  test('on a fork the records go to the summary and no comment is tried', async () => {
    const r = await runGate(server, workspace, INPUTS, prEvent(true))
    expect(server.requests.filter((q) => q.route === COMMENTS)).toEqual([])
    expect(r.summary).toContain('### Records to commit')
    expect(r.summary).toContain('from a fork')
  })

  test('a 403 on the comment puts the records in the summary', async () => {
    server.on('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', {
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    })
    const r = await runGate(server, workspace, INPUTS, prEvent())
    expect(r.summary).toContain('### Records to commit')
    expect(r.stdout).toContain('::warning')
    server.takeViolations()
  })

  test('a 502 on posting the comment warns, the records go to the summary, and the verdict decides', async () => {
    server.fault(
      'POST',
      '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      { status: 502 },
    )
    const r = await runGate(
      server,
      workspace,
      { dependabot: 'true', 'fail-on': 'critical' },
      prEvent(),
    )
    expect(r.outputs.failed).toBe('false')
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain('Internal error')
    expect(r.stdout).toMatch(
      /::warning::The pull request comment on #7 could not be written: posting the comment failed\. GitHub seems unavailable: it answered POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments with 502 .*githubstatus\.com/,
    )
    expect(r.summary).toContain('## triage-gate: ✅ passed')
    expect(r.summary).toContain('### Records to commit')
    expect(r.summary).toContain('posting the comment failed')
    expect(writes()).toHaveLength(1) // a POST is never repeated
  })

  test('a 404 on listing the comments warns and a failing verdict still fails', async () => {
    server.fault(
      'GET',
      '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      { status: 404 },
    )
    const r = await runGate(server, workspace, INPUTS, prEvent())
    expect(r.code).toBe(1)
    expect(r.outputs.failed).toBe('true')
    expect(r.stdout).not.toContain('Internal error')
    expect(r.stdout).toContain(
      '::warning::The pull request comment on #7 could not be written: listing the comments failed. GitHub answered 404: "Not Found".',
    )
    expect(r.stdout).toContain('::error::triage-gate: ')
    expect(r.summary).toContain('### Records to commit')
    expect(writes()).toEqual([])
  })
})

describe('triage-gate on the daily schedule', () => {
  const schedule = { name: 'schedule', payload: {} }

  test('dismisses the alert a not_affected record decides, once', async () => {
    const r = await runGate(server, workspace, INPUTS, schedule)
    expect(r.outputs['alerts-updated']).toBe('1')
    const [w] = writes()
    expect(w.route).toBe(
      'PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}',
    )
    expect(w.params.alert_number).toBe('1')
    expect(w.body).toMatchObject({
      state: 'dismissed',
      dismissed_reason: 'not_used',
    })
    expect(
      (w.body as { dismissed_comment: string }).dismissed_comment,
    ).toContain('security/GHSA-q7pp-wcgr-pffx.yml')

    const r2 = await runGate(server, workspace, INPUTS, schedule)
    expect(r2.outputs['alerts-updated']).toBe('0')
    expect(writes()).toHaveLength(1)
  })

  test('reopens the alert when the decision has expired', async () => {
    Object.assign(alerts[0], {
      state: 'dismissed',
      dismissed_reason: 'not_used',
      dismissed_comment:
        'psirt: not_affected (vulnerable_code_not_in_execute_path), see security/GHSA-q7pp-wcgr-pffx.yml',
      dismissed_at: '2026-10-01T00:00:00Z',
    })
    const r = await runGate(
      server,
      workspace,
      { ...INPUTS, date: '2027-04-01' },
      schedule,
    )
    expect(r.outputs['alerts-updated']).toBe('1')
    expect(writes()[0].body).toEqual({ state: 'open' })
    expect(alerts[0].state).toBe('open')
  })

  test('leaves an alert a person dismissed alone when the decision expires', async () => {
    Object.assign(alerts[0], {
      state: 'dismissed',
      dismissed_reason: 'tolerable_risk',
      dismissed_comment: 'Reviewed by the security team; risk accepted',
      dismissed_at: '2026-10-01T00:00:00Z',
    })
    const r = await runGate(
      server,
      workspace,
      { ...INPUTS, date: '2027-04-01' },
      schedule,
    )
    expect(r.outputs['alerts-updated']).toBe('0')
    expect(writes()).toEqual([])
    expect(alerts[0].state).toBe('dismissed')
  })

  test('a 403 on the dismissal after a passing verdict: the step and the summary say it failed, and why', async () => {
    alerts.splice(1) // only the alert the example's record decides
    server.on(
      'PATCH',
      '/repos/{owner}/{repo}/dependabot/alerts/{alert_number}',
      {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
        },
      },
    )
    const r = await runGate(server, workspace, INPUTS, schedule)
    expect(r.code).toBe(1)
    expect(r.outputs.failed).toBe('true')
    expect(r.stdout).toContain('vulnerability-alerts: write')
    expect(r.summary).toContain('## triage-gate: ❌ failed')
    expect(r.summary).not.toContain('✅ passed')
    expect(r.summary).toMatch(
      /\*\*The step failed although the findings pass the policy:\*\* GitHub refused to dismiss or reopen Dependabot alerts/,
    )
    server.takeViolations()
  })
})

describe('triage-gate and GitHub failures', () => {
  const schedule = { name: 'schedule', payload: {} }

  test('a 403 on the alerts names the permission and fails', async () => {
    server.on('GET', ALERTS.slice(4), {
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    })
    const r = await runGate(server, workspace, { dependabot: 'true' }, schedule)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('vulnerability-alerts: read')
    expect(r.stdout).not.toContain('Internal error')
    expect(r.summary).toContain('failed before a verdict')
    server.takeViolations()
  })

  test('a 5xx then success reads every page', async () => {
    server.fault('GET', '/repos/acme/edge-gateway/dependabot/alerts', {
      status: 502,
    })
    const r = await runGate(server, workspace, { dependabot: 'true' }, schedule)
    expect(r.outputs.findings).toBeDefined()
    const got = server.requests.filter((q) => q.route === ALERTS)
    expect(got).toHaveLength(4)
    expect(got[0].status).toBe(502)
    expect(r.stdout).not.toContain('Internal error')
  })

  test('GitHub down on page 3 of the alerts fails closed, naming the call and the fix', async () => {
    // Pages 1 and 2 answer; page 3 gets a 500 on every attempt.
    const third = Buffer.from('200').toString('base64url')
    server.on('GET', ALERTS.slice(4), (req) => {
      const start = req.query.after
        ? Number(Buffer.from(req.query.after, 'base64url').toString())
        : 0
      const next = Buffer.from(String(start + 100)).toString('base64url')
      if (next === third) {
        server.fault(
          'GET',
          '/repos/acme/edge-gateway/dependabot/alerts',
          { status: 500 },
          { times: 4 },
        )
      }
      const url = `${server.url}${req.path}?per_page=100&state=${encodeURIComponent(req.query.state)}&after=${next}`
      return {
        body: alerts.slice(start, start + 100),
        headers: { link: `<${url}>; rel="next"` },
      }
    })
    const r = await runGate(server, workspace, { dependabot: 'true' }, schedule)
    expect(
      server.requests.filter((q) => q.route === ALERTS).map((q) => q.status),
    ).toEqual([200, 200, 500, 500, 500, 500])
    expect(r.code).toBe(1)
    expect(r.outputs.failed).toBe('true')
    expect(r.stdout).not.toContain('Internal error')
    expect(r.stdout).not.toMatch(/^\s+at /m)
    expect(r.stdout).toContain(
      '::error title=psirt::GitHub seems unavailable: it answered GET /repos/{owner}/{repo}/dependabot/alerts with 500 (Internal Server Error) (4 attempts). Fix: re-run the job in a few minutes; https://www.githubstatus.com shows whether GitHub has an incident.',
    )
    expect(r.summary).toContain('failed before a verdict')
    expect(r.summary).toContain('GitHub seems unavailable')
  }, 30_000)

  test('a rate limit that lifts tomorrow or later names the date', async () => {
    server.fault('GET', '/repos/acme/edge-gateway/dependabot/alerts', {
      status: 403,
      retryAfter: 100_000,
    })
    const r = await runGate(server, workspace, { dependabot: 'true' }, schedule)
    expect(r.code).toBe(1)
    expect(r.outputs.failed).toBe('true')
    expect(r.stdout).toMatch(
      /it lifts at about \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC, later than this run waits/,
    )
  })

  test('a date input that is not on the calendar is refused', async () => {
    const r = await runGate(
      server,
      workspace,
      { dependabot: 'true', date: '2026-02-31' },
      schedule,
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      'Input "date" must be a calendar date as YYYY-MM-DD, not "2026-02-31".',
    )
    expect(server.requests).toEqual([])
  })

  test('a rate limit with retry-after waits and retries', async () => {
    server.fault('GET', '/repos/acme/edge-gateway/dependabot/alerts', {
      status: 429,
      retryAfter: 1,
    })
    const r = await runGate(server, workspace, { dependabot: 'true' }, schedule)
    expect(server.requests.filter((q) => q.route === ALERTS)).toHaveLength(4)
    expect(r.outputs.findings).toBeDefined()
  })

  test('with no source configured the check fails, never passes empty', async () => {
    writeFileSync(
      path.join(workspace, '.github/psirt.yml'),
      'version: 1\nsecurity_dir: security\n',
    )
    const r = await runGate(server, workspace, {}, schedule)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('No source of findings')
  })

  test('the bundle runs on Node 24, the runtime action.yml declares', async () => {
    const r = await runGate(
      server,
      workspace,
      { dependabot: 'true' },
      schedule,
      'node24',
    )
    expect(r.code).toBe(1)
    // 249 alerts of their own, one merged with the example's imaging
    // finding, and the example's two other report findings.
    expect(r.outputs.findings).toBe('252')
    expect(r.stdout).not.toContain('Internal error')
  })
})
