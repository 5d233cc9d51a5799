/**
 * CVSS v4.0 scoring, as FIRST's calculator (cvss_score.js) computes it.
 *
 * Every v4.0 vector scores as one effective tuple of 15 metrics: the
 * modified metrics replace their base metrics, E:X counts as A and
 * CR/IR/AR:X as H. `scoreTuple` is the whole scoring function; the string
 * scorer reduces a vector to its tuple and calls it.
 *
 * The macrovector score table, the highest-severity vectors of each EQ level
 * and the EQ depths are the specification's constants; we take them from the
 * `cvss4` package and verify them against FIRST's reference scores in the
 * conformance test. The algorithm is ours: `cvss4` looks up a macrovector
 * that does not exist for the joint EQ3/EQ6 step when both are 1 (it steps
 * to 22 where the specification steps to 21).
 */
import { cvssLookup_globalV4, maxComposed, maxSeverityV4 } from 'cvss4'

/** The tuple's metrics, in the order of the reference data. */
export const TUPLE_METRICS = [
  'AV',
  'AC',
  'AT',
  'PR',
  'UI',
  'VC',
  'VI',
  'VA',
  'SC',
  'SI',
  'SA',
  'E',
  'CR',
  'IR',
  'AR',
] as const

/** Each tuple metric's values, by index. */
export const TUPLE_VALUES: readonly (readonly string[])[] = [
  ['N', 'A', 'L', 'P'],
  ['L', 'H'],
  ['N', 'P'],
  ['N', 'L', 'H'],
  ['N', 'P', 'A'],
  ['H', 'L', 'N'],
  ['H', 'L', 'N'],
  ['H', 'L', 'N'],
  ['H', 'L', 'N'],
  ['S', 'H', 'L', 'N'],
  ['S', 'H', 'L', 'N'],
  ['A', 'P', 'U'],
  ['H', 'M', 'L'],
  ['H', 'M', 'L'],
  ['H', 'M', 'L'],
]

/** Number of effective tuples: every v4.0 score there is. */
export const TUPLE_COUNT = TUPLE_VALUES.reduce((n, v) => n * v.length, 1)

// Bound once: globals are slow to reach from a vm context (jest).
const { round, floor } = Math

const [AV, AC, AT, PR, UI, VC, VI, VA, SC, SI, SA, E, CR, IR, AR] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
]

// Severity levels of FIRST's calculator, by value index. The literals are
// theirs: distances are differences of these doubles, so the floating-point
// result (and its rounding) matches theirs bit for bit.
const LEVELS: readonly (readonly number[])[] = [
  [0.0, 0.1, 0.2, 0.3], // AV N A L P
  [0.0, 0.1], // AC L H
  [0.0, 0.1], // AT N P
  [0.0, 0.1, 0.2], // PR N L H
  [0.0, 0.1, 0.2], // UI N P A
  [0.0, 0.1, 0.2], // VC H L N
  [0.0, 0.1, 0.2], // VI
  [0.0, 0.1, 0.2], // VA
  [0.1, 0.2, 0.3], // SC H L N
  [0.0, 0.1, 0.2, 0.3], // SI S H L N
  [0.0, 0.1, 0.2, 0.3], // SA
  [0, 0, 0], // E (no distance)
  [0.0, 0.1, 0.2], // CR H M L
  [0.0, 0.1, 0.2], // IR
  [0.0, 0.1, 0.2], // AR
]

/** Severity distance of one metric from the highest-severity vector. */
function d(t: ArrayLike<number>, max: Int8Array, k: number): number {
  return LEVELS[k][t[k]] - LEVELS[k][max[k]]
}

/** The six EQ levels of a tuple. */
export function eqLevels(
  t: ArrayLike<number>,
): [number, number, number, number, number, number] {
  const avN = t[AV] === 0
  const prN = t[PR] === 0
  const uiN = t[UI] === 0
  const eq1 = avN && prN && uiN ? 0 : (avN || prN || uiN) && t[AV] !== 3 ? 1 : 2
  const eq2 = t[AC] === 0 && t[AT] === 0 ? 0 : 1
  const vcH = t[VC] === 0
  const viH = t[VI] === 0
  const vaH = t[VA] === 0
  const eq3 = vcH && viH ? 0 : vcH || viH || vaH ? 1 : 2
  const eq4 =
    t[SI] === 0 || t[SA] === 0
      ? 0
      : t[SC] === 0 || t[SI] === 1 || t[SA] === 1
        ? 1
        : 2
  const eq5 = t[E]
  const eq6 =
    (t[CR] === 0 && vcH) || (t[IR] === 0 && viH) || (t[AR] === 0 && vaH) ? 0 : 1
  return [eq1, eq2, eq3, eq4, eq5, eq6]
}

/** The macrovector of a tuple, as FIRST writes it (six digits). */
export function macroVectorOf(t: ArrayLike<number>): string {
  return eqLevels(t).join('')
}

interface Macro {
  value: number
  /** maximal scoring difference to the next lower macrovector, or NaN */
  msd: [number, number, number, number, number]
  /** depth of each EQ level, times the 0.1 step */
  depth: [number, number, number, number]
  /** highest-severity vectors of this macrovector, as value indexes */
  maxes: Int8Array[]
}

const MACROS: (Macro | undefined)[] = new Array<Macro | undefined>(324)

function macroKey(eq: readonly number[]): number {
  return (
    ((((eq[0] * 2 + eq[1]) * 3 + eq[2]) * 3 + eq[3]) * 3 + eq[4]) * 2 + eq[5]
  )
}

function lookup(
  eq1: number,
  eq2: number,
  eq3: number,
  eq4: number,
  eq5: number,
  eq6: number,
): number {
  const table = cvssLookup_globalV4 as { [macro: string]: number }
  const v = table[`${eq1}${eq2}${eq3}${eq4}${eq5}${eq6}`]
  return v === undefined ? NaN : v
}

const MAX_VECTORS = new Map<string, Int8Array>()

/** `AV:N/PR:N/UI:N/` and friends, as value indexes into a tuple. */
function maxVector(parts: string): Int8Array {
  const known = MAX_VECTORS.get(parts)
  if (known) return known
  const v = new Int8Array(15)
  for (const part of parts.split('/')) {
    if (part === '') continue
    const [key, value] = part.split(':')
    const at = (TUPLE_METRICS as readonly string[]).indexOf(key)
    v[at] = TUPLE_VALUES[at].indexOf(value)
  }
  MAX_VECTORS.set(parts, v)
  return v
}

function buildMacro(eq: readonly number[]): Macro | undefined {
  const [eq1, eq2, eq3, eq4, eq5, eq6] = eq
  const value = lookup(eq1, eq2, eq3, eq4, eq5, eq6)
  if (Number.isNaN(value)) return undefined

  // EQ3 and EQ6 move together: 00 steps to 01 or 10 (the higher of the
  // two), 01 and 11 to 21 (by EQ3), 10 to 11 (by EQ6); 21 is the lowest.
  let lower36: number
  if (eq3 === 0 && eq6 === 0) {
    const left = lookup(eq1, eq2, eq3, eq4, eq5, eq6 + 1)
    const right = lookup(eq1, eq2, eq3 + 1, eq4, eq5, eq6)
    lower36 = left > right ? left : right
  } else if (eq3 === 1 && eq6 === 0) {
    lower36 = lookup(eq1, eq2, eq3, eq4, eq5, eq6 + 1)
  } else if (eq6 === 1 && eq3 < 2) {
    lower36 = lookup(eq1, eq2, eq3 + 1, eq4, eq5, eq6)
  } else {
    lower36 = NaN
  }
  const msd: Macro['msd'] = [
    value - lookup(eq1 + 1, eq2, eq3, eq4, eq5, eq6),
    value - lookup(eq1, eq2 + 1, eq3, eq4, eq5, eq6),
    value - lower36,
    value - lookup(eq1, eq2, eq3, eq4 + 1, eq5, eq6),
    value - lookup(eq1, eq2, eq3, eq4, eq5 + 1, eq6),
  ]
  const step = 0.1
  const sev = maxSeverityV4
  const depth: Macro['depth'] = [
    sev.eq1[eq1] * step,
    sev.eq2[eq2] * step,
    sev.eq3eq6[eq3][eq6] * step,
    sev.eq4[eq4] * step,
  ]

  // The candidates in FIRST's order: EQ1 outermost, EQ5 innermost.
  const maxes: Int8Array[] = []
  for (const a of maxComposed.eq1[eq1])
    for (const b of maxComposed.eq2[eq2])
      for (const c of maxComposed.eq3[eq3][eq6])
        for (const d of maxComposed.eq4[eq4])
          for (const e of maxComposed.eq5[eq5])
            maxes.push(maxVector(a + b + c + d + e))
  return { value, msd, depth, maxes }
}

/**
 * The unrounded score of an effective tuple (value indexes in TUPLE_METRICS
 * order), clamped to 0..10, computed in the same floating-point steps as
 * FIRST's calculator.
 */
export function rawScoreTuple(t: ArrayLike<number>): number {
  // No impact on any system: FIRST's shortcut to 0.
  if (
    t[VC] === 2 &&
    t[VI] === 2 &&
    t[VA] === 2 &&
    t[SC] === 2 &&
    t[SI] === 3 &&
    t[SA] === 3
  ) {
    return 0
  }
  const eq = eqLevels(t)
  const key = macroKey(eq)
  // Built on first use: a one-vector run (the action) builds one of 270.
  const macro = MACROS[key] ?? (MACROS[key] = buildMacro(eq))
  if (!macro) {
    throw new Error(`no CVSS v4.0 macrovector ${eq.join('')} (a bug)`)
  }

  // The first highest-severity vector that this tuple does not exceed.
  const { maxes } = macro
  let max = maxes[maxes.length - 1]
  for (let i = 0; i < maxes.length; i++) {
    const c = maxes[i]
    if (
      t[AV] >= c[AV] &&
      t[PR] >= c[PR] &&
      t[UI] >= c[UI] &&
      t[AC] >= c[AC] &&
      t[AT] >= c[AT] &&
      t[VC] >= c[VC] &&
      t[VI] >= c[VI] &&
      t[VA] >= c[VA] &&
      t[SC] >= c[SC] &&
      t[SI] >= c[SI] &&
      t[SA] >= c[SA] &&
      t[CR] >= c[CR] &&
      t[IR] >= c[IR] &&
      t[AR] >= c[AR]
    ) {
      max = c
      break
    }
  }
  // Distances summed per EQ in FIRST's order, from FIRST's level doubles.
  const dist1 = d(t, max, AV) + d(t, max, PR) + d(t, max, UI)
  const dist2 = d(t, max, AC) + d(t, max, AT)
  const dist36 =
    d(t, max, VC) +
    d(t, max, VI) +
    d(t, max, VA) +
    d(t, max, CR) +
    d(t, max, IR) +
    d(t, max, AR)
  const dist4 = d(t, max, SC) + d(t, max, SI) + d(t, max, SA)

  // A missing lower macrovector leaves NaN, which is not equal to itself.
  const { msd, depth } = macro
  let n = 0
  let s1 = 0
  let s2 = 0
  let s36 = 0
  let s4 = 0
  let s5 = 0
  if (msd[0] === msd[0]) {
    n++
    s1 = msd[0] * (dist1 / depth[0])
  }
  if (msd[1] === msd[1]) {
    n++
    s2 = msd[1] * (dist2 / depth[1])
  }
  if (msd[2] === msd[2]) {
    n++
    s36 = msd[2] * (dist36 / depth[2])
  }
  if (msd[3] === msd[3]) {
    n++
    s4 = msd[3] * (dist4 / depth[3])
  }
  if (msd[4] === msd[4]) {
    // EQ5 has no depth: its proportion is always 0.
    n++
    s5 = msd[4] * 0
  }
  const mean = n === 0 ? 0 : (s1 + s2 + s36 + s4 + s5) / n
  let value = macro.value - mean
  if (value < 0) value = 0
  if (value > 10) value = 10
  return value
}

/** FIRST's rounding: the floating-point value rounded as it falls. */
export function roundFirst(raw: number): number {
  return round(raw * 10) / 10
}

/**
 * Half-up rounding of the real value (Red Hat's calculator, the Python
 * `cvss` library): a value whose tenths sit within floating-point noise of
 * x.x5 rounds up.
 */
export function roundHalfUp(raw: number): number {
  return floor(raw * 10 + 0.5 + 1e-9) / 10
}

/** The score of an effective tuple, rounded as FIRST rounds it. */
export function scoreTuple(t: ArrayLike<number>): number {
  return roundFirst(rawScoreTuple(t))
}

/** Position of a tuple in the reference data (mixed radix, last fastest). */
export function tupleIndex(t: ArrayLike<number>): number {
  let n = 0
  for (let k = 0; k < 15; k++) n = n * TUPLE_VALUES[k].length + t[k]
  return n
}

/** MAV, MAC, ... MSA: the modified metric of each base metric. */
const MODIFIED = TUPLE_METRICS.slice(0, 11).map((m) => 'M' + m)

const BASE_INDEX: readonly Readonly<{ [value: string]: number }>[] =
  TUPLE_VALUES.map((values) => Object.fromEntries(values.map((v, i) => [v, i])))

/**
 * The effective tuple of parsed v4.0 metrics. `only` limits which groups
 * count: 'B' the base metrics, 'BT' base and threat, 'BTE' all.
 */
export function effectiveTuple(
  metrics: Readonly<Record<string, string>>,
  only: 'B' | 'BT' | 'BTE' = 'BTE',
): Int8Array {
  const t = new Int8Array(15)
  const env = only === 'BTE'
  for (let k = 0; k < 11; k++) {
    let v = metrics[TUPLE_METRICS[k]]
    if (env) {
      const mod = metrics[MODIFIED[k]]
      if (mod !== undefined && mod !== 'X') v = mod
    }
    t[k] = BASE_INDEX[k][v]
  }
  const e = only === 'B' ? undefined : metrics.E
  t[E] = e === undefined || e === 'X' ? 0 : BASE_INDEX[E][e]
  for (const k of [CR, IR, AR]) {
    const r = env ? metrics[TUPLE_METRICS[k]] : undefined
    t[k] = r === undefined || r === 'X' ? 0 : BASE_INDEX[k][r]
  }
  return t
}
