/**
 * Benchmark: readme-banner.
 *
 * 1. renderBanner on N published records (half of them inside the window,
 *    a third critical or high by vector) for N = 2,000, 4,000, 8,000.
 *    Baseline in the same process: one filter on the published date and a
 *    sort of what is left, the least any banner must do. Growth near x2.00
 *    per doubling means linear.
 * 2. applyBanner on a README of 100 KB, 400 KB and 1.6 MB (markers in the
 *    middle, CRLF), against splitting the text into lines and joining them
 *    again.
 *
 * The bundle's start-up is measured with the others in bench/startup.ts.
 *
 * Run: npm run bench -- banner
 */
import {
  BANNER_END,
  BANNER_START,
  applyBanner,
  renderBanner,
} from '../packages/banner/src/banner.js'
import type { LoadedRecord, Record } from '../packages/records/src/types.js'

const VECTORS = [
  'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
  'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H',
  'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:L/I:L/A:N',
]

function best(fn: () => unknown, runs = 15): number {
  fn() // warm-up: compile and JIT outside the timing
  let min = Infinity
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    min = Math.min(min, performance.now() - t)
  }
  return min
}

function date(daysAfter: number): string {
  return new Date(Date.UTC(2026, 0, 1) + daysAfter * 86_400_000)
    .toISOString()
    .slice(0, 10)
}

function records(n: number): LoadedRecord[] {
  const out: LoadedRecord[] = []
  for (let i = 0; i < n; i++) {
    const v = VECTORS[i % VECTORS.length]
    const record: Record = {
      schema: 1,
      id: `PROJ-2026-${i}`,
      aliases: [],
      title: `Problem number ${i} in the <upload> handler`,
      packages: [],
      status: 'fixed',
      fixed_in: [`v1.${i}.0`],
      review: { author: 'bench', decided: '2026-01-01' },
      cvss: v.startsWith('CVSS:4.0') ? { v4: v } : { v3: v },
      cwe: [],
      credits: [],
      references: [],
      disclosure: {
        kind: 'cve',
        cve_id: `CVE-1900-${10000 + i}`,
        published: date(i % 60),
      },
    }
    out.push({
      record,
      file: `security/${record.id}.yml`,
      positions: new Map(),
    })
  }
  return out
}

function readme(bytes: number): string {
  const line = 'Some prose about the project, with `code` and a [link](x).\r\n'
  const half = line.repeat(Math.ceil(bytes / 2 / line.length))
  return `# Project\r\n\r\n${half}${BANNER_START}\r\nold\r\n${BANNER_END}\r\n${half}`
}

export default async function bench(): Promise<void> {
  console.log('1. renderBanner on N records (best of 15)')
  let last = 0
  const today = date(59)
  for (const n of [2000, 4000, 8000]) {
    const list = records(n)
    const render = best(() => renderBanner(list, today, 30))
    const base = best(() =>
      list
        .filter((l) => (l.record.disclosure.published ?? '') >= date(29))
        .sort((a, b) =>
          b.record.disclosure.published!.localeCompare(
            a.record.disclosure.published!,
          ),
        ),
    )
    const growth = last ? `, growth x${(render / last).toFixed(2)}` : ''
    console.log(
      `   N=${n}: ${render.toFixed(1)} ms, baseline ${base.toFixed(2)} ms, ratio ${(render / base).toFixed(1)}x${growth}`,
    )
    last = render
  }

  console.log('2. applyBanner on a README (best of 15)')
  const block = renderBanner(records(200), today, 30)
  for (const size of [100_000, 400_000, 1_600_000]) {
    const text = readme(size)
    const apply = best(() => applyBanner(text, block))
    const base = best(() => text.split('\n').join('\n'))
    console.log(
      `   ${(size / 1000).toFixed(0)} KB: ${apply.toFixed(2)} ms, baseline ${base.toFixed(2)} ms, ratio ${(apply / base).toFixed(1)}x`,
    )
  }
}
