/**
 * Channel 1: the release that carries the fix must be public before
 * anything about the vulnerability is. GitHub does not return a draft
 * release by tag, so "not found" also means "not published yet". Its notes
 * must have a security section the release-notes channel can write.
 */
import { UserError } from '../../../core/src/errors.js'
import { forLog } from '../../../core/src/text.js'
import type { GitHubRest } from './github-rest.js'
import { SECTION_END, SECTION_START, parseSection } from './release-notes.js'

/** The release as GitHub has it now. */
export interface ReleaseState {
  id: number
  tag: string
  body: string
  html_url: string
  draft: boolean
  prerelease: boolean
  /** when GitHub published it, ISO 8601; null while a draft */
  published_at: string | null
}

/** The release, or the sentence that says why it is not public. */
export async function checkRelease(
  gh: GitHubRest,
  tag: string,
  allowPrerelease: boolean,
): Promise<{
  release?: ReleaseState
  problem?: string
  /** the release is public but its notes must be fixed first */
  broken?: boolean
}> {
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
    published_at: r.published_at ?? null,
  }
  if (r.draft) {
    return { problem: `release ${t} is still a draft; publish it first` }
  }
  if (r.prerelease && !allowPrerelease) {
    return {
      problem: `release ${t} is a pre-release, which does not lift an embargo; set allow-prerelease: true to publish on pre-releases`,
    }
  }
  // The security section is written later, after the advisory and the CVE
  // record are out: broken markers must stop the run before anything is.
  try {
    parseSection(release.body)
  } catch (e) {
    if (!(e instanceof UserError)) throw e
    return {
      broken: true,
      problem: `the notes of release ${t} have a broken security section: they need exactly one "${SECTION_START}" followed by one "${SECTION_END}", and nothing was disclosed. Fix: edit release ${t} on GitHub so both markers appear once, in that order (or remove both), then re-run`,
    }
  }
  return { release }
}
