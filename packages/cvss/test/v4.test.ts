import {
  effectiveTuple,
  macroVectorOf,
  parseVector,
  scoreTuple,
  TUPLE_COUNT,
  tupleIndex,
} from '../src/index.js'

const V4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'

function tuple(vector: string, only?: 'B' | 'BT' | 'BTE'): number[] {
  return Array.from(effectiveTuple(parseVector(vector).metrics, only))
}

describe('the effective tuple of a v4.0 vector', () => {
  it('is the reference example for a base vector', () => {
    expect(tuple(V4)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 3, 0, 0, 0, 0])
    expect(scoreTuple(tuple(V4))).toBe(9.3)
  })

  it('counts E:X as A and CR/IR/AR:X as H', () => {
    expect(tuple(`${V4}/E:X/CR:X/IR:X/AR:X`)).toEqual(tuple(V4))
  })

  it('lets a modified metric replace its base metric, unless X', () => {
    const t = tuple(`${V4}/MAV:P/MVC:X`)
    expect(t[0]).toBe(3)
    expect(t[5]).toBe(0)
  })

  it('reaches S in SI/SA only through MSI/MSA', () => {
    const t = tuple(`${V4}/MSI:S/MSA:S`)
    expect([t[9], t[10]]).toEqual([0, 0])
  })

  it('leaves threat and environmental metrics out of the base-only tuple', () => {
    const v = `${V4}/E:U/CR:L/MAV:P`
    expect(tuple(v, 'B')).toEqual(tuple(V4))
    expect(tuple(v, 'BT')[11]).toBe(2)
    expect(tuple(v, 'BT')[0]).toBe(0)
  })
})

describe('macrovectors', () => {
  it('follow the EQ definitions', () => {
    expect(macroVectorOf(tuple(V4))).toBe('000200')
    expect(macroVectorOf(tuple(`${V4}/MSI:S`))).toBe('000000')
    const physical = V4.replace('AV:N', 'AV:P')
    expect(macroVectorOf(tuple(physical))[0]).toBe('2')
    expect(macroVectorOf(tuple(`${V4}/CR:L/IR:L/AR:L`))[5]).toBe('1')
  })
})

describe('tupleIndex', () => {
  it('numbers tuples in the reference order, last metric fastest', () => {
    expect(tupleIndex(new Int8Array(15))).toBe(0)
    const last = [3, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 2, 2, 2, 2]
    expect(tupleIndex(last)).toBe(TUPLE_COUNT - 1)
    const t = new Int8Array(15)
    t[14] = 1
    expect(tupleIndex(t)).toBe(1)
  })
})
