/** Builders for the engine tests: records as the loader would return them. */
import { DEFAULT_CONFIG } from '../../records/src/load.js'
import type { LoadedRecord, Record } from '../../records/src/types.js'
import type { ReleaseInput } from '../src/types.js'

type RecordPatch = Partial<Omit<Record, 'disclosure'>> & {
  disclosure?: Partial<Record['disclosure']>
}

/** A fixed, medium (CVSS 3.1 5.3) record with the fields rules look at. */
export function record(file: string, patch: RecordPatch = {}): LoadedRecord {
  const base: Record = {
    schema: 1,
    id: 'GHSA-2222-3333-4444',
    aliases: ['CVE-2026-1111'],
    title: 'Open redirect in the login form',
    packages: [{ purl: 'pkg:golang/example.com/app' }],
    status: 'fixed',
    fixed_in: ['v1.4.2'],
    review: { author: 'alice', decided: '2026-11-20' },
    cvss: { v3: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N' },
    cwe: [],
    credits: [],
    references: [],
    disclosure: { kind: 'advisory' },
  }
  const { disclosure, ...rest } = patch
  const r: Record = {
    ...base,
    ...rest,
    disclosure: { ...base.disclosure, ...disclosure } as Record['disclosure'],
  }
  // Each top-level field on its own line, in the order written above.
  const positions = new Map<string, { line: number; col: number }>()
  let line = 1
  for (const key of Object.keys(r)) {
    positions.set(`/${key}`, { line: line++, col: 1 })
    const v = (r as unknown as { [k: string]: unknown })[key]
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const sub of Object.keys(v)) {
        positions.set(`/${key}/${sub}`, { line: line++, col: 3 })
      }
    }
  }
  return { record: r, file, positions }
}

/** An embargoed record as the format requires: no public details. */
export function embargoed(file: string, patch: RecordPatch = {}): LoadedRecord {
  return record(file, {
    status: 'fixed',
    fixed_in: ['v1.5.0'],
    ...patch,
    disclosure: {
      kind: 'cve',
      cve_id: 'CVE-2026-2222',
      embargoed: true,
      private_details: 'draft advisory GHSA-9999-8888-7777',
      terms: ['thumbnail bomb'],
      ...patch.disclosure,
    },
  })
}

/** A release input with nothing public and nothing to check. */
export function release(patch: Partial<ReleaseInput> = {}): ReleaseInput {
  return {
    records: [],
    config: { ...DEFAULT_CONFIG },
    version: 'v1.4.2',
    notes: { path: 'RELEASE_NOTES.md', text: '' },
    publicFiles: [],
    today: '2026-12-01',
    releasePublic: false,
    ...patch,
  }
}
