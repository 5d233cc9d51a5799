import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  startApiServer,
  type ApiServer,
} from '../../../tests/harness/api-server.js'
import { UserError } from '../../core/src/errors.js'
import { createClient } from '../../github/src/client.js'
import {
  MAX_ATTEMPTS,
  commitBanner,
  proposeBanner,
  type Rest,
} from '../src/apply.js'
import { BANNER_END, BANNER_START, applyBanner } from '../src/banner.js'
import { Repository } from './repository.js'

const BLOCK = '> [!CAUTION]\n> Notice.\n>\n> - one'
const README = '# App\r\n\r\nIntro.\r\n'
const WANT = applyBanner(README, BLOCK)
const update = (text: string) => applyBanner(text, BLOCK)
const target = { owner: 'acme', repo: 'app', path: 'README.md' }

let api: ApiServer
let repo: Repository
let client: Rest

beforeEach(async () => {
  api = await startApiServer()
  repo = new Repository('acme', 'app', 'main', { 'README.md': README })
  repo.serve(api)
  client = createClient({
    token: 'test-token',
    apiUrl: api.url,
    sleep: async () => {},
  }) as unknown as Rest
})

afterEach(async () => {
  await api.close()
})

const writes = () => api.requests.filter((r) => r.method !== 'GET')

describe('committing the banner through the contents API', () => {
  it('commits the new text with the file sha it read', async () => {
    const result = await commitBanner(client, target, update, {
      message: 'Update the security notice in README.md',
    })
    expect(result.changed).toBe(true)
    expect(result.attempts).toBe(1)
    expect(repo.file('README.md')).toBe(WANT)
    expect(result.commitSha).toBe(repo.branches.get('main')!.sha)
    expect(repo.file('README.md')).toContain(`${BANNER_START}\r\n`)
  })

  it('makes no commit on a second run', async () => {
    await commitBanner(client, target, update, { message: 'm' })
    const before = writes().length
    const second = await commitBanner(client, target, update, { message: 'm' })
    expect(second.changed).toBe(false)
    expect(second.commitSha).toBeUndefined()
    expect(writes().length).toBe(before)
    expect(repo.commits).toHaveLength(1)
  })

  it('re-reads and retries when the file changed under it', async () => {
    let raced = false
    repo.beforePut = (branch) => {
      if (raced) return
      raced = true
      repo.push(branch, 'README.md', '# App\r\n\r\nIntro, edited.\r\n')
    }
    const result = await commitBanner(client, target, update, { message: 'm' })
    expect(result.attempts).toBe(2)
    expect(api.requests.filter((r) => r.status === 409)).toHaveLength(1)
    // The concurrent edit is kept: the banner was applied to the new text.
    expect(repo.file('README.md')).toBe(
      applyBanner('# App\r\n\r\nIntro, edited.\r\n', BLOCK),
    )
  })

  it('gives up after a bounded number of conflicts with a plain sentence', async () => {
    let n = 0
    repo.beforePut = (branch) => {
      n += 1
      repo.push(branch, 'README.md', `# App\n\nEdit ${n}.\n`)
    }
    const run = commitBanner(client, target, update, { message: 'm' })
    await expect(run).rejects.toThrow(UserError)
    await expect(run).rejects.toThrow(/pull-request/)
    expect(n).toBe(MAX_ATTEMPTS)
  })

  it('commits to a named branch', async () => {
    repo.push('main', 'README.md', README)
    repo.branches.set('release', repo.branches.get('main')!)
    await commitBanner(client, target, update, {
      branch: 'release',
      message: 'm',
    })
    expect(repo.file('README.md', 'release')).toBe(WANT)
    expect(repo.file('README.md', 'main')).toBe(README)
  })

  it('names the missing file and the fix', async () => {
    const run = commitBanner(
      client,
      { ...target, path: 'docs/README.md' },
      update,
      { message: 'm' },
    )
    await expect(run).rejects.toThrow(/docs\/README.md was not found.*Fix/)
  })

  it('waits out a rate limit and then commits', async () => {
    api.fault('PUT', '/repos/{owner}/{repo}/contents/{path}', {
      status: 429,
      retryAfter: 1,
    })
    const result = await commitBanner(client, target, update, { message: 'm' })
    expect(result.changed).toBe(true)
    expect(repo.commits).toHaveLength(1)
  })
})

describe('proposing the banner in one pull request', () => {
  const pr = {
    head: 'psirt/readme-banner',
    message: 'Update the security notice in README.md',
    title: 'Update the security notice in README.md',
    body: 'body',
  }

  it('creates the branch, commits the file there and opens the pull request', async () => {
    const result = await proposeBanner(client, target, update, pr)
    expect(result.changed).toBe(true)
    expect(result.pullRequest).toBe(1)
    expect(repo.file('README.md', 'psirt/readme-banner')).toBe(WANT)
    expect(repo.file('README.md', 'main')).toBe(README)
    expect(repo.pulls).toMatchObject([
      { head: 'psirt/readme-banner', base: 'main', state: 'open' },
    ])
  })

  it('writes nothing on a second run and reuses the pull request', async () => {
    await proposeBanner(client, target, update, pr)
    const before = writes().length
    const second = await proposeBanner(client, target, update, pr)
    expect(second).toMatchObject({ changed: false, pullRequest: 1 })
    expect(writes().length).toBe(before)
    expect(repo.pulls).toHaveLength(1)
  })

  it('updates the same pull request when the banner changes', async () => {
    await proposeBanner(client, target, update, pr)
    const other = '> [!WARNING]\n> Notice.\n>\n> - two'
    const result = await proposeBanner(
      client,
      target,
      (t) => applyBanner(t, other),
      pr,
    )
    expect(result).toMatchObject({ changed: true, pullRequest: 1 })
    expect(repo.pulls).toHaveLength(1)
    expect(repo.file('README.md', 'psirt/readme-banner')).toBe(
      applyBanner(README, other),
    )
  })

  it('does nothing when the base already carries the banner', async () => {
    repo.push('main', 'README.md', WANT)
    const result = await proposeBanner(client, target, update, pr)
    expect(result).toEqual({
      changed: false,
      closedPullRequest: undefined,
      attempts: 1,
    })
    expect(writes()).toHaveLength(0)
  })

  it('closes its pull request once the base needs no change', async () => {
    await proposeBanner(client, target, update, pr)
    // The entries expire before anyone merges: the base is right as it is.
    const result = await proposeBanner(client, target, (t) => t, pr)
    expect(result).toMatchObject({ changed: false, closedPullRequest: 1 })
    expect(repo.pulls[0].state).toBe('closed')
    const again = await proposeBanner(client, target, (t) => t, pr)
    expect(again.closedPullRequest).toBeUndefined()
  })

  it('refuses a head branch that is the base branch', async () => {
    await expect(
      proposeBanner(client, target, update, { ...pr, head: 'main' }),
    ).rejects.toThrow(UserError)
  })
})

describe('the removal on day 31 through the API', () => {
  it('empties the block between the markers and keeps them', async () => {
    await commitBanner(client, target, update, { message: 'add' })
    await commitBanner(client, target, (t) => applyBanner(t, ''), {
      message: 'expire',
    })
    expect(repo.file('README.md')).toBe(
      `# App\r\n\r\n${BANNER_START}\r\n${BANNER_END}\r\n\r\nIntro.\r\n`,
    )
  })
})
