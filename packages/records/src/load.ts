/**
 * Loading the repository configuration and the security folder. Every
 * problem is collected with its file, line and column; callers decide
 * whether problems fail the run (the actions and `psirt validate` do).
 * Only regular files inside the repository are read, each checked for
 * size before it is read; a value the schema refuses is never used.
 */
import { constants } from 'node:fs'
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path'
import { UserError, type Problem } from '../../core/src/errors.js'
import {
  DEFAULT_LIMITS,
  decodeYaml,
  loadYaml,
  type YamlData,
} from '../../core/src/yaml.js'
import { scoreVector } from '../../cvss/src/index.js'
import { checkSchema, configSchema, invalidKeys, lookup } from './schema.js'
import type { Config, LoadedRecord, Record } from './types.js'
import { checkDuplicates, checkRecordRules } from './validate.js'

/** The configuration file read when none is named. */
export const DEFAULT_CONFIG_FILE = '.github/psirt.yml'

/** Every default, documented in docs/config.md. */
export const DEFAULT_CONFIG: Config = {
  version: 1,
  security_dir: 'security',
  vex_dirs: ['.vex'],
  distributed: true,
  fail_on: 'low',
  deadlines: { critical: 7, high: 30, medium: 90, low: 180 },
  not_affected_max_days: 365,
  expiry_warning_days: 14,
  grace_hours: 24,
  dev_dependencies: 'strict',
  mode: 'all',
  stale_records: 'warning',
  reports: [],
  release_lines: [],
  release_wait_days: 30,
  banner: { days: 30, file: 'README.md' },
  channels: {},
}

/** Today's date (UTC) as YYYY-MM-DD. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/** Repository-relative path with forward slashes, for messages. */
function rel(root: string, file: string): string {
  return relative(root, file).split(sep).join('/')
}

/** Whether `path` is `root` itself or inside it (both absolute). */
function inside(root: string, path: string): boolean {
  const r = relative(root, path)
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r))
}

function problem(
  file: string,
  rule: string,
  message: string,
  fix: string,
): Problem {
  return { file, rule, message, fix, severity: 'error' }
}

function parse(text: string, file: string): YamlData | Problem {
  try {
    return loadYaml(text, file)
  } catch (e) {
    if (e instanceof UserError) return yamlProblem(e, file)
    throw e
  }
}

/** A loader's UserError (`file:line:col: message. Fix: fix`) as a Problem. */
function yamlProblem(e: UserError, file: string): Problem {
  // Cut the known prefix exactly: a file name may itself hold colons.
  let text = e.message
  const prefix = `${file}:${e.line}:${e.col}: `
  if (e.line !== undefined && text.startsWith(prefix)) {
    text = text.slice(prefix.length)
  }
  const at = text.lastIndexOf(' Fix: ')
  return {
    file,
    line: e.line,
    col: e.col,
    rule: 'yaml/syntax',
    message: at >= 0 ? text.slice(0, at) : text,
    fix: at >= 0 ? text.slice(at + ' Fix: '.length) : undefined,
    severity: 'error',
  }
}

/** Nothing here: lstat's answer for a missing path. */
function missing(e: unknown): boolean {
  const code = (e as { code?: string }).code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

/**
 * The text of a YAML file, or the problem that stops it being read: not a
 * regular file (a folder, pipe or device), a link leading out of the
 * repository or to nothing, too large, or not UTF-8. The size is checked
 * before reading and the read is bounded, so no file can exhaust memory
 * and no pipe can hang the run.
 */
async function readYaml(
  root: string,
  path: string,
  file: string,
  rule: string,
  maxBytes: number = DEFAULT_LIMITS.maxBytes,
): Promise<string | Problem> {
  const refuse = (message: string, fix: string) =>
    problem(file, rule, message, fix)
  try {
    let info = await lstat(path)
    if (info.isSymbolicLink()) {
      let target: string
      try {
        target = await realpath(path)
      } catch {
        return refuse(
          'this is a symbolic link to nothing.',
          'remove the link, or replace it with the file itself.',
        )
      }
      if (!inside(await realpath(root), target)) {
        return refuse(
          'this is a symbolic link to a file outside the repository; psirt reads only files of the repository.',
          'replace the link with the file itself.',
        )
      }
      info = await stat(target)
    }
    if (info.isDirectory()) {
      return refuse(
        'this is a folder, not a YAML file.',
        'name the YAML file, not a folder.',
      )
    }
    if (!info.isFile()) {
      return refuse(
        'this is not a regular file (it is a pipe, socket or device).',
        'replace it with a YAML file.',
      )
    }
    const tooBig = (size: number) =>
      refuse(
        `the file is ${size} bytes; the limit is ${maxBytes}.`,
        'keep one vulnerability per file and move long text to a linked document.',
      )
    if (info.size > maxBytes) return tooBig(info.size)
    // O_NONBLOCK: a file swapped for a pipe since lstat cannot block open.
    const handle = await open(
      path,
      constants.O_RDONLY | (constants.O_NONBLOCK ?? 0),
    )
    try {
      const opened = await handle.stat()
      if (!opened.isFile()) {
        return refuse(
          'this is not a regular file.',
          'replace it with a YAML file.',
        )
      }
      if (opened.size > maxBytes) return tooBig(opened.size)
      const buffer = Buffer.alloc(maxBytes + 1)
      let length = 0
      for (;;) {
        const { bytesRead } = await handle.read(
          buffer,
          length,
          buffer.length - length,
          null,
        )
        if (bytesRead === 0) break
        length += bytesRead
        if (length > maxBytes) return tooBig(length)
      }
      return decodeYaml(buffer.subarray(0, length), file)
    } finally {
      await handle.close()
    }
  } catch (e) {
    if (e instanceof UserError) return yamlProblem(e, file)
    if (missing(e)) {
      return refuse('the file does not exist.', 'check the path.')
    }
    const code = (e as { code?: string }).code
    if (code === 'EACCES' || code === 'EPERM') {
      return refuse(
        'the file cannot be read (permission denied).',
        'make it readable by the user that runs psirt.',
      )
    }
    throw e
  }
}

/**
 * Why a `security_dir` cannot be used, or undefined when it can: it must be
 * a folder inside the repository, written relative to its root.
 */
export function securityDirProblem(dir: unknown): string | undefined {
  if (typeof dir !== 'string' || dir.trim() === '') {
    return 'security_dir must name a folder, e.g. `security`.'
  }
  if (isAbsolute(dir) || /^[A-Za-z]:|^[\\/]/.test(dir)) {
    return `security_dir "${dir}" is an absolute path; it must be relative to the repository root, e.g. \`security\`.`
  }
  const n = normalize(dir)
  if (n === '..' || n.startsWith(`..${sep}`) || n.startsWith('../')) {
    return `security_dir "${dir}" leads outside the repository; the records must be in the repository.`
  }
  if (n === '.' || n === `.${sep}`) {
    return `security_dir "${dir}" is the repository root; the records need a folder of their own, e.g. \`security\`.`
  }
  return undefined
}

/**
 * Reads `.github/psirt.yml` (or `file`), applying defaults. A missing
 * default file means all defaults; a missing named file is an error. A key
 * whose value the schema refuses keeps its default (and the problem fails
 * the run): `ignored` lists those keys.
 */
export async function loadConfig(
  root: string,
  file?: string,
): Promise<{ config: Config; problems: Problem[]; ignored: string[] }> {
  const path = join(root, file ?? DEFAULT_CONFIG_FILE)
  const shown = rel(root, path)
  const defaults = (problems: Problem[], ignored: string[] = []) => ({
    config: structuredClone(DEFAULT_CONFIG),
    problems,
    ignored,
  })
  if (!inside(resolve(root), resolve(path))) {
    return defaults([
      problem(
        shown,
        'config/outside',
        'the configuration file is outside the repository.',
        'keep it in the repository, e.g. .github/psirt.yml.',
      ),
    ])
  }
  const exists = await lstat(path).then(
    () => true,
    (e: unknown) => {
      if (missing(e)) return false
      throw e
    },
  )
  if (!exists) {
    if (file === undefined || file === DEFAULT_CONFIG_FILE) return defaults([])
    return defaults([
      problem(
        shown,
        'config/missing',
        `the configuration file ${shown} does not exist.`,
        'create it, or point the `config` input at the right path.',
      ),
    ])
  }
  const text = await readYaml(root, path, shown, 'config/unreadable')
  if (typeof text !== 'string') return defaults([text])
  const data = parse(text, shown)
  if ('rule' in data) return defaults([data])
  if (data.value === null || data.value === undefined) {
    return defaults([
      {
        ...problem(
          shown,
          'config/empty',
          'the file is empty.',
          'write at least `version: 1`, or delete the file to use the defaults.',
        ),
        line: 1,
        col: 1,
      },
    ])
  }
  const problems = checkSchema('config', data.value, shown, data.positions)
  const given = data.value as { [k: string]: unknown }
  const bad = invalidKeys('config', data.value)
  const dirProblem =
    'security_dir' in given && !bad.has('security_dir')
      ? securityDirProblem(given.security_dir)
      : undefined
  if (dirProblem) {
    bad.add('security_dir')
    problems.push({
      ...problem(
        shown,
        'config/security-dir',
        dirProblem,
        'write the folder of the records relative to the repository root.',
      ),
      ...lookup(data.positions, '/security_dir'),
    })
  }
  if (bad.has('')) return defaults(problems, Object.keys(DEFAULT_CONFIG))
  const config = structuredClone(DEFAULT_CONFIG) as Config & {
    [k: string]: unknown
  }
  const ignored: string[] = []
  for (const key of Object.keys(given)) {
    if (bad.has(key)) ignored.push(key)
    else if (isConfigKey(key)) config[key] = structuredClone(given[key])
  }
  // Nested mappings keep the defaults of the keys they do not set.
  config.deadlines = { ...DEFAULT_CONFIG.deadlines, ...config.deadlines }
  config.banner = { ...DEFAULT_CONFIG.banner, ...config.banner }
  if (config.channels.discourse && !config.channels.discourse.pin_severity) {
    config.channels.discourse.pin_severity = 'high'
  }
  return { config, problems, ignored }
}

/** A key of the configuration schema (others are refused as unknown). */
function isConfigKey(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(configKeys, key)
}
const configKeys: { [k: string]: unknown } = configSchema.properties

/** The YAML files under a folder, and problems with what is not one. */
async function yamlFiles(
  root: string,
  dir: string,
): Promise<{ files: string[]; problems: Problem[] }> {
  const files: string[] = []
  const problems: Problem[] = []
  const walk = async (folder: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(folder, { withFileTypes: true })
    } catch (e) {
      const code = (e as { code?: string }).code
      if (code !== 'EACCES' && code !== 'EPERM') throw e
      problems.push(
        problem(
          rel(root, folder),
          'records/unreadable',
          'the folder cannot be read (permission denied).',
          'make it readable by the user that runs psirt.',
        ),
      )
      return
    }
    for (const entry of entries) {
      const full = join(folder, entry.name)
      const isYaml = /\.ya?ml$/i.test(entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isSymbolicLink()) {
        // Links are not followed into folders: a record is in the tree.
        const target = await stat(full).catch(() => undefined)
        if (target?.isDirectory()) {
          problems.push(
            problem(
              rel(root, full),
              'records/unreadable',
              'this is a symbolic link to a folder; psirt does not follow links to folders.',
              'move the records into the security folder itself.',
            ),
          )
        } else if (isYaml) files.push(full)
      } else if (isYaml) files.push(full)
    }
  }
  await walk(dir)
  return { files: files.sort(), problems }
}

/** Fills the optional lists so code downstream never sees undefined. */
function withDefaults(value: Record): Record {
  return {
    ...value,
    aliases: value.aliases ?? [],
    packages: value.packages ?? [],
    fixed_in: value.fixed_in ?? [],
    cwe: value.cwe ?? [],
    credits: value.credits ?? [],
    references: value.references ?? [],
  }
}

function checkVectors(loaded: LoadedRecord): Problem[] {
  const problems: Problem[] = []
  const cvss = loaded.record.cvss
  if (!cvss) return problems
  for (const key of ['v4', 'v3', 'v2'] as const) {
    const vector = cvss[key]
    if (vector === undefined) continue
    try {
      scoreVector(vector)
    } catch (e) {
      if (!(e instanceof UserError)) throw e
      const pos = lookup(loaded.positions, `/cvss/${key}`)
      // The scorer's message may carry its own fix: keep it, once.
      const at = e.message.lastIndexOf(' Fix: ')
      problems.push({
        file: loaded.file,
        ...pos,
        rule: 'record/cvss-vector',
        message: at >= 0 ? e.message.slice(0, at) : e.message,
        fix:
          at >= 0
            ? e.message.slice(at + ' Fix: '.length)
            : "correct the vector; FIRST's calculator shows the valid form.",
        severity: 'error',
      })
    }
  }
  return problems
}

/**
 * Loads and validates every record in the security folder. Records with
 * structural errors are left out of `records` (their problems say why);
 * records that break only process rules are kept, so reports can name them.
 */
export async function loadSecurityFolder(
  root: string,
  config: Config,
  today: string = isoToday(),
  options: { reveal?: boolean } = {},
): Promise<{ records: LoadedRecord[]; problems: Problem[] }> {
  const refuse = (
    file: string,
    rule: string,
    message: string,
    fix: string,
  ) => ({
    records: [],
    problems: [problem(file, rule, message, fix)],
  })
  // An absolute path inside the repository (an action input may give one)
  // is the same folder written relatively.
  let name: unknown = config.security_dir
  if (typeof name === 'string' && isAbsolute(name)) {
    if (inside(resolve(root), resolve(name))) name = rel(root, resolve(name))
  }
  const bad = securityDirProblem(name)
  if (bad !== undefined || typeof name !== 'string') {
    return refuse(
      typeof name === 'string' ? name : '<security_dir>',
      'records/security-dir',
      bad ?? 'security_dir must name a folder.',
      'set `security_dir` (or the `security-dir` input) to the folder of the records, relative to the repository root.',
    )
  }
  const shown = name.replace(/[\\/]+$/, '')
  const dir = join(root, name)
  const info = await stat(dir).catch((e: unknown) => {
    if (missing(e)) return undefined
    throw e
  })
  if (!info) {
    return refuse(
      shown,
      'records/missing-folder',
      `the security folder ${shown}/ does not exist.`,
      'create it with one record per vulnerability, or set `security_dir` in the configuration.',
    )
  }
  if (!info.isDirectory()) {
    return refuse(
      shown,
      'records/missing-folder',
      `the security folder ${shown} is a file, not a folder.`,
      'set `security_dir` to the folder that holds the records.',
    )
  }
  if (!inside(await realpath(root), await realpath(dir))) {
    return refuse(
      shown,
      'records/security-dir',
      `the security folder ${shown} is a symbolic link to a folder outside the repository.`,
      'keep the records in the repository.',
    )
  }
  const records: LoadedRecord[] = []
  const secrets = new Map<string, string[]>()
  const { files, problems } = await yamlFiles(root, dir)
  for (const path of files) {
    const file = rel(root, path)
    const text = await readYaml(root, path, file, 'records/unreadable')
    if (typeof text !== 'string') {
      problems.push(text)
      continue
    }
    const data = parse(text, file)
    if ('rule' in data) {
      problems.push(data)
      continue
    }
    if (data.value === null || data.value === undefined) {
      problems.push({
        ...problem(
          file,
          'record/empty',
          'the file is empty.',
          'write the record (see docs/records.md), or delete the file.',
        ),
        line: 1,
        col: 1,
      })
      continue
    }
    const secret = embargoedIds(data.value)
    if (secret) secrets.set(file, secret)
    const structural = checkSchema('record', data.value, file, data.positions)
    problems.push(...structural)
    if (structural.length > 0) continue
    const loaded: LoadedRecord = {
      record: withDefaults(data.value as Record),
      file,
      positions: data.positions,
    }
    problems.push(
      ...checkRecordRules(loaded.record, file, loaded.positions, config, today),
    )
    problems.push(...checkVectors(loaded))
    records.push(loaded)
  }
  problems.push(...checkDuplicates(records))
  if (options.reveal || secrets.size === 0) return { records, problems }
  return { records, problems: problems.map((p) => withheld(p, secrets)) }
}

/**
 * The ids of a record that says it is under embargo, read from the parsed
 * YAML before the schema check, so a record that does not load is known as
 * embargoed too; undefined for any other record.
 */
function embargoedIds(value: unknown): string[] | undefined {
  const v = value as {
    id?: unknown
    aliases?: unknown
    disclosure?: { embargoed?: unknown; cve_id?: unknown; ghsa_id?: unknown }
  }
  if (!v || typeof v !== 'object' || v.disclosure?.embargoed !== true) {
    return undefined
  }
  const ids = [
    v.id,
    ...(Array.isArray(v.aliases) ? v.aliases : []),
    v.disclosure.cve_id,
    v.disclosure.ghsa_id,
  ]
  return ids.filter((x): x is string => typeof x === 'string' && x !== '')
}

/**
 * A problem as every action shows it: one about a record under embargo (or
 * one that quotes such a record's id) names the file and the rule only, as
 * its message may quote any value of the record. `psirt validate` shows
 * them in full (`reveal`), for the person fixing the record.
 */
function withheld(p: Problem, secrets: Map<string, string[]>): Problem {
  const text = `${p.message} ${p.fix ?? ''}`.toLowerCase()
  const quotes = [...secrets.values()].some((ids) =>
    ids.some((id) => text.includes(id.toLowerCase())),
  )
  if (!secrets.has(p.file) && !quotes) return p
  return {
    ...p,
    message: `${p.file} breaks ${p.rule}; the details are withheld because ${secrets.has(p.file) ? 'the record is' : 'it names a record'} under embargo.`,
    fix: `run \`psirt validate\` locally to see the problem, and correct ${p.file}.`,
  }
}
