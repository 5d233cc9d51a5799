/**
 * CVSS scoring throughput: this scorer against `cvss4` and
 * `ae-cvss-calculator` on FIRST's reference sample vectors (20,000 v4.0 and
 * 20,000 v3.1), in one process, as ratios. Then the cold start of the
 * cvss-score bundle (time to its first output, scoring one vector) against
 * `node -e ""`, as medians of interleaved runs.
 */
import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as cvss4 from 'cvss4'
import ae from 'ae-cvss-calculator'
import { scoreVector } from '../packages/cvss/src/index.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const reference = join(resolve(root, '../shared'), 'reference/cvss')

interface Sample {
  vector: string
  score: number
}

type Scorer = (vector: string) => number

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** Milliseconds for one pass of a scorer over the set. */
function pass(score: Scorer, vectors: string[]): number {
  const t0 = performance.now()
  for (const v of vectors) score(v)
  return performance.now() - t0
}

/**
 * Vectors per second of each scorer: the best of `rounds` passes, the
 * scorers interleaved within each round so that a busy machine slows all of
 * them alike.
 */
function throughputs(
  scorers: Scorer[],
  vectors: string[],
  rounds: number,
): number[] {
  const best = scorers.map(() => Infinity)
  for (let r = 0; r < rounds; r++) {
    scorers.forEach((s, i) => {
      best[i] = Math.min(best[i], pass(s, vectors))
    })
  }
  return best.map((ms) => vectors.length / (ms / 1000))
}

/** How many of the samples a scorer scores as FIRST does (errors count 0). */
function agreement(score: Scorer, samples: Sample[]): number {
  let n = 0
  for (const s of samples) {
    try {
      if (score(s.vector) === s.score) n++
    } catch {
      // refused or crashed: disagrees
    }
  }
  return n
}

const ours: Scorer = (v) => scoreVector(v).score
const oursBase: Scorer = (v) => scoreVector(v).baseScore
const first4: Scorer = (v) => cvss4.calculateBaseScoreV4(v)
// cvss4's v3 functions each parse the vector again; the three give what one
// call of the other scorers gives.
const first3: Scorer = (v) => {
  cvss4.calculateTemporalScore(v)
  cvss4.calculateEnvironmentalScore(v)
  return cvss4.calculateBaseScore(v)
}
const ae4: Scorer = (v) => new ae.Cvss4P0(v).calculateScores().overall ?? NaN
const ae3: Scorer = (v) => new ae.Cvss3P1(v).calculateScores().base ?? NaN

function table(
  label: string,
  samples: Sample[],
  scorers: [string, Scorer, Scorer][],
): void {
  const vectors = samples.map((s) => s.vector)
  // Warm every scorer first so no one pays for another's JIT.
  for (const [, s] of scorers) pass(s, vectors.slice(0, 2000))
  const rates = throughputs(
    scorers.map(([, s]) => s),
    vectors,
    3,
  )
  const results = scorers.map(([name, , check], i) => ({
    name,
    rate: rates[i],
    agree: agreement(check, samples),
  }))
  const mine = results[0].rate
  console.log(`${label}: ${vectors.length} vectors`)
  for (const r of results) {
    console.log(
      `  ${r.name.padEnd(20)} ${Math.round(r.rate).toString().padStart(9)} vectors/s` +
        `  ours/this ${(mine / r.rate).toFixed(2)}x` +
        `  agrees with FIRST ${r.agree}/${samples.length}`,
    )
  }
}

interface Timing {
  first: number
  exit: number
}

function timeRun(args: string[], env: NodeJS.ProcessEnv): Promise<Timing> {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint()
    let first = 0
    const child = spawn(process.execPath, args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const mark = (): void => {
      if (first === 0) first = Number(process.hrtime.bigint() - t0) / 1e6
    }
    child.stdout.on('data', mark)
    child.on('error', fail)
    child.on('close', (code) => {
      const exit = Number(process.hrtime.bigint() - t0) / 1e6
      if (code !== 0 && args[0] !== '-e') {
        fail(new Error(`${args.join(' ')} exited ${code}`))
      }
      done({ first: first || exit, exit })
    })
  })
}

async function coldStart(runs: number): Promise<void> {
  const bundle = join(root, 'dist/cvss-score/index.js')
  if (!existsSync(bundle)) {
    console.log(
      'cold start: skipped, dist/cvss-score/index.js is missing (npm run build -- cvss-score)',
    )
    return
  }
  const dir = mkdtempSync(join(tmpdir(), 'cvss-bench-'))
  try {
    const env = {
      PATH: process.env.PATH,
      INPUT_VECTOR:
        'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      RUNNER_TEMP: dir,
    }
    // The runner creates these files before the step starts.
    writeFileSync(env.GITHUB_OUTPUT, '')
    writeFileSync(env.GITHUB_STEP_SUMMARY, '')
    const base: number[] = []
    const first: number[] = []
    const exit: number[] = []
    await timeRun(['-e', ''], env)
    await timeRun([bundle], env)
    for (let i = 0; i < runs; i++) {
      base.push((await timeRun(['-e', ''], env)).exit)
      const t = await timeRun([bundle], env)
      first.push(t.first)
      exit.push(t.exit)
    }
    const b = median(base)
    console.log(
      `cold start (node ${process.version}, median of ${runs} interleaved runs):`,
    )
    console.log(`  node -e ""                  ${b.toFixed(1)} ms`)
    console.log(
      `  cvss-score first output     ${median(first).toFixed(1)} ms  ${(median(first) / b).toFixed(2)}x`,
    )
    console.log(
      `  cvss-score exit             ${median(exit).toFixed(1)} ms  ${(median(exit) / b).toFixed(2)}x`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export default async function bench(): Promise<void> {
  if (!existsSync(reference)) {
    console.warn(
      `cvss bench: skipped, ${reference} is absent (the shared reference data)`,
    )
    return
  }
  const load = (f: string): Sample[] =>
    JSON.parse(readFileSync(join(reference, f), 'utf8')) as Sample[]
  table('CVSS v4.0 (score)', load('v4-vectors.json'), [
    ['psirt cvss', ours, ours],
    ['cvss4 1.0.7', first4, first4],
    ['ae-cvss-calculator', ae4, ae4],
  ])
  table('CVSS v3.1 (base, temporal, environmental)', load('v31-vectors.json'), [
    ['psirt cvss', ours, oursBase],
    ['cvss4 1.0.7', first3, cvss4.calculateBaseScore],
    ['ae-cvss-calculator', ae3, ae3],
  ])
  await coldStart(9)
}
