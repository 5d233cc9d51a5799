/**
 * The publishing run: for each record whose embargo the release lifts,
 * render the documents, then apply the channels in the one order that
 * keeps the CVE record from being the first disclosure:
 *
 *   release public → GitHub advisory → CVE record → release notes →
 *   Discourse → email
 *
 * Every channel reads the current state first, so a re-run completes what
 * is missing and repeats nothing. A record whose channel fails goes no
 * further; the other records go on.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import type { Config, LoadedRecord } from '../../records/src/types.js'
import { toAdvisory, type Advisory, type ReleaseInfo } from './advisory.js'
import {
  publishCveRecord,
  type CveServicesAccount,
} from './channels/cve-services.js'
import { publishDiscourse, type DiscourseSite } from './channels/discourse.js'
import { publishEmail, type SmtpSettings } from './channels/email.js'
import { publishGitHubAdvisory } from './channels/github-advisory.js'
import type { GitHubRest } from './channels/github-rest.js'
import { checkRelease, type ReleaseState } from './channels/release.js'
import {
  addEntries,
  emailSent,
  hasEntry,
  markEmailSent,
} from './channels/release-notes.js'
import {
  ChannelError,
  type ChannelName,
  type ChannelResult,
} from './channels/types.js'
import { renderCveRecord, type CveProvider } from './cve.js'
import { renderEmail, type Email } from './email.js'
import { renderMarkdown, type TemplateSource } from './markdown.js'
import { renderMitre } from './mitre.js'
import { osvId, renderOsv } from './osv.js'
import { liftedRecords } from './select.js'

export interface PublishOptions {
  /** the repository's API; absent only when nothing remote may be read */
  github?: GitHubRest
  tag: string
  dryRun: boolean
  allowPrerelease: boolean
  githubAdvisory: boolean
  requestCve: boolean
  cveProvider?: CveProvider
  cveServices?: CveServicesAccount
  discourse?: DiscourseSite
  smtp?: SmtpSettings
  templates: {
    advisory?: TemplateSource
    emailText?: TemplateSource
    emailHtml?: TemplateSource
  }
  /** rendered documents go here, one folder per record */
  outDir: string
  /** the repository root; the OSV copy goes under its security folder */
  root: string
  now: Date
  log: (line: string) => void
}

/** What one record's documents are and where they were written. */
export interface RenderedRecord {
  advisory: Advisory
  markdown: string
  email: Email
  files: string[]
  /** the CVE record file, when one was written */
  cveFile?: string
}

export interface PublishReport {
  tag: string
  dryRun: boolean
  results: ChannelResult[]
  rendered: RenderedRecord[]
  /** every file written, relative to the repository root when inside it */
  files: string[]
}

function rel(root: string, file: string): string {
  const r = path.relative(root, file)
  return r.startsWith('..') || path.isAbsolute(r) ? file : r
}

function write(root: string, file: string, text: string, files: string[]) {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
  files.push(rel(root, file))
}

/** Safe as one path segment. */
function segment(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, '_')
}

/** Renders a record's documents and writes them; pure but for the files. */
export function renderRecord(
  a: Advisory,
  config: Config,
  opts: Pick<PublishOptions, 'cveProvider' | 'templates' | 'outDir' | 'root'>,
  publicCopy: boolean,
): RenderedRecord {
  const dir = path.join(opts.outDir, segment(a.id))
  const files: string[] = []
  const markdown = renderMarkdown(a, opts.templates.advisory)
  const email = renderEmail(a, {
    text: opts.templates.emailText,
    html: opts.templates.emailHtml,
  })
  write(opts.root, path.join(dir, 'advisory.md'), markdown, files)
  // Only a record that gets a CVE has a CVE request for MITRE.
  if (a.kind === 'cve') {
    write(opts.root, path.join(dir, 'mitre.txt'), renderMitre(a), files)
  }
  write(
    opts.root,
    path.join(dir, 'email-subject.txt'),
    email.subject + '\n',
    files,
  )
  write(opts.root, path.join(dir, 'email.txt'), email.text, files)
  write(opts.root, path.join(dir, 'email.html'), email.html, files)
  const osv = JSON.stringify(renderOsv(a), null, 2) + '\n'
  write(opts.root, path.join(dir, 'osv.json'), osv, files)
  // LIMITATION: the action writes the copy but does not commit it (nor the
  // GHSA ids it learns); a later workflow step must.
  if (publicCopy) {
    // The public machine-readable copy, for the repository to commit.
    const target = path.join(
      opts.root,
      config.security_dir,
      'osv',
      `${segment(osvId(a))}.json`,
    )
    write(opts.root, target, osv, files)
  }
  let cveFile: string | undefined
  if (a.kind === 'cve' && a.cve_id && opts.cveProvider) {
    const record = renderCveRecord(a, opts.cveProvider)
    cveFile = path.join(dir, `${segment(a.cve_id)}.json`)
    write(opts.root, cveFile, JSON.stringify(record, null, 2) + '\n', files)
  }
  return { advisory: a, markdown, email, files, cveFile }
}

/**
 * A channel's error as its result. A bug is that channel's failure too:
 * earlier channels may have published already, and the report of what
 * they did must reach the summary and the outputs.
 */
function failure(
  record: string,
  channel: ChannelName,
  e: unknown,
): ChannelResult {
  if (e instanceof UserError || e instanceof ChannelError) {
    return { record, channel, outcome: 'failed', detail: e.message }
  }
  const why = e instanceof Error ? e.message : String(e)
  return {
    record,
    channel,
    outcome: 'failed',
    detail: `unexpected error in advisory-publish (please report it): ${why}`,
  }
}

const OK = new Set(['published', 'already', 'planned'])

/** Runs the whole publication for one release. */
export async function publish(
  records: LoadedRecord[],
  config: Config,
  opts: PublishOptions,
): Promise<PublishReport> {
  const report: PublishReport = {
    tag: opts.tag,
    dryRun: opts.dryRun,
    results: [],
    rendered: [],
    files: [],
  }
  const lifted = liftedRecords(records, opts.tag)
  opts.log(
    `Release ${forLog(opts.tag, 80)} lifts the embargo of ${lifted.length} record(s)${opts.dryRun ? ' (dry run: nothing is published)' : ''}.`,
  )
  if (lifted.length === 0) return report
  const add = (r: ChannelResult) => {
    report.results.push(r)
    opts.log(
      `${forLog(r.record, 80)} ${r.channel}: ${r.outcome} (${forLog(r.detail, 300)})`,
    )
  }

  // 1. The release with the fix is public.
  let release: ReleaseState | undefined
  let releaseProblem: string | undefined
  let releaseBroken = false
  if (opts.github) {
    try {
      const checked = await checkRelease(
        opts.github,
        opts.tag,
        opts.allowPrerelease,
      )
      release = checked.release
      releaseProblem = checked.problem
      releaseBroken = !!checked.broken
    } catch (e) {
      releaseProblem = failure('', 'release', e).detail
    }
  } else {
    releaseProblem = 'no GitHub token to check the release'
  }
  const info: ReleaseInfo = {
    tag: opts.tag,
    published: release?.published_at?.slice(0, 10) || undefined,
    url:
      release?.html_url ??
      (config.repository
        ? `https://github.com/${config.repository}/releases/tag/${encodeURIComponent(opts.tag)}`
        : undefined),
  }

  // The documents, for every lifted record, even when publishing stops.
  let alive: RenderedRecord[] = []
  for (const l of lifted) {
    try {
      const a = toAdvisory(l, config, info, opts.now)
      const r = renderRecord(a, config, opts, false)
      report.rendered.push(r)
      report.files.push(...r.files)
      alive.push(r)
    } catch (e) {
      add(failure(l.record.id, 'documents', e))
    }
  }
  for (const r of alive) {
    if (release) {
      add({
        record: r.advisory.id,
        channel: 'release',
        outcome: 'already',
        detail: `${opts.tag} is public`,
        url: release.html_url,
      })
    } else {
      add({
        record: r.advisory.id,
        channel: 'release',
        // A dry run previews a release that may not exist yet; notes that
        // a real run could not write are its failure too.
        outcome: opts.dryRun && !releaseBroken ? 'skipped' : 'failed',
        detail: String(releaseProblem),
      })
    }
  }
  if (!release && !opts.dryRun) {
    return report
  }

  /** Runs one channel for the records still going; drops those that fail. */
  const stage = async (
    channel: ChannelName,
    run: (r: RenderedRecord) => Promise<ChannelResult>,
  ) => {
    const next: RenderedRecord[] = []
    for (const r of alive) {
      let result: ChannelResult
      try {
        result = await run(r)
      } catch (e) {
        result = failure(r.advisory.id, channel, e)
      }
      add(result)
      if (result.outcome !== 'failed') next.push(r)
    }
    alive = next
  }

  // 2. The GitHub repository security advisory.
  const advisoryPublic = new Set<string>()
  await stage('github-advisory', async (r) => {
    let result: ChannelResult
    if (!opts.githubAdvisory) {
      result = {
        record: r.advisory.id,
        channel: 'github-advisory',
        outcome: 'skipped',
        detail: 'github-advisory is false',
      }
    } else if (!opts.github) {
      result = {
        record: r.advisory.id,
        channel: 'github-advisory',
        outcome: 'skipped',
        detail: 'no GitHub token',
      }
    } else {
      result = await publishGitHubAdvisory(opts.github, r.advisory, {
        dryRun: opts.dryRun,
        requestCve: opts.requestCve,
        template: opts.templates.advisory,
      })
    }
    if (OK.has(result.outcome)) advisoryPublic.add(r.advisory.id)
    return result
  })

  // The advisory may have learned its GHSA (and CVE) id: render again, now
  // with the public OSV copy.
  const rendered: RenderedRecord[] = []
  for (const r of alive) {
    try {
      const again = renderRecord(r.advisory, config, opts, !opts.dryRun)
      report.rendered[report.rendered.indexOf(r)] = again
      for (const f of again.files) {
        if (!report.files.includes(f)) report.files.push(f)
      }
      rendered.push(again)
    } catch (e) {
      add(failure(r.advisory.id, 'documents', e))
    }
  }
  alive = rendered

  // 3. The CVE record, only after a public advisory.
  await stage('cve', async (r) => {
    const a = r.advisory
    const base = { record: a.id, channel: 'cve' as const }
    if (a.kind !== 'cve') {
      return {
        ...base,
        outcome: 'skipped',
        detail: 'a dependency advisory gets no CVE',
      }
    }
    if (!a.cve_id) {
      return {
        ...base,
        outcome: 'skipped',
        detail:
          'no disclosure.cve_id yet (reserve one, or set request-cve: true)',
      }
    }
    // LIMITATION: when GitHub advisories are switched off, the CVE channel
    // is skipped too: the release notes come later and cannot be the public
    // reference that must precede the CVE record.
    if (!advisoryPublic.has(a.id)) {
      return {
        ...base,
        outcome: 'skipped',
        detail:
          'the advisory is not public on GitHub, and a CVE record must not be the first disclosure',
      }
    }
    if (!opts.cveProvider) {
      return {
        ...base,
        outcome: 'skipped',
        detail: 'no cve-org-id: set it to render and submit the CVE record',
      }
    }
    if (!opts.cveServices) {
      return {
        ...base,
        outcome: 'skipped',
        detail: `CVE Services not configured; submit ${r.cveFile ? rel(opts.root, r.cveFile) : 'the record'} by hand`,
      }
    }
    return publishCveRecord(opts.cveServices, a, opts.cveProvider, opts.dryRun)
  })

  // 4. The security section of the release notes.
  if (release && opts.github) {
    const gh = opts.github
    const rel0 = release
    let existing = new Set<string>()
    let failed: ChannelResult | undefined
    try {
      existing = new Set(
        alive
          .filter((r) => hasEntry(rel0.body, r.advisory))
          .map((r) => r.advisory.id),
      )
      const body = addEntries(
        rel0.body,
        alive.map((r) => r.advisory),
      )
      if (body !== rel0.body && !opts.dryRun) {
        const updated = await gh.call<{ body: string | null }>(
          'PATCH',
          gh.repoPath(`/releases/${rel0.id}`),
          { body },
        )
        rel0.body = updated.data.body ?? body
      }
    } catch (e) {
      failed = failure('', 'release-notes', e)
    }
    await stage('release-notes', async (r) => {
      const base = { record: r.advisory.id, channel: 'release-notes' as const }
      if (failed) return { ...failed, record: r.advisory.id }
      if (existing.has(r.advisory.id)) {
        return {
          ...base,
          outcome: 'already',
          detail: 'listed in the security section',
          url: rel0.html_url,
        }
      }
      return opts.dryRun
        ? {
            ...base,
            outcome: 'planned',
            detail: 'would add it to the security section',
          }
        : {
            ...base,
            outcome: 'published',
            detail: 'added to the security section',
            url: rel0.html_url,
          }
    })
  } else {
    await stage('release-notes', async (r) => ({
      record: r.advisory.id,
      channel: 'release-notes',
      outcome: 'planned',
      detail: 'would add it to the security section once the release is public',
    }))
  }

  // 5. The community forum.
  await stage('discourse', async (r) => {
    if (!opts.discourse) {
      return {
        record: r.advisory.id,
        channel: 'discourse',
        outcome: 'skipped',
        detail:
          'Discourse is not configured (channels.discourse and discourse-api-key)',
      }
    }
    return publishDiscourse(opts.discourse, r.advisory, r.markdown, opts.dryRun)
  })

  // 6. Email, recorded in the release body so it is sent once.
  await stage('email', async (r) => {
    const gh = opts.github
    return publishEmail(
      opts.smtp,
      r.advisory,
      r.email,
      {
        sent: release ? emailSent(release.body, r.advisory.id) : false,
        record: async () => {
          if (!gh || !release) throw new ChannelError('no release to record in')
          const latest = await checkRelease(gh, opts.tag, true)
          if (!latest.release) {
            throw new ChannelError(String(latest.problem))
          }
          const body = markEmailSent(latest.release.body, r.advisory.id)
          const updated = await gh.call<{ body: string | null }>(
            'PATCH',
            gh.repoPath(`/releases/${release.id}`),
            { body },
          )
          release.body = updated.data.body ?? body
        },
      },
      opts.dryRun,
    )
  })

  return report
}
