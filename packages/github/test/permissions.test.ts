import { describe, expect, it } from '@jest/globals'
import { forbiddenMessage, scopeOf } from '../src/permissions.js'

describe('scopeOf', () => {
  it.each([
    ['GET', '/repos/o/r/dependabot/alerts', 'vulnerability-alerts: read'],
    ['PATCH', '/repos/o/r/dependabot/alerts/3', 'vulnerability-alerts: write'],
    ['POST', '/repos/o/r/issues/4/comments', 'pull-requests: write'],
    ['PATCH', '/repos/o/r/issues/comments/9', 'pull-requests: write'],
    ['POST', '/repos/o/r/pulls', 'pull-requests: write'],
    ['PUT', '/repos/o/r/contents/README.md', 'contents: write'],
    ['PATCH', '/repos/o/r/releases/1', 'contents: write'],
    ['GET', '/repos/o/r/dependency-graph/compare/a...b', 'contents: read'],
    ['GET', '/repos/o/r/releases/tags/v1', 'contents: read'],
  ])('%s %s needs %s', (method, path, permission) => {
    expect(scopeOf(method, path).permission).toBe(permission)
  })

  it('has no workflow permission for security advisories', () => {
    const scope = scopeOf('PATCH', '/repos/o/r/security-advisories/GHSA-x')
    expect(scope.permission).toBeUndefined()
    expect(scope.notForBuiltInToken).toBe(true)
  })
})

describe('forbiddenMessage', () => {
  it('keeps a workflow command in GitHub text from reaching the log', () => {
    const message = forbiddenMessage(
      'GET',
      '/repos/o/r/releases/1',
      '::error::injected\nsecond line',
    )
    expect(message).not.toMatch(/::error::/)
    expect(message).not.toMatch(/\n/)
  })

  it('says read or write of security advisories by the method', () => {
    const read = forbiddenMessage('GET', '/repos/o/r/security-advisories', '')
    expect(read).toContain(
      'GitHub refused to read repository security advisories (403): the built-in GITHUB_TOKEN cannot read repository security advisories',
    )
    expect(read).toContain('"Repository security advisories: read"')
    expect(read).not.toMatch(/write/)
    const write = forbiddenMessage('POST', '/repos/o/r/security-advisories', '')
    expect(write).toContain(
      'the built-in GITHUB_TOKEN cannot write repository security advisories',
    )
  })

  it('does not list contents twice in the example block', () => {
    const message = forbiddenMessage('PUT', '/repos/o/r/contents/a', '')
    expect(message).toContain('`permissions: { contents: write }`')
  })
})
