/**
 * The rules of the process that a schema cannot express: id forms, purls and
 * ranges, the OpenVEX requirements of each status, and the disclosure rules
 * (who gets a CVE, who an advisory). A record that contradicts its own facts
 * is refused with the reason.
 */
import type { Problem } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'
import { checkCvss } from './cvss.js'
import { checkId, isOwnAdvisoryId, normalizeId } from './ids.js'
import { checkPackages, releaseProblem } from './packages.js'
import { lookup } from './schema.js'
import {
  MIN_ACTION_CONTENT,
  placeholderName,
  weakReasoning,
  weakText,
} from './text.js'
import type { Config, Position, Record, Report } from './types.js'

export { weakReasoning, weakText } from './text.js'

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)
}

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
  checkFileName(record, file, report)
  problems.push(...checkCvss(record, file, positions))
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

/**
 * An embargoed record keeps its details where `private_details` says, not
 * in the public security folder (docs/embargo.md, rule 1): the statements
 * and advisory texts that are otherwise required may be left out.
 */
function detailsElsewhere(record: Record): boolean {
  const d = record.disclosure
  return d.embargoed === true && !!d.private_details?.trim()
}

/** Reports a free-text field that is not real text (text.ts). */
function checkText(
  report: Report,
  pointer: string,
  rule: string,
  value: string | undefined,
  says: string,
  minContent = MIN_ACTION_CONTENT,
): void {
  if (value === undefined) return
  const weak = weakText(value, { minContent, says })
  if (weak) {
    const field = pointer.slice(1).replace('/', '.')
    report(pointer, rule, `${field} ${weak}.`, `${says}.`)
  }
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
      if (record.impact_statement === undefined) {
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
      } else {
        if (
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
        if (review.review_by < today) {
          // A warning: triage-gate owns the verdict on an expired decision.
          report(
            '/review/review_by',
            'record/expired',
            `the not_affected decision expired on ${review.review_by}; triage-gate treats the finding as undecided.`,
            `review the reasoning again, then set review.decided to the day of the review and review_by at most ${config.not_affected_max_days} days later, or change the status.`,
            'warning',
          )
        }
      }
      break
    }
    case 'affected':
      if (record.action_statement === undefined && !detailsElsewhere(record)) {
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
      if (record.due && record.due < today && record.fixed_in.length === 0) {
        report(
          '/due',
          'record/overdue',
          `the mitigation was due on ${record.due} and no release with it is recorded.`,
          'ship the mitigation and add `fixed_in:` (or set `status: fixed`), or agree a new due date and write it.',
          'warning',
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
      if (record.owner === undefined || placeholderName(record.owner)) {
        report(
          record.owner === undefined ? '/status' : '/owner',
          'record/owner',
          record.owner === undefined
            ? 'an under_investigation decision needs an owner.'
            : `owner "${forLog(record.owner, 40)}" names nobody.`,
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
      } else if (record.due < today) {
        report(
          '/due',
          'record/overdue',
          `the investigation was due on ${record.due}.`,
          'decide (not_affected, affected or fixed), or agree a new due date and write it.',
          'warning',
        )
      }
      break
  }
  checkText(
    report,
    '/action_statement',
    'vex/weak-reasoning',
    record.action_statement,
    'say what users or the team must do, e.g. which package to upgrade to which version, or which setting to change',
  )
  checkText(
    report,
    '/mitigation',
    'record/weak-text',
    record.mitigation,
    'say what mitigation is planned or done',
  )
  checkText(
    report,
    '/workarounds',
    'record/weak-text',
    record.workarounds,
    'say what users can do until they update',
  )
  record.fixed_in.forEach((release, i) => {
    const bad = releaseProblem(release)
    if (bad) {
      report(
        `/fixed_in/${i}`,
        'record/fixed-in',
        `fixed_in: ${bad}; it names a release of this software.`,
        'write the version of the release that contains the fix, e.g. v1.4.2.',
      )
    }
  })
  if (record.justification && record.status !== 'not_affected') {
    report(
      '/justification',
      'vex/justification-status',
      `a justification belongs to not_affected, not ${record.status}.`,
      'remove it, or change the status.',
    )
  }
}

/**
 * The disclosure follows from the record's facts (docs/DESIGN §1): software
 * that is not distributed gets no CVE; a vulnerability customers fix by
 * updating a dynamically linked dependency gets an advisory; one that is
 * exploitable and fixed only by our release gets a CVE. For affected and
 * fixed records the facts must decide the kind; every record is refused
 * when its kind or ids contradict its facts.
 */
function checkDisclosure(record: Record, config: Config, report: Report): void {
  const d = record.disclosure
  const distributed = d.distributed ?? config.distributed
  const kind = d.kind
  const decides = record.status === 'affected' || record.status === 'fixed'

  if (!distributed && record.status !== 'not_affected') {
    // A not_affected record may carry the upstream CVE it is not affected
    // by; any other record's cve_id is one reserved for this software.
    const at =
      kind === 'cve'
        ? '/disclosure/kind'
        : d.cve_id
          ? '/disclosure/cve_id'
          : d.cve_published
            ? '/disclosure/cve_published'
            : undefined
    if (at) {
      report(
        at,
        'disclosure/internal-no-cve',
        'the software is not distributed (internal-only), and internal-only software gets no CVE.',
        'set `kind: none` and remove cve_id and cve_published, or `distributed: true` if customers run it.',
      )
    }
  }
  if (d.fix_by === 'dependency_update' && kind === 'cve') {
    report(
      '/disclosure/kind',
      'disclosure/advisory-not-cve',
      'customers fix this by updating a dynamically linked dependency, which calls for a security advisory, not a CVE.',
      'set `kind: advisory`.',
    )
  }
  if (kind === 'cve' && record.status !== 'not_affected') {
    if (d.exploitable === false) {
      report(
        '/disclosure/exploitable',
        'disclosure/contradiction',
        'kind is cve, but the record says the vulnerability is not exploitable; a CVE is for a vulnerability with a path of exploitation in the software as released.',
        'set `exploitable: true` if there is one, or `kind: none`.',
      )
    }
    const missing = [
      d.exploitable === undefined ? '`exploitable: true`' : undefined,
      d.fix_by === undefined ? '`fix_by: our_release`' : undefined,
    ].filter((x) => x !== undefined)
    if (missing.length > 0) {
      report(
        '/disclosure/kind',
        'disclosure/cve-facts',
        'kind is cve, but the record does not state the facts a CVE follows from: exploitable, fixed only by our release, distributed.',
        `add ${missing.join(' and ')} under disclosure if they hold, or set the kind they call for.`,
      )
    }
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
    if (d.exploitable === false && record.status !== 'not_affected') {
      report(
        '/disclosure/exploitable',
        'disclosure/contradiction',
        'kind is advisory, but the record says the vulnerability is not exploitable, so there is no impact to advise about.',
        'set `exploitable: true` if there is a path of exploitation, or `kind: none`.',
      )
    }
    for (const key of ['potential_impact', 'dependency_update'] as const) {
      if (d[key] === undefined && !detailsElsewhere(record)) {
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
    if (!isOwnAdvisoryId(record)) {
      // The condition advisory-publish refuses the record on (toAdvisory).
      report(
        '/id',
        'disclosure/advisory-id',
        `the record is a dependency advisory, but its id ${forLog(record.id, 64)} is not an advisory of ours: a vulnerability database's id other than disclosure.ghsa_id is the dependency's vulnerability, and advisory-publish publishes nothing under it.`,
        `give the record a project-local id (e.g. EDGE-2026-003) and keep ${forLog(record.id, 64)} as an alias, or set disclosure.ghsa_id to the GHSA of our own repository advisory.`,
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
  checkText(
    report,
    '/disclosure/potential_impact',
    'disclosure/potential-impact',
    d.potential_impact,
    'say what can happen to a customer who does not update',
  )
  checkText(
    report,
    '/disclosure/dependency_update',
    'disclosure/dependency-update',
    d.dependency_update,
    'name the dependency and the version customers must update to',
  )
  d.versions_tested?.forEach((v, i) => {
    if (placeholderName(v) || !/\d/.test(v)) {
      report(
        `/disclosure/versions_tested/${i}`,
        'disclosure/versions-tested',
        `versions_tested entry "${forLog(v, 40)}" is not a version.`,
        'list each version tested with the dependency update, e.g. 8.17.1.',
      )
    }
  })

  if (
    decides &&
    distributed &&
    kind === 'none' &&
    d.exploitable === undefined
  ) {
    report(
      '/disclosure/kind',
      'disclosure/facts',
      `the record is ${record.status} in distributed software and discloses nothing (kind: none), but does not say why: the facts that decide between a CVE, an advisory and nothing are missing.`,
      'add `exploitable: false` when the vulnerability cannot be exploited in this software, or `exploitable: true` with `fix_by:` and the kind it calls for.',
      'warning',
    )
  }
  if (decides && distributed && d.exploitable === true) {
    if (d.fix_by === undefined) {
      report(
        '/disclosure/exploitable',
        'disclosure/fix-by',
        'the vulnerability is exploitable in distributed software, so it needs a CVE or an advisory, and which one depends on how customers fix it; the record does not say.',
        'add `fix_by: our_release` (with `kind: cve`) or `fix_by: dependency_update` (with `kind: advisory`).',
      )
    } else if (d.fix_by === 'our_release' && kind !== 'cve') {
      report(
        '/disclosure/kind',
        'disclosure/needs-cve',
        'the vulnerability is exploitable, fixed only by our release, and the software is distributed: it needs a CVE.',
        'set `kind: cve`.',
      )
    } else if (d.fix_by === 'dependency_update' && kind === 'none') {
      report(
        '/disclosure/kind',
        'disclosure/needs-advisory',
        'the vulnerability is exploitable in distributed software and customers fix it by updating a dynamically linked dependency: it needs a security advisory.',
        'set `kind: advisory` with potential_impact, dependency_update and versions_tested.',
      )
    }
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
    // cve_id and ghsa_id may name the upstream vulnerability (as aliases);
    // a fix, a publication or advisory texts of our own contradict the status.
    const own = [
      'fix_by',
      'published',
      'cve_published',
      'potential_impact',
      'dependency_update',
      'versions_tested',
    ] as const
    for (const key of own) {
      if (d[key] === undefined) continue
      report(
        `/disclosure/${key}`,
        'disclosure/not-affected',
        key === 'fix_by'
          ? `a not_affected vulnerability has nothing for customers to fix, yet fix_by is ${String(d.fix_by)}.`
          : key === 'published' || key === 'cve_published'
            ? `a not_affected record discloses nothing of its own, yet it says a disclosure was published (${key}).`
            : `a not_affected record issues no advisory, yet it has ${key}.`,
        `remove ${key}; keep the upstream cve_id or ghsa_id as an alias if you like.`,
      )
    }
  }
  if (d.embargoed) {
    for (const field of EMBARGO_DETAIL_FIELDS) {
      const v = detailAt(record, field)
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0))
        continue
      report(
        field,
        'embargo/details-in-public',
        `an embargoed record must not hold ${field.slice(1).replace('/', '.')} in the repository; it becomes public with the commit.`,
        'move it to the place named in disclosure.private_details and add it back when the embargo lifts.',
      )
    }
    if (d.private_details === undefined) {
      report(
        '/disclosure',
        'embargo/private-details',
        'an embargoed record must say where its private details live.',
        'add `private_details:` with a link to the private tracker or advisory draft.',
      )
    } else if (placeholderName(d.private_details)) {
      report(
        '/disclosure/private_details',
        'embargo/private-details',
        `private_details "${forLog(d.private_details, 40)}" does not say where the private details live.`,
        'write a link to the private tracker or advisory draft.',
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

/** The words of a text, lower case: `-`, `_`, `.`, `/` separate as spaces. */
function wordsOf(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
}

/**
 * Does the path name the record by its id, an alias, its CVE or GHSA id or
 * a declared term (`security/CVE-2026-1234.yml`, `security/pixel_flood.yml`)?
 */
export function fileNameReveals(record: Record, file: string): boolean {
  const path = wordsOf(file)
  const d = record.disclosure
  const names = [
    record.id,
    ...record.aliases,
    ...(d.terms ?? []),
    ...(d.cve_id ? [d.cve_id] : []),
    ...(d.ghsa_id ? [d.ghsa_id] : []),
  ]
  return names.some((name) => {
    const w = wordsOf(name)
    if (w.length === 0) return false
    for (let i = 0; i + w.length <= path.length; i++) {
      if (w.every((x, j) => path[i + j] === x)) return true
    }
    return false
  })
}

/**
 * An embargoed record's file named after it is public with the commit, and
 * every message that names the record by its file prints it. The message
 * does not repeat the path.
 */
function checkFileName(record: Record, file: string, report: Report): void {
  if (!record.disclosure.embargoed || !fileNameReveals(record, file)) return
  report(
    '/id',
    'embargo/file-name',
    "an embargoed record's file is named after it: its path holds the record's id, an alias or a term, and is public with the commit.",
    'rename the file to a neutral name such as security/record-<n>.yml (`git mv`).',
  )
}

/**
 * The fields of a record that describe a vulnerability rather than identify
 * it. An embargoed record keeps them in its private place (docs/embargo.md,
 * rule 1); the id, aliases, title, packages, owner and terms stay, because
 * the checks need them.
 */
export const EMBARGO_DETAIL_FIELDS = [
  '/description',
  '/workarounds',
  '/mitigation',
  '/impact_statement',
  '/action_statement',
  '/references',
  '/credits',
  '/disclosure/potential_impact',
  '/disclosure/dependency_update',
] as const

/** The value at a JSON pointer of EMBARGO_DETAIL_FIELDS. */
export function detailAt(record: Record, field: string): unknown {
  let v: unknown = record
  for (const key of field.split('/').slice(1)) {
    v =
      v && typeof v === 'object'
        ? (v as { [key: string]: unknown })[key]
        : undefined
  }
  return v
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
