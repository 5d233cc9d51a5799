/**
 * The glue between the finding sources and the verdict: merging, labelling
 * what a pull request introduced, and the decisions kept outside records.
 */
import type { Problem } from '../../core/src/errors.js'
import { readDecisionFiles } from '../../findings/src/decisions.js'
import { mergeFindings } from '../../findings/src/merge.js'
import type { ExternalDecision, Finding } from '../../findings/src/types.js'
import type { Config } from '../../records/src/types.js'
import { idKey, purlKey } from './match.js'

/** Findings from all sources, one per vulnerability and package. */
export function mergeAll(findings: Finding[]): Finding[] {
  return mergeFindings(findings)
}

/**
 * Marks each merged finding as introduced by the change or not, once the
 * dependency graph compare has run: introduced when the change adds its
 * package with one of its ids, otherwise not.
 */
export function labelIntroduced(
  findings: Finding[],
  introduced: Finding[],
): Finding[] {
  const added = new Set<string>()
  for (const f of introduced) {
    for (const a of f.aliases) added.add(`${purlKey(f.purl)} ${idKey(a)}`)
  }
  return findings.map((f) => {
    const key = purlKey(f.purl)
    const hit =
      f.introduced === true ||
      [f.id, ...f.aliases].some((a) => added.has(`${key} ${idKey(a)}`))
    return { ...f, introduced: hit }
  })
}

/**
 * OpenVEX documents (the configured VEX folders) and scanner ignore files,
 * read as decisions; problems in them are added to `problems`.
 */
export async function readExternalDecisions(
  root: string,
  config: Config,
  problems: Problem[],
): Promise<ExternalDecision[]> {
  return readDecisionFiles(root, config.vex_dirs, problems)
}
