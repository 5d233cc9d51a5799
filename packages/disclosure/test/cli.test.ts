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
  const end = rest.indexOf('\n==> ')
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
