/**
 * The one check for free text that must be real reasoning: impact and action
 * statements, mitigations, workarounds, the advisory's potential impact and
 * dependency update, and short names such as an owner. A reviewer cannot
 * check a placeholder, a deferral or a restatement of the justification.
 */

/** Whole texts that say nothing; a reasoning field made of one is refused. */
const PLACEHOLDERS = new Set([
  '',
  '-',
  '--',
  '.',
  '?',
  'tbd',
  'tba',
  'tbc',
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
  'unknown',
  'unassigned',
  'nobody',
])

/** Words that mark a text as unfinished wherever they appear. */
const PLACEHOLDER_WORDS = new Set([
  'tbd',
  'tba',
  'tbc',
  'todo',
  'fixme',
  'xxx',
  'wip',
  'lorem',
  'ipsum',
  'placeholder',
])

/** Phrases that put the reasoning off to later. */
const DEFERRALS = [
  /\bto be (?:determined|decided|defined|confirmed|done|added|written|completed|filled|documented|provided|updated|investigated|clarified)\b/,
  /\bwill be (?:determined|decided|defined|confirmed|added|written|completed|filled|documented|provided|explained)\b/,
  /\b(?:fill|filled|write|written|add|added|complete|completed|explain|explained|update|updated|document|documented)(?: this| it| them)?(?: in| out| up)? (?:later|eventually|soon)\b/,
  /\bonce we know\b/,
  /\b(?:details|more|reasoning|explanation) (?:to follow|later|soon)\b/,
  /\bcoming soon\b/,
  /\bnot yet (?:known|determined|decided|analy[sz]ed|investigated|written)\b/,
]

/**
 * Words that carry no reasoning of their own: English function words, and
 * the words every record uses (product, code, vulnerability…). What remains
 * are the words of substance a reviewer can check.
 */
const STOP_WORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those it its ' +
    'is are was were be been being am do does did done has have had having ' +
    'will would shall should can could may might must of in on at to for by ' +
    'with from into onto over under about as per via out up down off ' +
    'not no nor never ever all any some each every both either neither ' +
    'only just also very really quite too even still again already ' +
    'we us our ours you your they them their he she his her i me my ' +
    'there here where when which who whom whose what why how ' +
    'at all whatsoever anyway anyhow always etc ' +
    'product products software component components code vulnerability ' +
    'vulnerabilities vulnerable issue issues cve affected affect affects ' +
    'build builds project package packages application app system'
  ).split(/\s+/),
)

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
}

/** The distinct words of substance in a text. */
function contentWords(text: string): Set<string> {
  return new Set(
    words(text).filter(
      (w) => w.length >= 2 && !STOP_WORDS.has(w) && !PLACEHOLDER_WORDS.has(w),
    ),
  )
}

export interface RealTextRule {
  /** the fewest words the text needs */
  minWords?: number
  /** the fewest distinct words of substance beyond `echo`'s own */
  minContent?: number
  /** text whose words do not count: e.g. the justification being explained */
  echo?: string
  /** what the text should say, for the message */
  says?: string
}

/**
 * Why a free-text field is not real text, or undefined when it is: the one
 * check for every reasoning field (impact and action statements, advisory
 * fields, mitigations). It refuses blank text, placeholders (also repeated,
 * `TBD TBD`), texts that defer the reasoning (`to be determined`, `fill in
 * later`), restatements of `echo`, and texts with fewer than `minContent`
 * distinct words of substance.
 */
export function weakText(
  text: string,
  rule: RealTextRule = {},
): string | undefined {
  const { minWords = 1, minContent = 1, echo, says } = rule
  const t = text.trim().toLowerCase()
  if (t === '') return 'is blank'
  if (PLACEHOLDERS.has(t.replace(/[.!]+$/, ''))) return 'is a placeholder'
  const w = words(t)
  if (
    w.length > 0 &&
    w.every((x) => PLACEHOLDER_WORDS.has(x) || PLACEHOLDERS.has(x))
  ) {
    return 'is a placeholder'
  }
  const marker = w.find((x) => PLACEHOLDER_WORDS.has(x))
  if (marker) return `contains the placeholder "${marker.toUpperCase()}"`
  const normalized = w.join(' ')
  for (const re of DEFERRALS) {
    const m = re.exec(normalized)
    if (m) return `puts the reasoning off ("${m[0]}")`
  }
  const all = contentWords(t)
  const own = echo
    ? new Set(
        [...all].filter((x) => !contentWords(echo.replace(/_/g, ' ')).has(x)),
      )
    : all
  if (own.size < minContent) {
    if (echo && all.size > own.size) return 'only restates the justification'
    return `has ${own.size === 0 ? 'no' : `only ${own.size}`} word${own.size === 1 ? '' : 's'} of substance${says ? `; ${says}` : ''} (at least ${minContent})`
  }
  if (w.length < minWords) {
    return `has ${w.length} words${says ? `; ${says}` : ''} (at least ${minWords} words)`
  }
  return undefined
}

/** The fewest words an impact statement needs to be reasoning. */
const MIN_REASONING_WORDS = 8

/**
 * The fewest distinct words of substance an impact statement needs beyond
 * the words of its justification and the stop words. Four refuses a padded
 * restatement ("The vulnerable code is not in the execute path of our
 * product at all") and passes any statement that names the code path or
 * configuration and why.
 */
const MIN_REASONING_CONTENT = 4

/**
 * Why an impact statement is not real reasoning, or undefined when it is.
 * Placeholders, restatements of the justification and one-liners without
 * substance do not convince a reviewer.
 */
export function weakReasoning(
  statement: string,
  justification?: string,
): string | undefined {
  return weakText(statement, {
    minWords: MIN_REASONING_WORDS,
    minContent: MIN_REASONING_CONTENT,
    echo: justification,
    says: 'say which code or configuration makes the vulnerability unreachable and why',
  })
}

/**
 * The fewest distinct words of substance in a shorter reasoning field
 * (action statement, mitigation, advisory fields): a verb and its object,
 * e.g. "Upgrade ws".
 */
export const MIN_ACTION_CONTENT = 2

/** Is a short name (owner, tested version) blank or a placeholder? */
export function placeholderName(text: string): boolean {
  const t = text.trim().toLowerCase()
  return (
    PLACEHOLDERS.has(t) ||
    words(t).every((x) => PLACEHOLDER_WORDS.has(x) || PLACEHOLDERS.has(x))
  )
}
