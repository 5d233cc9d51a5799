/**
 * Records and configuration the disclosure tests share: one CVE fixed in
 * our release, one dependency advisory, written as a maintainer would.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Config, LoadedRecord, Record } from '../../records/src/types.js'
import { DEFAULT_CONFIG } from '../../records/src/load.js'

export const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../..',
)
export const shared = path.resolve(repoRoot, '../shared')
export const schemas = path.join(shared, 'reference/schemas')

/** describe, or describe.skip with a warning when ../shared is absent. */
export function withShared(): jest.Describe {
  if (existsSync(schemas)) return describe
  console.warn(
    `Skipping schema tests: ${schemas} is absent (the shared reference folder beside the checkout).`,
  )
  return describe.skip
}

export const ORG_ID = 'b3476cb9-2e3d-41a6-98d0-0f47421a65b6'

export function config(over: Partial<Config> = {}): Config {
  return {
    ...structuredClone(DEFAULT_CONFIG),
    vex_dirs: [],
    fail_on: 'medium',
    grace_hours: 72,
    dev_dependencies: 'relaxed',
    repository: 'acme/widget',
    ...over,
  }
}

export function cveRecord(over: Partial<Record> = {}): Record {
  return {
    schema: 1,
    id: 'CVE-1900-0001',
    aliases: ['GHSA-aaaa-bbbb-cccc'],
    title: 'Path traversal in the widget upload handler',
    description:
      'The upload handler joined the client-supplied file name to the storage\nfolder without cleaning it, so `../` escaped the folder.\n\nAn attacker could overwrite files the server can write.',
    packages: [
      {
        purl: 'pkg:golang/github.com/acme/widget',
        vulnerable: '>= v1.2.0, < v1.4.2',
        fixed: 'v1.4.2',
      },
    ],
    status: 'fixed',
    fixed_in: ['v1.4.2'],
    review: { author: 'alice', decided: '2026-11-20' },
    cvss: {
      v4: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N',
      v3: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N',
    },
    cwe: ['CWE-22'],
    workarounds: 'Run the server with a read-only root filesystem.',
    credits: ['Mallory Researcher'],
    references: ['https://github.com/acme/widget/pull/42'],
    disclosure: {
      kind: 'cve',
      distributed: true,
      exploitable: true,
      fix_by: 'our_release',
      cve_id: 'CVE-1900-0001',
      ghsa_id: 'GHSA-aaaa-bbbb-cccc',
      embargoed: true,
    },
    ...over,
  }
}

export function dependencyRecord(over: Partial<Record> = {}): Record {
  return {
    schema: 1,
    id: 'PSIRT-2026-007',
    aliases: ['CVE-1900-0999'],
    title: 'Widget deployments must update libxml2',
    description:
      'libxml2 before 2.13.4, which widget loads from the host, mishandles entity expansion.',
    packages: [
      // the dependency customers update; the product is the repository
      { purl: 'pkg:generic/libxml2', vulnerable: '< 2.13.4', fixed: '2.13.4' },
    ],
    status: 'fixed',
    fixed_in: ['v1.4.2'],
    review: { author: 'bob', decided: '2026-11-25' },
    cvss: { v3: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:H' },
    cwe: ['CWE-776'],
    credits: [],
    references: ['https://gitlab.gnome.org/GNOME/libxml2/-/issues/1'],
    disclosure: {
      kind: 'advisory',
      distributed: true,
      fix_by: 'dependency_update',
      dependency_update: 'Update the host libxml2 to 2.13.4 or later.',
      potential_impact:
        'A crafted document can exhaust memory (denial of service).',
      versions_tested: ['libxml2 2.13.4', 'libxml2 2.14.0'],
    },
    ...over,
  }
}

export function loaded(record: Record, file?: string): LoadedRecord {
  return {
    record,
    file: file ?? `security/${record.id}.yml`,
    positions: new Map([['', { line: 1, col: 1 }]]),
  }
}
