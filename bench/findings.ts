/**
 * Benchmark: mergeFindings on 5,000, 10,000 and 20,000 synthetic findings.
 * Each vulnerability is reported by three sources under different ids (a
 * GHSA with its CVE, the CVE alone, a GO- id listing the CVE), some without
 * a purl, across a few hundred packages, as a large monorepo's scans would.
 * Prints the best of several runs and the growth from size to size; near
 * linear means a ratio close to 2 for each doubling.
 *
 * Run: npx tsx bench/findings.ts
 */
import { mergeFindings } from '../packages/findings/src/merge.js'
import type { Finding } from '../packages/findings/src/types.js'

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

function time(fn: () => unknown, runs = 7): number {
  let best = Infinity
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint()
    fn()
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    best = Math.min(best, ms)
  }
  return best
}

if (process.argv[1]?.endsWith('findings.ts')) main()
function main() {
  const sizes = [5000, 10000, 20000]
  const data = sizes.map((n) => syntheticFindings(n))
  // Warm up the JIT on the largest input before measuring.
  mergeFindings(data[2])

  const results = sizes.map((n, i) => {
    const ms = time(() => mergeFindings(data[i]))
    const merged = mergeFindings(data[i]).length
    return { n, ms, merged }
  })

  console.log('mergeFindings (best of 7 runs)')
  for (const r of results) {
    console.log(
      `  ${String(r.n).padStart(6)} findings -> ${String(r.merged).padStart(6)} merged: ${r.ms.toFixed(1)} ms`,
    )
  }
  for (let i = 1; i < results.length; i++) {
    const ratio = results[i].ms / results[i - 1].ms
    console.log(
      `  growth ${results[i - 1].n} -> ${results[i].n}: x${ratio.toFixed(2)} (linear is x2.00)`,
    )
  }
}
