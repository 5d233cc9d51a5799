import {
  acceptableScores,
  CvssError,
  scoreVector,
  severityOf,
} from '../src/index.js'

const V4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'

describe('CVSS v4.0 results', () => {
  it('score, severity, nomenclature and macrovector of a base vector', () => {
    const r = scoreVector(V4)
    expect(r).toMatchObject({
      version: '4.0',
      score: 9.3,
      baseScore: 9.3,
      severity: 'critical',
      nomenclature: 'CVSS-B',
      macrovector: '000200',
    })
    expect(r.threatScore).toBeUndefined()
    expect(r.environmentalScore).toBeUndefined()
  })

  it('names the metric groups the score reflects', () => {
    expect(scoreVector(`${V4}/E:X`).nomenclature).toBe('CVSS-B')
    expect(scoreVector(`${V4}/E:U`).nomenclature).toBe('CVSS-BT')
    expect(scoreVector(`${V4}/CR:L`).nomenclature).toBe('CVSS-BE')
    expect(scoreVector(`${V4}/E:P/MAV:L`).nomenclature).toBe('CVSS-BTE')
  })

  it('keeps the base-only and threat scores beside the full score', () => {
    const r = scoreVector(`${V4}/E:U/MVC:L`)
    expect(r.baseScore).toBe(9.3)
    expect(r.threatScore).toBe(scoreVector(`${V4}/E:U`).score)
    expect(r.environmentalScore).toBe(r.score)
    expect(r.score).toBeLessThan(r.threatScore ?? 0)
  })

  it('rates the base score apart from the full score', () => {
    const r = scoreVector(`${V4}/E:U`)
    expect([r.score, r.severity]).toEqual([8.1, 'high'])
    expect([r.baseScore, r.baseSeverity]).toEqual([9.3, 'critical'])
  })

  it('keeps supplemental metrics without scoring them', () => {
    const r = scoreVector(`${V4}/S:P/AU:Y/R:U/V:C/RE:H/U:Red`)
    expect(r.score).toBe(9.3)
    expect(r.supplemental).toEqual({
      S: 'P',
      AU: 'Y',
      R: 'U',
      V: 'C',
      RE: 'H',
      U: 'Red',
    })
  })

  it('scores no impact on any system as 0, rated none', () => {
    const r = scoreVector(V4.replace('VC:H/VI:H/VA:H', 'VC:N/VI:N/VA:N'))
    expect([r.score, r.severity]).toEqual([0, 'none'])
  })

  it('lets MSI:S raise a score through safety', () => {
    const none = V4.replace('VC:H/VI:H/VA:H', 'VC:N/VI:N/VA:N')
    expect(scoreVector(`${none}/MSI:S`).score).toBeGreaterThan(0)
  })
})

describe('CVSS v3.x results', () => {
  it('the most specific score, with the others beside it', () => {
    const r = scoreVector(
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:C/CR:L/IR:L/AR:L',
    )
    expect(r.baseScore).toBe(9.8)
    expect(r.temporalScore).toBe(8.5)
    expect(r.environmentalScore).toBe(r.score)
    expect(r.score).toBeLessThan(8.5)
  })

  it('v3.0 rounds up with ceil, a tenth above v3.1 on floating-point noise', () => {
    // 10 × 0.92 is 9.200000000000001 in binary floating point.
    const body = 'AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/RC:U'
    expect(scoreVector(`CVSS:3.0/${body}`).score).toBe(9.3)
    expect(scoreVector(`CVSS:3.1/${body}`).score).toBe(9.2)
  })

  it('v3.0 and v3.1 differ in the modified impact of a changed scope', () => {
    // 3.1 changed the exponent term to (MISS × 0.9731 − 0.02)^13.
    const body = 'AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:N/CR:M/IR:L'
    expect(scoreVector(`CVSS:3.0/${body}`).score).toBe(9.6)
    expect(scoreVector(`CVSS:3.1/${body}`).score).toBe(9.5)
  })
})

describe('CVSS v2.0 results (the v2 guide examples)', () => {
  it('CVE-2002-0392: base 7.8, temporal 6.4, environmental 9.2', () => {
    const r = scoreVector(
      'AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:H',
    )
    expect([r.baseScore, r.temporalScore, r.environmentalScore]).toEqual([
      7.8, 6.4, 9.2,
    ])
    expect(r.severity).toBe('high')
  })

  it('CVE-2003-0818: base 10.0, temporal 8.3, environmental 9.0', () => {
    const r = scoreVector(
      'AV:N/AC:L/Au:N/C:C/I:C/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:L',
    )
    expect([r.baseScore, r.temporalScore, r.environmentalScore]).toEqual([
      10, 8.3, 9,
    ])
  })

  it('CVE-2003-0062: base 6.2, temporal 4.9', () => {
    const r = scoreVector('AV:L/AC:H/Au:N/C:C/I:C/A:C/E:POC/RL:OF/RC:C')
    expect([r.baseScore, r.temporalScore, r.score]).toEqual([6.2, 4.9, 4.9])
    expect(r.severity).toBe('medium')
  })
})

describe('severityOf', () => {
  it('uses the v3/v4 bands', () => {
    const bands = [0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map((s) =>
      severityOf(s, '4.0'),
    )
    expect(bands).toEqual([
      'none',
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ])
  })

  it('uses the v2 bands, which have neither none nor critical', () => {
    expect([0, 3.9, 4, 7, 10].map((s) => severityOf(s, '2.0'))).toEqual([
      'low',
      'low',
      'medium',
      'high',
      'high',
    ])
  })
})

describe('acceptableScores', () => {
  it('gives FIRST value and the half-up value on a tie vector', () => {
    // Its real value is 8.55; FIRST's floating point has 8.549999999999999.
    const tie =
      'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H'
    expect(scoreVector(tie).score).toBe(8.5)
    expect(acceptableScores(tie)).toEqual([8.5, 8.6])
  })

  it('gives one value elsewhere', () => {
    expect(acceptableScores(V4)).toEqual([9.3])
    expect(
      acceptableScores('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'),
    ).toEqual([9.8])
  })

  it('refuses a malformed vector', () => {
    expect(() => acceptableScores('CVSS:4.0/AV:N')).toThrow(CvssError)
  })
})
