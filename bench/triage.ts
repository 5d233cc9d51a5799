/**
 * Benchmark: the triage verdict on 5,000, 10,000 and 20,000 findings against
 * as many records (half the findings decided, a quarter by a record with a
 * version range, the rest untriaged), and the GitHub requests triage-gate
 * sends for 1,000 Dependabot alerts against the API test server.
 *
 * Times are the best of several runs, each also given as a ratio to a
 * baseline measured in the same process: one linear pass that keys every
 * finding and record into a Map (the least any matcher must do). Growth near
 * x2.00 per doubling means near-linear.
 *
 * Run: npm run bench -- triage
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import type { Finding } from '../packages/findings/src/types.js'
import { createClient, requestStats } from '../packages/github/src/client.js'
import type { LoadedRecord, Record } from '../packages/records/src/types.js'
import { fetchDependabotAlerts } from '../packages/triage/src/github.js'
import { triage } from '../packages/triage/src/verdict.js'
import { sample, startApiServer } from '../tests/harness/api-server.js'

const CONFIG = {
  version: 1,
  security_dir: 'security',
  vex_dirs: [],
  distributed: true,
  fail_on: 'medium' as const,
  deadlines: { critical: 7, high: 30, medium: 90, low: 180 },
  not_affected_max_days: 365,
  expiry_warning_days: 14,
  grace_hours: 24,
  dev_dependencies: 'strict' as const,
  mode: 'all' as const,
  stale_records: 'warning' as const,
  reports: [],
  release_lines: [],
  release_wait_days: 30,
  banner: { days: 30, file: 'README.md' },
  channels: {},
}
const TODAY = new Date('2026-12-03T12:00:00Z')
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const

function ghsa(i: number): string {
  const a = '23456789cfghjmpqrvwx'
  let s = ''
  for (let k = 0, n = i; k < 12; k++, n = Math.floor(n / 20)) s += a[n % 20]
  return `GHSA-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`
}

/** n findings and n records; records i < n/2 decide finding i. */
function data(n: number): { findings: Finding[]; records: LoadedRecord[] } {
  const findings: Finding[] = []
  const records: LoadedRecord[] = []
  for (let i = 0; i < n; i++) {
    const cve = `CVE-2026-${100000 + i}`
    findings.push({
      id: ghsa(i),
      aliases: [ghsa(i), cve],
      purl: `pkg:npm/package-${i % 500}`,
      version: `1.${i % 9}.0`,
      severity: SEVERITIES[i % 4],
      sources: [{ kind: 'osv-scanner', file: 'osv.json' }],
    })
    // Records for the first half match by CVE alias; the second half are
    // about other vulnerabilities (stale).
    const id = i < n / 2 ? cve : `CVE-2025-${100000 + i}`
    const record: Record = {
      schema: 1,
      id,
      aliases: [],
      title: 'Synthetic vulnerability',
      packages: [
        {
          purl: `pkg:npm/package-${i % 500}`,
          vulnerable: i % 4 === 0 ? '< 2.0.0' : undefined,
        },
      ],
      status: 'not_affected',
      justification: 'vulnerable_code_not_present',
      impact_statement: 'The affected function is not shipped.',
      fixed_in: [],
      review: {
        author: 'bench',
        decided: '2026-11-01',
        review_by: '2027-05-01',
      },
      cwe: [],
      credits: [],
      references: [],
      disclosure: { kind: 'none' },
    }
    records.push({
      record,
      file: `security/${id}.yml`,
      positions: new Map([
        ['/id', { line: 2, col: 5 }],
        ['/status', { line: 8, col: 9 }],
      ]),
    })
  }
  return { findings, records }
}

// A collectable heap makes the retained sizes exact rather than noisy.
v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

function best(fn: () => unknown, runs = 7): number {
  let min = Infinity
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint()
    fn()
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6)
  }
  return min
}

function baseline(d: { findings: Finding[]; records: LoadedRecord[] }) {
  const m = new Map<string, unknown>()
  for (const r of d.records) m.set(r.record.id.toUpperCase(), r)
  let hits = 0
  for (const f of d.findings) {
    for (const a of f.aliases) if (m.has(a.toUpperCase())) hits++
  }
  return hits
}

function verdict() {
  const sizes = [5000, 10000, 20000]
  const sets = sizes.map(data)
  const run = (i: number) =>
    triage({
      ...sets[i],
      external: [],
      config: CONFIG,
      today: TODAY,
      event: 'schedule',
    })
  run(2) // warm up

  // Sizes take turns, run after run, so a change in machine load over the
  // benchmark affects every size alike; each keeps its best time.
  const ms = sizes.map(() => Infinity)
  const base = sizes.map(() => Infinity)
  for (let round = 0; round < 9; round++) {
    sizes.forEach((_, i) => {
      ms[i] = Math.min(
        ms[i],
        best(() => run(i), 1),
      )
      base[i] = Math.min(
        base[i],
        best(() => baseline(sets[i]), 1),
      )
    })
  }
  console.log('triage verdict, N findings x N records (best of 9, interleaved)')
  const rows = sizes.map((n, i) => {
    const r = run(i)
    return {
      n,
      ms: ms[i],
      base: base[i],
      counts: r.counts,
      problems: r.problems.length,
    }
  })
  for (const r of rows) {
    console.log(
      `  ${String(r.n).padStart(6)}: ${r.ms.toFixed(1)} ms (x${(r.ms / r.base).toFixed(1)} the Map-lookup baseline of ${r.base.toFixed(2)} ms); decided ${r.counts.decided}, untriaged ${r.counts.untriaged}, stale records ${r.problems}`,
    )
  }
  for (let i = 1; i < rows.length; i++) {
    console.log(
      `  growth ${rows[i - 1].n} -> ${rows[i].n}: x${(rows[i].ms / rows[i - 1].ms).toFixed(2)} (linear is x2.00)`,
    )
  }
}

function memory() {
  gc()
  const rss0 = process.resourceUsage().maxRSS
  const before = process.memoryUsage().heapUsed
  const d = data(10000)
  gc()
  const mid = process.memoryUsage().heapUsed
  const report = triage({
    ...d,
    external: [],
    config: CONFIG,
    today: TODAY,
    event: 'schedule',
  })
  const peak = process.resourceUsage().maxRSS
  gc()
  const after = process.memoryUsage().heapUsed
  console.log(
    `memory, 10,000 x 10,000: input ${((mid - before) / 2 ** 20).toFixed(1)} MiB, report retained ${((after - mid) / 2 ** 20).toFixed(1)} MiB (${report.verdicts.length} verdicts); peak RSS ${(peak / 1024).toFixed(0)} MiB (${((peak - rss0) / 1024).toFixed(0)} MiB above the process before)`,
  )
}

async function requests() {
  const n = 1000
  const server = await startApiServer()
  try {
    const base = sample('GET /repos/{owner}/{repo}/dependabot/alerts')
    const alerts = Array.from({ length: n }, (_, i) => ({
      ...base,
      number: i + 1,
      state: 'open',
    }))
    server.paginate('GET /repos/{owner}/{repo}/dependabot/alerts', alerts, 100)
    const client = createClient({ token: 'bench', apiUrl: server.url })
    const t0 = process.hrtime.bigint()
    const got = await fetchDependabotAlerts(client, {
      owner: 'acme',
      repo: 'widget',
    })
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    const s = requestStats(client)
    console.log(
      `API requests for ${got.length} Dependabot alerts: ${s.requests} (minimum ${Math.ceil(n / 100)}, one per 100 alerts), ${s.retries} retries, ${ms.toFixed(0)} ms against the test server`,
    )
  } finally {
    await server.close()
  }
}

export default async function main(): Promise<void> {
  memory()
  verdict()
  await requests()
}

if (process.argv[1]?.endsWith('triage.ts')) await main()
