import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run, type Io } from '../../cli/src/cli.js'
import { DEFAULT_CONFIG, loadConfig, loadSecurityFolder } from '../src/load.js'

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

describe('a configuration with refused values', () => {
  it.each([
    ['5', 'must be text'],
    ['[a]', 'must be text'],
    ['{a: 1}', 'must be text'],
    ['null', 'must be text'],
    ['""', 'security_dir'],
    ['../../../../etc', 'leads outside the repository'],
    ['/etc', 'is an absolute path'],
    ['.', 'is the repository root'],
  ])('security_dir: %s is refused, never used', async (value, says) => {
    const root = repo({
      '.github/psirt.yml': `version: 1\nsecurity_dir: ${value}\n`,
      'security/r.yml': valid,
    })
    const { config, problems, ignored } = await loadConfig(root)
    expect(config.security_dir).toBe('security')
    expect(ignored).toContain('security_dir')
    expect(problems.map((p) => p.message).join('\n')).toContain(says)
    expect(problems[0]).toMatchObject({ line: 2, severity: 'error' })
    const r = await cli(['validate', '.', '--today', TODAY], root)
    expect(r.code).toBe(1)
    expect(r.err).toEqual([])
    expect(r.out.at(-1)).toMatch(/not checked: fix security_dir first/)
  })

  it.each([
    ['not_affected_max_days: null', 'not_affected_max_days', 365],
    ['channels: {discourse: 5}', 'channels', {}],
    ['deadlines: {critical: 0}', 'deadlines', undefined],
  ])('%s keeps the default and fails', async (line, key, value) => {
    const root = repo({
      '.github/psirt.yml': `version: 1\n${line}\n`,
      'security/r.yml': valid,
    })
    const { config, problems, ignored } = await loadConfig(root)
    expect(ignored).toEqual([key])
    if (value !== undefined) {
      expect((config as unknown as { [k: string]: unknown })[key]).toEqual(
        value,
      )
    }
    expect(problems).toHaveLength(1)
    const r = await cli(['validate', '.', '--today', TODAY], root)
    expect(r.code).toBe(1)
    expect(r.out.join('\n')).not.toMatch(/policy allows null|internal error/)
  })

  it('names an empty configuration file', async () => {
    const root = repo({ '.github/psirt.yml': '', 'security/r.yml': valid })
    const { problems } = await loadConfig(root)
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'config/empty', line: 1, col: 1 }),
    ])
  })

  it('refuses a folder named as the configuration', async () => {
    const root = repo({ 'security/r.yml': valid })
    const r = await cli(
      ['validate', '.', '--config', 'security', '--today', TODAY],
      root,
    )
    expect(r.code).toBe(1)
    expect(r.out[0]).toMatch(/^security: error config\/unreadable: .*folder/)
  })

  it('refuses a configuration outside the repository', async () => {
    const root = repo({ 'security/r.yml': valid })
    const { problems } = await loadConfig(root, '../x.yml')
    expect(problems[0].rule).toBe('config/outside')
  })
})

describe('files in the security folder that are not records', () => {
  it('refuses a security_dir that names a file', async () => {
    const root = repo({ 'security/r.yml': valid })
    const { problems } = await loadSecurityFolder(
      root,
      { ...DEFAULT_CONFIG, security_dir: 'security/r.yml' },
      TODAY,
    )
    expect(problems[0].message).toMatch(/is a file, not a folder/)
  })

  it('refuses links to folders, to nothing and out of the repository', async () => {
    const root = repo({ 'security/r.yml': valid })
    symlinkSync(tmpdir(), join(root, 'security/dir.yml'))
    symlinkSync('/nonexistent-psirt', join(root, 'security/broken.yml'))
    symlinkSync('/etc/hostname', join(root, 'security/outside.yml'))
    symlinkSync(join(root, 'security/r.yml'), join(root, 'security/same.yml'))
    const { records, problems } = await problemsOf(root)
    const by = (f: string) =>
      problems.filter((p) => p.file === `security/${f}`).map((p) => p.message)
    expect(by('dir.yml')).toEqual([expect.stringMatching(/link to a folder/)])
    expect(by('broken.yml')).toEqual([expect.stringMatching(/link to nothing/)])
    expect(by('outside.yml')).toEqual([
      expect.stringMatching(/outside the repository/),
    ])
    // A link inside the repository is read: the same id twice.
    expect(records.map((r) => r.file)).toEqual([
      'security/r.yml',
      'security/same.yml',
    ])
  })

  it('refuses a pipe without waiting on it', async () => {
    const root = repo({})
    mkdirSync(join(root, 'security'))
    execFileSync('mkfifo', [join(root, 'security/r.yml')])
    const { problems } = await problemsOf(root)
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'security/r.yml',
        message: expect.stringMatching(/not a regular file/),
      }),
    ])
  })

  it('refuses a huge file from its size, without reading it', async () => {
    const root = repo({ 'security/r.yml': '' })
    truncateSync(join(root, 'security/r.yml'), 600 * 1024 * 1024)
    const { problems } = await problemsOf(root)
    expect(problems).toEqual([
      expect.objectContaining({
        message: 'the file is 629145600 bytes; the limit is 262144.',
      }),
    ])
  })

  it('names an empty record and a record that is not UTF-8', async () => {
    const root = repo({ 'security/a.yml': '', 'security/b.yml': '---\n...\n' })
    writeFileSync(
      join(root, 'security/c.yml'),
      Buffer.concat([Buffer.from('schema: 1\nid: x'), Buffer.from([0xe9, 10])]),
    )
    const { problems } = await problemsOf(root)
    expect(problems.map((p) => [p.file, p.line, p.col, p.message])).toEqual([
      ['security/a.yml', 1, 1, 'the file is empty.'],
      ['security/b.yml', 1, 1, 'the file is empty.'],
      [
        'security/c.yml',
        2,
        6,
        'the file is not UTF-8 (byte 0xe9 at byte offset 15).',
      ],
    ])
  })

  it('keeps a file name with colons out of the message', async () => {
    const root = repo({ 'security/a:1:2: b.yml': 'a: [\n' })
    const { problems } = await problemsOf(root)
    expect(problems[0].file).toBe('security/a:1:2: b.yml')
    expect(problems[0].message).not.toContain('b.yml')
  })
})

describe('psirt validate output', () => {
  it('prints no line a runner reads as a workflow command', async () => {
    const root = repo({
      'security/r.yml':
        'a: 1\n"x\\n::error file=a::pwned": 1\n"x\\n::error file=a::pwned": 2\n',
      'security/a\n::error file=x::injected.yml': 'schema: 1\n',
    })
    const r = await cli(['validate', '.', '--today', TODAY], root)
    expect(r.code).toBe(1)
    expect(r.out.length).toBeGreaterThan(1)
    for (const line of r.out) {
      expect(line).not.toMatch(/\n/)
      expect(line).not.toMatch(/^\s*::/)
      expect(line).not.toContain('::error')
    }
  })

  it('exits 2 naming a directory that does not exist', async () => {
    const r = await cli(['validate', '/nonexistent-psirt'], tmpdir())
    expect(r.code).toBe(2)
    expect(r.err.join('\n')).toMatch(/"\/nonexistent-psirt" does not exist/)
  })

  it.each(['2026-99-99', '2026-02-30', '2026-1-1'])(
    'exits 2 on --today %s',
    async (date) => {
      const r = await cli(['validate', '.', '--today', date], tmpdir())
      expect(r.code).toBe(2)
      expect(r.err.join('\n')).toContain('calendar date')
    },
  )
})

describe('schema messages', () => {
  async function messages(config: string, record = valid) {
    const root = repo({
      '.github/psirt.yml': config,
      'security/r.yml': record,
    })
    const { problems } = await problemsOf(root)
    return problems.map((p) => `${p.message} Fix: ${p.fix}`)
  }

  it('states the allowed range and points to docs/config.md', async () => {
    expect(await messages('version: 1\ndeadlines: {critical: 0}\n')).toEqual([
      '"deadlines/critical" is 0; it must be from 1 to 3650. Fix: write a number from 1 to 3650 (see docs/config.md).',
    ])
  })

  it('says a/an as spoken and names the wrong value', async () => {
    expect(await messages('version: 1\nnot_affected_max_days: null\n')).toEqual(
      [
        '"not_affected_max_days" must be a whole number, not null. Fix: write a whole number (see docs/config.md).',
      ],
    )
    expect(await messages('version: 1\nchannels: {discourse: 5}\n')).toEqual([
      '"channels/discourse" must be a mapping, not 5. Fix: write it as a mapping (`key: value` lines indented under it).',
    ])
  })

  it('shows the bad value of an enum and the value meant', async () => {
    expect(await messages('version: 1\nfail_on: Hihg\n')).toEqual([
      '"fail_on" is "Hihg", which is not allowed. Fix: did you mean high? Allowed: none, low, medium, high, critical.',
    ])
    const fixed = valid.replace('status: not_affected', 'status: Not_Affected')
    expect(await messages('version: 1\n', fixed)).toContainEqual(
      expect.stringContaining('did you mean not_affected?'),
    )
  })

  it('gives the fix of a bad CVSS vector once', async () => {
    const spaced = valid.replace(
      /v3: .*/,
      'v3: "CVSS:3.1/AV:L /AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H"',
    )
    const all = await messages('version: 1\n', spaced)
    const vector = all.find((m) => m.includes('whitespace'))
    expect(vector?.match(/Fix:/g)).toHaveLength(1)
  })
})

describe('problems of a record under embargo', () => {
  const embargoed = readFileSync(
    join(here, '../../../examples/security/record-002.yml'),
    'utf8',
  )
  const CANARY = 'ZQXCANARY'
  // a broken record under embargo: an unknown key and a bad range
  const broken = {
    'security/a.yml': embargoed
      .replace('status: fixed', `status: fixed\n${CANARY}key: 1`)
      .concat(
        `packages:\n  - purl: pkg:npm/${CANARY}\n    vulnerable: '< ${CANARY}'\n`,
      ),
  }

  it('name the file and the rule only, in every action', async () => {
    const { problems } = await problemsOf(repo(broken))
    expect(problems.map((p) => p.file)).toContain('security/a.yml')
    const text = JSON.stringify(problems)
    expect(text).not.toContain(CANARY)
    expect(text).toContain('the details are withheld')
  })

  it('withhold a problem of a public record that quotes an embargoed id', async () => {
    const { problems } = await problemsOf(
      repo({
        'security/a.yml': embargoed,
        'security/b.yml': valid.replace(
          'aliases: [CVE-2023-36308]',
          'aliases: [CVE-2023-36308, CVE-1900-0002]',
        ),
      }),
    )
    expect(problems.map((p) => p.rule)).toContain('record/duplicate-id')
    expect(JSON.stringify(problems)).not.toContain('CVE-1900-0002')
  })

  it('are shown in full by psirt validate, but not in its --json', async () => {
    const root = repo(broken)
    const human = await cli(['validate', '.', '--today', TODAY], root)
    expect(human.out.join('\n')).toContain(CANARY)
    const json = await cli(['validate', '.', '--json', '--today', TODAY], root)
    expect(json.out.join('\n')).not.toContain(CANARY)
    const clean = await cli(
      ['validate', '.', '--json', '--today', TODAY],
      repo({ 'security/a.yml': embargoed }),
    )
    expect(clean.out.join('\n')).not.toContain('EDGE-2026-002')
    expect(clean.out.join('\n')).toContain('"embargoed": true')
  })
})
