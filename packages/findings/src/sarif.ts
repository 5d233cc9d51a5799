/**
 * SARIF 2.1.0 reports from dependency scanners (Grype, osv-scanner, Trivy)
 * and from CodeQL or any other tool.
 *
 * What a finding is here: every rule of osv-scanner, every Trivy rule
 * tagged `vulnerability`, every Grype `<id>-<package>` rule; for any other
 * tool, a result whose rule names a vulnerability of a known database (CVE,
 * GHSA, GO-, RUSTSEC-, PYSEC-, OSV...) in its id, its deprecated ids, its
 * tags (`external/cve/CVE-…`) or its properties. Code
 * scanning rules such as `js/zipslip` find weaknesses in the project's own
 * code, not known vulnerabilities in a dependency; they have their own
 * alert workflow and are not findings for triage. A SARIF file whose
 * results are all such rules is valid and gives zero findings.
 */
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { isVulnId, normalizeVulnId, uniqueIds, vulnIdsIn } from './ids.js'
import {
  arr,
  isObject,
  makeFinding,
  obj,
  readJson,
  safePurl,
  shapeError,
  str,
  type JsonObject,
} from './read.js'
import { assessSeverity, severityFromLabel } from './severity.js'
import type { Finding } from './types.js'
import { purlFromEcosystem } from '../../purl/src/index.js'

const WHAT = 'a SARIF 2.1.0 report'

/** Lockfile names to the ecosystem their packages come from. */
const LOCKFILES: [RegExp, string][] = [
  [/(^|\/)cargo\.(lock|toml)$/i, 'cargo'],
  [
    /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|package\.json|bun\.lock)$/i,
    'npm',
  ],
  [/(^|\/)go\.(mod|sum)$/i, 'go'],
  [
    /(^|\/)(requirements[^/]*\.txt|poetry\.lock|pipfile\.lock|pdm\.lock|uv\.lock|pyproject\.toml)$/i,
    'pip',
  ],
  [/(^|\/)gemfile\.lock$/i, 'rubygems'],
  [/(^|\/)composer\.lock$/i, 'composer'],
  [/(^|\/)(pom\.xml|gradle\.lockfile|buildscript-gradle\.lockfile)$/i, 'maven'],
  [
    /(^|\/)(packages\.lock\.json|packages\.config|[^/]*\.deps\.json)$/i,
    'nuget',
  ],
  [/(^|\/)pubspec\.lock$/i, 'pub'],
  [/(^|\/)mix\.lock$/i, 'hex'],
]

/**
 * The ecosystem a lockfile path implies, if its name is a known lockfile.
 * LIMITATION: osv-scanner and Trivy SARIF name a package without its
 * ecosystem; it is inferred from the lockfile name only, and a finding from
 * any other file has no purl (merge joins it by alias).
 */
export function ecosystemOfLockfile(path: string): string | undefined {
  for (const [re, eco] of LOCKFILES) if (re.test(path)) return eco
  return undefined
}

/** A tool's flavour, from `tool.driver.name`. */
function flavourOf(
  name: string,
): 'grype' | 'osv-scanner' | 'trivy' | 'codeql' | 'other' {
  const n = name.toLowerCase()
  if (n === 'grype') return 'grype'
  if (n === 'osv-scanner' || n === 'osv scanner') return 'osv-scanner'
  if (n === 'trivy') return 'trivy'
  if (n === 'codeql') return 'codeql'
  return 'other'
}

/** Parses a SARIF 2.1.0 report; see the module comment for what counts. */
export function parseSarif(text: string, file: string): Finding[] {
  const doc = readJson(text, file, WHAT)
  if (!isObject(doc) || !Array.isArray(doc.runs)) {
    throw shapeError(file, WHAT, 'an object with a "runs" array')
  }
  if (doc.version !== undefined && str(doc.version) !== '2.1.0') {
    throw shapeError(
      file,
      WHAT,
      `SARIF version 2.1.0, not ${forLog(doc.version, 20)}`,
    )
  }

  if (doc.runs.length === 0) {
    throw shapeError(
      file,
      WHAT,
      'at least one run (a report with "runs": [] says no scan ran)',
    )
  }

  const findings: Finding[] = []
  for (const run of doc.runs) {
    if (!isObject(run) || !isObject(obj(run.tool).driver)) {
      throw shapeError(file, WHAT, 'each run to have tool.driver')
    }
    checkRunSucceeded(run, file)
    findings.push(...runFindings(run, file))
  }
  return findings
}

/**
 * A run that failed, or that produced no results array, is not "no
 * findings": SARIF 2.1.0 (3.14.23) says an absent `results` means the tool
 * did not produce results, and `executionSuccessful: false` (3.20.14) that
 * it failed. Either is refused, naming the file, so a broken scan cannot
 * pass the gate.
 */
function checkRunSucceeded(run: JsonObject, file: string): void {
  const tool = forLog(str(obj(obj(run.tool).driver).name) ?? 'the tool', 60)
  const failed = arr(run.invocations).find(
    (i) => isObject(i) && i.executionSuccessful === false,
  )
  if (failed) {
    const why = arr(obj(failed).toolExecutionNotifications)
      .map((n) => str(obj(obj(n).message).text))
      .filter((t): t is string => !!t)
      .slice(0, 3)
      .map((t) => forLog(t, 200))
      .join('; ')
    throw new UserError(
      `${file}: the ${tool} scan failed (invocations[].executionSuccessful is false${why ? `: ${why}` : ''}), so its findings are unknown. Fix: make the scan succeed and regenerate the report; do not treat a failed scan as "no findings".`,
      { file },
    )
  }
  if (run.results === undefined || run.results === null) {
    throw new UserError(
      `${file}: the ${tool} run has no "results" array, which in SARIF 2.1.0 means the tool did not produce results. Fix: check the scan's log, make it succeed and regenerate the report (a clean scan writes "results": []).`,
      { file },
    )
  }
  if (!Array.isArray(run.results)) {
    throw shapeError(file, WHAT, 'each run\'s "results" to be an array')
  }
}

function runFindings(run: JsonObject, file: string): Finding[] {
  const driver = obj(obj(run.tool).driver)
  const tool = str(driver.name) ?? 'unknown'
  const flavour = flavourOf(tool)
  const rules = arr(driver.rules).filter(isObject)
  for (const ext of arr(obj(run.tool).extensions)) {
    rules.push(...arr(obj(ext).rules).filter(isObject))
  }
  const ruleById = new Map<string, JsonObject>()
  for (const r of rules) {
    const id = str(r.id)
    if (id && !ruleById.has(id)) ruleById.set(id, r)
  }

  const out: Finding[] = []
  for (const result of arr(run.results)) {
    if (!isObject(result)) continue
    const ruleId = str(result.ruleId) ?? str(obj(result.rule).id) ?? ''
    const index = typeof result.ruleIndex === 'number' ? result.ruleIndex : -1
    const rule =
      ruleById.get(ruleId) ?? (index >= 0 ? rules[index] : undefined) ?? {}
    const f = resultFinding(result, rule, ruleId, flavour, tool, file)
    if (f) out.push(f)
  }
  return out
}

function resultFinding(
  result: JsonObject,
  rule: JsonObject,
  ruleId: string,
  flavour: ReturnType<typeof flavourOf>,
  tool: string,
  file: string,
): Finding | undefined {
  const ids = vulnerabilityIds(result, rule, ruleId, flavour)
  if (ids.length === 0) return undefined

  const notes: string[] = []
  const message = str(obj(result.message).text) ?? ''
  const props = { ...obj(rule.properties), ...obj(result.properties) }
  const location = str(
    obj(obj(obj(arr(result.locations)[0]).physicalLocation).artifactLocation)
      .uri,
  )

  const pkg = packageOf(props, message, location, flavour, notes)
  // Trivy writes "0.0" when its severity source has no v3 score (or the
  // severity is UNKNOWN), so a zero says nothing and the label is used.
  const raw = Number(str(props['security-severity']))
  const score = raw > 0 ? raw : undefined
  const tagLabel = arr(rule.properties && obj(rule.properties).tags)
    .map(str)
    .find((t) => t !== undefined && severityFromLabel(t) !== undefined)
  const severity = assessSeverity({
    vectors: [
      str(props.cvssV4Vector),
      str(props.cvssV3Vector),
      str(props.cvssV3_1Vector),
    ],
    label: tagLabel ?? labelInText(message),
    score,
  })

  return makeFinding({
    id: ids[0],
    aliases: ids,
    purl: pkg.purl,
    version: pkg.version,
    fixedVersion: pkg.fixed,
    title: str(obj(rule.shortDescription).text) ?? message.slice(0, 200),
    severity,
    source: { kind: 'sarif', file, ref: ruleId, tool },
    notes,
  })
}

/** The rule's vulnerability ids, primary first; [] when it is not one. */
function vulnerabilityIds(
  result: JsonObject,
  rule: JsonObject,
  ruleId: string,
  flavour: ReturnType<typeof flavourOf>,
): string[] {
  const ids: string[] = []
  const props = obj(rule.properties)
  const tags = arr(props.tags).map(str)
  // Rules of the dependency scanners are vulnerabilities whatever their id
  // looks like (RHSA-2023:1234, UBUNTU-CVE-…): osv-scanner's every rule,
  // Trivy's rules tagged `vulnerability`.
  const scannerVuln =
    flavour === 'osv-scanner' ||
    (flavour === 'trivy' && tags.includes('vulnerability'))
  if (ruleId && (scannerVuln || isVulnId(ruleId))) {
    ids.push(normalizeVulnId(ruleId))
  } else if (flavour === 'grype') {
    // Grype rule ids are `<vulnerability id>-<package name>`; the short
    // description starts with the vulnerability id.
    const first = str(obj(rule.shortDescription).text)?.split(/\s+/)[0]
    if (first && ruleId.startsWith(`${first}-`)) ids.push(first)
  }
  for (const d of arr(rule.deprecatedIds)) {
    const s = str(d)
    if (s && (flavour === 'osv-scanner' || isVulnId(s))) ids.push(s)
  }
  for (const s of tags) {
    // CodeQL style: `external/cve/cve-2021-44228`
    if (s && /^external\/(cve|ghsa|osv)\//i.test(s)) ids.push(...vulnIdsIn(s))
  }
  for (const key of [
    'cve',
    'cveId',
    'ghsa',
    'ghsaId',
    'aliases',
    'vulnerabilityId',
  ]) {
    const v = props[key] ?? obj(result.properties)[key]
    for (const s of Array.isArray(v) ? v : [v]) {
      const id = str(s)
      if (id && isVulnId(id)) ids.push(id)
    }
  }
  if (ids.length === 0) return []
  // osv-scanner names the other ids of the group in its message too.
  if (flavour === 'osv-scanner') {
    ids.push(...vulnIdsIn(str(obj(result.message).text) ?? ''))
  }
  return uniqueIds(ids)
}

interface PackageInfo {
  purl: string
  version?: string
  fixed?: string
}

/** Package, version and fix from properties, the message or the location. */
function packageOf(
  props: JsonObject,
  message: string,
  location: string | undefined,
  flavour: ReturnType<typeof flavourOf>,
  notes: string[],
): PackageInfo {
  const purls = [...arr(props.purls), props.purl, props.packageUrl].map(str)
  const given = purls.find((p) => p !== undefined)
  if (given) {
    const purl = safePurl(given, notes)
    const version = /@([^?#]+)/.exec(given.slice(given.lastIndexOf('/')))?.[1]
    return {
      purl,
      version: version ? decodeURIComponentSafe(version) : undefined,
    }
  }

  let name: string | undefined
  let version: string | undefined
  let fixed: string | undefined
  if (flavour === 'osv-scanner') {
    // "Package 'regex@1.5.1' is vulnerable to 'CVE-…'"
    const m = /Package '([^']+)@([^'@]+)'/.exec(message)
    if (m) [name, version] = [m[1], m[2]]
  } else if (flavour === 'trivy') {
    // "Package: debug\nInstalled Version: 3.0.1\n…\nFixed Version: 3.1.0"
    name = /^Package: (.+)$/m.exec(message)?.[1]?.trim()
    version = /^Installed Version: (.+)$/m.exec(message)?.[1]?.trim()
    fixed = /^Fixed Version: (.+)$/m.exec(message)?.[1]?.trim() || undefined
  }
  if (!name) return { purl: '' }
  const eco = location ? ecosystemOfLockfile(location) : undefined
  if (!eco) {
    notes.push(
      `Package "${forLog(name, 120)}" is named without its ecosystem; the finding is kept without a package URL and joins others by alias.`,
    )
    return { purl: '', version, fixed }
  }
  try {
    return { purl: purlFromEcosystem(eco, name), version, fixed }
  } catch {
    return { purl: '', version, fixed }
  }
}

function labelInText(message: string): string | undefined {
  return /^Severity: (\w+)$/im.exec(message)?.[1]
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
