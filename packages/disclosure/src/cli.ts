/**
 * `psirt render <id>`: previews the documents advisory-publish would
 * publish for one record, locally and without any network.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { UserError, formatProblem } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { EXIT, register, usageErrors, type Io } from '../../cli/src/cli.js'
import { loadConfig, loadSecurityFolder } from '../../records/src/index.js'
import { toAdvisory, type Advisory } from './advisory.js'
import { renderCveRecord } from './cve.js'
import { renderEmail } from './email.js'
import { renderMarkdown, type TemplateSource } from './markdown.js'
import { renderMitre } from './mitre.js'
import { renderOsv } from './osv.js'

const FORMATS = ['markdown', 'cve', 'osv', 'mitre', 'email', 'all'] as const
type Format = (typeof FORMATS)[number]

const HELP = `usage: psirt render ID [--root DIR] [--format FORMAT] [--tag TAG]
                   [--org-id UUID] [--config FILE] [--template FILE]

Prints the documents advisory-publish renders for the record ID (or one of
its aliases) in the repository at DIR (default: the current directory):
  markdown  the advisory (GitHub advisory, release notes, Discourse)
  cve       the CVE JSON 5.1.1 record (needs --org-id, the CNA's UUID)
  osv       the OSV entry
  mitre     the CVE assignment information text for MITRE's form
A dependency advisory (disclosure.kind advisory) gets no CVE: asked for cve
or mitre alone it exits 2 saying so; with all, a notice on stderr says
they are left out.
  email     subject, plain text and HTML
  all       every one of them (the default)
--tag names the release that fixes it (default: the record's last fixed_in).
Exit codes: 0 rendered, 2 usage error or a record that cannot be rendered.`

/**
 * Standard output with the runner's workflow commands stopped: record text
 * in a document may hold lines such as `::error::` or `::set-output`, which
 * a runner would obey when the command runs in a workflow step. The first
 * section opens `::stop-commands::<token>` (a random token no record can
 * know), and close() resumes with `::<token>::`, so every document between
 * is printed byte for byte and none of it is a command.
 */
function guardedOut(io: Io): {
  section: (name: string, text: string) => void
  close: () => void
} {
  const token = `psirt-render-${randomBytes(16).toString('hex')}`
  let open = false
  return {
    section(name, text) {
      if (!open) {
        io.out(`::stop-commands::${token}`)
        open = true
      }
      io.out(`==> ${name} <==`)
      io.out(text.replace(/\n$/, ''))
      io.out('')
    },
    close() {
      if (open) io.out(`::${token}::`)
      open = false
    },
  }
}

async function render(args: string[], io: Io): Promise<number> {
  const { values, positionals } = usageErrors('render', () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        root: { type: 'string' },
        format: { type: 'string', default: 'all' },
        tag: { type: 'string' },
        'org-id': { type: 'string' },
        config: { type: 'string' },
        template: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
  )
  if (values.help) {
    io.out(HELP)
    return EXIT.ok
  }
  if (positionals.length !== 1) {
    throw new UserError(
      'give exactly one record id (see `psirt render --help`).',
    )
  }
  const format = values.format as Format
  if (!FORMATS.includes(format)) {
    throw new UserError(
      `--format must be one of ${FORMATS.join(', ')}, not "${forLog(values.format, 40)}".`,
    )
  }
  const root = resolve(io.cwd, values.root ?? '.')
  const { config, problems } = await loadConfig(root, values.config)
  const folder = await loadSecurityFolder(root, config)
  const wanted = positionals[0].toUpperCase()
  const loaded = folder.records.find(
    (l) =>
      l.record.id.toUpperCase() === wanted ||
      l.record.aliases.some((a) => a.toUpperCase() === wanted),
  )
  if (!loaded) {
    const errors = [...problems, ...folder.problems].filter(
      (p) => p.severity === 'error',
    )
    for (const p of errors) io.err(formatProblem(p))
    throw new UserError(
      `no record with id or alias ${forLog(positionals[0], 80)} in ${forLog(config.security_dir, 200)}${errors.length ? ' (records with the errors above were not loaded)' : ''}.`,
    )
  }
  const r = loaded.record
  const tag = values.tag ?? r.fixed_in.at(-1) ?? 'unreleased'
  const repository = config.repository
  const a = toAdvisory(
    loaded,
    config,
    {
      tag,
      url: repository
        ? `https://github.com/${repository}/releases/tag/${encodeURIComponent(tag)}`
        : undefined,
    },
    new Date(),
  )
  const template = values.template
    ? {
        text: readFileSync(resolve(io.cwd, values.template), 'utf8'),
        file: values.template,
      }
    : undefined
  const out = guardedOut(io)
  try {
    printDocuments(io, out.section, a, r.id, format, values['org-id'], template)
  } finally {
    out.close()
  }
  return EXIT.ok
}

function printDocuments(
  io: Io,
  section: (name: string, text: string) => void,
  a: Advisory,
  id: string,
  format: Format,
  orgId: string | undefined,
  template: TemplateSource | undefined,
): void {
  const all = format === 'all'
  if (all || format === 'markdown') {
    section('markdown', renderMarkdown(a, template))
  }
  // A dependency advisory gets no CVE: neither a CVE record nor the text
  // that requests one from MITRE.
  const noCve = `${forLog(id, 80)} is a dependency advisory (disclosure.kind ${a.kind}): it gets no CVE`
  if (all || format === 'cve') {
    if (a.kind !== 'cve') {
      if (!all) throw new UserError(`${noCve}, so there is no CVE record.`)
      io.err(`psirt render: ${noCve}, so no CVE record is shown.`)
    } else if (!orgId) {
      if (!all)
        throw new UserError(
          '--format cve needs --org-id, the CNA organisation UUID.',
        )
      io.err('psirt render: no --org-id, so the CVE record is not shown.')
    } else {
      const rec = renderCveRecord(a, { orgId })
      section('cve', JSON.stringify(rec, null, 2))
    }
  }
  if (all || format === 'osv') {
    section('osv', JSON.stringify(renderOsv(a), null, 2))
  }
  if (all || format === 'mitre') {
    if (a.kind !== 'cve') {
      if (!all) {
        throw new UserError(`${noCve}, so there is no CVE request for MITRE.`)
      }
      io.err(`psirt render: ${noCve}, so no MITRE text is shown.`)
    } else section('mitre', renderMitre(a))
  }
  if (all || format === 'email') {
    const e = renderEmail(a)
    section('email subject', e.subject)
    section('email text', e.text)
    section('email html', e.html)
  }
}

register(
  'render',
  'preview the advisory, CVE, OSV, MITRE and email documents of a record',
  render,
)
