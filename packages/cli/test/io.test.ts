import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dateOption, run, type Io } from '../src/cli.js'
import { UserError } from '../../core/src/errors.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')

describe('dateOption', () => {
  it('passes a calendar date through and an absent option as undefined', () => {
    expect(dateOption('today', '2028-02-29')).toBe('2028-02-29')
    expect(dateOption('today', undefined)).toBeUndefined()
  })
  it.each(['2026-99-99', '2026-02-29', '2026-04-31', '2026-1-1', 'today'])(
    'refuses %s',
    (v) => {
      expect(() => dateOption('date', v)).toThrow(UserError)
      expect(() => dateOption('date', v)).toThrow(
        /--date takes a calendar date/,
      )
    },
  )
})

describe('error lines', () => {
  it('are single lines that cannot be workflow commands', async () => {
    const err: string[] = []
    const io: Io = { out: () => {}, err: (l) => err.push(l), cwd: root }
    expect(await run(['no\n::error::x'], io)).toBe(2)
    expect(err[0]).toBe('psirt: unknown command "no :\u200b:error:\u200b:x".')
  })
})

describe('the psirt process (source)', () => {
  it('stops quietly when the reader closes the pipe', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        join(root, 'scripts/register-ts.js'),
        join(root, 'packages/cli/src/main.ts'),
        'score',
      ],
      { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    // Many lines of output; the reader takes the first chunk and leaves.
    const vector = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n'
    child.stdin.end(vector.repeat(20000))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((done) =>
      child.on('close', (c) => done(c)),
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
  }, 30000)
})
