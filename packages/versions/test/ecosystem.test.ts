import { describe, expect, it } from '@jest/globals'
import { ecosystemOf, parsePurl } from '../src/ecosystem.js'

describe('parsePurl', () => {
  it('joins a Go namespace and name into the module path', () => {
    expect(parsePurl('pkg:golang/golang.org/x/net@v0.7.0')).toEqual({
      ecosystem: 'go',
      type: 'golang',
      name: 'golang.org/x/net',
    })
  })
  it('keeps the npm scope', () => {
    expect(parsePurl('pkg:npm/%40babel/core').name).toBe('@babel/core')
  })
  it('normalises PyPI names as PEP 503 does', () => {
    expect(parsePurl('pkg:pypi/Zope_Interface').name).toBe('zope-interface')
  })
  it('maps unknown types to generic rules', () => {
    expect(parsePurl('pkg:maven/org.apache/commons-text').ecosystem).toBe(
      'generic',
    )
  })
})

describe('ecosystemOf', () => {
  it('accepts OSV and purl spellings', () => {
    expect(['Go', 'crates.io', 'PyPI', 'golang'].map(ecosystemOf)).toEqual([
      'go',
      'cargo',
      'pypi',
      'go',
    ])
  })
})
