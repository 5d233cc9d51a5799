/**
 * The cvss-score action: score one vector given as input, or score every
 * record's vectors and check that a recorded score or severity agrees with
 * them. `scoreInput` and `checkRecords` compute the outcome; `applyVector`
 * and `applyRecords` report it through the runner protocol (packages/core/src/runner.ts).
 */
import * as core from '../../core/src/runner.js'
import { formatProblem, type Problem } from '../../core/src/errors.js'
import { forLog, forMarkdown } from '../../core/src/text.js'
import type { Config, LoadedRecord, Severity } from '../../records/src/types.js'
import { positionOf } from '../../records/src/types.js'
import { acceptableScores, scoreVector, severityOf } from './score.js'
import { CvssError, type CvssResult, type CvssVersion } from './types.js'

/** Scores the `vector` input; a malformed vector names the input. */
export function scoreInput(vector: string): CvssResult {
  try {
    return scoreVector(vector)
  } catch (e) {
    if (e instanceof CvssError) {
      throw new CvssError(`Input "vector": ${e.message}`, e)
    }
    throw e
  }
}

/** Reports one scored vector as outputs, a log line and a summary. */
export function applyVector(r: CvssResult): void {
  core.info(
    `CVSS ${r.version} ${r.score.toFixed(1)} ${r.severity}` +
      (r.nomenclature ? ` ${r.nomenclature}` : '') +
      (r.macrovector ? ` macrovector ${r.macrovector}` : ''),
  )
  core.setOutput('score', r.score.toFixed(1))
  core.setOutput('severity', r.severity)
  core.setOutput('version', r.version)
  core.setOutput('nomenclature', r.nomenclature ?? '')
  core.setOutput('json', JSON.stringify(r))
  core.summary
    .addHeading('CVSS score', 2)
    .addRaw(
      '\n| vector | version | score | severity |\n|---|---|---|---|\n' +
        `| ${forMarkdown(r.vector)} | ${r.version}${r.nomenclature ? ` (${r.nomenclature})` : ''} | ${r.score.toFixed(1)} | ${r.severity} |\n`,
    )
}

/** The field of `cvss` in a record, and the versions it may hold. */
const FIELDS: { key: 'v4' | 'v3' | 'v2'; versions: CvssVersion[] }[] = [
  { key: 'v4', versions: ['4.0'] },
  { key: 'v3', versions: ['3.1', '3.0'] },
  { key: 'v2', versions: ['2.0'] },
]

export interface VectorCheck {
  field: 'v4' | 'v3' | 'v2'
  vector: string
  line: number
  col: number
  result?: CvssResult
  error?: string
}

export interface RecordCheck {
  file: string
  id: string
  vectors: VectorCheck[]
  recorded: { score?: number; severity?: Severity }
  /** the score and severity the suite takes: the first valid of v4, v3, v2 */
  severity?: Severity
  score?: number
  /** every disagreement, one sentence each, at file:line:col */
  problems: Problem[]
}

export interface RecordsOutcome {
  securityDir: string
  records: RecordCheck[]
  /** problems loading the configuration or folder that stop a check */
  problems: Problem[]
}

function problem(
  file: string,
  at: { line: number; col: number },
  rule: string,
  message: string,
  fix: string | undefined,
): Problem {
  return { file, ...at, rule, message, fix, severity: 'error' }
}

/** Scores a loaded record's vectors and checks its recorded score/severity. */
export function checkRecord(loaded: LoadedRecord): RecordCheck {
  const { record, file } = loaded
  const cvss = record.cvss ?? {}
  const check: RecordCheck = {
    file,
    id: record.id,
    vectors: [],
    recorded: {},
    problems: [],
  }
  for (const { key, versions } of FIELDS) {
    const vector = cvss[key]
    if (vector === undefined) continue
    const at = positionOf(loaded, `/cvss/${key}`)
    const v: VectorCheck = { field: key, vector: String(vector), ...at }
    check.vectors.push(v)
    try {
      const r = scoreVector(String(vector))
      if (!versions.includes(r.version)) {
        throw new CvssError(
          `cvss.${key} holds a CVSS ${r.version} vector; it takes CVSS ${versions.join(' or ')}.`,
        )
      }
      v.result = r
    } catch (e) {
      if (!(e instanceof CvssError)) throw e
      v.error = e.message
      check.problems.push(
        problem(
          file,
          at,
          'cvss/invalid-vector',
          `cvss.${key}: ${e.message}`,
          e.message.includes('Fix:')
            ? undefined
            : "correct the vector; FIRST's calculator at https://www.first.org/cvss/calculator/ shows the valid form.",
        ),
      )
    }
  }

  const scored = check.vectors.filter((v) => v.result)
  const primary = scored[0]?.result
  check.severity = primary?.severity
  check.score = primary?.score

  if (cvss.score !== undefined) {
    check.recorded.score = cvss.score
    const at = positionOf(loaded, '/cvss/score')
    // A recorded score may come from any of the record's vectors (a v3.1
    // score beside a v4.0 vector is common); it must match one of them.
    // LIMITATION: so a v3.1 score passes beside a v4.0 vector even when the
    // record meant the v4.0 one; severity, which drives policy, is strict.
    const accepted = scored.flatMap((v) => acceptableScores(v.vector))
    if (scored.length === 0 && check.vectors.length === 0) {
      check.problems.push(
        problem(
          file,
          at,
          'cvss/score-without-vector',
          `cvss.score ${forLog(cvss.score, 12)} has no vector to check it against.`,
          'add the vector it was computed from as cvss.v4 or cvss.v3.',
        ),
      )
    } else if (
      scored.length > 0 &&
      !accepted.some((s) => Math.abs(s - Number(cvss.score)) < 1e-9)
    ) {
      check.problems.push(
        problem(
          file,
          at,
          'cvss/score-mismatch',
          `cvss.score is ${forLog(cvss.score, 12)}, but the vectors score ${unique(
            accepted,
          )
            .map((s) => s.toFixed(1))
            .join(' or ')}.`,
          `set cvss.score to ${primary?.score.toFixed(1)}, or correct the vector.`,
        ),
      )
    }
  }

  if (cvss.severity !== undefined) {
    check.recorded.severity = cvss.severity
    const at = positionOf(loaded, '/cvss/severity')
    if (!primary && check.vectors.length === 0) {
      // A severity alone is allowed: the record states it without a vector.
    } else if (primary) {
      // Severity drives deadlines, so it must follow the vector the suite
      // uses (v4 before v3 before v2), under either rounding convention.
      const p = scored[0]
      const allowed = unique(
        acceptableScores(p.vector).map((s) => severityOf(s, primary.version)),
      )
      if (!allowed.includes(cvss.severity)) {
        check.problems.push(
          problem(
            file,
            at,
            'cvss/severity-mismatch',
            `cvss.severity is ${forLog(cvss.severity, 12)}, but cvss.${p.field} rates ${allowed.join(' or ')} (${primary.score.toFixed(1)}).`,
            `set cvss.severity to ${primary.severity}, or correct the vector.`,
          ),
        )
      }
    }
  }
  return check
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)]
}

/**
 * Loads the configuration and the security folder and checks every record.
 * A folder or file that cannot be read is a problem: it was not checked.
 */
export async function checkRecords(
  root: string,
  opts: { config?: string; securityDir?: string },
): Promise<RecordsOutcome> {
  const { loadConfig, loadSecurityFolder } =
    await import('../../records/src/index.js')
  const { config, problems: configProblems } = await loadConfig(
    root,
    opts.config,
  )
  const problems = configProblems.filter((p) => p.severity === 'error')
  const effective: Config = opts.securityDir
    ? { ...config, security_dir: opts.securityDir }
    : config
  const securityDir = effective.security_dir
  if (problems.length > 0) return { securityDir, records: [], problems }

  const loaded = await loadSecurityFolder(root, effective)
  const files = new Set(loaded.records.map((r) => r.file))
  // Process rules (deadlines, reasoning) are triage-gate's; what stops this
  // action is a record it could not read, whose vectors go unchecked.
  for (const p of loaded.problems) {
    if (p.severity === 'error' && !files.has(p.file)) problems.push(p)
  }
  return {
    securityDir,
    records: loaded.records.map(checkRecord),
    problems,
  }
}

function annotate(p: Problem): void {
  core.error(forLog(`${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}`, 2000), {
    title: `cvss-score ${p.rule}`,
    file: p.file,
    startLine: p.line,
    startColumn: p.col,
  })
}

/** Reports a records check: annotations, outputs, summary; fails on any problem. */
export function applyRecords(outcome: RecordsOutcome): void {
  const all = [
    ...outcome.problems,
    ...outcome.records.flatMap((r) => r.problems),
  ]
  core.startGroup(
    `Scoring the records in ${forLog(outcome.securityDir)}/ (${outcome.records.length})`,
  )
  for (const r of outcome.records) {
    for (const v of r.vectors) {
      const what = v.result
        ? `${v.result.score.toFixed(1)} ${v.result.severity}`
        : 'invalid'
      core.info(
        `${forLog(r.file)}: cvss.${v.field} ${forLog(v.vector, 120)}: ${what}`,
      )
    }
    if (r.vectors.length === 0) core.info(`${forLog(r.file)}: no CVSS vector`)
  }
  core.endGroup()
  for (const p of all) annotate(p)

  const vectors = outcome.records.flatMap((r) => r.vectors)
  const json = {
    securityDir: outcome.securityDir,
    records: outcome.records.map((r) => ({
      file: r.file,
      id: r.id,
      score: r.score,
      severity: r.severity,
      recorded: r.recorded,
      vectors: r.vectors.map((v) => ({
        field: v.field,
        vector: v.vector,
        ...(v.result ? { result: v.result } : { error: v.error }),
      })),
      problems: r.problems.map(formatProblem),
    })),
    problems: outcome.problems.map(formatProblem),
    summary: {
      records: outcome.records.length,
      vectors: vectors.length,
      invalid: vectors.filter((v) => v.error !== undefined).length,
      problems: all.length,
    },
  }
  core.setOutput('json', JSON.stringify(json))
  core.setOutput('problems', String(all.length))

  let table =
    '\n| record | field | vector | score | severity | check |\n|---|---|---|---|---|---|\n'
  for (const r of outcome.records) {
    const ok =
      r.problems.length === 0 ? 'ok' : `${r.problems.length} problem(s)`
    for (const v of r.vectors) {
      table += `| ${forMarkdown(r.id)} | ${v.field} | ${forMarkdown(v.vector, 200)} | ${v.result?.score.toFixed(1) ?? 'invalid'} | ${v.result?.severity ?? ''} | ${ok} |\n`
    }
    if (r.vectors.length === 0) {
      table += `| ${forMarkdown(r.id)} | | no vector | | ${forMarkdown(r.recorded.severity ?? '')} | ${ok} |\n`
    }
  }
  core.summary
    .addHeading('CVSS scores of the security records', 2)
    .addRaw(
      `${outcome.records.length} record(s), ${vectors.length} vector(s), ${all.length} problem(s).\n`,
    )
    .addRaw(outcome.records.length > 0 ? table : '')
  if (all.length > 0) {
    core.summary.addRaw(
      '\n' +
        all.map((p) => `- ${forMarkdown(formatProblem(p), 1000)}`).join('\n') +
        '\n',
    )
    core.setFailed(
      `${all.length} CVSS problem(s) in ${forLog(outcome.securityDir)}/; see the annotations.`,
    )
  }
}
