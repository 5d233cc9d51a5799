/**
 * PyPI versions, a subset of PEP 440: an optional epoch (`1!`), release
 * segments (`1.2.3`), one pre-release (`a`, `b`, `rc` and their spellings
 * `alpha`, `beta`, `c`, `pre`, `preview`), a post-release (`.post1`, `-1`),
 * a dev release (`.dev1`) and a local label (`+ubuntu.1`). Separators `.`,
 * `-` and `_` are interchangeable and case does not matter, as the PEP
 * normalises them.
 */

// LIMITATION: local labels (`+...`) are compared segment by segment as the
// PEP says, but legacy (non-PEP 440) versions such as `2004d` are refused.

export interface Pep440 {
  epoch: number
  release: number[]
  /** pre-release: phase 0 = a, 1 = b, 2 = rc */
  pre?: [number, number]
  post?: number
  dev?: number
  local: (number | string)[]
}

const PATTERN =
  /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/

const PHASE: { [spelling: string]: number } = {
  a: 0,
  alpha: 0,
  b: 1,
  beta: 1,
  c: 2,
  rc: 2,
  pre: 2,
  preview: 2,
}

/** Parses a PEP 440 version, or returns undefined when it is not one. */
export function parsePep440(text: string): Pep440 | undefined {
  const m = PATTERN.exec(text.trim().toLowerCase())
  if (!m) return undefined
  const [, epoch, release, phase, preN, postDash, post, postN, dev, devN] = m
  const local = m[10]
  const v: Pep440 = {
    epoch: epoch ? Number(epoch) : 0,
    release: release.split('.').map(Number),
    local: local
      ? local.split(/[-_.]/).map((s) => (/^\d+$/.test(s) ? Number(s) : s))
      : [],
  }
  if (phase) v.pre = [PHASE[phase], preN ? Number(preN) : 0]
  if (postDash !== undefined) v.post = Number(postDash)
  else if (post) v.post = postN ? Number(postN) : 0
  if (dev) v.dev = devN ? Number(devN) : 0
  return v
}

function cmp(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function compareRelease(a: number[], b: number[]): number {
  // 1.0 and 1.0.0 are the same release: missing segments count as zero.
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = cmp(a[i] ?? 0, b[i] ?? 0)
    if (c !== 0) return c
  }
  return 0
}

/**
 * The pre-release rank: a dev release of a final version (`1.0.dev1`) sorts
 * before its pre-releases, and a final or post release after them.
 */
function preRank(v: Pep440): [number, number, number] {
  if (v.pre) return [1, v.pre[0], v.pre[1]]
  if (v.post === undefined && v.dev !== undefined) return [0, 0, 0]
  return [2, 0, 0]
}

function compareLocal(a: Pep440['local'], b: Pep440['local']): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i]
    const y = b[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    // Numeric segments sort after alphanumeric ones.
    if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) return cmp(x, y)
    } else if (typeof x === 'number') return 1
    else if (typeof y === 'number') return -1
    else if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

/** Orders two PEP 440 versions: negative, zero or positive. */
export function comparePep440(a: Pep440, b: Pep440): number {
  let c = cmp(a.epoch, b.epoch)
  if (c !== 0) return c
  c = compareRelease(a.release, b.release)
  if (c !== 0) return c
  const ra = preRank(a)
  const rb = preRank(b)
  for (let i = 0; i < 3; i++) if (ra[i] !== rb[i]) return cmp(ra[i], rb[i])
  // No post release sorts before any post release.
  c = cmp(a.post ?? -1, b.post ?? -1)
  if (c !== 0) return c
  // No dev release sorts after any dev release.
  c = cmp(a.dev ?? Infinity, b.dev ?? Infinity)
  if (c !== 0) return c
  return compareLocal(a.local, b.local)
}
