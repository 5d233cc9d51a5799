import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run, type Io } from '../../cli/src/cli.js'
import { ORG_ID, repoRoot, withShared } from './fixtures.js'
import { schemaCheck } from './schemas.js'

const FIXTURE = path.join(repoRoot, 'packages/disclosure/test/fixtures/repo')

async function psirt(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: Io = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    cwd: FIXTURE,
  }
  const code = await run(args, io)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** The text of one `==> name <==` section of the output. */
function section(out: string, name: string): string {
  const start = out.indexOf(`==> ${name} <==\n`)
  if (start < 0) return ''
  const rest = out.slice(start + name.length + 9)
  // The next section, or the line that resumes workflow commands.
  const end = rest.search(/\n(==> |::psirt-render-)/)
  return end < 0 ? rest : rest.slice(0, end)
}

describe('psirt render', () => {
  it('previews every document of a record', async () => {
    const r = await psirt(['render', 'CVE-1900-0001', '--org-id', ORG_ID])
    expect(r.code).toBe(0)
    for (const name of [
      'markdown',
      'cve',
      'osv',
      'mitre',
      'email subject',
      'email text',
      'email html',
    ]) {
      expect(section(r.out, name)).not.toBe('')
    }
  })

  it('prints one format alone', async () => {
    const r = await psirt(['render', 'PSIRT-2026-007', '--format', 'markdown'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('## Required dependency update')
    expect(r.out).not.toContain('==> osv <==')
  })

  it('finds a record by its alias, case-insensitively', async () => {
    const r = await psirt(['render', 'cve-1900-0003', '--format', 'osv'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('"id": "CVE-1900-0003"')
  })

  it('refuses a CVE record for a dependency advisory', async () => {
    const r = await psirt([
      'render',
      'PSIRT-2026-007',
      '--format',
      'cve',
      '--org-id',
      ORG_ID,
    ])
    expect(r.code).toBe(2)
    expect(r.err).toContain('dependency advisory')
  })

  it('refuses MITRE text for a dependency advisory, saying why', async () => {
    const r = await psirt(['render', 'PSIRT-2026-007', '--format', 'mitre'])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toContain(
      'PSIRT-2026-007 is a dependency advisory (disclosure.kind advisory): it gets no CVE, so there is no CVE request for MITRE.',
    )
  })

  it('leaves the CVE documents out of a dependency advisory with a notice', async () => {
    const r = await psirt(['render', 'PSIRT-2026-007', '--org-id', ORG_ID])
    expect(r.code).toBe(0)
    expect(section(r.out, 'markdown')).not.toBe('')
    expect(section(r.out, 'osv')).not.toBe('')
    expect(r.out).not.toContain('==> mitre <==')
    expect(r.out).not.toContain('==> cve <==')
    expect(r.err).toContain('so no MITRE text is shown')
    expect(r.err).toContain('so no CVE record is shown')
  })

  it('asks for the CNA organisation id for the CVE record', async () => {
    const r = await psirt(['render', 'CVE-1900-0001', '--format', 'cve'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('--org-id')
  })

  it('names an unknown record as a usage error', async () => {
    const r = await psirt(['render', 'CVE-1900-9999'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('no record with id or alias CVE-1900-9999')
  })

  it('refuses an unknown format', async () => {
    const r = await psirt(['render', 'CVE-1900-0001', '--format', 'pdf'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('--format must be one of')
  })
})

describe('psirt render in a workflow step', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'psirt-render-'))
    cpSync(FIXTURE, root, { recursive: true })
    const file = path.join(root, 'security/CVE-1900-0001.yml')
    const text = readFileSync(file, 'utf8')
      .replace(
        /^description: >-\n(  .*\n)+/m,
        'description: "First line.\\n::error::pwned\\n  ::set-output name=x::y\\n##[set-output name=y;]z"\n',
      )
      .replace(/^credits: .*$/m, 'credits: ["@octocat", "bob@example.com"]')
    writeFileSync(file, text)
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('prints no workflow command of the record, and the documents byte for byte', async () => {
    const r = await psirt(['render', 'CVE-1900-0001', '--root', root])
    expect(r.code).toBe(0)
    const lines = r.out.split('\n')
    // The runner stops obeying commands at the first line and resumes only
    // at the last: the record's command lines fall between, inert.
    const token = /^::stop-commands::(psirt-render-[0-9a-f]{32})$/.exec(
      lines[0],
    )?.[1]
    expect(token).toBeDefined()
    expect(lines.at(-1)).toBe(`::${token}::`)
    expect(lines.filter((l) => l.includes(String(token)))).toHaveLength(2)
    const commands = lines.filter((l) => /^\s*(::|##\[)/.test(l))
    expect(commands.length).toBeGreaterThan(2)
    expect(lines.indexOf(commands[1])).toBeGreaterThan(0)
    // Inside the bracket the record text is as written.
    expect(section(r.out, 'email text')).toContain(
      'First line.\n::error::pwned\n  ::set-output name=x::y\n##[set-output name=y;]z',
    )
    const again = await psirt(['render', 'CVE-1900-0001', '--root', root])
    expect(again.out.split('\n')[0]).not.toBe(lines[0])
  })

  it('stops @mentions in the markdown from notifying anyone', async () => {
    const r = await psirt([
      'render',
      'CVE-1900-0001',
      '--root',
      root,
      '--format',
      'markdown',
    ])
    const md = section(r.out, 'markdown')
    expect(md).toContain('- @&#8203;octocat')
    expect(md).not.toMatch(/(^|[^A-Za-z0-9_])@octocat/)
    // An email address is no mention and stays as written.
    expect(md).toContain('- bob@example\\.com')
  })
})

withShared()('psirt render output against the schemas', () => {
  it('prints a CVE record and an OSV entry that validate', async () => {
    const cve = await psirt([
      'render',
      'CVE-1900-0001',
      '--format',
      'cve',
      '--org-id',
      ORG_ID,
    ])
    const osv = await psirt(['render', 'CVE-1900-0001', '--format', 'osv'])
    expect(
      schemaCheck('cve/CVE_JSON_bundled_5.1.1.json')(
        JSON.parse(section(cve.out, 'cve')),
      ),
    ).toEqual([])
    expect(
      schemaCheck('osv/osv-schema.json')(JSON.parse(section(osv.out, 'osv'))),
    ).toEqual([])
  })
})
