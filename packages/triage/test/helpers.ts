/** Builders for triage tests: a policy, records and findings as data. */
import type { Finding } from '../../findings/src/types.js'
import type {
  Config,
  LoadedRecord,
  Record as PsirtRecord,
} from '../../records/src/types.js'
import { DEFAULT_CONFIG } from '../../records/src/load.js'

export function config(over: Partial<Config> = {}): Config {
  return {
    ...structuredClone(DEFAULT_CONFIG),
    vex_dirs: [],
    fail_on: 'medium',
    repository: 'acme/widget',
    ...over,
  }
}

export function record(over: Partial<PsirtRecord> = {}): PsirtRecord {
  return {
    schema: 1,
    id: 'GHSA-cfgh-jmpq-rvwx',
    aliases: ['CVE-2026-1000'],
    title: 'Example vulnerability',
    packages: [{ purl: 'pkg:npm/left-pad', vulnerable: '< 1.3.0' }],
    status: 'not_affected',
    justification: 'vulnerable_code_not_in_execute_path',
    impact_statement: 'We never call the vulnerable function.',
    fixed_in: [],
    review: { author: 'alice', decided: '2026-11-01', review_by: '2027-05-01' },
    cwe: [],
    credits: [],
    references: [],
    disclosure: { kind: 'none' },
    ...over,
  }
}

/** A loaded record with positions as a loader would give: one key a line. */
export function loaded(r: PsirtRecord, file?: string): LoadedRecord {
  const positions = new Map<string, { line: number; col: number }>()
  let line = 1
  for (const key of Object.keys(r)) {
    positions.set(`/${key}`, { line: line++, col: 1 })
  }
  for (const key of Object.keys(r.review)) {
    positions.set(`/review/${key}`, { line: line++, col: 3 })
  }
  r.packages.forEach((_, i) => {
    positions.set(`/packages/${i}/purl`, { line: line++, col: 5 })
  })
  return { record: r, file: file ?? `security/${r.id}.yml`, positions }
}

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    id: 'CVE-2026-1000',
    aliases: ['CVE-2026-1000', 'GHSA-cfgh-jmpq-rvwx'],
    purl: 'pkg:npm/left-pad',
    version: '1.2.0',
    title: 'Example vulnerability',
    severity: 'high',
    sources: [{ kind: 'osv-scanner', file: 'osv.json' }],
    ...over,
  }
}

export const TODAY = new Date('2026-12-03T12:00:00Z')
