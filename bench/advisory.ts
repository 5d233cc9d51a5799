/**
 * Benchmark: advisory-publish.
 *
 * 1. Rendering every document (markdown, CVE record, OSV, MITRE text,
 *    email) for N records, N = 250, 500, 1,000. Baseline in the same
 *    process: JSON.stringify of the same records, the least any renderer
 *    does (it reads every field once and writes text). Growth near x2.00
 *    per doubling means linear.
 * 2. Bundle start-up: `node dist/advisory-publish/index.js` failing on a
 *    push event that names no release (before any loading), against
 *    `node -e ""`, median of 15 runs each (target: under 1.5x).
 *
 * Run: npm run bench -- advisory
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { toAdvisory } from '../packages/disclosure/src/advisory.js'
import { renderCveRecord } from '../packages/disclosure/src/cve.js'
import { renderEmail } from '../packages/disclosure/src/email.js'
import { renderMarkdown } from '../packages/disclosure/src/markdown.js'
import { renderMitre } from '../packages/disclosure/src/mitre.js'
import { renderOsv } from '../packages/disclosure/src/osv.js'
import { DEFAULT_CONFIG } from '../packages/records/src/load.js'
import type { LoadedRecord, Record } from '../packages/records/src/types.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const ORG = 'b3476cb9-2e3d-41a6-98d0-0f47421a65b6'
const NOW = new Date('2026-12-03T10:00:00Z')

function best(fn: () => unknown, runs = 7): number {
  let min = Infinity
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    min = Math.min(min, performance.now() - t)
  }
  return min
}

function records(n: number): LoadedRecord[] {
  const out: LoadedRecord[] = []
  for (let i = 0; i < n; i++) {
    const record: Record = {
      schema: 1,
      id: `CVE-1900-${String(1000 + i)}`,
      aliases: [`GHSA-aaaa-bbbb-${String(1000 + i)}`],
      title: `Path traversal number ${i} in the <upload> handler`,
      description: `The handler joined names without cleaning them (case ${i}).\n\nAn attacker could write files.`,
      packages: [
        {
          purl: 'pkg:golang/github.com/acme/widget',
          vulnerable: `>= v1.${i % 9}.0, < v1.${(i % 9) + 1}.0`,
        },
      ],
      status: 'fixed',
      fixed_in: ['v1.4.2'],
      review: { author: 'a', decided: '2026-11-20' },
      cvss: {
        v4: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N',
        v3: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N',
      },
      cwe: ['CWE-22'],
      workarounds: 'Run with a read-only root filesystem.',
      credits: ['Mallory'],
      references: [`https://github.com/acme/widget/pull/${i}`],
      disclosure: { kind: 'cve', cve_id: `CVE-1900-${String(1000 + i)}` },
    }
    out.push({ record, file: `security/r${i}.yml`, positions: new Map() })
  }
  return out
}

function renderAll(list: LoadedRecord[]): number {
  let size = 0
  const config = { ...DEFAULT_CONFIG, repository: 'acme/widget' }
  for (const l of list) {
    const a = toAdvisory(l, config, { tag: 'v1.4.2' }, NOW)
    size += renderMarkdown(a).length
    size += JSON.stringify(renderCveRecord(a, { orgId: ORG })).length
    size += JSON.stringify(renderOsv(a)).length
    size += renderMitre(a).length
    size += renderEmail(a).html.length
  }
  return size
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function startup(args: string[], env: NodeJS.ProcessEnv): number {
  const times: number[] = []
  for (let i = 0; i < 15; i++) {
    const t = performance.now()
    spawnSync(process.execPath, args, { env, stdio: 'ignore' })
    times.push(performance.now() - t)
  }
  return median(times)
}

/** The same failure with nothing but @actions/core, bundled the same way. */
async function coreOnlyBundle(): Promise<string> {
  // ncc ships no types; only its one call is used.
  const name = '@vercel/ncc'
  const { default: ncc } = (await import(name)) as {
    default: (file: string, opts: object) => Promise<{ code: string }>
  }
  const dir = mkdtempSync(join(tmpdir(), 'psirt-bench-core-'))
  const entry = join(root, `.bench-core-${process.pid}.mjs`)
  writeFileSync(
    entry,
    "import * as core from '@actions/core'\ncore.setFailed('no release')\n",
  )
  try {
    const { code } = await ncc(entry, {
      minify: true,
      quiet: true,
      target: 'es2022',
    })
    writeFileSync(join(dir, 'index.mjs'), code)
  } finally {
    rmSync(entry, { force: true })
  }
  return join(dir, 'index.mjs')
}

export default async function bench(): Promise<void> {
  console.log('1. documents for N records (best of 7)')
  let last = 0
  for (const n of [250, 500, 1000]) {
    const list = records(n)
    const render = best(() => renderAll(list))
    const base = best(() => JSON.stringify(list.map((l) => l.record)))
    const growth = last ? ` growth x${(render / last).toFixed(2)}` : ''
    console.log(
      `   N=${n}: ${render.toFixed(1)} ms, baseline ${base.toFixed(2)} ms, ratio ${(render / base).toFixed(1)}x,${growth} (${(render / n).toFixed(3)} ms/record)`,
    )
    last = render
  }

  const bundle = join(root, 'dist/advisory-publish/index.js')
  if (!existsSync(bundle)) {
    console.log(
      '2. bundle start-up: skipped, run npm run build -- advisory-publish',
    )
    return
  }
  const env = { PATH: process.env.PATH, GITHUB_EVENT_NAME: 'push' }
  const coreOnly = await coreOnlyBundle()
  const empty = startup(['-e', ''], env)
  const action = startup([bundle], env)
  const core = startup([coreOnly], env)
  console.log(
    `2. bundle start-up (median of 15): ${action.toFixed(0)} ms vs node -e "" ${empty.toFixed(0)} ms = ${(action / empty).toFixed(2)}x (target < 1.5x); ` +
      `a bundle of @actions/core alone failing the same way: ${core.toFixed(0)} ms = ${(core / empty).toFixed(2)}x`,
  )
}
