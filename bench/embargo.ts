/**
 * Benchmark: release-embargo-check.
 *
 * 1. The engine on N records (a quarter embargoed, each with three terms)
 *    against release notes and public files totalling about 40 characters
 *    per record, for N = 500, 1,000, 2,000. Baseline in the same process:
 *    one pass that lower-cases every text and looks up one word per record
 *    with indexOf, the least a scan for the records' words must do. Growth
 *    near x2.00 per doubling means linear.
 * 2. Version comparison: compareVersions('go', ...) on 10,000 pairs of Go
 *    versions (pseudo-versions and +incompatible included), against
 *    semver.compare on the same pairs already parsed.
 * 3. Lockfile reading: a package-lock.json of 20,000 installs and a go.mod
 *    of 5,000 requires, against JSON.parse / a split into lines.
 * Bundle start-up is measured for every bundle in bench/startup.ts.
 *
 * Run: npm run bench -- embargo
 */
import semver from 'semver'
import { checkRelease } from '../packages/embargo/src/check.js'
import type { ReleaseInput } from '../packages/embargo/src/types.js'
import { DEFAULT_CONFIG } from '../packages/records/src/load.js'
import type { LoadedRecord, Record } from '../packages/records/src/types.js'
import { compareVersions } from '../packages/versions/src/compare.js'
import { parseGoMod, selectedModules } from '../packages/versions/src/gomod.js'
import { parseNpmLock } from '../packages/versions/src/npmlock.js'

function best(fn: () => unknown, runs = 7): number {
  let min = Infinity
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    min = Math.min(min, performance.now() - t)
  }
  return min
}

function ms(n: number): string {
  return `${n.toFixed(2)} ms`
}

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot']

function records(n: number): LoadedRecord[] {
  const out: LoadedRecord[] = []
  for (let i = 0; i < n; i++) {
    const embargoed = i % 4 === 0
    const record: Record = {
      schema: 1,
      id: `PROJ-2026-${i}`,
      aliases: [`CVE-2026-${10000 + i}`],
      title: `Problem number ${i} in the ${WORDS[i % WORDS.length]} module`,
      packages: [{ purl: 'pkg:npm/lodash', vulnerable: '< 4.17.21' }],
      status: 'fixed',
      fixed_in: [embargoed ? 'v9.0.0' : 'v1.0.0'],
      review: { author: 'a', decided: '2026-11-20' },
      cvss: { severity: 'medium' },
      cwe: [],
      credits: [],
      references: [],
      disclosure: {
        kind: 'none',
        embargoed,
        private_details: embargoed ? 'draft advisory' : undefined,
        terms: embargoed
          ? [`term${i} one`, `term${i} two`, `word${i}x`]
          : undefined,
      },
    }
    out.push({ record, file: `security/r${i}.yml`, positions: new Map() })
  }
  return out
}

function input(n: number): ReleaseInput {
  const recs = records(n)
  const lines: string[] = []
  for (let i = 0; i < n; i++) {
    // Public records named; embargoed ones not.
    lines.push(i % 4 === 0 ? `- unrelated change ${i}` : `- PROJ-2026-${i}`)
  }
  const text = lines.join('\n')
  return {
    records: recs,
    config: { ...DEFAULT_CONFIG },
    version: 'v1.0.0',
    notes: { path: 'notes.md', text },
    publicFiles: [{ path: 'CHANGELOG.md', text }],
    today: '2026-12-01',
    releasePublic: false,
  }
}

function baseline(inp: ReleaseInput): number {
  let hits = 0
  const texts = [inp.notes, ...inp.publicFiles].map((t) => t.text.toLowerCase())
  for (const r of inp.records) {
    const w = r.record.id.toLowerCase()
    for (const t of texts) if (t.indexOf(w) >= 0) hits++
  }
  return hits
}

function engine(): void {
  console.log('checkRelease, N records vs a one-word-per-record scan')
  let prev: number | undefined
  for (const n of [500, 1000, 2000]) {
    const inp = input(n)
    const base = best(() => baseline(inp), 15)
    const t = best(() => checkRelease(inp), 15)
    const growth = prev ? ` growth x${(t / prev).toFixed(2)}` : ''
    console.log(
      `  N=${n}: ${ms(t)} (baseline ${ms(base)}, ratio ${(t / base).toFixed(1)})${growth}`,
    )
    prev = t
  }
}

function versions(): void {
  const pairs: [string, string][] = []
  for (let i = 0; i < 10000; i++) {
    const a =
      i % 3 === 0
        ? `v0.0.0-2021${String(100000000 + i).slice(1)}-69e39bad7dc2`
        : i % 3 === 1
          ? `v${i % 30}.0.${i % 7}+incompatible`
          : `v1.${i % 50}.${i % 9}`
    pairs.push([a, `v1.${(i * 7) % 50}.${i % 5}`])
  }
  const parsed = pairs.map(
    ([a, b]) =>
      [new semver.SemVer(a.slice(1)), new semver.SemVer(b.slice(1))] as const,
  )
  const base = best(() => parsed.forEach(([a, b]) => semver.compare(a, b)))
  const t = best(() => pairs.forEach(([a, b]) => compareVersions('go', a, b)))
  console.log(
    `compareVersions('go'), 10,000 pairs: ${ms(t)} (semver.compare on parsed: ${ms(base)}, ratio ${(t / base).toFixed(1)})`,
  )
}

function lockfiles(): void {
  const packages: { [path: string]: { version: string } } = {}
  for (let i = 0; i < 20000; i++) {
    const path =
      i % 5 === 0
        ? `node_modules/p${i}/node_modules/q${i % 100}`
        : `node_modules/p${i}`
    packages[path] = { version: `1.${i % 20}.${i % 7}` }
  }
  const lock = JSON.stringify({ lockfileVersion: 3, packages })
  const baseNpm = best(() => JSON.parse(lock))
  const tNpm = best(() => parseNpmLock(lock))
  console.log(
    `parseNpmLock, 20,000 installs (${(lock.length / 1e6).toFixed(1)} MB): ${ms(tNpm)} (JSON.parse: ${ms(baseNpm)}, ratio ${(tNpm / baseNpm).toFixed(1)})`,
  )

  const mod = ['module m', '', 'go 1.21', '', 'require (']
  for (let i = 0; i < 5000; i++) {
    mod.push(`\tgithub.com/org${i}/mod${i} v1.${i % 30}.0 // indirect`)
  }
  mod.push(')')
  const text = mod.join('\n')
  const baseGo = best(() => text.split('\n').map((l) => l.trim().split(/\s+/)))
  const tGo = best(() => selectedModules(parseGoMod(text)))
  console.log(
    `parseGoMod, 5,000 requires: ${ms(tGo)} (split into tokens: ${ms(baseGo)}, ratio ${(tGo / baseGo).toFixed(1)})`,
  )
}

export default async function main(): Promise<void> {
  engine()
  versions()
  lockfiles()
}
