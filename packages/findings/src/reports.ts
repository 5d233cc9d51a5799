/**
 * Report files: which parser a file needs, and every file the configured
 * globs match, parsed. A glob that matches no file is an error, not zero
 * findings: a scanner step that failed to write its report, or a path that
 * moved, would otherwise pass the gate silently.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import fg from 'fast-glob'
import { UserError, errorMessage } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import {
  parseDependabotAlerts,
  parseDependencyGraphCompare,
} from './dependabot.js'
import { parseGovulncheck } from './govulncheck.js'
import { parseGrype } from './grype.js'
import { parseNpmAudit } from './npm-audit.js'
import { parseOsvScanner } from './osv.js'
import {
  emptyFileError,
  isObject,
  jsonErrorPosition,
  stripBom,
} from './read.js'
import { parseSarif } from './sarif.js'
import { parseTrivy } from './trivy.js'
import type { Finding } from './types.js'

export const REPORT_FORMATS = [
  'osv-scanner',
  'govulncheck',
  'sarif',
  'npm-audit',
  'grype',
  'trivy',
  'dependabot',
  'dependency-review',
] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

const FORMATS_HELP =
  'osv-scanner JSON, govulncheck JSON, SARIF 2.1.0, npm audit v2, Grype JSON, Trivy JSON, Dependabot alerts or a dependency graph compare'

const GOVULNCHECK_START = /^\s*\{\s*"(config|progress|SBOM|osv|finding)"\s*:/

/**
 * Which report format a file holds, from its content (never its name). An
 * empty or unrecognised file is refused, naming the formats psirt reads.
 */
export function detectFormat(text: string, file: string): ReportFormat {
  const body = stripBom(text)
  if (body.trim() === '')
    throw emptyFileError(file, `a report (${FORMATS_HELP})`)

  let doc: unknown
  try {
    doc = JSON.parse(body)
  } catch {
    if (GOVULNCHECK_START.test(body)) return 'govulncheck'
    throw new UserError(
      `${file} is neither JSON nor a govulncheck JSON stream, so psirt cannot read it as a report (${FORMATS_HELP}). Fix: point the report glob at the scanner's JSON or SARIF output.`,
      { file, ...jsonErrorPosition(body) },
    )
  }

  if (Array.isArray(doc)) {
    if (doc.length === 0) {
      throw new UserError(
        `${file} is an empty JSON array; psirt cannot tell which report it is. Fix: Dependabot alerts and dependency graph diffs are read from the API; remove this file from the report globs.`,
        { file },
      )
    }
    const first = doc[0]
    if (isObject(first) && 'security_advisory' in first) return 'dependabot'
    if (isObject(first) && 'change_type' in first) return 'dependency-review'
  } else if (isObject(doc)) {
    if (Array.isArray(doc.runs)) return 'sarif'
    if (
      'auditReportVersion' in doc ||
      ('advisories' in doc && 'metadata' in doc)
    ) {
      return 'npm-audit'
    }
    if (Array.isArray(doc.matches)) return 'grype'
    if ('SchemaVersion' in doc) return 'trivy'
    if (Array.isArray(doc.results)) return 'osv-scanner'
    if (Object.keys(doc).length === 1 && GOVULNCHECK_START.test(body)) {
      return 'govulncheck'
    }
    if (
      typeof doc['@context'] === 'string' &&
      doc['@context'].includes('openvex')
    ) {
      throw new UserError(
        `${file} is an OpenVEX document: it holds decisions, not findings. Fix: remove it from the report globs and put it in a VEX folder (vex_dirs, default .vex/).`,
        { file },
      )
    }
  }
  throw new UserError(
    `${file} is JSON but not a report format psirt reads (${FORMATS_HELP}). Fix: point the report glob at one of those outputs.`,
    { file },
  )
}

/** Parses a report file's text with the parser its content needs. */
export function parseReport(text: string, file: string): Finding[] {
  const format = detectFormat(text, file)
  switch (format) {
    case 'osv-scanner':
      return parseOsvScanner(text, file)
    case 'govulncheck':
      return parseGovulncheck(text, file)
    case 'sarif':
      return parseSarif(text, file)
    case 'npm-audit':
      return parseNpmAudit(text, file)
    case 'grype':
      return parseGrype(text, file)
    case 'trivy':
      return parseTrivy(text, file)
    case 'dependabot':
      return parseDependabotAlerts(JSON.parse(stripBom(text)), file)
    case 'dependency-review':
      return parseDependencyGraphCompare(JSON.parse(stripBom(text)), file)
  }
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory()
  } catch {
    return false
  }
}

/**
 * Reads every report the globs match (relative to `cwd`; a glob starting
 * with `!` excludes). Each glob must match at least one file; the files
 * are read in path order and each must parse. Findings are not merged.
 */
export async function readReports(
  globs: string[],
  cwd: string,
): Promise<Finding[]> {
  const include = globs
    .map((g) => g.trim())
    .filter((g) => g !== '' && !g.startsWith('!'))
  const ignore = globs
    .filter((g) => g.trim().startsWith('!'))
    .map((g) => g.trim().slice(1))

  const files = new Set<string>()
  for (const glob of include) {
    const matched = await fg(glob, { cwd, dot: true, onlyFiles: true, ignore })
    if (matched.length === 0) {
      if (await isDirectory(path.resolve(cwd, glob))) {
        throw new UserError(
          `Report glob "${forLog(glob, 200)}" is a folder, not files. Fix: write "${forLog(glob.replace(/\/+$/, ''), 200)}/*.json" (or the report's own name).`,
        )
      }
      throw new UserError(
        `Report glob "${forLog(glob, 200)}" matches no file under ${forLog(cwd, 200)}. Fix: check that the scanner step ran and wrote its report there, or remove the glob; a missing report is never taken as "no findings".`,
      )
    }
    for (const f of matched) files.add(f)
  }

  const findings: Finding[] = []
  for (const file of [...files].sort()) {
    let text: string
    try {
      text = await readFile(path.resolve(cwd, file), 'utf8')
    } catch (e) {
      throw new UserError(
        `Report ${forLog(file, 200)} cannot be read (${forLog(errorMessage(e), 200)}). Fix: check the file's permissions and that it is a regular file.`,
        { file },
      )
    }
    findings.push(...parseReport(text, file))
  }
  return findings
}
