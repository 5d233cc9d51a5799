/**
 * Dates as the user writes them (inputs, options, record fields): shared so
 * the actions and the CLI accept exactly the same values.
 */

/**
 * True for a real calendar date written as YYYY-MM-DD. `Date` would roll
 * 2026-02-31 over to March 3rd; this refuses it.
 */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const date = new Date(0)
  // setUTCFullYear, unlike Date.UTC, keeps years 0000-0099 as written.
  date.setUTCFullYear(+m[1], +m[2] - 1, +m[3])
  return date.toISOString().slice(0, 10) === value
}
