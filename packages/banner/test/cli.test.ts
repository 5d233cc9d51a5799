import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EXIT, run, type Io } from '../../cli/src/cli.js'
import { BANNER_START } from '../src/banner.js'
import '../src/cli.js'

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/repo')

async function psirt(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: Io = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    cwd: FIXTURE,
  }
  const code = await run(['banner', ...args], io)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('psirt banner', () => {
  it('prints the block the records give for the date', async () => {
    const r = await psirt('--date', '2026-11-10')
    expect(r.code).toBe(EXIT.ok)
    expect(r.out.split('\n')[0]).toBe('> [!CAUTION]')
    expect(r.out).toContain('GHSA-2c3v-4f5w-6x7q')
    expect(r.out).toContain('CVE-1900-1002')
    expect(r.out).not.toContain(BANNER_START)
  })

  it('prints nothing on stdout once every entry expired', async () => {
    const r = await psirt('--date', '2026-12-11', '--root', '.')
    expect(r.code).toBe(EXIT.ok)
    expect(r.out).toBe('')
    expect(r.err).toMatch(/banner is empty/)
  })

  it('refuses a malformed date as a usage error', async () => {
    const r = await psirt('--date', '2026-13-01')
    expect(r.code).toBe(EXIT.usage)
    expect(r.err).toMatch(/--date takes a calendar date/)
  })

  it('refuses an unknown option', async () => {
    const r = await psirt('--dates', '2026-11-01')
    expect(r.code).toBe(EXIT.usage)
  })
})
