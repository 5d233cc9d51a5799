/**
 * JSON over HTTP for the channels (GitHub, CVE Services, Discourse), with
 * fetch. A refusal the user can fix (bad token, missing permission) is a
 * UserError naming the fix; any other failure is a ChannelError that the
 * summary reports and a re-run can complete.
 */
import { UserError } from '../../../core/src/errors.js'
import { forLog } from '../../../core/src/text.js'
import {
  forbiddenMessage,
  unauthorizedMessage,
} from '../../../github/src/permissions.js'
import { ChannelError } from './types.js'

export interface HttpReply<T = unknown> {
  status: number
  data: T
  headers: Headers
}

const TIMEOUT_MS = 30_000

/** One JSON request; resolves for every HTTP status, rejects on no answer. */
export async function requestJson<T = unknown>(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown },
): Promise<HttpReply<T>> {
  const method = init.method ?? 'GET'
  let res: Response
  try {
    res = await fetch(url, {
      method,
      headers: {
        accept: 'application/json',
        ...(init.body !== undefined
          ? { 'content-type': 'application/json' }
          : {}),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    throw new ChannelError(
      `${method} ${forLog(url, 200)} got no answer (${forLog(why, 200)}).`,
    )
  }
  const text = await res.text().catch(() => '')
  let data: unknown = undefined
  if (text !== '') {
    try {
      data = JSON.parse(text)
    } catch {
      if (res.ok) {
        throw new ChannelError(
          `${method} ${forLog(url, 200)} answered ${res.status} with a body that is not JSON.`,
        )
      }
      data = { message: text.slice(0, 200) }
    }
  }
  return { status: res.status, data: data as T, headers: res.headers }
}

function messageOf(data: unknown): string {
  if (data && typeof data === 'object' && 'message' in data) {
    return String((data as { message: unknown }).message)
  }
  return ''
}

/** The repository's REST API with a token: paths are relative to the repo. */
export class GitHubRest {
  constructor(
    readonly apiUrl: string,
    private readonly token: string,
    readonly owner: string,
    readonly repo: string,
  ) {}

  /** `/repos/{owner}/{repo}` + `tail` */
  repoPath(tail: string): string {
    return `/repos/${encodeURIComponent(this.owner)}/${encodeURIComponent(this.repo)}${tail}`
  }

  /**
   * A request whose 2xx and 404 answers are returned; 401 and 403 are the
   * user's to fix, anything else fails the channel.
   */
  async call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<HttpReply<T>> {
    const url = path.startsWith('http')
      ? path
      : `${this.apiUrl.replace(/\/+$/, '')}${path}`
    const reply = await requestJson<T>(url, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'psirt-actions',
      },
      body,
    })
    if (reply.status === 401) {
      throw new UserError(unauthorizedMessage(method, path))
    }
    if (
      reply.status === 403 &&
      reply.headers.get('x-ratelimit-remaining') !== '0'
    ) {
      throw new UserError(forbiddenMessage(method, path, messageOf(reply.data)))
    }
    if ((reply.status >= 200 && reply.status < 300) || reply.status === 404) {
      return reply
    }
    throw new ChannelError(
      `GitHub answered ${method} ${forLog(path, 200)} with ${reply.status}${messageOf(reply.data) ? `: ${forLog(messageOf(reply.data), 200)}` : ''}.`,
    )
  }

  /** Every item of a paginated list, following GitHub's Link headers. */
  async list<T>(path: string): Promise<T[]> {
    const out: T[] = []
    let next: string | undefined = path
    for (let page = 0; next && page < 100; page++) {
      const reply: HttpReply<T[]> = await this.call<T[]>('GET', next)
      if (reply.status === 404) return out
      out.push(...(reply.data ?? []))
      const link = reply.headers.get('link') ?? ''
      next = /<([^>]+)>;\s*rel="next"/.exec(link)?.[1]
    }
    return out
  }
}
