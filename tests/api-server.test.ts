import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { sample, startApiServer, type ApiServer } from './harness/api-server.js'
import {
  operations,
  successStatus,
  validateResponse,
} from './harness/openapi.js'

const REPO = '/repos/octo-org/octo-repo'

let api: ApiServer

beforeEach(async () => {
  api = await startApiServer()
})

afterEach(async () => {
  await api.close()
})

async function call(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; headers: Headers; json: unknown }> {
  const res = await fetch(api.url + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return {
    status: res.status,
    headers: res.headers,
    json: text === '' ? undefined : JSON.parse(text),
  }
}

function release(id: number, tag: string): Record<string, unknown> {
  return { ...sample('GET /repos/{owner}/{repo}/releases'), id, tag_name: tag }
}

describe('the API test server, on valid traffic', () => {
  it('answers a registered route and records the request', async () => {
    api.on('GET', '/repos/{owner}/{repo}/releases/tags/{tag}', (req) => ({
      body: release(7, req.params.tag),
    }))
    const res = await call('GET', `${REPO}/releases/tags/v1.2.0`)
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ id: 7, tag_name: 'v1.2.0' })
    expect(api.requests).toHaveLength(1)
    expect(api.requests[0]).toMatchObject({
      route: 'GET /repos/{owner}/{repo}/releases/tags/{tag}',
      params: { owner: 'octo-org', repo: 'octo-repo', tag: 'v1.2.0' },
      status: 200,
    })
  })

  it('passes a valid JSON body to the handler', async () => {
    api.on(
      'POST',
      '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      (req) => ({
        status: 201,
        body: {
          ...sample(
            'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
          ),
          body: (req.body as { body: string }).body,
        },
      }),
    )
    const res = await call('POST', `${REPO}/issues/12/comments`, {
      body: 'hello',
    })
    expect(res.status).toBe(201)
    expect(res.json).toMatchObject({ body: 'hello' })
  })

  it('decodes an encoded multi-segment parameter', async () => {
    api.on('GET', '/repos/{owner}/{repo}/git/ref/{ref}', (req) => ({
      body: {
        ...sample('GET /repos/{owner}/{repo}/git/ref/{ref}'),
        ref: `refs/${req.params.ref}`,
      },
    }))
    const res = await call('GET', `${REPO}/git/ref/heads%2Fmain`)
    expect(res.json).toMatchObject({ ref: 'refs/heads/main' })
  })

  it('has a schema-valid sample for every operation it knows', () => {
    const invalid: string[] = []
    for (const op of operations().values()) {
      const status = successStatus(op)
      const item = sample(op.route)
      const content = op.responses[String(status)].content ?? {}
      const schema = Object.values(content)[0]?.schema as { type?: string }
      const body = schema.type === 'array' ? [item] : item
      for (const p of validateResponse(op, status, body)) {
        invalid.push(`${op.route}: ${p}`)
      }
    }
    expect(invalid).toEqual([])
  })
})

describe('the API test server rejects what GitHub would reject', () => {
  it('refuses a body field of the wrong type', async () => {
    api.on('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', {
      status: 201,
      body: sample('POST /repos/{owner}/{repo}/issues/{issue_number}/comments'),
    })
    const res = await call('POST', `${REPO}/issues/12/comments`, { body: 42 })
    expect(res.status).toBe(422)
    const [v] = api.takeViolations()
    expect(v.kind).toBe('invalid-request')
    expect(v.problems.join()).toMatch(/request body\/body must be string/)
  })

  it('refuses a body without a required field', async () => {
    api.on('POST', '/repos/{owner}/{repo}/pulls', { status: 201, body: {} })
    const res = await call('POST', `${REPO}/pulls`, {
      title: 'x',
      base: 'main',
    })
    expect(res.status).toBe(422)
    const [v] = api.takeViolations()
    expect(v.problems.join()).toMatch(/must have required property 'head'/)
  })

  it('refuses a POST without its required body', async () => {
    api.on('POST', '/repos/{owner}/{repo}/git/refs', {
      status: 201,
      body: sample('POST /repos/{owner}/{repo}/git/refs'),
    })
    const res = await call('POST', `${REPO}/git/refs`)
    expect(res.status).toBe(422)
    expect(api.takeViolations()[0].problems).toEqual([
      'missing required request body',
    ])
  })

  it('refuses a misspelt body field that GitHub would silently ignore', async () => {
    api.on('PATCH', '/repos/{owner}/{repo}/dependabot/alerts/{alert_number}', {
      body: sample(
        'PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}',
      ),
    })
    const res = await call('PATCH', `${REPO}/dependabot/alerts/3`, {
      state: 'dismissed',
      dismissed_reason: 'not_used',
      dismiss_comment: 'typo: the field is dismissed_comment',
    })
    expect(res.status).toBe(422)
    expect(api.takeViolations()[0].problems.join()).toMatch(
      /additional properties \(dismiss_comment\)/,
    )
  })

  it('refuses a path parameter of the wrong type', async () => {
    api.on('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', {
      body: sample('GET /repos/{owner}/{repo}/pulls/{pull_number}'),
    })
    const res = await call('GET', `${REPO}/pulls/abc`)
    expect(res.status).toBe(422)
    expect(api.takeViolations()[0].problems.join()).toMatch(
      /path parameter "pull_number" must be integer/,
    )
  })

  it('refuses a query value outside the enum and an unknown query parameter', async () => {
    api.on('GET', '/repos/{owner}/{repo}/dependabot/alerts', { body: [] })
    const res = await call(
      'GET',
      `${REPO}/dependabot/alerts?direction=up&pages=2`,
    )
    expect(res.status).toBe(422)
    const problems = api.takeViolations()[0].problems.join('\n')
    expect(problems).toMatch(/unknown query parameter "pages"/)
    expect(problems).toMatch(
      /query parameter "direction" must be equal to one of the allowed values/,
    )
  })

  it('answers an unknown route with 404 and records it', async () => {
    const res = await call('GET', `${REPO}/dependabot/alertz`)
    expect(res.status).toBe(404)
    expect(api.takeViolations()).toMatchObject([
      { kind: 'unknown-route', method: 'GET' },
    ])
  })

  it('answers a known route without a handler with 501 and records it', async () => {
    const res = await call('GET', REPO)
    expect(res.status).toBe(501)
    expect(api.takeViolations()[0].kind).toBe('no-handler')
  })

  it('refuses to register a route the description does not have', () => {
    expect(() => api.on('DELETE', '/repos/{owner}/{repo}', {})).toThrow(
      /not an operation/,
    )
  })
})

describe('the API test server checks its own responses', () => {
  it('flags a response body that does not match the schema', async () => {
    api.on('GET', '/repos/{owner}/{repo}/releases/{release_id}', {
      body: { ...release(7, 'v1'), id: 'seven' },
    })
    const res = await call('GET', `${REPO}/releases/7`)
    expect(res.status).toBe(500)
    const [v] = api.takeViolations()
    expect(v.kind).toBe('invalid-response')
    expect(v.problems.join()).toMatch(/\/id must be integer/)
  })

  it('flags a status code the operation does not document', async () => {
    api.on('GET', '/repos/{owner}/{repo}/releases/tags/{tag}', {
      status: 403,
      body: { message: 'Forbidden' },
    })
    const res = await call('GET', `${REPO}/releases/tags/v1`)
    expect(res.status).toBe(500)
    expect(api.takeViolations()[0].problems.join()).toMatch(
      /status 403 is not documented/,
    )
  })

  it('makes close() fail when a violation was not taken', async () => {
    const other = await startApiServer()
    await fetch(other.url + '/nowhere')
    await expect(other.close()).rejects.toThrow(
      /1 violation\(s\)[\s\S]*unknown-route/,
    )
  })
})

describe('pagination', () => {
  it('serves numbered pages with Link headers GitHub-style', async () => {
    const items = [1, 2, 3, 4, 5].map((n) => release(n, `v${n}`))
    api.paginate('GET /repos/{owner}/{repo}/releases', items, 2)
    const first = await call('GET', `${REPO}/releases?per_page=100`)
    expect((first.json as unknown[]).length).toBe(2)
    const link = first.headers.get('link') ?? ''
    expect(link).toMatch(/<[^>]*[?&]page=2[^>]*>; rel="next"/)
    expect(link).toMatch(/<[^>]*[?&]page=3[^>]*>; rel="last"/)
    const seen: number[] = []
    let next: string | undefined = `${api.url}${REPO}/releases?per_page=100`
    while (next) {
      const res = await fetch(next)
      seen.push(...((await res.json()) as { id: number }[]).map((r) => r.id))
      next = /<([^>]+)>; rel="next"/.exec(res.headers.get('link') ?? '')?.[1]
    }
    expect(seen).toEqual([1, 2, 3, 4, 5])
  })

  it('serves cursor pages (after=) for operations without page numbers', async () => {
    const alert = sample('GET /repos/{owner}/{repo}/dependabot/alerts')
    const items = [1, 2, 3].map((n) => ({ ...alert, number: n }))
    api.paginate('GET /repos/{owner}/{repo}/dependabot/alerts', items, 2)
    const first = await call('GET', `${REPO}/dependabot/alerts?per_page=100`)
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')
    expect(next?.[1]).toMatch(/[?&]after=/)
    const second = await fetch(next![1])
    expect(second.headers.get('link')).toBeNull()
    expect(((await second.json()) as { number: number }[])[0].number).toBe(3)
  })
})

describe('fault injection', () => {
  beforeEach(() => {
    api.on('GET', '/repos/{owner}/{repo}/releases/{release_id}', {
      body: release(1, 'v1'),
    })
  })

  it.each([500, 502, 503] as const)(
    'answers %i for the next n requests, then normally',
    async (status) => {
      api.fault(
        'GET',
        '/repos/{owner}/{repo}/releases/{release_id}',
        { status },
        { times: 2 },
      )
      expect((await call('GET', `${REPO}/releases/1`)).status).toBe(status)
      expect((await call('GET', `${REPO}/releases/1`)).status).toBe(status)
      expect((await call('GET', `${REPO}/releases/1`)).status).toBe(200)
    },
  )

  it('injects nothing with times: 0', async () => {
    api.fault('GET', `${REPO}/releases/1`, { status: 500 }, { times: 0 })
    expect((await call('GET', `${REPO}/releases/1`)).status).toBe(200)
    expect(api.requests[0].fault).toBeUndefined()
  })

  it('sends a secondary rate limit with retry-after', async () => {
    api.fault('GET', `${REPO}/releases/1`, { status: 429, retryAfter: 7 })
    const res = await call('GET', `${REPO}/releases/1`)
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('7')
  })

  it('sends a primary rate limit with x-ratelimit-reset', async () => {
    api.fault('*', `${REPO}/releases/1`, {
      status: 403,
      retryAfter: 30,
      rateLimit: true,
    })
    const res = await call('GET', `${REPO}/releases/1`)
    expect(res.status).toBe(403)
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0')
    const reset = Number(res.headers.get('x-ratelimit-reset'))
    expect(reset - Date.now() / 1000).toBeGreaterThan(25)
  })

  it('never answers a timed-out request', async () => {
    api.fault('GET', `${REPO}/releases/1`, { timeout: true })
    await expect(
      fetch(`${api.url}${REPO}/releases/1`, {
        signal: AbortSignal.timeout(300),
      }),
    ).rejects.toThrow(/abort|timeout/i)
  })

  it('cuts a truncated body halfway through', async () => {
    api.fault('GET', `${REPO}/releases/1`, { truncate: true })
    const res = await fetch(`${api.url}${REPO}/releases/1`)
    expect(res.status).toBe(200)
    await expect(res.text()).rejects.toThrow()
    expect(api.requests[0].fault).toEqual({ truncate: true })
  })
})
