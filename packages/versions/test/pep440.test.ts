import { describe, expect, it } from '@jest/globals'
import { comparePep440, parsePep440 } from '../src/pep440.js'

describe('parsePep440', () => {
  it('reads every part of a full version', () => {
    expect(parsePep440('2!1.4.0rc2.post3.dev4+ubuntu.1')).toEqual({
      epoch: 2,
      release: [1, 4, 0],
      pre: [2, 2],
      post: 3,
      dev: 4,
      local: ['ubuntu', 1],
    })
  })
  it('normalises spellings, separators, case and a leading v', () => {
    expect(parsePep440('V1.0-Beta_2')).toEqual(parsePep440('1.0b2'))
    expect(parsePep440('1.0-7')).toEqual(parsePep440('1.0.post7'))
    expect(parsePep440('1.0.dev')).toEqual(parsePep440('1.0.dev0'))
  })
  it('refuses what PEP 440 does not allow', () => {
    for (const bad of ['', '1.0-', 'one', '1.0+', '1..0', '2004d']) {
      expect([bad, parsePep440(bad)]).toEqual([bad, undefined])
    }
  })
})

describe('comparePep440', () => {
  const cmp = (a: string, b: string) =>
    Math.sign(comparePep440(parsePep440(a)!, parsePep440(b)!))
  it('puts the epoch first', () => {
    expect(cmp('1!0.1', '2.0')).toBe(1)
  })
  it('orders a dev release of a pre-release below that pre-release', () => {
    expect(cmp('1.0rc1.dev2', '1.0rc1')).toBe(-1)
  })
  it('orders numeric local segments after alphanumeric ones', () => {
    expect(cmp('1.0+abc', '1.0+5')).toBe(-1)
  })
})
