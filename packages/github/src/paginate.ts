/**
 * Every item of a list endpoint, 100 per page, following GitHub's Link
 * headers (numbered pages and `after` cursors alike).
 */
import { nameRoute, type GitHubClient } from './client.js'

export interface PaginateOptions {
  /** stop with an error beyond this many pages (default 100: 10,000 items) */
  maxPages?: number
}

/**
 * All items of `route` (e.g. `GET /repos/{owner}/{repo}/dependabot/alerts`)
 * with `params`. Too many pages is an error, never a silent truncation.
 */
export async function paginate<T = unknown>(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown> = {},
  options: PaginateOptions = {},
): Promise<T[]> {
  const maxPages = options.maxPages ?? 100
  const items: T[] = []
  let pages = 0
  nameRoute(client, route, params)
  const iterator = client.paginate.iterator(route, {
    per_page: 100,
    ...params,
  } as never)
  for await (const response of iterator) {
    pages++
    if (pages > maxPages) {
      throw new Error(
        `${route} has more than ${maxPages} pages; refusing to read a partial list.`,
      )
    }
    items.push(...(response.data as T[]))
  }
  return items
}
