import { CvssError, MAX_VECTOR_LENGTH, parseVector } from '../src/index.js'

const V4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'
const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'

/** The CvssError a vector raises (fails the test if it parses). */
function refusal(vector: string): CvssError {
  try {
    parseVector(vector)
  } catch (e) {
    if (e instanceof CvssError) return e
    throw e
  }
  throw new Error(`accepted: ${vector}`)
}

describe('parseVector accepts', () => {
  it('a v4.0 base vector, keeping the metrics as written', () => {
    const p = parseVector(V4)
    expect(p.version).toBe('4.0')
    expect(p.vector).toBe(V4)
    expect(p.metrics.AV).toBe('N')
    expect(Object.keys(p.metrics)).toHaveLength(11)
    expect(p.supplemental).toBeUndefined()
  })

  it('v4.0 supplemental metrics apart from the scored ones', () => {
    const p = parseVector(`${V4}/E:A/S:P/AU:Y/U:Amber`)
    expect(p.metrics.E).toBe('A')
    expect(p.metrics.S).toBeUndefined()
    expect(p.supplemental).toEqual({ S: 'P', AU: 'Y', U: 'Amber' })
  })

  it('S for MSI and MSA', () => {
    expect(parseVector(`${V4}/MSI:S/MSA:S`).metrics.MSA).toBe('S')
  })

  it('v3.1 and v3.0 metrics in any order', () => {
    const p = parseVector('CVSS:3.0/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N/E:U')
    expect(p.version).toBe('3.0')
    expect(p.metrics.E).toBe('U')
  })

  it('v2.0 vectors, bare or in parentheses', () => {
    expect(parseVector('AV:N/AC:L/Au:N/C:P/I:P/A:P').version).toBe('2.0')
    expect(
      parseVector('(AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C)').metrics.RL,
    ).toBe('OF')
  })
})

describe('parseVector refuses, naming metric, position and allowed values', () => {
  it('a value outside the metric domain', () => {
    const e = refusal(V4.replace('AC:L', 'AC:Q'))
    expect(e.metric).toBe('AC')
    expect(e.position).toBe(3)
    expect(e.allowed).toEqual(['L', 'H'])
    expect(e.message).toMatch(
      /metric AC \(part 3\) has value "Q"; allowed: L, H\./,
    )
  })

  it('S in a metric other than MSI/MSA', () => {
    const e = refusal(`${V4}/MSC:S`)
    expect(e.metric).toBe('MSC')
    expect(e.message).toMatch(/allowed: X, H, L, N/)
    expect(refusal(V4.replace('SI:N', 'SI:S')).metric).toBe('SI')
  })

  it('a missing mandatory metric', () => {
    const e = refusal(V4.replace('/VI:H', ''))
    expect(e.metric).toBe('VI')
    expect(e.position).toBe(8)
    expect(e.message).toMatch(/mandatory metric VI is missing/)
  })

  it('a duplicated metric', () => {
    const e = refusal(`${V31}/AV:L`)
    expect(e.metric).toBe('AV')
    expect(e.message).toMatch(/appears twice \(parts 2 and 10\)/)
  })

  it('v4.0 metrics out of the specification order', () => {
    const e = refusal(V4.replace('AV:N/AC:L', 'AC:L/AV:N'))
    expect(e.metric).toBe('AV')
    expect(e.message).toMatch(/out of order: it must come before AC/)
  })

  it('an unknown or miscased metric', () => {
    const e = refusal(V4.replace('SA:N', 'sa:N'))
    expect(e.position).toBe(12)
    expect(e.message).toMatch(/"sa", which is not a CVSS 4.0 metric/)
  })

  it('a trailing or doubled slash', () => {
    expect(refusal(`${V4}/`).message).toMatch(/part 13 is empty.*trailing/)
    expect(refusal(V4.replace('/AC', '//AC')).message).toMatch(
      /part 3 is empty/,
    )
  })

  it('whitespace anywhere', () => {
    const e = refusal(` ${V4}`)
    expect(e.position).toBe(1)
    expect(refusal(V4.replace('VA:H', 'VA: H')).metric).toBe('VA')
  })

  it('a missing or unknown prefix', () => {
    expect(refusal(V4.slice('CVSS:4.0/'.length)).message).toMatch(
      /no version prefix/,
    )
    const e = refusal(V4.replace('4.0', '4.1'))
    expect(e.position).toBe(1)
    expect(e.message).toMatch(/allowed: CVSS:4.0\/, CVSS:3.1\/ or CVSS:3.0\//)
  })

  it('a part that is not METRIC:VALUE', () => {
    expect(refusal(`${V31}/E`).message).toMatch(
      /part 10 "E" is not METRIC:VALUE/,
    )
  })

  it('an overlong input without echoing it', () => {
    const long = `${V4}/${'X'.repeat(MAX_VECTOR_LENGTH)}`
    const e = refusal(long)
    expect(e.message).toMatch(/characters long; a CVSS vector has at most 256/)
    expect(e.message.length).toBeLessThan(200)
  })

  it('control characters and workflow commands, neutralised in the message', () => {
    const e = refusal('::error::x\u0007')
    expect(e.message).not.toContain('::')
    expect(e.message).not.toContain('\u0007')
  })

  it('values of a v2.0 vector out of order', () => {
    const e = refusal('AV:N/AC:L/Au:N/C:P/A:P/I:P')
    expect(e.metric).toBe('I')
  })

  it('anything that is not text', () => {
    expect(() => parseVector(undefined as unknown as string)).toThrow(CvssError)
  })
})

describe('parseVector against cvss4, the strictest npm parser', () => {
  // A seeded generator (mulberry32), so a failure reproduces.
  let state = 20261203
  const random = (n: number): number => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
  }
  const seeds = [
    V4,
    `${V4}/E:P/CR:L/MAV:A/MSI:S/S:P/AU:Y/U:Amber`,
    'CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:N/VI:L/VA:N/SC:H/SI:L/SA:N/E:U/IR:H/AR:M/MAC:X/MPR:L/MUI:P/MVA:H/MSC:N/MSA:S/R:I/V:C/RE:L',
  ]
  const alphabet = 'AVCLHNPSXUMEIRTDYa:/ 0.4'

  function mutate(vector: string): string {
    let v = vector
    for (let k = 1 + random(3); k > 0; k--) {
      const p = random(v.length)
      const c = alphabet[random(alphabet.length)]
      const op = random(4)
      if (op === 0) v = v.slice(0, p) + v.slice(p + 1)
      else if (op === 1) v = v.slice(0, p) + c + v.slice(p)
      else if (op === 2) v = v.slice(0, p) + c + v.slice(p + 1)
      else {
        const parts = v.split('/')
        const a = 1 + random(parts.length - 1)
        const b = 1 + random(parts.length - 1)
        ;[parts[a], parts[b]] = [parts[b], parts[a]]
        v = parts.join('/')
      }
    }
    return v
  }

  it('accepts a mutated v4.0 vector only when cvss4 accepts it, and refuses with a CvssError', async () => {
    const { validateVectorV4 } = await import('cvss4')
    const disagree: string[] = []
    let accepted = 0
    for (let i = 0; i < 20000; i++) {
      const v = mutate(seeds[random(seeds.length)])
      let ours = false
      try {
        parseVector(v)
        ours = true
        accepted++
      } catch (e) {
        if (!(e instanceof CvssError)) throw e
      }
      // cvss4 reads `PR:N:` as PR:N; a value holding a colon is not one.
      const values = v.split('/').slice(1)
      const colonInValue = values.some((p) => p.split(':').length > 2)
      const theirs =
        v.startsWith('CVSS:4.0/') && !colonInValue && validateVectorV4(v).valid
      if (ours !== theirs) disagree.push(v)
    }
    expect(disagree.slice(0, 5)).toEqual([])
    expect(accepted).toBeGreaterThan(100)
  })
})
