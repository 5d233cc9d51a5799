import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run, type Io } from '../../cli/src/cli.js'
import { loadConfig, loadSecurityFolder } from '../src/load.js'

const here = dirname(fileURLToPath(import.meta.url))
const example = join(here, '../../../examples/security/GHSA-q7pp-wcgr-pffx.yml')
const TODAY = '2026-12-03'

/** A throwaway repository holding the given files. */
function repo(files: { [path: string]: string }): string {
  const root = mkdtempSync(join(tmpdir(), 'psirt-load-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

async function problemsOf(root: string, configFile?: string) {
  const { config, problems: c } = await loadConfig(root, configFile)
  if (c.some((p) => p.severity === 'error')) return { records: [], problems: c }
  const { records, problems } = await loadSecurityFolder(root, config, TODAY)
  return { records, problems: [...c, ...problems] }
}

async function cli(args: string[], cwd: string) {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), cwd }
  const code = await run(args, io)
  return { code, out, err }
}

const valid = readFileSync(example, 'utf8')

describe('__proto__ and other Object.prototype names as keys', () => {
  it('refuses __proto__ at the top of a record as an unknown key', async () => {
    const root = repo({ 'security/r.yml': `${valid}__proto__: junk\n` })
    const { records, problems } = await problemsOf(root)
    expect(records).toEqual([])
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: 'record/additionalProperties',
        message: expect.stringContaining('"__proto__"'),
      }),
    )
  })

  it('does not let __proto__ supply required fields', async () => {
    const root = repo({
      'security/r.yml': [
        'schema: 1',
        'id: EDGE-2026-009',
        'title: Something bad here',
        '__proto__:',
        '  status: affected',
        '  review: {author: "@x", decided: 2026-01-01}',
        '  disclosure: {kind: cve, distributed: false}',
        '',
      ].join('\n'),
    })
    const { problems } = await problemsOf(root)
    const messages = problems.map((p) => p.message).join('\n')
    expect(messages).toContain('"__proto__"')
    expect(messages).toContain('lacks the required key "status"')
  })

  it.each(['constructor', 'toString'])('refuses %s as unknown', async (k) => {
    const root = repo({ 'security/r.yml': `${valid}${k}: 1\n` })
    const { problems } = await problemsOf(root)
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining(`"${k}"`),
    )
  })

  it('refuses __proto__ in the configuration and keeps the default folder', async () => {
    const root = repo({
      '.github/psirt.yml': 'version: 1\n__proto__: {security_dir: nope}\n',
      'security/r.yml': valid,
    })
    const { config, problems } = await loadConfig(root)
    expect(config.security_dir).toBe('security')
    expect(problems).toContainEqual(
      expect.objectContaining({ rule: 'config/additionalProperties' }),
    )
    const r = await cli(['validate', '.', '--today', TODAY], root)
    expect(r.code).toBe(1)
  })
})
