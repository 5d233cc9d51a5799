/**
 * Agreement with FIRST's calculators on the shared reference data: every
 * v4.0 effective tuple, the sampled v4.0 and v3.1 vectors, and the malformed
 * v4.0 vectors FIRST refuses.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import {
  CvssError,
  parseVector,
  rawScoreTuple,
  scoreTuple,
  scoreVector,
  severityOf,
  TUPLE_COUNT,
  TUPLE_METRICS,
  TUPLE_VALUES,
} from '../src/index.js'
import { scoreV3 } from '../src/v3.js'
import { roundFirst, roundHalfUp } from '../src/v4.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const reference = join(resolve(repoRoot, '../shared'), 'reference/cvss')
const present = existsSync(join(reference, 'v4-effective-scores.bin.gz'))
const d = present ? describe : describe.skip
if (!present) {
  console.warn(
    `conformance tests skipped: ${reference} is absent (the shared CVSS reference data)`,
  )
}

function json<T>(file: string): T {
  return JSON.parse(readFileSync(join(reference, file), 'utf8')) as T
}

const RADIX = TUPLE_VALUES.map((v) => v.length)
// Bound once: globals are slow to reach from jest's vm context.
const { round } = Math

/** Steps a tuple to the next one in the reference order (last fastest). */
function next(t: Int8Array): void {
  for (let k = 14; k >= 0; k--) {
    if (++t[k] < RADIX[k]) return
    t[k] = 0
  }
}

/** A vector string whose effective tuple is `t`. */
function vectorOf(t: Int8Array): string {
  const v = (k: number): string => TUPLE_VALUES[k][t[k]]
  const base = TUPLE_METRICS.slice(0, 11).map((m, k) => {
    // S reaches SI/SA only through MSI/MSA; the base metric takes any value.
    const value = (k === 9 || k === 10) && t[k] === 0 ? 'N' : v(k)
    return `${m}:${value}`
  })
  const parts = ['CVSS:4.0', ...base, `E:${v(11)}`]
  parts.push(`CR:${v(12)}`, `IR:${v(13)}`, `AR:${v(14)}`)
  if (t[9] === 0) parts.push('MSI:S')
  if (t[10] === 0) parts.push('MSA:S')
  return parts.join('/')
}

d('CVSS v4.0: every effective tuple', () => {
  const bytes = present
    ? gunzipSync(readFileSync(join(reference, 'v4-effective-scores.bin.gz')))
    : new Uint8Array()

  it('has one reference score per tuple', () => {
    expect(bytes.length).toBe(TUPLE_COUNT)
    expect(TUPLE_COUNT).toBe(15116544)
  })

  it('scores all 15,116,544 tuples exactly as FIRST', () => {
    const t = new Int8Array(15)
    let wrong = 0
    let firstWrong = ''
    for (let n = 0; n < bytes.length; n++) {
      const got = round(scoreTuple(t) * 10)
      if (got !== bytes[n]) {
        if (wrong++ === 0) firstWrong = `${vectorOf(t)}: ${got} != ${bytes[n]}`
      }
      next(t)
    }
    expect(firstWrong).toBe('')
    expect(wrong).toBe(0)
  })

  it('finds the 57,686 tuples where half-up rounding differs, all by +0.1', () => {
    const t = new Int8Array(15)
    let ties = 0
    let other = 0
    for (let n = 0; n < bytes.length; n++) {
      const raw = rawScoreTuple(t)
      const delta = round((roundHalfUp(raw) - roundFirst(raw)) * 10)
      if (delta === 1) ties++
      else if (delta !== 0) other++
      next(t)
    }
    expect(other).toBe(0)
    expect(ties).toBe(57686)
  })

  it('finds the 522 base vectors where half-up rounding differs', () => {
    // Base vectors: SI/SA without S, E:A and CR/IR/AR:H (index 0).
    let ties = 0
    let bases = 0
    const t = new Int8Array(15)
    for (let n = 0; n < bytes.length; n++) {
      if (t[9] > 0 && t[10] > 0 && t[11] + t[12] + t[13] + t[14] === 0) {
        bases++
        const raw = rawScoreTuple(t)
        if (roundHalfUp(raw) !== roundFirst(raw)) ties++
      }
      next(t)
    }
    expect(bases).toBe(104976)
    expect(ties).toBe(522)
  })

  it('scores vector strings through the same tuple function', () => {
    const t = new Int8Array(15)
    let checked = 0
    for (let n = 0; n < bytes.length; n++) {
      // A stride prime to every radix visits every metric value.
      if (n % 9973 === 0) {
        const v = vectorOf(t)
        expect([v, scoreVector(v).score]).toEqual([v, bytes[n] / 10])
        checked++
      }
      next(t)
    }
    expect(checked).toBeGreaterThan(1500)
  })
})

interface V4Sample {
  vector: string
  score: number
  severity: string
}

interface V31Sample {
  vector: string
  score: number
  severity: string
  temporal: number
  environmental: number
  environmental_severity: string
}

d('CVSS v4.0: FIRST sample vectors', () => {
  const samples = present ? json<V4Sample[]>('v4-vectors.json') : []

  it('has 20,000 samples', () => {
    expect(samples.length).toBe(20000)
  })

  it('scores every sample as FIRST', () => {
    const wrong = samples.filter((s) => scoreVector(s.vector).score !== s.score)
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('rates every sample as FIRST', () => {
    const wrong = samples.filter(
      (s) => scoreVector(s.vector).severity !== s.severity.toLowerCase(),
    )
    expect(wrong.slice(0, 5)).toEqual([])
  })
})

d('CVSS v3.1: FIRST sample vectors', () => {
  const samples = present ? json<V31Sample[]>('v31-vectors.json') : []

  it('has 20,000 samples', () => {
    expect(samples.length).toBe(20000)
  })

  it('gives FIRST base, temporal and environmental scores', () => {
    const wrong = samples.filter((s) => {
      const got = scoreV3(parseVector(s.vector).metrics, '3.1')
      return (
        got.baseScore !== s.score ||
        got.temporalScore !== s.temporal ||
        got.environmentalScore !== s.environmental
      )
    })
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('rates base and environmental scores as FIRST', () => {
    const wrong = samples.filter((s) => {
      const got = scoreV3(parseVector(s.vector).metrics, '3.1')
      return (
        severityOf(got.baseScore, '3.1') !== s.severity.toLowerCase() ||
        severityOf(got.environmentalScore, '3.1') !==
          s.environmental_severity.toLowerCase()
      )
    })
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('gives the most specific score that the vector states', () => {
    const wrong = samples.filter((s) => {
      const r = scoreVector(s.vector)
      const expected =
        r.environmentalScore !== undefined
          ? s.environmental
          : r.temporalScore !== undefined
            ? s.temporal
            : s.score
      return r.score !== expected
    })
    expect(wrong.slice(0, 5)).toEqual([])
  })
})

d('CVSS v4.0: vectors FIRST refuses', () => {
  const samples = present
    ? json<{ vector: string; first_error: string }[]>('v4-invalid.json')
    : []

  it('has 2,000 samples', () => {
    expect(samples.length).toBe(2000)
  })

  it('refuses every one with a CvssError', () => {
    const accepted: string[] = []
    for (const s of samples) {
      try {
        parseVector(s.vector)
        accepted.push(s.vector)
      } catch (e) {
        if (!(e instanceof CvssError)) throw e
      }
    }
    expect(accepted).toEqual([])
  })

  it('names the metric FIRST names for every bad value', () => {
    const mismatched: string[] = []
    let checked = 0
    for (const s of samples) {
      const key = /for key (\w+),/.exec(s.first_error)?.[1]
      if (!key) continue
      checked++
      try {
        parseVector(s.vector)
      } catch (e) {
        if ((e as CvssError).metric !== key) mismatched.push(s.vector)
      }
    }
    expect(checked).toBeGreaterThan(900)
    expect(mismatched).toEqual([])
  })
})
