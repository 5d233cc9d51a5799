/**
 * Writing the banner to the repository through the REST API: a commit with
 * the file's current blob sha (optimistic concurrency, re-read and retried
 * on a conflict), or one pull request from a fixed branch. Each path reads
 * the current state first, so a run with nothing to change writes nothing.
 */
import { Buffer } from 'node:buffer'
import { UserError } from '../../core/src/errors.js'

/** The part of the GitHub client this module uses: Octokit's `request`. */
export interface Rest {
  request(
    route: string,
    params?: { [key: string]: unknown },
  ): Promise<{ status: number; data: unknown }>
}

export interface BannerTarget {
  owner: string
  repo: string
  /** file path in the repository, e.g. `README.md` */
  path: string
}

export interface ApplyResult {
  changed: boolean
  /** the commit that wrote the file, when one was made */
  commitSha?: string
  /** the pull request that carries the change (pull-request mode) */
  pullRequest?: number
  /** a banner pull request closed because the base needs no change */
  closedPullRequest?: number
  /** how many read-compute-write rounds it took */
  attempts: number
}

/** The new file text for the current one. */
export type Update = (current: string) => string

/** Conflicts retried before giving up; each retry re-reads the file. */
export const MAX_ATTEMPTS = 4

interface FileState {
  text: string
  sha: string
}

function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown } | null)?.status
  return typeof s === 'number' ? s : undefined
}

function isConflict(e: unknown): boolean {
  // The contents API answers 409 when the sha is not the branch's current
  // blob, and 422 when a sha is missing for a file that now exists.
  const s = statusOf(e)
  return s === 409 || s === 422
}

function forbidden(e: unknown, what: string): UserError | undefined {
  // The suite's client already turns refusals into a sentence with the fix.
  if (e instanceof UserError) return undefined
  const s = statusOf(e)
  if (s !== 403 && s !== 401) return undefined
  return new UserError(
    `GitHub refused to ${what} (HTTP ${s}). Fix: give the job \`permissions: contents: write\`${what.includes('pull request') ? ' and `pull-requests: write`' : ''}, or pass a token that has them in the \`token\` input.`,
  )
}

async function readFile(
  api: Rest,
  t: BannerTarget,
  ref: string | undefined,
): Promise<FileState> {
  let data: unknown
  try {
    data = (
      await api.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: t.owner,
        repo: t.repo,
        path: t.path,
        ...(ref ? { ref } : {}),
      })
    ).data
  } catch (e) {
    if (statusOf(e) === 404) {
      throw new UserError(
        `${t.path} was not found in ${t.owner}/${t.repo}${ref ? ` on ${ref}` : ''}. Fix: create it, or name the file with the \`file\` input or \`banner.file\` in the configuration.`,
      )
    }
    throw forbidden(e, `read ${t.path}`) ?? e
  }
  const file = data as {
    type?: string
    encoding?: string
    content?: string
    sha?: string
  }
  if (Array.isArray(data) || file.type !== 'file' || !file.sha) {
    throw new UserError(
      `${t.path} in ${t.owner}/${t.repo} is not a file. Fix: point the \`file\` input at the README file.`,
    )
  }
  if (file.encoding !== 'base64' || typeof file.content !== 'string') {
    // LIMITATION: files over 1 MB come back without content; the banner
    // refuses them rather than reading them another way.
    throw new UserError(
      `${t.path} is too large for the contents API (over 1 MB). Fix: keep the banner in a smaller file (\`file\` input).`,
    )
  }
  const bytes = Buffer.from(file.content, 'base64')
  const text = bytes.toString('utf8')
  // LIMITATION: only UTF-8 files; another encoding could not be kept byte
  // for byte, so it is refused.
  if (!Buffer.from(text, 'utf8').equals(bytes)) {
    throw new UserError(
      `${t.path} is not valid UTF-8, so the banner cannot keep its bytes unchanged. Fix: save it as UTF-8.`,
    )
  }
  return { text, sha: file.sha }
}

async function writeFile(
  api: Rest,
  t: BannerTarget,
  text: string,
  sha: string,
  branch: string | undefined,
  message: string,
): Promise<string> {
  const res = await api.request('PUT /repos/{owner}/{repo}/contents/{path}', {
    owner: t.owner,
    repo: t.repo,
    path: t.path,
    message,
    content: Buffer.from(text, 'utf8').toString('base64'),
    sha,
    ...(branch ? { branch } : {}),
  })
  const commit = (res.data as { commit?: { sha?: string } }).commit
  return commit?.sha ?? ''
}

/**
 * Commits the banner to `branch` (the default branch when absent) if the
 * file changes. On a conflict the file is read again and the update
 * recomputed, at most MAX_ATTEMPTS times.
 */
export async function commitBanner(
  api: Rest,
  target: BannerTarget,
  update: Update,
  options: { branch?: string; message: string },
): Promise<ApplyResult> {
  for (let attempt = 1; ; attempt++) {
    const current = await readFile(api, target, options.branch)
    const next = update(current.text)
    if (next === current.text) return { changed: false, attempts: attempt }
    try {
      const commitSha = await writeFile(
        api,
        target,
        next,
        current.sha,
        options.branch,
        options.message,
      )
      return { changed: true, commitSha, attempts: attempt }
    } catch (e) {
      if (!isConflict(e)) throw forbidden(e, `commit ${target.path}`) ?? e
      if (attempt >= MAX_ATTEMPTS) {
        throw new UserError(
          `${target.path} changed under every one of ${MAX_ATTEMPTS} attempts to commit the banner (HTTP ${statusOf(e)}). Fix: re-run the job; if it keeps failing, a branch rule may refuse direct commits: use \`apply: pull-request\`.`,
        )
      }
    }
  }
}

async function refSha(
  api: Rest,
  t: BannerTarget,
  branch: string,
): Promise<string | undefined> {
  try {
    const res = await api.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      owner: t.owner,
      repo: t.repo,
      ref: `heads/${branch}`,
    })
    return (res.data as { object: { sha: string } }).object.sha
  } catch (e) {
    if (statusOf(e) === 404) return undefined
    throw e
  }
}

async function defaultBranch(api: Rest, t: BannerTarget): Promise<string> {
  const res = await api.request('GET /repos/{owner}/{repo}', {
    owner: t.owner,
    repo: t.repo,
  })
  return (res.data as { default_branch: string }).default_branch
}

/** Points `head` at `sha`, creating the branch when it does not exist. */
async function resetBranch(
  api: Rest,
  t: BannerTarget,
  head: string,
  sha: string,
  exists: boolean,
): Promise<void> {
  try {
    if (exists) {
      await api.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        owner: t.owner,
        repo: t.repo,
        ref: `heads/${head}`,
        sha,
        force: true,
      })
    } else {
      await api.request('POST /repos/{owner}/{repo}/git/refs', {
        owner: t.owner,
        repo: t.repo,
        ref: `refs/heads/${head}`,
        sha,
      })
    }
  } catch (e) {
    throw forbidden(e, `update the branch ${head}`) ?? e
  }
}

async function findPull(
  api: Rest,
  t: BannerTarget,
  head: string,
  base: string,
): Promise<number | undefined> {
  const res = await api.request('GET /repos/{owner}/{repo}/pulls', {
    owner: t.owner,
    repo: t.repo,
    head: `${t.owner}:${head}`,
    base,
    state: 'open',
    per_page: 100,
  })
  const list = res.data as { number: number }[]
  return list[0]?.number
}

async function closePull(
  api: Rest,
  t: BannerTarget,
  pullNumber: number,
): Promise<void> {
  try {
    await api.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: t.owner,
      repo: t.repo,
      pull_number: pullNumber,
      state: 'closed',
    })
  } catch (e) {
    throw forbidden(e, 'close the outdated pull request') ?? e
  }
}

/**
 * Proposes the banner in one pull request from `head` into the default
 * branch (or `base`). The branch is reset onto the base and given one
 * commit; an existing open pull request from it is reused, never doubled,
 * and closed once the base needs no change.
 */
export async function proposeBanner(
  api: Rest,
  target: BannerTarget,
  update: Update,
  options: {
    head: string
    base?: string
    message: string
    title: string
    body: string
  },
): Promise<ApplyResult> {
  const base = options.base ?? (await defaultBranch(api, target))
  if (base === options.head) {
    throw new UserError(
      `The pull request branch "${options.head}" is the base branch itself. Fix: set the \`branch\` input to a branch of its own, e.g. psirt/readme-banner.`,
    )
  }
  for (let attempt = 1; ; attempt++) {
    const onBase = await readFile(api, target, base)
    const next = update(onBase.text)
    if (next === onBase.text) {
      // The base already reads as it should (the pull request was merged, or
      // the entries it added expired before anyone did): a banner pull
      // request still open would only undo that, so it is closed.
      const stale = await findPull(api, target, options.head, base)
      if (stale !== undefined) await closePull(api, target, stale)
      return { changed: false, closedPullRequest: stale, attempts: attempt }
    }

    const headSha = await refSha(api, target, options.head)
    let commitSha: string | undefined
    const onHead =
      headSha === undefined
        ? undefined
        : await readFile(api, target, options.head)
    if (onHead?.text !== next) {
      const baseSha = await refSha(api, target, base)
      if (!baseSha) {
        throw new UserError(
          `The base branch "${base}" does not exist. Fix: name an existing branch.`,
        )
      }
      await resetBranch(api, target, options.head, baseSha, !!headSha)
      try {
        commitSha = await writeFile(
          api,
          target,
          next,
          onBase.sha,
          options.head,
          options.message,
        )
      } catch (e) {
        if (!isConflict(e) || attempt >= MAX_ATTEMPTS) {
          throw forbidden(e, `commit ${target.path}`) ?? e
        }
        continue
      }
    }

    let pullRequest = await findPull(api, target, options.head, base)
    if (pullRequest === undefined) {
      try {
        const res = await api.request('POST /repos/{owner}/{repo}/pulls', {
          owner: target.owner,
          repo: target.repo,
          head: options.head,
          base,
          title: options.title,
          body: options.body,
        })
        pullRequest = (res.data as { number: number }).number
      } catch (e) {
        throw forbidden(e, 'open the pull request') ?? e
      }
    }
    return {
      changed: commitSha !== undefined,
      commitSha,
      pullRequest,
      attempts: attempt,
    }
  }
}
