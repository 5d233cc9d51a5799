import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient, requestStats, type GitHubClient } from '../src/client.js'
import { paginate } from '../src/paginate.js'
import {
  sample,
  startApiServer,
  type ApiServer,
} from '../../../tests/harness/api-server.js'

const REPO = { owner: 'octo-org', repo: 'octo-repo' }

let api: ApiServer
let client: GitHubClient

beforeEach(async () => {
  api = await startApiServer()
  client = createClient({ token: 't', apiUrl: api.url, sleep: async () => {} })
})

afterEach(async () => {
  await api.close()
})

function releases(n: number): Record<string, unknown>[] {
  const base = sample('GET /repos/{owner}/{repo}/releases')
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    id: i + 1,
    tag_name: `v1.${i}.0`,
  }))
}

describe('paginate', () => {
  it('reads every numbered page, asking for 100 items a page', async () => {
    api.paginate('GET /repos/{owner}/{repo}/releases', releases(250), 100)
    const all = await paginate<{ id: number }>(
      client,
      'GET /repos/{owner}/{repo}/releases',
      REPO,
    )
    expect(all.map((r) => r.id)).toEqual(
      Array.from({ length: 250 }, (_, i) => i + 1),
    )
    expect(api.requests.map((r) => r.query.per_page)).toEqual([
      '100',
      '100',
      '100',
    ])
    expect(requestStats(client).requests).toBe(3)
  })

  it('follows after= cursors of Dependabot alerts', async () => {
    const alert = sample('GET /repos/{owner}/{repo}/dependabot/alerts')
    const alerts = [1, 2, 3, 4, 5].map((number) => ({ ...alert, number }))
    api.paginate('GET /repos/{owner}/{repo}/dependabot/alerts', alerts, 2)
    const all = await paginate<{ number: number }>(
      client,
      'GET /repos/{owner}/{repo}/dependabot/alerts',
      { ...REPO, state: 'open' },
    )
    expect(all.map((a) => a.number)).toEqual([1, 2, 3, 4, 5])
    expect(api.requests).toHaveLength(3)
    expect(api.requests[2].query).toMatchObject({ state: 'open' })
    expect(api.requests[2].query.after).toBeDefined()
  })

  it('returns an empty list for an empty first page', async () => {
    api.paginate('GET /repos/{owner}/{repo}/releases', [])
    expect(
      await paginate(client, 'GET /repos/{owner}/{repo}/releases', REPO),
    ).toEqual([])
  })

  it('refuses to return a partial list beyond maxPages', async () => {
    api.paginate('GET /repos/{owner}/{repo}/releases', releases(5), 1)
    await expect(
      paginate(client, 'GET /repos/{owner}/{repo}/releases', REPO, {
        maxPages: 3,
      }),
    ).rejects.toThrow(/more than 3 pages; refusing to read a partial list/)
  })

  it('retries a page that failed, without losing items', async () => {
    api.paginate('GET /repos/{owner}/{repo}/releases', releases(3), 1)
    api.fault('GET', '/repos/{owner}/{repo}/releases', { status: 502 })
    const all = await paginate(
      client,
      'GET /repos/{owner}/{repo}/releases',
      REPO,
    )
    expect(all).toHaveLength(3)
    expect(requestStats(client).retries).toBe(1)
  })
})
