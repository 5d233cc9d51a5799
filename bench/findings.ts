/**
 * Benchmark: mergeFindings on 5,000, 10,000 and 20,000 synthetic findings.
 * Each vulnerability is reported by three sources under different ids (a
 * GHSA with its CVE, the CVE alone, a GO- id listing the CVE), some without
 * a purl, across a few hundred packages, as a large monorepo's scans would.
 * Prints the best of several runs and the growth from size to size; near
 * linear means a ratio close to 2 for each doubling.
 *
 * Run: npm run bench -- findings (or npx tsx bench/findings.ts)
 */
import { mergeFindings } from '../packages/findings/src/merge.js'
import type { Finding } from '../packages/findings/src/types.js'

const ROUNDS = 11
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const

function ghsa(i: number): string {
  const a = '23456789cfghjmpqrvwx'
  let s = ''
  for (let k = 0, n = i; k < 12; k++, n = Math.floor(n / 20)) s += a[n % 20]
  return `GHSA-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`
}

/** n findings: n/3 vulnerabilities, each seen by three sources. */
export function syntheticFindings(n: number): Finding[] {
  const out: Finding[] = []
  for (let i = 0; out.length < n; i++) {
    const cve = `CVE-2024-${10000 + i}`
    const purl = `pkg:npm/package-${i % 400}@1.${i % 7}.0`
    const severity = SEVERITIES[i % 4]
    out.push({
      id: ghsa(i),
      aliases: [ghsa(i), cve],
      purl,
      severity,
      severitySource: 'cvss-v3',
      sources: [{ kind: 'dependabot', ref: String(i) }],
      alert: { number: i, state: 'open' },
    })
    out.push({
      id: cve,
      aliases: [cve],
      purl: i % 5 === 0 ? '' : purl.replace('package', 'Package'),
      severity: 'high',
      severitySource: 'label',
      sources: [{ kind: 'sarif', file: 'r.sarif', ref: cve, tool: 'Trivy' }],
    })
    out.push({
      id: `GO-2024-${i}`,
      aliases: [`GO-2024-${i}`, cve],
      purl,
      severity: 'unknown',
      severitySource: 'alias',
      reachability: i % 2 ? 'called' : 'imported',
      sources: [{ kind: 'govulncheck', file: 'gv.json', ref: `GO-2024-${i}` }],
    })
  }
  return out.slice(0, n)
}

/** Prints the merge times and growth ratios. */
export default async function main(): Promise<void> {
  const sizes = [5000, 10000, 20000]
  const data = sizes.map((n) => syntheticFindings(n))
  // Warm up the JIT on the largest input before measuring.
  mergeFindings(data[2])

  // Sizes are measured in turns, so a burst of load on the machine hits
  // all of them alike; the best run of each is kept.
  const best = sizes.map(() => Infinity)
  for (let round = 0; round < ROUNDS; round++) {
    sizes.forEach((_, i) => {
      const t0 = process.hrtime.bigint()
      mergeFindings(data[i])
      const ms = Number(process.hrtime.bigint() - t0) / 1e6
      best[i] = Math.min(best[i], ms)
    })
  }
  const results = sizes.map((n, i) => ({
    n,
    ms: best[i],
    merged: mergeFindings(data[i]).length,
  }))

  console.log(`mergeFindings (best of ${ROUNDS} interleaved runs)`)
  for (const r of results) {
    console.log(
      `  ${String(r.n).padStart(6)} findings -> ${String(r.merged).padStart(6)} merged: ${r.ms.toFixed(1)} ms (${((r.ms * 1000) / r.n).toFixed(1)} µs/finding)`,
    )
  }
  for (let i = 1; i < results.length; i++) {
    const ratio = results[i].ms / results[i - 1].ms
    console.log(
      `  growth ${results[i - 1].n} -> ${results[i].n}: x${ratio.toFixed(2)} (linear is x2.00)`,
    )
  }
}

if (process.argv[1]?.endsWith('findings.ts')) await main()
