/**
 * Channel 2: the GitHub repository security advisory. The advisory is found
 * first (by the record's ghsa_id, else by the hidden record marker in its
 * description, the CVE id or the summary), then created or updated as a
 * draft, then published. A re-run after any step picks up from there.
 * Writing advisories needs a GitHub App or fine-grained token: the built-in
 * GITHUB_TOKEN has no permission for them, which http.ts turns into that
 * sentence on a 403.
 */
import { UserError } from '../../../core/src/errors.js'
import { forLog } from '../../../core/src/text.js'
import type { Advisory } from '../advisory.js'
import { renderMarkdown, type TemplateSource } from '../markdown.js'
import type { ResolvedPackage } from '../ranges.js'
import type { GitHubRest } from './github-rest.js'
import { ChannelError, type ChannelResult } from './types.js'

/** The fields of a repository advisory this channel reads. */
interface RepositoryAdvisory {
  ghsa_id: string
  cve_id: string | null
  html_url: string
  summary: string
  description: string | null
  state: 'published' | 'closed' | 'withdrawn' | 'draft' | 'triage'
  published_at?: string | null
}

// GitHub's advisory ecosystems, by purl type.
const GH_ECOSYSTEM: { [purlType: string]: string } = {
  npm: 'npm',
  pypi: 'pip',
  maven: 'maven',
  nuget: 'nuget',
  gem: 'rubygems',
  composer: 'composer',
  golang: 'go',
  cargo: 'rust',
  hex: 'erlang',
  githubactions: 'actions',
  pub: 'pub',
  swift: 'swift',
}

/** The hidden line that ties an advisory to its record across runs. */
export function recordMarker(id: string): string {
  return `<!-- psirt:record:${id.replace(/[^A-Za-z0-9._:-]/g, '_')} -->`
}

function rangeText(p: ResolvedPackage): string {
  return p.intervals
    .map((iv) =>
      [
        iv.introduced !== '0' ? `>= ${iv.introduced}` : '',
        iv.fixed ? `< ${iv.fixed}` : '',
        iv.last_affected ? `<= ${iv.last_affected}` : '',
      ]
        .filter((x) => x)
        .join(', '),
    )
    .join(' || ')
}

/** The create/update body of the advisory. */
export function advisoryBody(
  a: Advisory,
  template?: TemplateSource,
): { [k: string]: unknown } {
  const v3 = a.scores.find((s) => s.version === '3.1')
  const body: { [k: string]: unknown } = {
    summary: a.title.slice(0, 1024),
    description:
      `${renderMarkdown(a, template)}\n${recordMarker(a.id)}\n`.slice(0, 65535),
    vulnerabilities: a.packages.map((p) => ({
      package: { ecosystem: GH_ECOSYSTEM[p.type] ?? 'other', name: p.name },
      vulnerable_version_range: rangeText(p) || null,
      patched_versions:
        p.intervals.map((iv) => iv.fixed).filter((f) => f)[0] ?? null,
    })),
    cwe_ids: a.cwe.filter((c) => /^CWE-\d+$/.test(c)),
  }
  // LIMITATION: GitHub credits need logins; record credits are names, so
  // they reach the advisory only through the description.
  if (a.cve_id) body.cve_id = a.cve_id
  // GitHub scores a v3.1 vector itself; otherwise it takes the severity.
  if (v3) body.cvss_vector_string = v3.vector
  else if (a.severity !== 'unknown' && a.severity !== 'none') {
    body.severity = a.severity
  } else body.severity = 'low'
  return body
}

async function find(
  gh: GitHubRest,
  a: Advisory,
): Promise<RepositoryAdvisory | undefined> {
  if (a.ghsa_id) {
    const reply = await gh.call<RepositoryAdvisory>(
      'GET',
      gh.repoPath(`/security-advisories/${encodeURIComponent(a.ghsa_id)}`),
      undefined,
      { notFound: 'reply' },
    )
    if (reply.status === 404) {
      throw new UserError(
        `Record ${forLog(a.id, 80)} names disclosure.ghsa_id ${forLog(a.ghsa_id, 40)}, but this repository has no such security advisory. Fix: correct the ghsa_id, or remove it to let this action create the advisory.`,
        { file: a.file },
      )
    }
    return reply.data
  }
  const all = await gh.list<RepositoryAdvisory>(
    gh.repoPath('/security-advisories?per_page=100'),
  )
  const marker = recordMarker(a.id)
  // LIMITATION: an advisory whose description lost the marker and whose
  // summary and CVE id changed by hand is not found; a second is created.
  return (
    all.find((x) => (x.description ?? '').includes(marker)) ??
    all.find((x) => !!a.cve_id && x.cve_id === a.cve_id) ??
    all.find((x) => x.summary === a.title.slice(0, 1024))
  )
}

const normal = (text: string | null) =>
  (text ?? '').replace(/\r\n?/g, '\n').trim()

/** Calendar dates (escaped for Markdown or not) as one placeholder. */
const undated = (text: string) =>
  text.replace(/\b\d{4}\\?-\d{2}\\?-\d{2}\b/g, 'YYYY-MM-DD')

/**
 * A published advisory of ours (it carries the record marker) whose text
 * no longer matches the record is brought up to date; one written by hand
 * is left alone.
 */
async function keepPublished(
  gh: GitHubRest,
  a: Advisory,
  current: RepositoryAdvisory,
  opts: AdvisoryOptions,
): Promise<ChannelResult> {
  const base = {
    record: a.id,
    channel: 'github-advisory' as const,
    url: current.html_url,
  }
  const body = advisoryBody(a, opts.template)
  const ours = normal(current.description).includes(recordMarker(a.id))
  // A text that differs only in its dates is not rewritten: an earlier run
  // wrote the publication date it knew then, unless the record sets one.
  const comparable = (text: string | null) =>
    a.published_by_record ? normal(text) : undated(normal(text))
  const same =
    comparable(current.description) === comparable(String(body.description)) &&
    current.summary === body.summary
  if (!ours || same) {
    return {
      ...base,
      outcome: 'already',
      detail: `${current.ghsa_id} is published`,
    }
  }
  if (opts.dryRun) {
    return {
      ...base,
      outcome: 'planned',
      detail: `would update the text of published ${current.ghsa_id}`,
    }
  }
  await gh.call(
    'PATCH',
    gh.repoPath(`/security-advisories/${encodeURIComponent(current.ghsa_id)}`),
    { summary: body.summary, description: body.description },
  )
  return {
    ...base,
    outcome: 'published',
    detail: `${current.ghsa_id} was published; its text is updated`,
  }
}

export interface AdvisoryOptions {
  dryRun: boolean
  requestCve: boolean
  template?: TemplateSource
}

/**
 * Creates or completes the repository advisory. On success the advisory's
 * ghsa_id (and a CVE GitHub assigned) is set on `a` for later channels.
 */
export async function publishGitHubAdvisory(
  gh: GitHubRest,
  a: Advisory,
  opts: AdvisoryOptions,
): Promise<ChannelResult> {
  const base = { record: a.id, channel: 'github-advisory' as const }
  let current = await find(gh, a)
  if (current?.state === 'published') {
    a.ghsa_id = current.ghsa_id
    // The advisory's day of publication is the advisory's date from now on.
    if (!a.published_by_record && current.published_at) {
      a.published = current.published_at.slice(0, 10)
    }
    if (!a.cve_id && current.cve_id && a.kind === 'cve')
      a.cve_id = current.cve_id
    return keepPublished(gh, a, current, opts)
  }
  if (current && current.state !== 'draft' && current.state !== 'triage') {
    return {
      ...base,
      outcome: 'failed',
      detail: `${current.ghsa_id} is ${current.state}; reopen it as a draft or remove the record's ghsa_id`,
      url: current.html_url,
    }
  }
  if (opts.dryRun) {
    return {
      ...base,
      outcome: 'planned',
      detail: current
        ? `would update and publish draft ${current.ghsa_id}`
        : 'would create and publish a repository security advisory',
    }
  }
  if (current) a.ghsa_id = current.ghsa_id
  const body = advisoryBody(a, opts.template)
  if (!current) {
    const created = await gh.call<RepositoryAdvisory>(
      'POST',
      gh.repoPath('/security-advisories'),
      body,
    )
    current = created.data
  } else {
    const updated = await gh.call<RepositoryAdvisory>(
      'PATCH',
      gh.repoPath(
        `/security-advisories/${encodeURIComponent(current.ghsa_id)}`,
      ),
      body,
    )
    current = updated.data
  }
  if (!current || typeof current.ghsa_id !== 'string') {
    throw new ChannelError(
      'GitHub answered the advisory write without a GHSA id; nothing was published.',
    )
  }
  a.ghsa_id = current.ghsa_id
  if (opts.requestCve && a.kind === 'cve' && !a.cve_id && !current.cve_id) {
    // GitHub assigns the CVE when it reviews the request, not now.
    await gh.call(
      'POST',
      gh.repoPath(
        `/security-advisories/${encodeURIComponent(current.ghsa_id)}/cve`,
      ),
    )
  }
  // The text names its own GHSA id now that it has one.
  const published = await gh.call<RepositoryAdvisory>(
    'PATCH',
    gh.repoPath(`/security-advisories/${encodeURIComponent(current.ghsa_id)}`),
    {
      state: 'published',
      description: advisoryBody(a, opts.template).description,
    },
  )
  if (!a.cve_id && published.data.cve_id && a.kind === 'cve') {
    a.cve_id = published.data.cve_id
  }
  return {
    ...base,
    outcome: 'published',
    detail: `${current.ghsa_id} published`,
    url: published.data.html_url ?? current.html_url,
  }
}
