/**
 * `psirt score`: scores CVSS vectors given as arguments, or one per line on
 * standard input, for a person (a line per vector) or a program (`--json`).
 */
import { parseArgs } from 'node:util'
import { EXIT, register, type Io } from '../../cli/src/cli.js'
import { UserError, errorMessage } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { scoreVector } from './score.js'
import { CvssError, type CvssResult } from './types.js'

const HELP = 'score CVSS v4.0/v3.x/v2.0 vectors: score [--json] [VECTOR...]'

const USAGE = `usage: psirt score [--json] [VECTOR...]

Scores each CVSS vector (v4.0, v3.1, v3.0 or v2.0) as FIRST's calculators do.
With no VECTOR, reads one vector per line from standard input (only the
line ending is removed; blank lines are skipped). A vector is refused if it
holds any whitespace, as an argument or a line.
  --json   print a JSON array with one entry per vector: the score, or
           {"vector": ..., "error": ...} for a vector that is refused
Exit status: 0 when every vector is valid, 2 when any is not.`

function options(args: string[]): {
  json: boolean
  help: boolean
  vectors: string[]
} {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: {
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    })
    return { json: values.json, help: values.help, vectors: positionals }
  } catch (e) {
    throw new UserError(`${errorMessage(e)} Run \`psirt score --help\`.`)
  }
}

/** One line a person reads: version, score, severity and what it covers. */
export function describeResult(r: CvssResult): string {
  const parts = [`CVSS ${r.version}`, r.score.toFixed(1), r.severity]
  if (r.nomenclature) parts.push(r.nomenclature)
  if (r.macrovector) parts.push(`macrovector ${r.macrovector}`)
  if (r.version !== '4.0') {
    parts.push(`base ${r.baseScore.toFixed(1)}`)
    if (r.temporalScore !== undefined)
      parts.push(`temporal ${r.temporalScore.toFixed(1)}`)
    if (r.environmentalScore !== undefined)
      parts.push(`environmental ${r.environmentalScore.toFixed(1)}`)
  }
  if (r.supplemental) {
    const s = Object.entries(r.supplemental).map(([k, v]) => `${k}:${v}`)
    parts.push(`supplemental ${s.join('/')}`)
  }
  // The vector passed the parser, so it holds no control characters.
  parts.push(r.vector)
  return parts.join('  ')
}

async function score(args: string[], io: Io): Promise<number> {
  const opts = options(args)
  if (opts.help) {
    io.out(USAGE)
    return EXIT.ok
  }
  let vectors = opts.vectors
  if (vectors.length === 0 && io.stdin) {
    // Only the line ending goes: other whitespace is refused, as it is in
    // an argument.
    vectors = (await io.stdin()).split(/\r?\n/).filter((l) => l !== '')
  }
  if (vectors.length === 0) {
    throw new UserError(
      'no vector given. Fix: pass vectors as arguments (psirt score CVSS:4.0/AV:N/...) or one per line on standard input.',
    )
  }

  // One entry per vector, in order: a refused vector is in the JSON too.
  const results: (CvssResult | { vector: string; error: string })[] = []
  let invalid = 0
  for (const vector of vectors) {
    try {
      results.push(scoreVector(vector))
    } catch (e) {
      if (!(e instanceof CvssError)) throw e
      invalid++
      results.push({ vector, error: e.message })
      io.err(forLog(`psirt score: ${e.message}`, 2000))
    }
  }
  if (opts.json) io.out(JSON.stringify(results, null, 2))
  else {
    for (const r of results) {
      if ('score' in r) io.out(forLog(describeResult(r), 2000))
    }
  }
  return invalid === 0 ? EXIT.ok : EXIT.usage
}

register('score', HELP, score)
