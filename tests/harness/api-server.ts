/**
 * A GitHub REST API server on 127.0.0.1 for tests. Each test registers the
 * state it needs with `on()` or `paginate()`; every request the code sends
 * and every response a handler returns is checked against GitHub's OpenAPI
 * description. A violation answers the request with an error (so the code
 * sees that something is wrong) and makes `close()` throw, so it fails the
 * test. Faults (5xx, rate limits, timeouts, truncated bodies) are injected
 * per route with `fault()`.
 *
 * LIMITATION: headers are not validated (neither the request's Accept or
 * API-version headers nor the documented response headers), only
 * parameters, bodies and status codes.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import {
  match,
  normaliseRoute,
  operation,
  successStatus,
  validateRequest,
  validateResponse,
  type Operation,
} from './openapi.js'

export { sample, sampleOf } from './openapi.js'

/** A request as a handler sees it. */
export interface ApiRequest {
  method: string
  /** the matched operation, `GET /repos/{owner}/{repo}/releases` */
  route: string
  /** the request path without the query */
  path: string
  params: Record<string, string>
  query: Record<string, string>
  body: unknown
  headers: IncomingHttpHeaders
}

/** What a handler answers; `status` defaults to the operation's 2xx. */
export interface ApiReply {
  status?: number
  body?: unknown
  headers?: Record<string, string>
}

export type ApiHandler = (req: ApiRequest) => ApiReply | Promise<ApiReply>

export type Fault =
  | { status: 500 | 502 | 503 | 504 }
  /** GitHub answers these on any route, documented or not */
  | { status: 401 | 404 }
  | { status: 403 | 429; retryAfter: number; rateLimit?: boolean }
  | { timeout: true }
  | { truncate: true }

/** One request as the server saw it, with what it answered. */
export interface RecordedRequest {
  method: string
  path: string
  /** the query string, without `?` */
  search: string
  route?: string
  params: Record<string, string>
  query: Record<string, string>
  body: unknown
  headers: IncomingHttpHeaders
  status?: number
  fault?: Fault
}

export interface Violation {
  kind:
    | 'unknown-route'
    | 'no-handler'
    | 'invalid-request'
    | 'invalid-response'
    | 'handler-error'
  method: string
  path: string
  problems: string[]
}

export interface ApiServer {
  /** base URL, `http://127.0.0.1:<port>`, for GITHUB_API_URL or baseUrl */
  url: string
  requests: RecordedRequest[]
  violations: Violation[]
  /** Answers `method route` (a template of the description) with a handler or a fixed reply. */
  on(method: string, route: string, reply: ApiHandler | ApiReply): void
  /** Serves `items` page by page with GitHub's Link headers; `route` is `GET /template`. */
  paginate(route: string, items: unknown[], perPage?: number): void
  /** The next `times` requests matching method and path (template or concrete; method `*` for any) get the fault. */
  fault(
    method: string,
    path: string,
    fault: Fault,
    opts?: { times?: number },
  ): void
  /** The violations so far, cleared (for tests that expect some). */
  takeViolations(): Violation[]
  /** Throws an Error listing every violation. */
  assertNoViolations(): void
  /** Stops the server; throws when there were violations. */
  close(): Promise<void>
}

interface PendingFault {
  method: string
  path: string
  fault: Fault
  remaining: number
}

/** Starts a server on a random port of 127.0.0.1. */
export async function startApiServer(): Promise<ApiServer> {
  const handlers = new Map<string, ApiHandler>()
  const faults: PendingFault[] = []
  const sockets = new Set<Socket>()
  const requests: RecordedRequest[] = []
  let violations: Violation[] = []

  const server = createServer((req, res) => {
    serve(req, res).catch((e: unknown) => {
      violations.push({
        kind: 'handler-error',
        method: req.method ?? '',
        path: req.url ?? '',
        problems: [e instanceof Error ? (e.stack ?? e.message) : String(e)],
      })
      if (!res.headersSent)
        sendJson(res, 500, { message: 'harness: handler threw' })
      else res.destroy()
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`

  async function serve(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase()
    const target = new URL(req.url ?? '/', url)
    const path = target.pathname
    const rawBody = await readBody(req)
    const query: Record<string, string> = {}
    for (const [k, v] of target.searchParams) query[k] = v
    const contentType = req.headers['content-type']
    let body: unknown
    if (rawBody.trim() !== '') {
      try {
        body = JSON.parse(rawBody)
      } catch {
        body = undefined
      }
    }
    const recorded: RecordedRequest = {
      method,
      path,
      search: target.search.replace(/^\?/, ''),
      params: {},
      query,
      body,
      headers: req.headers,
    }
    requests.push(recorded)
    const fail = (
      kind: Violation['kind'],
      problems: string[],
      status: number,
    ) => {
      violations.push({ kind, method, path: path + target.search, problems })
      recorded.status = status
      sendJson(res, status, {
        message: `psirt test harness: ${kind}: ${problems.join('; ')}`,
      })
    }

    const found = match(method, path)
    if (!found) {
      fail(
        'unknown-route',
        [
          `${method} ${path} is not an operation of the extract (tests/harness/github-openapi.json)`,
        ],
        404,
      )
      return
    }
    const op = found.operation
    recorded.route = op.route
    recorded.params = found.params

    const requestProblems = validateRequest(op, {
      params: found.params,
      query,
      body,
      rawBody,
      contentType,
    })
    if (requestProblems.length > 0) {
      fail('invalid-request', requestProblems, 422)
      return
    }

    const fault = takeFault(method, path, op)
    if (fault) recorded.fault = fault
    if (fault && 'timeout' in fault) return // never answers; close() drops it
    if (fault && 'status' in fault) {
      recorded.status = fault.status
      sendFault(res, fault)
      return
    }

    const handler = handlers.get(op.route)
    if (!handler) {
      fail(
        'no-handler',
        [
          `no handler registered for ${op.route}; call api.on('${op.method}', '${op.template}', ...)`,
        ],
        501,
      )
      return
    }
    const reply = await handler({
      method,
      route: op.route,
      path,
      params: found.params,
      query,
      body,
      headers: req.headers,
    })
    const status = reply.status ?? successStatus(op)
    const responseProblems = validateResponse(op, status, reply.body)
    if (responseProblems.length > 0) {
      fail('invalid-response', responseProblems, 500)
      return
    }
    recorded.status = status
    const text = reply.body === undefined ? '' : JSON.stringify(reply.body)
    const headers: Record<string, string | number> = {
      ...(text === ''
        ? {}
        : { 'content-type': 'application/json; charset=utf-8' }),
      'content-length': Buffer.byteLength(text),
      'x-github-api-version-selected': '2022-11-28',
      ...reply.headers,
    }
    if (fault && 'truncate' in fault) {
      // The headers promise the whole body; the connection drops halfway.
      res.writeHead(status, headers)
      res.write(text.slice(0, Math.floor(text.length / 2)))
      setImmediate(() => res.socket?.destroy())
      return
    }
    res.writeHead(status, headers)
    res.end(text)
  }

  function takeFault(
    method: string,
    path: string,
    op: Operation,
  ): Fault | undefined {
    const i = faults.findIndex(
      (f) =>
        (f.method === '*' || f.method === method) &&
        (f.path === path || f.path === op.template),
    )
    if (i < 0) return undefined
    const pending = faults[i]
    pending.remaining -= 1
    if (pending.remaining <= 0) faults.splice(i, 1)
    return pending.fault
  }

  const api: ApiServer = {
    url,
    requests,
    get violations() {
      return violations
    },
    on(method, route, reply) {
      const key = normaliseRoute(`${method} ${route}`)
      if (!operation(key)) {
        throw new Error(
          `${key} is not an operation of tests/harness/github-openapi.json; add it to scripts/extract-openapi.js`,
        )
      }
      handlers.set(key, typeof reply === 'function' ? reply : () => reply)
    },
    paginate(route, items, perPage = 30) {
      const key = normaliseRoute(route)
      const op = operation(key)
      if (!op) throw new Error(`${key} is not an operation of the extract`)
      const cursor = !op.parameters.some((p) => p.name === 'page')
      handlers.set(key, (req) =>
        servePage(url, op, req, items, perPage, cursor),
      )
    },
    fault(method, path, fault, opts = {}) {
      const times = opts.times ?? 1
      // `times: 0` injects nothing (a loop over counts may reach zero).
      if (times <= 0) return
      faults.push({
        method: method.toUpperCase(),
        path,
        fault,
        remaining: times,
      })
    },
    takeViolations() {
      const taken = violations
      violations = []
      return taken
    },
    assertNoViolations() {
      if (violations.length === 0) return
      throw new Error(
        `The GitHub API test server saw ${violations.length} violation(s):\n` +
          violations
            .map(
              (v) =>
                `- ${v.kind} ${v.method} ${v.path}: ${v.problems.join('; ')}`,
            )
            .join('\n'),
      )
    },
    async close() {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      api.assertNoViolations()
    },
  }
  return api
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  })
  res.end(text)
}

/** GitHub's answers when it is down or rate limits, on any route. */
function sendFault(
  res: ServerResponse,
  fault: Extract<Fault, { status: number }>,
): void {
  if (fault.status === 403 || fault.status === 429) {
    const f = fault as {
      status: 403 | 429
      retryAfter: number
      rateLimit?: boolean
    }
    const headers: Record<string, string> = {}
    if (f.rateLimit) {
      headers['x-ratelimit-limit'] = '5000'
      headers['x-ratelimit-remaining'] = '0'
      headers['x-ratelimit-used'] = '5000'
      headers['x-ratelimit-reset'] = String(
        Math.floor(Date.now() / 1000) + f.retryAfter,
      )
    } else {
      headers['retry-after'] = String(f.retryAfter)
    }
    sendJson(
      res,
      f.status,
      {
        message: f.rateLimit
          ? 'API rate limit exceeded for installation.'
          : 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url:
          'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api',
      },
      headers,
    )
    return
  }
  const message =
    fault.status === 401
      ? 'Bad credentials'
      : fault.status === 404
        ? 'Not Found'
        : 'Server Error'
  sendJson(res, fault.status, {
    message,
    documentation_url: 'https://docs.github.com/rest',
  })
}

/**
 * One page of `items`. Operations with a `page` parameter get page numbers;
 * cursor operations (Dependabot alerts, security advisories) get `after`.
 */
function servePage(
  base: string,
  op: Operation,
  req: ApiRequest,
  items: unknown[],
  perPage: number,
  cursor: boolean,
): ApiReply {
  const asked = Number(req.query.per_page ?? 30)
  const size = Math.max(1, Math.min(asked, perPage))
  let start: number
  if (cursor) {
    start = req.query.after
      ? Number(Buffer.from(req.query.after, 'base64url').toString())
      : 0
  } else {
    start = (Number(req.query.page ?? 1) - 1) * size
  }
  const page = items.slice(start, start + size)
  const link = (q: Record<string, string>) => {
    const u = new URL(req.path, base)
    for (const [k, v] of Object.entries({ ...req.query, ...q }))
      u.searchParams.set(k, v)
    return u.toString()
  }
  const links: string[] = []
  const more = start + size < items.length
  if (cursor) {
    if (more) {
      const next = Buffer.from(String(start + size)).toString('base64url')
      links.push(`<${link({ after: next })}>; rel="next"`)
    }
  } else {
    const n = Math.floor(start / size) + 1
    const last = Math.max(1, Math.ceil(items.length / size))
    if (n > 1) links.push(`<${link({ page: String(n - 1) })}>; rel="prev"`)
    if (more) links.push(`<${link({ page: String(n + 1) })}>; rel="next"`)
    if (n < last) links.push(`<${link({ page: String(last) })}>; rel="last"`)
    if (n > 1) links.push(`<${link({ page: '1' })}>; rel="first"`)
  }
  return {
    status: successStatus(op),
    body: page,
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  }
}
