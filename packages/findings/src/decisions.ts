/**
 * Decisions that are not records: OpenVEX documents and the ignore files of
 * scanners, found at the places those tools read them from.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import fg from 'fast-glob'
import { UserError, errorMessage, type Problem } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import {
  parseAuditCi,
  parseGrypeIgnore,
  parseOsvScannerToml,
  parseSnyk,
  parseTrivyIgnore,
  parseTrivyIgnoreYaml,
} from './ignore-files.js'
import type { ExternalDecision } from './types.js'
import { parseOpenVex } from './vex.js'

export { parseOpenVex, isOpenVex } from './vex.js'
export {
  parseAuditCi,
  parseGrypeIgnore,
  parseOsvScannerToml,
  parseSnyk,
  parseTrivyIgnore,
  parseTrivyIgnoreYaml,
} from './ignore-files.js'

export type DecisionFormat = ExternalDecision['format']

/**
 * Ignore files at the repository root, where their tools look by default
 * (Trivy's YAML form must be passed with --ignorefile; `.trivyignore.yaml`
 * is its documented name).
 */
export const IGNORE_FILES: { [file: string]: DecisionFormat } = {
  'osv-scanner.toml': 'osv-scanner.toml',
  '.trivyignore': '.trivyignore',
  '.trivyignore.yaml': '.trivyignore.yaml',
  '.trivyignore.yml': '.trivyignore.yaml',
  '.grype.yaml': '.grype.yaml',
  '.grype.yml': '.grype.yaml',
  '.grype/config.yaml': '.grype.yaml',
  '.snyk': '.snyk',
  'audit-ci.jsonc': 'audit-ci',
  'audit-ci.json': 'audit-ci',
  '.audit-ci.jsonc': 'audit-ci',
}

/**
 * The decision format of a file, from its name (an OpenVEX document is any
 * `.json` not named otherwise); undefined when the name says nothing.
 */
export function decisionFormatOf(file: string): DecisionFormat | undefined {
  const norm = file.replace(/\\/g, '/')
  for (const [name, format] of Object.entries(IGNORE_FILES)) {
    if (norm === name || norm.endsWith(`/${name}`)) return format
  }
  const base = path.posix.basename(norm)
  if (/^osv-scanner.*\.toml$/.test(base)) return 'osv-scanner.toml'
  if (/trivyignore\.ya?ml$/.test(base)) return '.trivyignore.yaml'
  if (/trivyignore/.test(base)) return '.trivyignore'
  if (/grype.*\.ya?ml$/.test(base)) return '.grype.yaml'
  if (/^\.snyk$/.test(base)) return '.snyk'
  if (/^\.?audit-ci.*\.jsonc?$/.test(base)) return 'audit-ci'
  if (/\.json$/.test(base)) return 'openvex'
  return undefined
}

/**
 * Parses one decision file by its format (from its name unless given).
 * Skipped entries (package-wide ignores) are added to `problems`.
 */
export function parseDecisionFile(
  text: string,
  file: string,
  format: DecisionFormat | undefined = decisionFormatOf(file),
  problems?: Problem[],
): ExternalDecision[] {
  switch (format) {
    case 'openvex':
      return parseOpenVex(text, file)
    case 'osv-scanner.toml':
      return parseOsvScannerToml(text, file, problems)
    case '.trivyignore':
      return parseTrivyIgnore(text, file, problems)
    case '.trivyignore.yaml':
      return parseTrivyIgnoreYaml(text, file)
    case '.grype.yaml':
      return parseGrypeIgnore(text, file, problems)
    case '.snyk':
      return parseSnyk(text, file)
    case 'audit-ci':
      return parseAuditCi(text, file, problems)
    default:
      throw new UserError(
        `${file} is not a decision file psirt reads. Fix: pass an OpenVEX document (.json), osv-scanner.toml, .trivyignore, .trivyignore.yaml, .grype.yaml, .snyk or audit-ci.jsonc.`,
        { file },
      )
  }
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory()
  } catch {
    return false
  }
}

async function readText(
  abs: string,
  file: string,
): Promise<string | undefined> {
  try {
    return await readFile(abs, 'utf8')
  } catch (e) {
    const code = (e as { code?: string }).code
    if (code === 'ENOENT') return undefined
    throw new UserError(
      `Decision file ${forLog(file, 200)} cannot be read (${forLog(errorMessage(e), 200)}).`,
      { file },
    )
  }
}

/**
 * Every external decision in a repository: the ignore files at `root` and
 * every `.json` document under each VEX folder (relative to `root`), all
 * of which must be OpenVEX. A VEX folder that does not exist holds no
 * decisions; that only leaves findings untriaged, so it fails closed.
 * Paths in the decisions are relative to `root`.
 */
export async function readDecisionFiles(
  root: string,
  vexDirs: string[],
  problems?: Problem[],
): Promise<ExternalDecision[]> {
  const out: ExternalDecision[] = []
  for (const [name, format] of Object.entries(IGNORE_FILES)) {
    const text = await readText(path.join(root, name), name)
    if (text === undefined) continue
    out.push(...parseDecisionFile(text, name, format, problems))
  }

  const vexFiles = new Set<string>()
  for (const dir of vexDirs) {
    const rel = dir.replace(/\\/g, '/').replace(/\/+$/, '')
    if (!(await isDir(path.join(root, rel)))) continue
    const files = await fg(`${fg.escapePath(rel)}/**/*.json`, {
      cwd: root,
      dot: true,
      onlyFiles: true,
    })
    for (const f of files) vexFiles.add(f)
  }
  for (const file of [...vexFiles].sort()) {
    const text = await readText(path.join(root, file), file)
    if (text !== undefined) out.push(...parseOpenVex(text, file))
  }
  return out
}
