/**
 * A small git repository behind the API test server: branches pointing at
 * commits, files with real blob shas, and pull requests. It answers the
 * contents, git refs and pulls operations the banner uses, as GitHub does
 * (409 when a write names a sha that is no longer the file's).
 */
import { createHash } from 'node:crypto'
import { sample, type ApiServer } from '../../../tests/harness/api-server.js'

export function blobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8')
  return createHash('sha1')
    .update(`blob ${bytes.length}\0`)
    .update(bytes)
    .digest('hex')
}

interface Commit {
  sha: string
  files: Map<string, string>
}

export interface Pull {
  number: number
  head: string
  base: string
  title: string
  state: 'open' | 'closed'
}

export class Repository {
  readonly branches = new Map<string, Commit>()
  readonly pulls: Pull[] = []
  /** commits made through the API, in order */
  readonly commits: { branch: string; message: string; sha: string }[] = []
  /** runs before each PUT is answered: a concurrent writer's chance */
  beforePut?: (branch: string) => void
  private counter = 0

  constructor(
    readonly owner: string,
    readonly name: string,
    readonly defaultBranch = 'main',
    files: { [path: string]: string } = {},
  ) {
    this.branches.set(defaultBranch, {
      sha: this.nextSha(),
      files: new Map(Object.entries(files)),
    })
  }

  private nextSha(): string {
    this.counter += 1
    return createHash('sha1').update(`commit ${this.counter}`).digest('hex')
  }

  /** The text of a file on a branch (default branch when absent). */
  file(path: string, branch = this.defaultBranch): string | undefined {
    return this.branches.get(branch)?.files.get(path)
  }

  /** A commit by someone else, outside the code under test. */
  push(branch: string, path: string, text: string, message = 'edit'): void {
    const head = this.branches.get(branch)
    if (!head) throw new Error(`no branch ${branch}`)
    const files = new Map(head.files)
    files.set(path, text)
    const sha = this.nextSha()
    this.branches.set(branch, { sha, files })
    this.commits.push({ branch, message, sha })
  }

  private url(path: string): string {
    return `https://api.github.com/repos/${this.owner}/${this.name}/${path}`
  }

  private contentBody(path: string, text: string) {
    const sha = blobSha(text)
    return {
      type: 'file',
      encoding: 'base64',
      size: Buffer.byteLength(text),
      name: path.split('/').pop(),
      path,
      content: Buffer.from(text, 'utf8').toString('base64'),
      sha,
      url: this.url(`contents/${path}`),
      git_url: this.url(`git/blobs/${sha}`),
      html_url: `https://github.com/${this.owner}/${this.name}/blob/main/${path}`,
      download_url: `https://raw.githubusercontent.com/${this.owner}/${this.name}/main/${path}`,
      _links: {
        git: this.url(`git/blobs/${sha}`),
        html: `https://github.com/${this.owner}/${this.name}/blob/main/${path}`,
        self: this.url(`contents/${path}`),
      },
    }
  }

  private refBody(branch: string, sha: string) {
    return {
      ref: `refs/heads/${branch}`,
      node_id: 'REF_1',
      url: this.url(`git/refs/heads/${branch}`),
      object: { type: 'commit', sha, url: this.url(`git/commits/${sha}`) },
    }
  }

  private pullBody(p: Pull) {
    const base = sample('GET /repos/{owner}/{repo}/pulls/{pull_number}')
    return {
      ...base,
      number: p.number,
      title: p.title,
      state: p.state,
      head: { ...(base.head as object), ref: p.head },
      base: { ...(base.base as object), ref: p.base },
    }
  }

  /** Registers the routes the banner uses on the server. */
  serve(api: ApiServer): void {
    const notFound = { status: 404, body: { message: 'Not Found' } }
    const mine = (p: { owner: string; repo: string }) =>
      p.owner === this.owner && p.repo === this.name

    api.on('GET', '/repos/{owner}/{repo}', (req) => {
      if (!mine(req.params as never)) return notFound
      return {
        body: {
          ...sample('GET /repos/{owner}/{repo}'),
          name: this.name,
          full_name: `${this.owner}/${this.name}`,
          default_branch: this.defaultBranch,
        },
      }
    })

    api.on('GET', '/repos/{owner}/{repo}/contents/{path}', (req) => {
      const branch = req.query.ref ?? this.defaultBranch
      const text = this.branches.get(branch)?.files.get(req.params.path)
      if (!mine(req.params as never) || text === undefined) return notFound
      return { body: this.contentBody(req.params.path, text) }
    })

    api.on('PUT', '/repos/{owner}/{repo}/contents/{path}', (req) => {
      const body = req.body as {
        message: string
        content: string
        sha?: string
        branch?: string
      }
      const branch = body.branch ?? this.defaultBranch
      this.beforePut?.(branch)
      const head = this.branches.get(branch)
      if (!mine(req.params as never) || !head) return notFound
      const path = req.params.path
      const current = head.files.get(path)
      if (current !== undefined && body.sha !== blobSha(current)) {
        return {
          status: 409,
          body: {
            message: `${path} does not match ${body.sha}`,
            documentation_url:
              'https://docs.github.com/rest/repos/contents#create-or-update-file-contents',
          },
        }
      }
      const text = Buffer.from(body.content, 'base64').toString('utf8')
      this.push(branch, path, text, body.message)
      const sha = this.branches.get(branch)!.sha
      const commit = sample('PUT /repos/{owner}/{repo}/contents/{path}')
        .commit as object
      return {
        status: current === undefined ? 201 : 200,
        body: {
          content: this.contentBody(path, text),
          commit: { ...commit, sha, message: body.message },
        },
      }
    })

    api.on('GET', '/repos/{owner}/{repo}/git/ref/{ref}', (req) => {
      const branch = req.params.ref.replace(/^heads\//, '')
      const head = this.branches.get(branch)
      if (!mine(req.params as never) || !head) return notFound
      return { body: this.refBody(branch, head.sha) }
    })

    api.on('POST', '/repos/{owner}/{repo}/git/refs', (req) => {
      const body = req.body as { ref: string; sha: string }
      const branch = body.ref.replace(/^refs\/heads\//, '')
      if (this.branches.has(branch)) {
        return { status: 422, body: { message: 'Reference already exists' } }
      }
      const from = [...this.branches.values()].find((c) => c.sha === body.sha)
      if (!from)
        return { status: 422, body: { message: 'Object does not exist' } }
      this.branches.set(branch, { sha: from.sha, files: new Map(from.files) })
      return { status: 201, body: this.refBody(branch, from.sha) }
    })

    api.on('PATCH', '/repos/{owner}/{repo}/git/refs/{ref}', (req) => {
      const branch = req.params.ref.replace(/^heads\//, '')
      const body = req.body as { sha: string; force?: boolean }
      const from = [...this.branches.values()].find((c) => c.sha === body.sha)
      if (!this.branches.has(branch) || !from) {
        return { status: 422, body: { message: 'Reference does not exist' } }
      }
      this.branches.set(branch, { sha: from.sha, files: new Map(from.files) })
      return { body: this.refBody(branch, from.sha) }
    })

    api.on('GET', '/repos/{owner}/{repo}/pulls', (req) => {
      const list = this.pulls.filter(
        (p) =>
          (req.query.state ?? 'open') === p.state &&
          (!req.query.head || req.query.head === `${this.owner}:${p.head}`) &&
          (!req.query.base || req.query.base === p.base),
      )
      return { body: list.map((p) => this.pullBody(p)) }
    })

    api.on('PATCH', '/repos/{owner}/{repo}/pulls/{pull_number}', (req) => {
      const pull = this.pulls.find(
        (p) => String(p.number) === req.params.pull_number,
      )
      if (!pull) return notFound
      const body = req.body as { state?: 'open' | 'closed' }
      if (body.state) pull.state = body.state
      return { body: this.pullBody(pull) }
    })

    api.on('POST', '/repos/{owner}/{repo}/pulls', (req) => {
      const body = req.body as { head: string; base: string; title: string }
      const open = this.pulls.find(
        (p) => p.state === 'open' && p.head === body.head,
      )
      if (open) {
        return {
          status: 422,
          body: { message: `A pull request already exists for ${body.head}.` },
        }
      }
      const pull: Pull = {
        number: this.pulls.length + 1,
        head: body.head,
        base: body.base,
        title: body.title,
        state: 'open',
      }
      this.pulls.push(pull)
      return { status: 201, body: this.pullBody(pull) }
    })
  }
}
