/**
 * Loading the repository configuration and the security folder. Every
 * problem is collected with its file, line and column; callers decide
 * whether problems fail the run (the actions and `psirt validate` do).
 */
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { UserError, type Problem } from '../../core/src/errors.js'
import { loadYaml, type YamlData } from '../../core/src/yaml.js'
import { scoreVector } from '../../cvss/src/index.js'
import { checkSchema, lookup } from './schema.js'
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

function parse(text: string, file: string): YamlData | Problem {
  try {
    return loadYaml(text, file)
  } catch (e) {
    if (e instanceof UserError) {
      // The loader's message starts with file:line:col and ends with the fix.
      const [message, fix] = e.message
        .replace(/^[^:]+:\d+:\d+: /, '')
        .split(' Fix: ')
      return {
        file,
        line: e.line,
        col: e.col,
        rule: 'yaml/syntax',
        message,
        fix,
        severity: 'error',
      }
    }
    throw e
  }
}

/**
 * Reads `.github/psirt.yml` (or `file`), applying defaults. A missing
 * default file means all defaults; a missing named file is an error.
 */
export async function loadConfig(
  root: string,
  file?: string,
): Promise<{ config: Config; problems: Problem[] }> {
  const path = join(root, file ?? DEFAULT_CONFIG_FILE)
  const shown = rel(root, path)
  if (!existsSync(path)) {
    if (file === undefined || file === DEFAULT_CONFIG_FILE) {
      return { config: structuredClone(DEFAULT_CONFIG), problems: [] }
    }
    return {
      config: structuredClone(DEFAULT_CONFIG),
      problems: [
        {
          file: shown,
          rule: 'config/missing',
          message: `the configuration file ${shown} does not exist.`,
          fix: 'create it, or point the `config` input at the right path.',
          severity: 'error',
        },
      ],
    }
  }
  const data = parse(await readFile(path, 'utf8'), shown)
  if ('rule' in data)
    return { config: structuredClone(DEFAULT_CONFIG), problems: [data] }
  const problems = checkSchema('config', data.value, shown, data.positions)
  const given = (data.value ?? {}) as Partial<Config>
  const config: Config = {
    ...structuredClone(DEFAULT_CONFIG),
    ...given,
    deadlines: { ...DEFAULT_CONFIG.deadlines, ...(given.deadlines ?? {}) },
    banner: { ...DEFAULT_CONFIG.banner, ...(given.banner ?? {}) },
    channels: { ...(given.channels ?? {}) },
  }
  if (config.channels.discourse && !config.channels.discourse.pin_severity) {
    config.channels.discourse.pin_severity = 'high'
  }
  return { config, problems }
}

async function yamlFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await yamlFiles(full)))
    else if (/\.ya?ml$/i.test(entry.name)) out.push(full)
  }
  return out.sort()
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
      problems.push({
        file: loaded.file,
        ...pos,
        rule: 'record/cvss-vector',
        message: e.message,
        fix: "correct the vector; FIRST's calculator shows the valid form.",
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
): Promise<{ records: LoadedRecord[]; problems: Problem[] }> {
  const dir = join(root, config.security_dir)
  if (!existsSync(dir)) {
    return {
      records: [],
      problems: [
        {
          file: config.security_dir,
          rule: 'records/missing-folder',
          message: `the security folder ${config.security_dir}/ does not exist.`,
          fix: 'create it with one record per vulnerability, or set `security_dir` in the configuration.',
          severity: 'error',
        },
      ],
    }
  }
  const records: LoadedRecord[] = []
  const problems: Problem[] = []
  for (const path of await yamlFiles(dir)) {
    const file = rel(root, path)
    const data = parse(await readFile(path, 'utf8'), file)
    if ('rule' in data) {
      problems.push(data)
      continue
    }
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
  return { records, problems }
}
