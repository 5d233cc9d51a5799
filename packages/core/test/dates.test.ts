import { describe, expect, test } from '@jest/globals'
import { isCalendarDate } from '../src/dates.js'

describe('isCalendarDate', () => {
  test('accepts real dates, leap days included', () => {
    for (const d of ['2026-12-01', '2028-02-29', '2000-02-29', '0099-01-31']) {
      expect(isCalendarDate(d)).toBe(true)
    }
  })

  test('refuses dates Date would roll over, and other shapes', () => {
    for (const d of [
      '2026-02-31',
      '2026-02-29',
      '1900-02-29',
      '2026-13-45',
      '2026-04-31',
      '2026-00-10',
      '2026-1-5',
      '2026-12-01T00:00:00Z',
      'tomorrow',
      '',
    ]) {
      expect(isCalendarDate(d)).toBe(false)
    }
  })
})
