/**
 * The repository's REST API for the channels, through the suite's GitHub
 * client. A refusal the user can fix (bad token, missing permission) is a
 * UserError naming the fix; any other failure is a ChannelError that the
 * summary reports and a re-run can complete.
 */
import { ServiceError, UserError } from '../../../core/src/errors.js'
import { forLog } from '../../../core/src/text.js'
import { createClient, type GitHubClient } from '../../../github/src/client.js'
import { messageOf, type HttpReply } from './fetch.js'
import { ChannelError } from './types.js'

/**
 * What a 404 from GitHub means when the resource should be there: the
 * token cannot see it (GitHub hides what a token may not read or write).
 */
function notFoundFix(method: string, path: string): string {
  const write = method !== 'GET' && method !== 'HEAD'
  if (/\/security-advisories/.test(path)) {
    const permission = write
      ? 'Repository security advisories: write'
      : 'Repository security advisories: read'
    return ` GitHub answers 404 when the token cannot ${write ? 'write' : 'read'} this repository's security advisories. Fix: pass as \`token\` a GitHub App or fine-grained token with "${permission}" on this repository (the built-in GITHUB_TOKEN cannot have it).`
  }
  if (/\/releases/.test(path)) {
    return write
      ? ' GitHub answers 404 when the token cannot write the release or the release was deleted. Fix: give the token `contents: write`, and check that the release still exists.'
      : ' GitHub answers 404 when the token cannot read the release. Fix: give the token `contents: read`.'
  }
  return " GitHub answers 404 when the token cannot see the resource. Fix: check the token's access to this repository."
}

/** Options of the shared GitHub client (retries, waits), for tests. */
export interface GitHubRestOptions {
  retries?: number
  sleep?: (ms: number) => Promise<void>
  log?: (line: string) => void
}

/**
 * The repository's REST API through the suite's GitHub client (retries for
 * idempotent requests, rate-limit waits, 401/403 as the user's fix). Paths
 * are relative to the API root.
 */
export class GitHubRest {
  private readonly client: GitHubClient

  constructor(
    readonly apiUrl: string,
    token: string,
    readonly owner: string,
    readonly repo: string,
    options: GitHubRestOptions = {},
  ) {
    this.client = createClient({ token, apiUrl, ...options })
  }

  /** `/repos/{owner}/{repo}` + `tail` */
  repoPath(tail: string): string {
    return `/repos/${encodeURIComponent(this.owner)}/${encodeURIComponent(this.repo)}${tail}`
  }

  /**
   * A request whose 2xx answers are returned; 401 and 403 are the user's to
   * fix (UserError), anything else fails the channel. A 404 is returned
   * only to a read that asks for it (`notFound: 'reply'`), where "not
   * found" is an answer; on a write, or a read that expects the resource,
   * it is a failure: GitHub answers 404 when the token cannot see the
   * resource.
   */
  async call<T = unknown>(
    method: string,
    path: string,
    body?: { [k: string]: unknown },
    options: { notFound?: 'reply' } = {},
  ): Promise<HttpReply<T>> {
    try {
      const res = await this.client.request(`${method} ${path}`, {
        ...(body ?? {}),
      })
      return {
        status: res.status,
        data: res.data as T,
        headers: new Headers(
          Object.entries(res.headers)
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, String(v)]),
        ),
      }
    } catch (e) {
      if (e instanceof UserError) throw e
      // The client already said GitHub is unavailable, and what to do.
      if (e instanceof ServiceError) throw new ChannelError(e.message)
      const status = (e as { status?: number }).status
      const data = (e as { response?: { data?: unknown } }).response?.data
      if (status === 404 && method === 'GET' && options.notFound === 'reply') {
        return { status, data: data as T, headers: new Headers() }
      }
      const why = messageOf(data) || (e instanceof Error ? e.message : '')
      throw new ChannelError(
        `GitHub answered ${method} ${forLog(path, 200)}${status ? ` with ${status}` : ''}${why ? `: ${forLog(why, 200)}` : ''}.${status === 404 ? notFoundFix(method, path) : ''}`,
      )
    }
  }

  /** Every item of a paginated list, following GitHub's Link headers. */
  async list<T>(path: string): Promise<T[]> {
    const out: T[] = []
    let next: string | undefined = path
    for (let page = 0; next && page < 100; page++) {
      const reply: HttpReply<T[]> = await this.call<T[]>('GET', next)
      out.push(...(reply.data ?? []))
      const link = reply.headers.get('link') ?? ''
      next = /<([^>]+)>;\s*rel="next"/.exec(link)?.[1]
    }
    return out
  }
}
