/**
 * Channel 1: the release that carries the fix must be public before
 * anything about the vulnerability is. GitHub does not return a draft
 * release by tag, so "not found" also means "not published yet".
 */
import { forLog } from '../../../core/src/text.js'
import type { GitHubRest } from './github-rest.js'

/** The release as GitHub has it now. */
export interface ReleaseState {
  id: number
  tag: string
  body: string
  html_url: string
  draft: boolean
  prerelease: boolean
}

/** The release, or the sentence that says why it is not public. */
export async function checkRelease(
  gh: GitHubRest,
  tag: string,
  allowPrerelease: boolean,
): Promise<{ release?: ReleaseState; problem?: string }> {
  const reply = await gh.call<ReleaseState & { tag_name: string }>(
    'GET',
    gh.repoPath(`/releases/tags/${encodeURIComponent(tag)}`),
    undefined,
    { notFound: 'reply' },
  )
  const t = forLog(tag, 80)
  if (reply.status === 404) {
    return {
      problem: `release ${t} is not published (GitHub has no public release with that tag); publish the release first`,
    }
  }
  const r = reply.data
  const release: ReleaseState = {
    id: r.id,
    tag: r.tag_name,
    body: r.body ?? '',
    html_url: r.html_url,
    draft: r.draft,
    prerelease: r.prerelease,
  }
  if (r.draft) {
    return { problem: `release ${t} is still a draft; publish it first` }
  }
  if (r.prerelease && !allowPrerelease) {
    return {
      problem: `release ${t} is a pre-release, which does not lift an embargo; set allow-prerelease: true to publish on pre-releases`,
    }
  }
  return { release }
}
