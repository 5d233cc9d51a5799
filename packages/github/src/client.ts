/**
 * The GitHub REST client every action uses: Octokit from @actions/github
 * with a request timeout, bounded retries, rate-limit waits, a request
 * count, and GitHub's refusals turned into UserErrors that name the fix.
 *
 * Retry policy (@actions/github 9 bundles no retry or throttling plugin):
 * - 403/429 rate limits (secondary with `retry-after`, primary with
 *   `x-ratelimit-remaining: 0`) are retried for every method: GitHub refused
 *   the request before acting on it. The wait is bounded by `maxWaitMs`.
 * - 5xx answers, timeouts and dropped connections are retried only for
 *   idempotent methods (GET, HEAD, PUT, PATCH, DELETE), with exponential
 *   backoff. A POST that may have reached GitHub is never repeated: a second
 *   comment or advisory is worse than a failed step, and every action reads
 *   the current state first, so re-running the job is safe.
 * - A POST is retried after a connection failure only when the connection
 *   was refused, i.e. nothing was sent.
 * - A 2xx JSON body that arrives cut off is retried once for GET; for other
 *   methods it fails, since the change may have been applied.
 * - When GitHub still fails after that (5xx, no answer, a dropped
 *   connection, a cut-off body), the error is a ServiceError: one sentence
 *   naming the request by its route template, what GitHub did, and the fix
 *   (re-run the job; githubstatus.com), shown without a stack trace.
 *
 * LIMITATION: a PUT that GitHub applied before its answer was lost is
 * retried and then refused (409/422: the file's `sha` changed) instead of
 * succeeding; the caller sees the error and a re-run finds the change made.
 */
import { getOctokit } from '@actions/github'
import { ServiceError, UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import {
  GitHubAccessError,
  forbiddenMessage,
  unauthorizedMessage,
} from './permissions.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  token: string
  /** default: GITHUB_API_URL, else https://api.github.com */
  apiUrl?: string
  userAgent?: string
  /** retries after the first attempt (default 3) */
  retries?: number
  /** per attempt, including reading the body (default 30 s) */
  timeoutMs?: number
  /** longest single wait for a rate limit before failing (default 60 s) */
  maxWaitMs?: number
  /** injectable for tests */
  sleep?: (ms: number) => Promise<void>
  /** one line per retry; actions pass core.info */
  log?: (line: string) => void
}

/** What a client sent, for logs and for benchmarks (requests per run). */
export interface RequestStats {
  /** HTTP requests sent, retries included */
  requests: number
  retries: number
  /**
   * requests per `METHOD /template`.
   * LIMITATION: pages after the first are requested by their Link URL, so
   * they count under the concrete path (`GET /repos/o/r/releases`).
   */
  byRoute: Record<string, number>
  /** milliseconds spent waiting between attempts */
  waitedMs: number
}

const stats = new WeakMap<object, RequestStats>()
/** per client: concrete path of a list → its route template, for messages */
const routeNames = new WeakMap<object, Map<string, string>>()

/** The request count of a client made by createClient. */
export function requestStats(client: GitHubClient): RequestStats {
  const s = stats.get(client)
  if (!s)
    throw new Error('requestStats: the client was not made by createClient')
  return s
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE'])
const RETRYABLE_STATUS = new Set([500, 502, 503, 504])

interface HttpError extends Error {
  status?: number
  response?: {
    status: number
    headers: Record<string, string | undefined>
    data: unknown
  }
  cause?: unknown
}

type RequestOptions = {
  method: string
  url: string
  baseUrl?: string
  request?: { signal?: AbortSignal; [k: string]: unknown }
  [k: string]: unknown
}

type OctokitResponse = {
  status: number
  url: string
  headers: Record<string, string | undefined>
  data: unknown
}

/** A client for the token; see the module comment for the retry policy. */
export function createClient(options: ClientOptions): GitHubClient {
  const retries = options.retries ?? 3
  const timeoutMs = options.timeoutMs ?? 30_000
  const maxWaitMs = options.maxWaitMs ?? 60_000
  const sleep =
    options.sleep ??
    ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const log = options.log ?? (() => {})
  const baseUrl = (
    options.apiUrl ??
    process.env.GITHUB_API_URL ??
    'https://api.github.com'
  ).replace(/\/+$/, '')

  const client = getOctokit(options.token, {
    baseUrl,
    userAgent: options.userAgent ?? 'psirt-actions',
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
  })
  const counts: RequestStats = {
    requests: 0,
    retries: 0,
    byRoute: {},
    waitedMs: 0,
  }
  stats.set(client, counts)
  const templates = new Map<string, string>()
  routeNames.set(client, templates)

  client.hook.wrap('request', async (request, endpoint) => {
    const opts = endpoint as unknown as RequestOptions
    const method = opts.method.toUpperCase()
    const label = `${method} ${routeOf(opts.url, baseUrl)}`
    // Messages name the route template, never a concrete URL (its query
    // may carry a cursor); pages after the first map back to their list.
    const named = `${method} ${templateOf(opts, baseUrl, templates)}`
    const requestOptions = opts.request
    let truncations = 0

    for (let attempt = 0; ; attempt++) {
      counts.requests++
      counts.byRoute[label] = (counts.byRoute[label] ?? 0) + 1
      const controller = new AbortController()
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        controller.abort()
      }, timeoutMs)
      const outer = requestOptions?.signal
      const signal = outer
        ? AbortSignal.any([outer, controller.signal])
        : controller.signal

      let response: OctokitResponse | undefined
      let wait = 0
      let reason = ''
      try {
        // Octokit binds the options object to the inner hooks (auth), so
        // the signal goes into that same object, not into a copy.
        opts.request = { ...requestOptions, signal }
        response = (await request(opts as never)) as OctokitResponse
      } catch (e) {
        if (timedOut) {
          if (!IDEMPOTENT.has(method) || attempt >= retries) {
            throw timeoutError(named, timeoutMs, method, attempt, e)
          }
          wait = backoff(attempt)
          reason = `no answer within ${timeoutMs} ms`
        } else {
          const decided = decide(
            e as HttpError,
            label,
            named,
            attempt,
            retries,
            maxWaitMs,
          )
          if (decided.fail) throw decided.fail
          wait = decided.wait
          reason = decided.reason
        }
      } finally {
        clearTimeout(timer)
      }

      if (response) {
        if (!isCutOff(response)) return response
        if (method !== 'GET' || truncations++ >= 1) {
          throw cutOffError(named, method)
        }
        wait = 0
        reason = 'a JSON body that was cut off'
      }

      counts.retries++
      counts.waitedMs += wait
      log(
        `GitHub: ${label} got ${reason}; retrying in ${Math.round(wait / 1000)} s (attempt ${attempt + 2}).`,
      )
      if (wait > 0) await sleep(wait)
    }
  })
  return client
}

/** The path of a request, without the host and query, for messages. */
function routeOf(url: string, baseUrl: string): string {
  const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url
  return path.replace(/^https?:\/\/[^/]+/, '').split('?')[0]
}

/**
 * Remembers that requests to `route` with `params` are named by the route's
 * template in messages. Octokit's paginate sends every page, the first one
 * included, to a concrete URL; paginate() calls this first.
 */
export function nameRoute(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown>,
): void {
  const path = route.replace(/^[A-Z]+ /, '')
  routeNames.get(client)?.set(concretePath(path, params), path)
}

function concretePath(template: string, params: Record<string, unknown>) {
  return template.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const v = params[name]
    return typeof v === 'string' || typeof v === 'number'
      ? encodeURIComponent(String(v))
      : whole
  })
}

/**
 * The route template of a request: its `url` when the caller gave one
 * (`/repos/{owner}/{repo}/releases`); for a concrete URL, the template
 * nameRoute() or an earlier request noted for it; failing that, the path
 * (without host and query).
 */
function templateOf(
  opts: RequestOptions,
  baseUrl: string,
  templates: Map<string, string>,
): string {
  const path = routeOf(opts.url, baseUrl)
  if (!path.includes('{')) return templates.get(path) ?? path
  templates.set(concretePath(path, opts), path)
  return path
}

/** The one sentence every outage ends with. */
const OUTAGE_FIX =
  'Fix: re-run the job in a few minutes; https://www.githubstatus.com shows whether GitHub has an incident.'

/** A success whose JSON body did not arrive whole (Octokit then keeps text). */
function isCutOff(response: OctokitResponse): boolean {
  const type = response.headers['content-type'] ?? ''
  return (
    response.status >= 200 &&
    response.status < 300 &&
    /\bjson\b/.test(type) &&
    typeof response.data === 'string'
  )
}

function timeoutError(
  named: string,
  timeoutMs: number,
  method: string,
  attempt: number,
  cause: unknown,
): ServiceError {
  const tail = IDEMPOTENT.has(method)
    ? ` (${attempt + 1} attempts). ${OUTAGE_FIX}`
    : `; a ${method} is not repeated, as it may have been applied. ${OUTAGE_FIX} The re-run reads the current state first.`
  return new ServiceError(
    `GitHub seems unavailable: it did not answer ${named} within ${timeoutMs} ms${tail}`,
    named,
    undefined,
    { cause },
  )
}

function cutOffError(named: string, method: string): ServiceError {
  const tail =
    method === 'GET'
      ? `it was cut off again on retry. ${OUTAGE_FIX}`
      : `the change may or may not have been applied. ${OUTAGE_FIX} The re-run reads the current state first.`
  return new ServiceError(
    `GitHub seems unavailable: its answer to ${named} was cut off (incomplete JSON); ${tail}`,
    named,
  )
}

/** GitHub failed a request with a 5xx or no connection, retries or not. */
function outageError(
  error: HttpError,
  named: string,
  attempt: number,
  retries: number,
): ServiceError {
  const method = named.split(' ')[0]
  const status = error.response ? error.status : undefined
  const what = status
    ? `answered ${named} with ${status}${statusText(status)}`
    : `could not be reached for ${named} (${forLog(causeCode(error) || error.message, 80)})`
  // A POST is repeated only after a refused connection (nothing was sent).
  const tail =
    attempt >= retries
      ? ` (${attempt + 1} attempts). ${OUTAGE_FIX}`
      : `; a ${method} is not repeated, as it may have been applied. ${OUTAGE_FIX} The re-run reads the current state first.`
  return new ServiceError(
    `GitHub seems unavailable: it ${what}${tail}`,
    named,
    status,
    { cause: error },
  )
}

function statusText(status: number): string {
  const text: Record<number, string> = {
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  }
  return text[status] ? ` (${text[status]})` : ''
}

function backoff(attempt: number): number {
  return 1000 * 2 ** attempt
}

/** What to do after a failed attempt: wait and retry, or fail with `fail`. */
function decide(
  error: HttpError,
  label: string,
  named: string,
  attempt: number,
  retries: number,
  maxWaitMs: number,
):
  | { wait: number; reason: string; fail?: undefined }
  | { fail: Error; wait?: undefined; reason?: undefined } {
  const status = error.status ?? 0
  const response = error.response
  const headers = response?.headers ?? {}
  const message = githubMessage(response?.data)
  const [method, path] = label.split(' ')

  if (response && (status === 403 || status === 429)) {
    const wait = rateLimitWait(status, headers, message)
    if (wait === undefined) {
      return {
        fail: new GitHubAccessError(
          forbiddenMessage(method, path, message),
          status,
          label,
        ),
      }
    }
    if (wait > maxWaitMs || attempt >= retries) {
      return {
        fail: new UserError(
          `GitHub's rate limit stopped ${named} (${status}); it lifts at about ${liftTime(wait)}, ` +
            `later than this run waits (${Math.round(maxWaitMs / 1000)} s, ${attempt + 1} attempts). ` +
            'Fix: re-run the job after that time, or use a GitHub App token, whose limit is higher.',
        ),
      }
    }
    return { wait, reason: `a rate limit (${status})` }
  }
  if (response && status === 401) {
    return {
      fail: new GitHubAccessError(
        unauthorizedMessage(method, path),
        status,
        label,
      ),
    }
  }
  if (response && RETRYABLE_STATUS.has(status)) {
    if (!IDEMPOTENT.has(method) || attempt >= retries) {
      return { fail: outageError(error, named, attempt, retries) }
    }
    return { wait: backoff(attempt), reason: `${status} from GitHub` }
  }
  if (!response && status === 500) {
    // fetch itself failed: no answer arrived
    const refused = /ECONNREFUSED/.test(String(causeCode(error)))
    if ((!IDEMPOTENT.has(method) && !refused) || attempt >= retries) {
      return { fail: outageError(error, named, attempt, retries) }
    }
    return {
      wait: backoff(attempt),
      reason: `a connection failure (${forLog(error.message, 80)})`,
    }
  }
  return { fail: error }
}

/**
 * When a wait of `ms` from now ends, as `HH:MM UTC`, with the date in front
 * (`2026-12-04 09:15 UTC`) when that is not today (UTC).
 */
export function liftTime(ms: number, now = Date.now()): string {
  const at = new Date(now + ms).toISOString()
  const today = new Date(now).toISOString().slice(0, 10)
  const time = `${at.slice(11, 16)} UTC`
  return at.slice(0, 10) === today ? time : `${at.slice(0, 10)} ${time}`
}

/**
 * How long GitHub asks us to wait, or undefined when a 403 is a refusal and
 * not a rate limit. Without any header GitHub's guidance is one minute.
 */
function rateLimitWait(
  status: number,
  headers: Record<string, string | undefined>,
  message: string,
): number | undefined {
  const retryAfter = headers['retry-after']
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter)
    if (Number.isFinite(seconds)) return Math.max(0, seconds) * 1000
    const date = Date.parse(retryAfter)
    if (!Number.isNaN(date)) return Math.max(0, date - Date.now())
  }
  if (
    headers['x-ratelimit-remaining'] === '0' &&
    headers['x-ratelimit-reset']
  ) {
    const reset = Number(headers['x-ratelimit-reset']) * 1000
    return Math.max(0, reset - Date.now()) + 1000
  }
  if (status === 429 || /rate limit/i.test(message)) return 60_000
  return undefined
}

function githubMessage(data: unknown): string {
  if (data && typeof data === 'object' && 'message' in data) {
    return String((data as { message: unknown }).message)
  }
  return typeof data === 'string' ? data.slice(0, 200) : ''
}

function causeCode(error: HttpError): string {
  let c: unknown = error.cause
  const codes: string[] = []
  for (let i = 0; i < 4 && c && typeof c === 'object'; i++) {
    const code = (c as { code?: unknown }).code
    if (code) codes.push(String(code))
    c = (c as { cause?: unknown }).cause
  }
  return codes.join(' ')
}
