import * as actionsCore from '@actions/core'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as runner from '../src/runner.js'

type Core = Pick<
  typeof runner,
  | 'setOutput'
  | 'info'
  | 'warning'
  | 'error'
  | 'notice'
  | 'startGroup'
  | 'endGroup'
  | 'setFailed'
  | 'setSecret'
>

/** Runs the same calls through a core and returns what the runner reads. */
async function transcript(core: Core, calls: (c: Core) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'psirt-runner-'))
  const output = join(dir, 'output')
  writeFileSync(output, '')
  const saved = { env: process.env.GITHUB_OUTPUT, code: process.exitCode }
  process.env.GITHUB_OUTPUT = output
  const lines: string[] = []
  const write = process.stdout.write
  process.stdout.write = ((chunk: string) => {
    lines.push(String(chunk))
    return true
  }) as typeof process.stdout.write
  let exitCode: typeof process.exitCode
  try {
    calls(core)
    exitCode = process.exitCode
  } finally {
    process.stdout.write = write
    process.env.GITHUB_OUTPUT = saved.env
    process.exitCode = saved.code
  }
  const outputs = readFileSync(output, 'utf8').replace(
    /ghadelimiter_[0-9a-z-]+/g,
    'DELIMITER',
  )
  return { stdout: lines.join(''), outputs, exitCode }
}

const tricky = 'a: b, c\r\n::set-env name=X::y\n100% done'

describe('the runner protocol matches @actions/core', () => {
  it.each<[string, (c: Core) => void]>([
    ['a plain output', (c) => c.setOutput('score', '9.3')],
    ['a multi-line output', (c) => c.setOutput('json', '{\n "a": 1\n}')],
    ['a non-string output', (c) => c.setOutput('n', { a: [1, 2] })],
    ['an info line', (c) => c.info('hello')],
    [
      'an error with every property',
      (c) =>
        c.error(tricky, {
          title: 'psirt, title: x',
          file: 'security/a,b.yml',
          startLine: 3,
          endLine: 4,
          startColumn: 5,
          endColumn: 6,
        }),
    ],
    ['a warning', (c) => c.warning(tricky, { file: 'x.yml', startLine: 1 })],
    ['a notice without properties', (c) => c.notice('done')],
    [
      'a group',
      (c) => {
        c.startGroup('Phase 1')
        c.info('inside')
        c.endGroup()
      },
    ],
    ['a failure', (c) => c.setFailed(tricky)],
    ['a secret', (c) => c.setSecret('s3cr3t')],
  ])('%s', async (_name, calls) => {
    const ours = await transcript(runner, calls)
    const theirs = await transcript(actionsCore as unknown as Core, calls)
    expect(ours).toEqual(theirs)
  })

  it('reads inputs as the runner names them (spaces to _, hyphens kept)', () => {
    process.env['INPUT_SECURITY-DIR'] = '  sec  '
    process.env.INPUT_MY_INPUT = 'x'
    try {
      expect(runner.getInput('security-dir')).toBe('sec')
      expect(runner.getInput('security-dir')).toBe(
        actionsCore.getInput('security-dir'),
      )
      expect(runner.getInput('my input')).toBe('x')
      expect(() => runner.getInput('absent', { required: true })).toThrow(
        'Input required and not supplied: absent',
      )
    } finally {
      delete process.env['INPUT_SECURITY-DIR']
      delete process.env.INPUT_MY_INPUT
    }
  })

  it('appends the summary to GITHUB_STEP_SUMMARY like @actions/core', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psirt-summary-'))
    const [a, b] = [join(dir, 'a'), join(dir, 'b')]
    writeFileSync(a, '')
    writeFileSync(b, '')
    const saved = process.env.GITHUB_STEP_SUMMARY
    try {
      process.env.GITHUB_STEP_SUMMARY = a
      await runner.summary
        .addHeading('Triage', 2)
        .addRaw('text')
        .addBreak()
        .write()
      process.env.GITHUB_STEP_SUMMARY = b
      await actionsCore.summary
        .addHeading('Triage', 2)
        .addRaw('text')
        .addBreak()
        .write()
    } finally {
      process.env.GITHUB_STEP_SUMMARY = saved
    }
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'))
    expect(runner.summary.isEmptyBuffer()).toBe(true)
  })
})
