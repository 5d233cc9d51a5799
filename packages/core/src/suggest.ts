/** Edit distance between two short strings (Levenshtein). */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1)
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]
      prev[j] = Math.min(
        prev[j] + 1,
        prev[j - 1] + 1,
        diag + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
      diag = up
    }
  }
  return prev[b.length]
}

/** The closest known name to a misspelt one, if it is close enough. */
export function didYouMean(
  word: string,
  known: readonly string[],
): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  const w = word.toLowerCase()
  for (const k of known) {
    const d = editDistance(w, k.toLowerCase())
    if (d < bestDistance) {
      best = k
      bestDistance = d
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3))
  return bestDistance <= limit ? best : undefined
}
