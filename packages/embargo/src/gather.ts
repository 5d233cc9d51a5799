/**
 * Reading a release from disk for the engine: configuration, records,
 * public files and lockfiles. The CLI and the action both use this; only
 * where the notes, released versions and advisories come from differs.
 */
import { readFile, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import fg from 'fast-glob'
import { UserError, type Problem } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { loadConfig, loadSecurityFolder } from '../../records/src/load.js'
import { readLockfiles } from '../../versions/src/lockfiles.js'
import type { AdvisoryFact, PublicText, ReleaseInput } from './types.js'

export interface GatherOptions {
  /** repository root */
  root: string
  /** configuration file relative to root; default `.github/psirt.yml` */
  configFile?: string
  /** overrides config.security_dir */
  securityDir?: string
  version: string
  notes: PublicText
  /**
   * globs, relative to root, of files published with the release; none
   * given means the changelog (DEFAULT_PUBLIC_FILES)
   */
  publicFiles: string[]
  /** directories, relative to root, whose lockfiles ship; default the root */
  lockfileDirs?: string[]
  releasedVersions?: string[]
  advisories?: AdvisoryFact[]
  today: string
  releasePublic: boolean
}

/** What is scanned when no public files are named: the changelog. */
export const DEFAULT_PUBLIC_FILES = ['CHANGELOG*', 'CHANGES*', 'HISTORY*']

// LIMITATION: public files larger than this are not scanned (reported as a
// warning), so a leak inside a huge generated file goes unseen.
const MAX_PUBLIC_FILE_BYTES = 5 * 1024 * 1024

/** What the engine needs, plus the problems found while reading it. */
export async function gatherRelease(
  o: GatherOptions,
): Promise<{ input: ReleaseInput; problems: Problem[] }> {
  const root = resolve(o.root)
  const loadedConfig = await loadConfig(root, o.configFile)
  // Record paths in problems are repository-relative and normalised
  // (`security/x.yml`); the folder is written the same way, so `./security`,
  // `security/` or an absolute path name the same folder.
  const config = {
    ...loadedConfig.config,
    security_dir: relativeDir(
      root,
      o.securityDir ?? loadedConfig.config.security_dir,
    ),
  }
  const folder = await loadSecurityFolder(root, config, o.today)
  const problems = [...loadedConfig.problems, ...folder.problems]

  const publicFiles: PublicText[] = []
  const named = o.publicFiles.length > 0
  for (const g of o.publicFiles) {
    // A pattern that matches nothing scans nothing: a typo would pass.
    if ((await expandGlobs(root, [g])).length === 0) {
      throw new UserError(
        `The public-files pattern "${forLog(g, 100)}" matches no file, so nothing would be scanned for it. Fix: correct the pattern (it is case-sensitive and relative to the repository root), or remove it.`,
      )
    }
  }
  const paths = new Set(
    await expandGlobs(root, named ? o.publicFiles : DEFAULT_PUBLIC_FILES, {
      // changelog.md and Changes.txt are the changelog too
      caseSensitive: named,
    }),
  )
  // The security folder is public: every record in it is scanned for the
  // others' words (a record is not scanned for its own, see leaks.ts).
  for (const path of await recordFiles(root, config.security_dir)) {
    paths.add(path)
  }
  for (const path of [...paths].sort()) {
    if (path === o.notes.path) continue
    const abs = join(root, path)
    if ((await stat(abs)).size > MAX_PUBLIC_FILE_BYTES) {
      problems.push({
        file: path,
        rule: 'embargo/unscanned-file',
        message: `${path} is larger than 5 MB and was not scanned for embargoed vulnerabilities.`,
        fix: 'narrow the public-files globs, or check this file by hand.',
        severity: 'warning',
      })
      continue
    }
    const text = await readFile(abs, 'utf8')
    // LIMITATION: binary files (PDF, images, archives) matched by the globs
    // are skipped; text inside them is not scanned.
    if (text.includes('\u0000')) continue
    publicFiles.push({ path, text })
  }

  return {
    input: {
      records: folder.records,
      config,
      version: o.version,
      notes: o.notes,
      publicFiles,
      lockfiles: lockfileDirs(o.lockfileDirs).map((d) =>
        readLockfiles(inside(root, d, 'lockfile-dirs'), d),
      ),
      releasedVersions: o.releasedVersions,
      advisories: o.advisories,
      today: o.today,
      releasePublic: o.releasePublic,
    },
    problems,
  }
}

/** `dir` (relative to root, or absolute) as a normalised relative path. */
function relativeDir(root: string, dir: string): string {
  return relative(root, resolve(root, dir)).split(sep).join('/') || '.'
}

function lockfileDirs(dirs: string[] | undefined): string[] {
  const list = (dirs ?? []).map((d) => d.replace(/\/+$/, '') || '.')
  return list.length > 0 ? [...new Set(list)] : ['.']
}

/** `dir` under root; a path that leaves the repository is refused. */
function inside(root: string, dir: string, what: string): string {
  const abs = resolve(root, dir)
  const rel = relative(root, abs)
  if (rel.startsWith('..') || resolve(rel) === rel) {
    throw new UserError(
      `The ${what} entry "${forLog(dir, 100)}" points outside the repository. Fix: give directories relative to the repository root, such as . or sdk.`,
    )
  }
  return abs
}

/** The YAML files of the security folder, as the loader names them. */
async function recordFiles(root: string, dir: string): Promise<string[]> {
  if (dir.startsWith('../') || dir === '..') return []
  const base = dir === '.' ? '' : `${fg.escapePath(dir)}/`
  const found = await fg(`${base}**/*.{yml,yaml}`, {
    cwd: root,
    onlyFiles: true,
    // as the loader: every YAML file of the folder, hidden ones too
    dot: true,
    caseSensitiveMatch: false,
    ignore: ['**/node_modules/**', '.git/**'],
  })
  return found.map((f) => f.split(sep).join('/'))
}

/** Repository-relative paths matching the globs, sorted, never outside root. */
export async function expandGlobs(
  root: string,
  globs: string[],
  options: { caseSensitive?: boolean } = {},
): Promise<string[]> {
  if (globs.length === 0) return []
  for (const g of globs) {
    if (g.startsWith('/') || g.split('/').includes('..')) {
      throw new UserError(
        `The public-files pattern "${forLog(g, 100)}" points outside the repository. Fix: write patterns relative to the repository root, such as CHANGELOG.md or docs/**/*.md.`,
      )
    }
  }
  const found = await fg(globs, {
    cwd: root,
    onlyFiles: true,
    dot: false,
    caseSensitiveMatch: options.caseSensitive ?? true,
    ignore: ['**/node_modules/**', '.git/**'],
  })
  return found.map((f) => f.split(sep).join('/')).sort()
}

/** Reads a notes file given relative to root (or absolute, for the CLI). */
export async function readNotesFile(
  root: string,
  file: string,
): Promise<PublicText> {
  const abs = resolve(root, file)
  let text: string
  try {
    text = await readFile(abs, 'utf8')
  } catch {
    throw new UserError(
      `Cannot read the release notes file ${forLog(file, 200)}. Fix: give the path of the notes, relative to the repository root.`,
      { file },
    )
  }
  const rel = relative(root, abs).split(sep).join('/')
  return { path: rel.startsWith('..') ? file : rel, text }
}
