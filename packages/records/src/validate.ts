/**
 * The rules of the process that a schema cannot express: id forms, purls and
 * ranges, the OpenVEX requirements of each status, and the disclosure rules
 * (who gets a CVE, who an advisory). A record that contradicts its own facts
 * is refused with the reason.
 */
import { PackageURL } from 'packageurl-js'
import { UserError, type Problem } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import {
  ecosystemOfPurlType,
  isValidVersion,
  parseRange,
} from '../../versions/src/index.js'
import { checkId, normalizeId } from './ids.js'
import { lookup } from './schema.js'
import type { Config, Position, Record } from './types.js'

/** Words that say nothing; an impact statement made of them is refused. */
const PLACEHOLDERS = new Set([
  '',
  '-',
  '--',
  '.',
  '?',
  'tbd',
  'tba',
  'todo',
  'n/a',
  'na',
  'none',
  'nothing',
  'no',
  'not affected',
  'not applicable',
  'not relevant',
  'not used',
  'unused',
  'false positive',
  'ok',
  'fine',
  'see above',
  'see ticket',
  'wip',
  'xxx',
  'ignore',
  'ignored',
])

/** The fewest words an impact statement needs to be reasoning. */
const MIN_REASONING_WORDS = 8

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
}

/**
 * Why an impact statement is not real reasoning, or undefined when it is.
 * Placeholders, restatements of the justification and one-liners without
 * substance do not convince a reviewer.
 */
export function weakReasoning(
  statement: string,
  justification?: string,
): string | undefined {
  const t = statement
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '')
  if (PLACEHOLDERS.has(t)) return 'is a placeholder'
  const w = words(statement)
  if (justification) {
    const j = new Set(words(justification.replace(/_/g, ' ')))
    const filler = new Set([
      'the',
      'is',
      'are',
      'a',
      'an',
      'it',
      'this',
      'our',
      'in',
      'of',
      'so',
    ])
    const rest = w.filter((x) => !j.has(x) && !filler.has(x))
    if (rest.length < 3) return 'only restates the justification'
  }
  if (w.length < MIN_REASONING_WORDS) {
    return `has ${w.length} words; say which code or configuration makes the vulnerability unreachable and why (at least ${MIN_REASONING_WORDS} words)`
  }
  return undefined
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)
}

type Report = (
  pointer: string,
  rule: string,
  message: string,
  fix: string,
  severity?: 'error' | 'warning',
) => void

/**
 * Checks one schema-valid record against the process rules. `today` is the
 * injected clock (YYYY-MM-DD).
 */
export function checkRecordRules(
  record: Record,
  file: string,
  positions: Map<string, Position>,
  config: Config,
  today: string,
): Problem[] {
  const problems: Problem[] = []
  const report: Report = (pointer, rule, message, fix, severity = 'error') => {
    const pos = lookup(positions, pointer)
    problems.push({ file, ...pos, rule, message, fix, severity })
  }

  checkIds(record, report)
  checkPackages(record, report)
  checkStatus(record, config, today, report)
  checkDisclosure(record, config, report)
  return problems
}

function checkIds(record: Record, report: Report): void {
  const all: [string, string][] = [
    ['/id', record.id],
    ...record.aliases.map((a, i): [string, string] => [`/aliases/${i}`, a]),
  ]
  for (const [pointer, id] of all) {
    const c = checkId(id)
    if (c.problem) {
      report(
        pointer,
        'record/id-form',
        `the id "${forLog(id, 64)}" ${c.problem}.`,
        c.canonical
          ? `write ${c.canonical}.`
          : 'use the id as its database publishes it.',
      )
    }
  }
  if (record.aliases.some((a) => normalizeId(a) === normalizeId(record.id))) {
    report(
      '/aliases',
      'record/alias-is-id',
      'an alias repeats the primary id.',
      'remove it from aliases.',
    )
  }
  const cve = record.disclosure.cve_id
  if (cve && cve !== record.id && !record.aliases.includes(cve)) {
    report(
      '/disclosure/cve_id',
      'record/cve-not-alias',
      `disclosure.cve_id ${cve} is neither the id nor an alias.`,
      'add it to aliases so scanners that report it find this record.',
    )
  }
  const ghsa = record.disclosure.ghsa_id
  if (ghsa && ghsa !== record.id && !record.aliases.includes(ghsa)) {
    report(
      '/disclosure/ghsa_id',
      'record/ghsa-not-alias',
      `disclosure.ghsa_id ${ghsa} is neither the id nor an alias.`,
      'add it to aliases so scanners that report it find this record.',
    )
  }
}

function checkPackages(record: Record, report: Report): void {
  record.packages.forEach((p, i) => {
    let purl: PackageURL
    try {
      purl = PackageURL.fromString(p.purl)
    } catch (e) {
      report(
        `/packages/${i}/purl`,
        'record/purl',
        `"${forLog(p.purl, 120)}" is not a valid package URL: ${forLog((e as Error).message, 120)}.`,
        'write pkg:<type>/<namespace>/<name>, e.g. pkg:golang/github.com/disintegration/imaging.',
      )
      return
    }
    if (purl.version || purl.qualifiers || purl.subpath) {
      report(
        `/packages/${i}/purl`,
        'record/purl-version',
        'the purl carries a version, qualifiers or a subpath; matching needs the bare package.',
        `write ${new PackageURL(purl.type, purl.namespace, purl.name, undefined, undefined, undefined).toString()} and put versions in "vulnerable" and "fixed".`,
      )
    }
    const eco = ecosystemOfPurlType(purl.type)
    if (p.vulnerable !== undefined) {
      try {
        parseRange(eco, p.vulnerable)
      } catch (e) {
        report(
          `/packages/${i}/vulnerable`,
          'record/range',
          (e instanceof UserError ? e.message : String(e)).split(' Fix: ')[0],
          'write comma-separated constraints such as ">= 1.0.0, < 1.6.3", with "||" between alternatives.',
        )
      }
    }
    if (p.fixed !== undefined && !isValidVersion(eco, p.fixed)) {
      report(
        `/packages/${i}/fixed`,
        'record/version',
        `"${forLog(p.fixed, 64)}" is not a valid ${eco} version.`,
        eco === 'go'
          ? 'write a Go module version such as v1.6.3.'
          : 'write a version such as 1.6.3.',
      )
    }
  })
}

/**
 * An embargoed record keeps its details where `private_details` says, not
 * in the public security folder (docs/embargo.md, rule 1): the statements
 * and advisory texts that are otherwise required may be left out.
 */
function detailsElsewhere(record: Record): boolean {
  const d = record.disclosure
  return d.embargoed === true && !!d.private_details?.trim()
}

function checkStatus(
  record: Record,
  config: Config,
  today: string,
  report: Report,
): void {
  const { review } = record
  if (review.decided > today) {
    report(
      '/review/decided',
      'record/decided-future',
      `review.decided ${review.decided} is in the future.`,
      'write the date the decision was made.',
    )
  }
  if (review.review_by && review.review_by < review.decided) {
    report(
      '/review/review_by',
      'record/review-order',
      'review.review_by is before review.decided.',
      'set a review date after the decision.',
    )
  }
  switch (record.status) {
    case 'not_affected': {
      if (!record.justification) {
        report(
          '/status',
          'vex/justification',
          'a not_affected decision needs a justification.',
          'add `justification:` with one of the five OpenVEX justifications.',
        )
      }
      if (!record.impact_statement) {
        if (!detailsElsewhere(record)) {
          report(
            '/status',
            'vex/impact-statement',
            'a not_affected decision needs an impact_statement that explains why.',
            'add `impact_statement:` with the reasoning a reviewer can check.',
          )
        }
      } else {
        const weak = weakReasoning(
          record.impact_statement,
          record.justification,
        )
        if (weak) {
          report(
            '/impact_statement',
            'vex/weak-reasoning',
            `the impact_statement ${weak}.`,
            'explain which code path, configuration or build makes the vulnerable code unreachable, so a reviewer can verify it.',
          )
        }
      }
      if (!review.review_by) {
        report(
          '/review',
          'record/review-by',
          'a not_affected decision needs review.review_by; it expires.',
          `add \`review_by:\` at most ${config.not_affected_max_days} days after review.decided.`,
        )
      } else if (
        daysBetween(review.decided, review.review_by) >
        config.not_affected_max_days
      ) {
        report(
          '/review/review_by',
          'record/review-window',
          `review.review_by is ${daysBetween(review.decided, review.review_by)} days after review.decided; policy allows ${config.not_affected_max_days}.`,
          'choose an earlier review date.',
        )
      }
      break
    }
    case 'affected':
      if (!record.action_statement && !detailsElsewhere(record)) {
        report(
          '/status',
          'vex/action-statement',
          'an affected decision needs an action_statement.',
          'add `action_statement:` saying what users or the team must do.',
        )
      }
      if (!record.due && record.fixed_in.length === 0) {
        report(
          '/status',
          'record/due',
          'an affected decision needs a due date or the release with the mitigation.',
          'add `due: YYYY-MM-DD` or `fixed_in: [vX.Y.Z]`.',
        )
      }
      break
    case 'fixed':
      if (record.fixed_in.length === 0) {
        report(
          '/status',
          'record/fixed-in',
          'a fixed decision needs the release(s) that contain the fix.',
          'add `fixed_in: [vX.Y.Z]`.',
        )
      }
      break
    case 'under_investigation':
      if (!record.owner) {
        report(
          '/status',
          'record/owner',
          'an under_investigation decision needs an owner.',
          'add `owner:` with the handle of the person or team investigating.',
        )
      }
      if (!record.due) {
        report(
          '/status',
          'record/due',
          'an under_investigation decision needs a due date.',
          'add `due: YYYY-MM-DD`.',
        )
      }
      break
  }
  if (record.justification && record.status !== 'not_affected') {
    report(
      '/justification',
      'vex/justification-status',
      `a justification belongs to not_affected, not ${record.status}.`,
      'remove it, or change the status.',
    )
  }
}

function checkDisclosure(record: Record, config: Config, report: Report): void {
  const d = record.disclosure
  const distributed = d.distributed ?? config.distributed
  const kind = d.kind
  if (!distributed && kind === 'cve') {
    report(
      '/disclosure/kind',
      'disclosure/internal-no-cve',
      'the software is not distributed (internal-only), and internal-only software gets no CVE.',
      'set `kind: none`, or `distributed: true` if customers run it.',
    )
  }
  if (d.fix_by === 'dependency_update' && kind === 'cve') {
    report(
      '/disclosure/kind',
      'disclosure/advisory-not-cve',
      'customers fix this by updating a dynamically linked dependency, which calls for a security advisory, not a CVE.',
      'set `kind: advisory`.',
    )
  }
  if (kind === 'advisory') {
    if (d.fix_by !== 'dependency_update') {
      report(
        '/disclosure/kind',
        'disclosure/advisory-fix-by',
        'an advisory instead of a CVE is for vulnerabilities customers fix by updating a dynamically linked dependency.',
        'set `fix_by: dependency_update`, or `kind: cve` if only our release fixes it.',
      )
    }
    for (const key of ['potential_impact', 'dependency_update'] as const) {
      if (!d[key] && !detailsElsewhere(record)) {
        report(
          '/disclosure',
          `disclosure/${key.replace('_', '-')}`,
          `an advisory must name the ${key.replace('_', ' ')}.`,
          `add \`${key}:\` under disclosure.`,
        )
      }
    }
    if (!d.versions_tested || d.versions_tested.length === 0) {
      report(
        '/disclosure',
        'disclosure/versions-tested',
        'an advisory must list the versions tested with the dependency update.',
        'add `versions_tested: [...]` under disclosure.',
      )
    }
    if (d.cve_id) {
      report(
        '/disclosure/cve_id',
        'disclosure/advisory-cve',
        'an advisory is issued instead of a CVE, so it has no cve_id.',
        'remove cve_id, or set `kind: cve`.',
      )
    }
  }
  if (
    d.exploitable === true &&
    d.fix_by === 'our_release' &&
    distributed &&
    kind !== 'cve'
  ) {
    report(
      '/disclosure/kind',
      'disclosure/needs-cve',
      'the vulnerability is exploitable, fixed only by our release, and the software is distributed: it needs a CVE.',
      'set `kind: cve`.',
    )
  }
  if (record.status === 'not_affected') {
    if (d.exploitable === true) {
      report(
        '/disclosure/exploitable',
        'disclosure/contradiction',
        'the record says not_affected and also exploitable.',
        'correct one of them.',
      )
    }
    if (kind !== 'none') {
      report(
        '/disclosure/kind',
        'disclosure/not-affected',
        `a not_affected vulnerability has nothing to disclose, yet kind is ${kind}.`,
        'set `kind: none`.',
      )
    }
  }
  if (d.embargoed) {
    if (record.description !== undefined || record.workarounds !== undefined) {
      report(
        record.description !== undefined ? '/description' : '/workarounds',
        'embargo/details-in-public',
        'an embargoed record must not hold its description or workarounds in the repository; they become public with the commit.',
        'move them to the place named in disclosure.private_details and add them back when the embargo lifts.',
      )
    }
    if (!d.private_details) {
      report(
        '/disclosure',
        'embargo/private-details',
        'an embargoed record must say where its private details live.',
        'add `private_details:` with a link to the private tracker or advisory draft.',
      )
    }
    if (d.published || d.cve_published) {
      report(
        '/disclosure/embargoed',
        'embargo/published',
        'the record is embargoed but also says it was published.',
        'set `embargoed: false` once the fix has shipped, or remove the published date.',
      )
    }
  }
}

/** Problems of one id or alias appearing in two records. */
export function checkDuplicates(
  loaded: { record: Record; file: string; positions: Map<string, Position> }[],
): Problem[] {
  const owner = new Map<string, string>()
  const problems: Problem[] = []
  for (const l of loaded) {
    const ids = [l.record.id, ...l.record.aliases]
    ids.forEach((id, i) => {
      const key = normalizeId(id)
      const first = owner.get(key)
      if (first && first !== l.file) {
        const pos = lookup(l.positions, i === 0 ? '/id' : `/aliases/${i - 1}`)
        problems.push({
          file: l.file,
          ...pos,
          rule: 'record/duplicate-id',
          message: `${forLog(id, 64)} is already recorded in ${first}; one vulnerability has one record.`,
          fix: 'merge the two records into one.',
          severity: 'error',
        })
      } else if (!first) {
        owner.set(key, l.file)
      }
    })
  }
  return problems
}
