import { formatProblem, type Problem } from '../src/errors.js'
import * as runner from '../src/runner.js'
import { forLog } from '../src/text.js'

/** A problem whose every field tries to start a workflow command. */
const hostile: Problem = {
  file: 'security/a\n::error file=x::injected.yml',
  line: 2,
  col: 1,
  rule: 'yaml/syntax',
  message: 'duplicate key "x\n::error file=a::pwned"',
  fix: 'keep one\r\n::warning::of them.',
  severity: 'error',
}

function stdoutOf(f: () => void): string {
  const chunks: string[] = []
  const write = process.stdout.write
  process.stdout.write = ((c: string) => {
    chunks.push(String(c))
    return true
  }) as typeof process.stdout.write
  try {
    f()
  } finally {
    process.stdout.write = write
  }
  return chunks.join('')
}

describe('a problem from untrusted input', () => {
  it('prints as one line that is not a command in the CLI (forLog)', () => {
    const line = forLog(formatProblem(hostile), 4000)
    expect(line).not.toMatch(/[\r\n]/)
    expect(line).not.toContain('::')
  })

  it('annotates as exactly one command line in an action', () => {
    const out = stdoutOf(() =>
      runner.error(formatProblem(hostile), {
        file: hostile.file,
        startLine: hostile.line,
      }),
    )
    const lines = out.split(/\r?\n/).filter((l) => l !== '')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^::error file=security\/a%0A%3A%3Aerror/)
  })
})
