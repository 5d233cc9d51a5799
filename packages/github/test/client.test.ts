import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { ServiceError, UserError } from '../../core/src/errors.js'
import {
  createClient,
  liftTime,
  requestStats,
  type ClientOptions,
  type GitHubClient,
} from '../src/client.js'
import { paginate } from '../src/paginate.js'
import { GitHubAccessError } from '../src/permissions.js'
import {
  sample,
  startApiServer,
  type ApiServer,
} from '../../../tests/harness/api-server.js'

const REPO = { owner: 'octo-org', repo: 'octo-repo' }
const RELEASE = 'GET /repos/{owner}/{repo}/releases/{release_id}'
const COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'

let api: ApiServer
let waits: number[]

beforeEach(async () => {
  api = await startApiServer()
  waits = []
  api.on('GET', '/repos/{owner}/{repo}/releases/{release_id}', (req) => ({
    body: { ...sample(RELEASE), id: Number(req.params.release_id) },
  }))
  api.on('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', {
    status: 201,
    body: sample(COMMENT),
  })
})

afterEach(async () => {
  await api.close()
})

function client(options: Partial<ClientOptions> = {}): GitHubClient {
  return createClient({
    token: 'test-token',
    apiUrl: api.url,
    sleep: async (ms) => {
      waits.push(ms)
    },
    ...options,
  })
}

function getRelease(c: GitHubClient) {
  return c.rest.repos.getRelease({ ...REPO, release_id: 1 })
}

function postComment(c: GitHubClient) {
  return c.rest.issues.createComment({ ...REPO, issue_number: 5, body: 'hi' })
}

describe('createClient', () => {
  it('sends the token and user agent to the API URL', async () => {
    const res = await getRelease(client({ userAgent: 'psirt-test' }))
    expect(res.data.id).toBe(1)
    expect(api.requests[0].headers.authorization).toBe('token test-token')
    expect(api.requests[0].headers['user-agent']).toMatch(/^psirt-test/)
  })

  it('counts requests per route', async () => {
    const c = client()
    await getRelease(c)
    await getRelease(c)
    await postComment(c)
    expect(requestStats(c)).toMatchObject({
      requests: 3,
      retries: 0,
      byRoute: {
        'GET /repos/{owner}/{repo}/releases/{release_id}': 2,
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': 1,
      },
    })
  })
})

describe('retries on server errors', () => {
  it('retries a GET after 5xx answers, backing off, then succeeds', async () => {
    api.fault('GET', RELEASE.split(' ')[1], { status: 502 }, { times: 2 })
    const c = client()
    const res = await getRelease(c)
    expect(res.status).toBe(200)
    expect(waits).toEqual([1000, 2000])
    expect(requestStats(c)).toMatchObject({ requests: 3, retries: 2 })
  })

  it('gives up after the configured retries with the last error', async () => {
    api.fault('GET', RELEASE.split(' ')[1], { status: 503 }, { times: 10 })
    const c = client({ retries: 2 })
    await expect(getRelease(c)).rejects.toMatchObject({ status: 503 })
    expect(api.requests).toHaveLength(3)
  })

  it('then says GitHub seems down, naming the route template and the fix', async () => {
    api.fault('GET', RELEASE.split(' ')[1], { status: 503 }, { times: 10 })
    const error = await getRelease(client()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceError)
    expect(error).not.toBeInstanceOf(UserError)
    expect(error).toMatchObject({ status: 503, request: RELEASE })
    expect((error as Error).message).toBe(
      'GitHub seems unavailable: it answered GET /repos/{owner}/{repo}/releases/{release_id} with 503 (Service Unavailable) (4 attempts). ' +
        'Fix: re-run the job in a few minutes; https://www.githubstatus.com shows whether GitHub has an incident.',
    )
  })

  it('names a failing page of a list by its template, without the query', async () => {
    api.paginate(
      'GET /repos/{owner}/{repo}/releases',
      Array.from({ length: 250 }, (_, i) => ({
        ...sample('GET /repos/{owner}/{repo}/releases'),
        id: i + 1,
      })),
      100,
    )
    const c = client()
    // Pages 1 and 2 answer; page 3 fails on every attempt.
    c.hook.before('request', (o) => {
      if (/[?&]page=3\b/.test(String(o.url))) {
        api.fault(
          'GET',
          '/repos/{owner}/{repo}/releases',
          { status: 500 },
          { times: 4 },
        )
      }
    })
    const error = await paginate(c, 'GET /repos/{owner}/{repo}/releases', REPO)
      .then(() => undefined)
      .catch((e: unknown) => e)
    expect(api.requests.map((r) => r.query.page ?? '1')).toEqual([
      '1',
      '2',
      '3',
      '3',
      '3',
      '3',
    ])
    expect(error).toBeInstanceOf(ServiceError)
    expect((error as ServiceError).request).toBe(
      'GET /repos/{owner}/{repo}/releases',
    )
    expect((error as Error).message).toMatch(
      /^GitHub seems unavailable: it answered GET \/repos\/\{owner\}\/\{repo\}\/releases with 500 /,
    )
    expect((error as Error).message).not.toContain('page=')
  })

  it('does not repeat a POST that got a 5xx, which may have been applied', async () => {
    api.fault('POST', COMMENT.split(' ')[1], { status: 500 })
    const c = client()
    const error = await postComment(c).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceError)
    expect(error).toMatchObject({ status: 500 })
    expect((error as Error).message).toMatch(
      /POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments with 500 .*a POST is not repeated.*githubstatus\.com/,
    )
    expect(api.requests).toHaveLength(1)
  })

  it('retries a connection that was refused, even for a POST', async () => {
    const closed = await startApiServer()
    const url = closed.url
    await closed.close()
    const c = createClient({
      token: 't',
      apiUrl: url,
      retries: 2,
      sleep: async (ms) => {
        waits.push(ms)
      },
    })
    await expect(postComment(c)).rejects.toThrow(
      /^GitHub seems unavailable: it could not be reached for POST .*ECONNREFUSED.* \(3 attempts\)\. Fix: re-run the job/,
    )
    expect(requestStats(c).requests).toBe(3)
  })
})

describe('rate limits', () => {
  it('waits for retry-after on a 429, then succeeds', async () => {
    api.fault('GET', RELEASE.split(' ')[1], { status: 429, retryAfter: 7 })
    const res = await getRelease(client())
    expect(res.status).toBe(200)
    expect(waits).toEqual([7000])
  })

  it('retries a POST refused by a secondary rate limit (403)', async () => {
    api.fault('POST', COMMENT.split(' ')[1], { status: 403, retryAfter: 2 })
    const res = await postComment(client())
    expect(res.status).toBe(201)
    expect(waits).toEqual([2000])
    expect(api.requests).toHaveLength(2)
  })

  it('waits until x-ratelimit-reset for an exhausted primary limit', async () => {
    api.fault('GET', RELEASE.split(' ')[1], {
      status: 403,
      retryAfter: 20,
      rateLimit: true,
    })
    await getRelease(client())
    expect(waits).toHaveLength(1)
    expect(waits[0]).toBeGreaterThan(18_000)
    expect(waits[0]).toBeLessThanOrEqual(21_000)
  })

  it('fails with the fix when the limit lifts later than it may wait', async () => {
    api.fault('GET', RELEASE.split(' ')[1], { status: 429, retryAfter: 3600 })
    const error = await getRelease(client({ maxWaitMs: 60_000 })).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toMatch(
      /rate limit stopped GET .* re-run the job after that time, or use a GitHub App token/,
    )
    expect(waits).toEqual([])
  })

  it('dates a lift time that is not today', () => {
    const now = Date.parse('2026-12-03T22:00:00Z')
    expect(liftTime(3_600_000, now)).toBe('23:00 UTC')
    expect(liftTime(100_000_000, now)).toBe('2026-12-05 01:46 UTC')
  })
})

describe('timeouts', () => {
  it('says GitHub seems down when a GET never gets an answer', async () => {
    api.fault('GET', RELEASE.split(' ')[1], { timeout: true }, { times: 3 })
    const error = await getRelease(
      client({ timeoutMs: 100, retries: 2 }),
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceError)
    expect((error as Error).message).toBe(
      'GitHub seems unavailable: it did not answer GET /repos/{owner}/{repo}/releases/{release_id} within 100 ms (3 attempts). ' +
        'Fix: re-run the job in a few minutes; https://www.githubstatus.com shows whether GitHub has an incident.',
    )
  })

  it('retries a GET that got no answer in time', async () => {
    api.fault('GET', RELEASE.split(' ')[1], { timeout: true })
    const c = client({ timeoutMs: 200 })
    const res = await getRelease(c)
    expect(res.status).toBe(200)
    expect(requestStats(c)).toMatchObject({ requests: 2, retries: 1 })
  })

  it('does not repeat a POST that got no answer in time', async () => {
    api.fault('POST', COMMENT.split(' ')[1], { timeout: true })
    await expect(postComment(client({ timeoutMs: 200 }))).rejects.toThrow(
      /did not answer POST .* within 200 ms; a POST is not repeated/,
    )
    expect(api.requests).toHaveLength(1)
  })
})

describe('truncated bodies', () => {
  it('retries a GET whose JSON body was cut off once', async () => {
    api.fault('GET', RELEASE.split(' ')[1], { truncate: true })
    const res = await getRelease(client())
    expect(res.data.id).toBe(1)
    expect(api.requests).toHaveLength(2)
  })

  it('fails when the retry is cut off too', async () => {
    api.fault('GET', RELEASE.split(' ')[1], { truncate: true }, { times: 2 })
    const error = await getRelease(client()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceError)
    expect((error as Error).message).toMatch(
      /GET \/repos\/\{owner\}\/\{repo\}\/releases\/\{release_id\} was cut off \(incomplete JSON\); it was cut off again.*githubstatus/,
    )
  })

  it('fails a POST whose answer was cut off, without repeating it', async () => {
    api.fault('POST', COMMENT.split(' ')[1], { truncate: true })
    await expect(postComment(client())).rejects.toThrow(
      /may or may not have been applied/,
    )
    expect(api.requests).toHaveLength(1)
  })
})

describe('refusals become the user fix', () => {
  it('names the permission, the workflow line and the alternative for Dependabot alerts', async () => {
    api.on('GET', '/repos/{owner}/{repo}/dependabot/alerts', {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    })
    const error = await client()
      .rest.dependabot.listAlertsForRepo(REPO)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubAccessError)
    expect(error).toBeInstanceOf(UserError)
    expect((error as Error).message).toBe(
      'GitHub refused to list Dependabot alerts (403): the token lacks the permission `vulnerability-alerts: read`. ' +
        'GitHub said: "Resource not accessible by integration". ' +
        'Fix: add `vulnerability-alerts: read` to the `permissions:` block of the job in the workflow ' +
        '(for example `permissions: { contents: read, vulnerability-alerts: read }`), ' +
        'or pass a fine-grained token or GitHub App token with "Dependabot alerts: read" as the `token` input.',
    )
  })

  it('says when Dependabot alerts are disabled rather than blaming the token', async () => {
    api.on('GET', '/repos/{owner}/{repo}/dependabot/alerts', {
      status: 403,
      body: { message: 'Dependabot alerts are disabled for this repository.' },
    })
    await expect(
      client().rest.dependabot.listAlertsForRepo(REPO),
    ).rejects.toThrow(
      /disabled for this repository.*Fix: enable Dependabot alerts/,
    )
  })

  it('says the built-in token cannot write security advisories', async () => {
    api.on('POST', '/repos/{owner}/{repo}/security-advisories', {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    })
    const error = await client()
      .rest.securityAdvisories.createRepositoryAdvisory({
        ...REPO,
        summary: 'Panic on crafted TIFF',
        description: 'A crafted TIFF file makes the decoder panic.',
        vulnerabilities: [
          { package: { ecosystem: 'go', name: 'example.com/app' } },
        ],
      })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubAccessError)
    expect((error as Error).message).toMatch(
      /^GitHub refused to write repository security advisories \(403\): the built-in GITHUB_TOKEN cannot write repository security advisories, so a GitHub App or fine-grained token with "Repository security advisories: write" is needed\./,
    )
    expect(api.requests).toHaveLength(1)
  })

  it('says a rejected token must be replaced (401)', async () => {
    api.fault('GET', RELEASE.split(' ')[1], { status: 401 })
    await expect(getRelease(client())).rejects.toThrow(
      /rejected the token .*401 Bad credentials.*Fix: pass a valid token/,
    )
  })

  it('leaves a 404 to the caller, who may expect it', async () => {
    api.on('GET', '/repos/{owner}/{repo}/releases/tags/{tag}', {
      status: 404,
      body: { message: 'Not Found' },
    })
    const error = await client()
      .rest.repos.getReleaseByTag({ ...REPO, tag: 'v9' })
      .catch((e: unknown) => e)
    expect(error).not.toBeInstanceOf(UserError)
    expect(error).toMatchObject({ status: 404 })
  })
})
