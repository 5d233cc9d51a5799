/**
 * GitHub's refusals turned into the user's fix: which permission the token
 * lacks, the workflow line that grants it, and the alternative when the
 * built-in GITHUB_TOKEN cannot have it at all.
 */
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'

/** A refusal the user fixes by changing the token or the workflow. */
export class GitHubAccessError extends UserError {
  readonly status: number
  /** `METHOD /path` of the refused request */
  readonly request: string

  constructor(message: string, status: number, request: string) {
    super(message)
    this.name = 'GitHubAccessError'
    this.status = status
    this.request = request
  }
}

interface Scope {
  /** what was refused, for the sentence: "list Dependabot alerts" */
  what: string
  /** the `permissions:` scope and level the workflow needs */
  permission?: string
  /** the fine-grained token / GitHub App permission */
  fineGrained: string
  /** the built-in token cannot have this permission */
  notForBuiltInToken?: boolean
}

/** The permission a request needs, from its method and path. */
export function scopeOf(method: string, path: string): Scope {
  const write = method !== 'GET' && method !== 'HEAD'
  if (/\/dependabot\/alerts/.test(path)) {
    return write
      ? {
          what: 'dismiss or reopen Dependabot alerts',
          permission: 'vulnerability-alerts: write',
          fineGrained: 'Dependabot alerts: read and write',
        }
      : {
          what: 'list Dependabot alerts',
          permission: 'vulnerability-alerts: read',
          fineGrained: 'Dependabot alerts: read',
        }
  }
  if (/\/security-advisories/.test(path)) {
    return {
      what: write
        ? 'write repository security advisories'
        : 'read repository security advisories',
      fineGrained: write
        ? 'Repository security advisories: write'
        : 'Repository security advisories: read',
      notForBuiltInToken: true,
    }
  }
  if (/\/issues\/(\d+\/)?comments/.test(path)) {
    return write
      ? {
          what: 'write the pull request comment',
          permission: 'pull-requests: write',
          fineGrained: 'Pull requests: read and write',
        }
      : {
          what: 'read the pull request comments',
          permission: 'pull-requests: read',
          fineGrained: 'Pull requests: read',
        }
  }
  if (/\/pulls/.test(path)) {
    return write
      ? {
          what: 'open or update the pull request',
          permission: 'pull-requests: write',
          fineGrained: 'Pull requests: read and write',
        }
      : {
          what: 'read pull requests',
          permission: 'pull-requests: read',
          fineGrained: 'Pull requests: read',
        }
  }
  if (/\/dependency-graph\//.test(path)) {
    return {
      what: 'compare the dependency graph',
      permission: 'contents: read',
      fineGrained: 'Contents: read',
    }
  }
  return write
    ? {
        what: 'change repository contents, refs or releases',
        permission: 'contents: write',
        fineGrained: 'Contents: read and write',
      }
    : {
        what: 'read the repository',
        permission: 'contents: read',
        fineGrained: 'Contents: read',
      }
}

/** The sentence for a 403 that is not a rate limit. */
export function forbiddenMessage(
  method: string,
  path: string,
  githubMessage: string,
): string {
  const scope = scopeOf(method, path)
  const said = githubMessage
    ? ` GitHub said: "${forLog(githubMessage, 200)}".`
    : ''
  if (/\/dependabot\/alerts/.test(path) && /disabled/i.test(githubMessage)) {
    return (
      `GitHub refused to ${scope.what} (403) because Dependabot alerts are disabled for this repository.${said} ` +
      'Fix: enable Dependabot alerts under Settings → Code security, or remove `dependabot` from the sources this action reads.'
    )
  }
  if (scope.notForBuiltInToken) {
    const verb = method === 'GET' || method === 'HEAD' ? 'read' : 'write'
    return (
      `GitHub refused to ${scope.what} (403): the built-in GITHUB_TOKEN cannot ${verb} repository security advisories, ` +
      `so a GitHub App or fine-grained token with "${scope.fineGrained}" is needed.${said} ` +
      `Fix: create a GitHub App (or fine-grained personal access token) with "${scope.fineGrained}" on this repository, ` +
      'store its token as a secret and pass it as the `token` input.'
    )
  }
  const block = scope.permission?.startsWith('contents:')
    ? `{ ${scope.permission} }`
    : `{ contents: read, ${scope.permission} }`
  return (
    `GitHub refused to ${scope.what} (403): the token lacks the permission \`${scope.permission}\`.${said} ` +
    `Fix: add \`${scope.permission}\` to the \`permissions:\` block of the job in the workflow ` +
    `(for example \`permissions: ${block}\`), or pass a fine-grained token or GitHub App token ` +
    `with "${scope.fineGrained}" as the \`token\` input.`
  )
}

/** The sentence for a 401. */
export function unauthorizedMessage(method: string, path: string): string {
  return (
    `GitHub rejected the token for ${method} ${forLog(path, 200)} (401 Bad credentials). ` +
    'Fix: pass a valid token as the `token` input (the default is the built-in `${{ github.token }}`); ' +
    'a personal access token may have expired or been revoked.'
  )
}
