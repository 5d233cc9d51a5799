import { describe, expect, test } from '@jest/globals'
import {
  compareIdPreference,
  isVulnId,
  normalizeVulnId,
  uniqueIds,
  vulnIdsIn,
} from '../src/ids.js'

describe('normalizeVulnId', () => {
  test.each([
    ['ghsa-M5PQ-GVJ9-9VR8', 'GHSA-m5pq-gvj9-9vr8'],
    ['GHSA-m5pq-gvj9-9vr8', 'GHSA-m5pq-gvj9-9vr8'],
    ['cve-2021-44228', 'CVE-2021-44228'],
    [' go-2021-0265 ', 'GO-2021-0265'],
    ['rustsec-2022-0013', 'RUSTSEC-2022-0013'],
    ['pysec-2021-1', 'PYSEC-2021-1'],
    ['npm:hawk:20160119', 'npm:hawk:20160119'],
    ['SNYK-JS-LODASH-567746', 'SNYK-JS-LODASH-567746'],
  ])('%p -> %p', (input, out) => {
    expect(normalizeVulnId(input)).toBe(out)
  })
})

describe('isVulnId', () => {
  test.each([
    ['CVE-2021-44228', true],
    ['GHSA-m5pq-gvj9-9vr8', true],
    ['GO-2021-0265', true],
    ['js/zipslip', false],
    ['CWE-79', false],
    ['CVE-1999-0002-package-2', false],
  ])('%p is %p', (id, yes) => {
    expect(isVulnId(id)).toBe(yes)
  })
})

describe('vulnIdsIn', () => {
  test('finds the GHSA in an advisory URL', () => {
    expect(
      vulnIdsIn('https://github.com/advisories/GHSA-CPH5-M8F7-6C5X'),
    ).toEqual(['GHSA-cph5-m8f7-6c5x'])
  })

  test('finds a CVE in a CodeQL tag', () => {
    expect(vulnIdsIn('external/cve/cve-2021-44228')).toEqual(['CVE-2021-44228'])
  })
})

describe('uniqueIds', () => {
  test('normalises, drops empties and repeats, keeps first-seen order', () => {
    expect(
      uniqueIds(['CVE-2024-1', null, '', 'cve-2024-1', 'GHSA-aaaa-bbbb-cccc']),
    ).toEqual(['CVE-2024-1', 'GHSA-aaaa-bbbb-cccc'])
  })
})

describe('compareIdPreference', () => {
  test('GHSA, then CVE, then GO, RUSTSEC, PYSEC, then others', () => {
    const ids = [
      'X-1',
      'PYSEC-2021-1',
      'GO-2021-1',
      'CVE-2021-1',
      'RUSTSEC-2021-1',
      'GHSA-aaaa-bbbb-cccc',
    ]
    expect(ids.sort(compareIdPreference)).toEqual([
      'GHSA-aaaa-bbbb-cccc',
      'CVE-2021-1',
      'GO-2021-1',
      'RUSTSEC-2021-1',
      'PYSEC-2021-1',
      'X-1',
    ])
  })
})
