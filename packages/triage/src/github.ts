/**
 * What triage-gate reads from and writes to GitHub: Dependabot alerts, the
 * dependency graph compare of a pull request, the one sticky comment, and
 * alert dismissals. Each write is preceded by a read of the current state,
 * so a second run with nothing changed sends no write.
 */
import type { GitHubClient } from '../../github/src/client.js'
import { paginate } from '../../github/src/paginate.js'
import type { AlertState, AlertWrite } from './dismiss.js'
import { COMMENT_MARKER } from './render.js'

export interface Repo {
  owner: string
  repo: string
}

export const ALERTS_ROUTE = 'GET /repos/{owner}/{repo}/dependabot/alerts'

/** Every Dependabot alert of the repository, 100 a page. */
export async function fetchDependabotAlerts(
  client: GitHubClient,
  repo: Repo,
): Promise<unknown[]> {
  // Fixed alerts are left out by the parser anyway; asking only for the
  // other states saves pages on old repositories.
  return paginate(client, ALERTS_ROUTE, {
    ...repo,
    state: 'auto_dismissed,dismissed,open',
  })
}

/** The alert states the dismissal plan compares against. */
export function alertStates(alerts: unknown[]): Map<number, AlertState> {
  const out = new Map<number, AlertState>()
  for (const a of alerts) {
    const x = a as Partial<AlertState>
    if (typeof x.number === 'number' && typeof x.state === 'string') {
      out.set(x.number, {
        number: x.number,
        state: x.state,
        dismissed_reason: x.dismissed_reason ?? null,
        dismissed_comment: x.dismissed_comment ?? null,
      })
    }
  }
  return out
}

/** The dependency changes between two commits (one request). */
export async function fetchCompare(
  client: GitHubClient,
  repo: Repo,
  base: string,
  head: string,
): Promise<unknown[]> {
  const res = await client.request(
    'GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}',
    { ...repo, basehead: `${base}...${head}` },
  )
  return res.data as unknown[]
}

export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped'
  id?: number
  url?: string
}

interface IssueComment {
  id: number
  body?: string
  html_url?: string
}

/** A request of the sticky comment that failed; `cause` is GitHub's error. */
export class CommentError extends Error {
  /** what was being done, for the warning: "listing the comments" */
  readonly step: string

  constructor(step: string, cause: unknown) {
    super(`${step} failed`, { cause })
    this.name = 'CommentError'
    this.step = step
  }
}

async function step<T>(what: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send()
  } catch (e) {
    throw new CommentError(what, e)
  }
}

/**
 * Creates or updates the one comment that starts with the marker. The
 * existing comment is found by listing them all; a body that is already
 * right is left alone. With `create` false, a pull request that never had
 * anything to report gets no comment. A failed request is a CommentError
 * naming the step.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  repo: Repo,
  issueNumber: number,
  body: string,
  /** false: only update an existing comment, never start one */
  create = true,
): Promise<CommentResult> {
  const comments = await step('listing the comments', () =>
    paginate<IssueComment>(
      client,
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { ...repo, issue_number: issueNumber },
    ),
  )
  // LIMITATION: the comment is recognised by the marker at the start of its
  // body, whoever wrote it; a hand-written comment starting with the marker
  // would be taken for it.
  const mine = comments.find((c) => (c.body ?? '').startsWith(COMMENT_MARKER))
  if (mine) {
    if (mine.body === body) {
      return { action: 'unchanged', id: mine.id, url: mine.html_url }
    }
    const res = await step(`updating comment ${mine.id}`, () =>
      client.request(
        'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
        { ...repo, comment_id: mine.id, body },
      ),
    )
    return {
      action: 'updated',
      id: Number(res.data.id),
      url: res.data.html_url,
    }
  }
  if (!create) return { action: 'skipped' }
  const res = await step('posting the comment', () =>
    client.request(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { ...repo, issue_number: issueNumber, body },
    ),
  )
  return { action: 'created', id: Number(res.data.id), url: res.data.html_url }
}

/** Sends the planned dismissals and reopenings, one PATCH each. */
export async function applyAlertWrites(
  client: GitHubClient,
  repo: Repo,
  writes: AlertWrite[],
  log: (line: string) => void,
): Promise<void> {
  for (const w of writes) {
    await client.request(
      'PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}',
      { ...repo, alert_number: w.number, ...w.body },
    )
    log(w.why)
  }
}
