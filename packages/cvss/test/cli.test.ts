import { EXIT, run, type Io } from '../../cli/src/cli.js'

function capture(stdin?: string): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return {
    stdout,
    stderr,
    out: (l) => stdout.push(l),
    err: (l) => stderr.push(l),
    cwd: process.cwd(),
    stdin: stdin === undefined ? undefined : async () => stdin,
  }
}

const V4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'
const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U'

describe('psirt score', () => {
  it('prints version, score, severity, nomenclature and macrovector', async () => {
    const io = capture()
    expect(await run(['score', V4], io)).toBe(EXIT.ok)
    expect(io.stdout).toEqual([
      `CVSS 4.0  9.3  critical  CVSS-B  macrovector 000200  ${V4}`,
    ])
  })

  it('prints the base and temporal scores of a v3.1 vector', async () => {
    const io = capture()
    expect(await run(['score', V31], io)).toBe(EXIT.ok)
    expect(io.stdout[0]).toBe(
      `CVSS 3.1  9.0  critical  base 9.8  temporal 9.0  ${V31}`,
    )
  })

  it('prints JSON with --json', async () => {
    const io = capture()
    expect(await run(['score', '--json', V4, V31], io)).toBe(EXIT.ok)
    const results = JSON.parse(io.stdout.join('\n')) as {
      version: string
      score: number
    }[]
    expect(results.map((r) => [r.version, r.score])).toEqual([
      ['4.0', 9.3],
      ['3.1', 9.0],
    ])
  })

  it('reads one vector per line from standard input', async () => {
    const io = capture(`${V4}\r\n\n${V31}\n`)
    expect(await run(['score'], io)).toBe(EXIT.ok)
    expect(io.stdout).toHaveLength(2)
  })

  it('refuses whitespace around a vector on a line as in an argument', async () => {
    const line = capture(`${V4}\n  ${V31}  \n`)
    expect(await run(['score'], line)).toBe(EXIT.usage)
    const arg = capture()
    expect(await run(['score', V4, `  ${V31}  `], arg)).toBe(EXIT.usage)
    expect(line.stderr).toEqual(arg.stderr)
    expect(line.stderr[0]).toMatch(/whitespace/)
  })

  it('gives an entry to each vector in --json, the refused ones too', async () => {
    const io = capture()
    expect(await run(['score', '--json', V4, 'bad'], io)).toBe(EXIT.usage)
    const results = JSON.parse(io.stdout.join('\n')) as {
      score?: number
      vector: string
      error?: string
    }[]
    expect(results).toHaveLength(2)
    expect(results[0].score).toBe(9.3)
    expect(results[1]).toEqual({ vector: 'bad', error: expect.any(String) })
  })

  it('prints a refused vector on one line that is not a workflow command', async () => {
    const io = capture()
    await run(['score', 'x\n::error::pwned'], io)
    expect(io.stderr).toHaveLength(1)
    expect(io.stderr[0]).not.toMatch(/\n|::error/)
  })

  it('exits 2 with one error line per invalid vector, scoring the rest', async () => {
    const io = capture()
    const code = await run(['score', V4, 'CVSS:4.0/AV:X', `${V31}/`], io)
    expect(code).toBe(EXIT.usage)
    expect(io.stdout).toHaveLength(1)
    expect(io.stderr).toHaveLength(2)
    expect(io.stderr[0]).toMatch(
      /metric AV \(part 2\) has value "X"; allowed: N, A, L, P/,
    )
    expect(io.stderr[1]).toMatch(/part 11 is empty/)
  })

  it('refuses an unknown option as a usage error', async () => {
    const io = capture()
    expect(await run(['score', '--jsn', V4], io)).toBe(EXIT.usage)
    expect(io.stderr.join('\n')).toMatch(/--jsn/)
  })

  it('refuses to run without any vector', async () => {
    const io = capture('')
    expect(await run(['score'], io)).toBe(EXIT.usage)
    expect(io.stderr.join('\n')).toMatch(/no vector given/)
  })
})
