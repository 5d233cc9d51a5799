import { describe, expect, it } from '@jest/globals'
import { UserError } from '../../core/src/errors.js'
import {
  type EmbargoInputs,
  type RunnerEnv,
  releaseIsPublic,
  releaseVersion,
} from '../src/action.js'

const inputs: EmbargoInputs = {
  publicFiles: [],
  lockfileDirs: [],
  failOnWarnings: false,
  date: '2026-12-01',
}
const env = (patch: Partial<RunnerEnv>): RunnerEnv => ({
  workspace: '/w',
  event: {},
  tempDir: '/tmp',
  ...patch,
})

describe('releaseVersion', () => {
  it('prefers the input', () => {
    expect(
      releaseVersion(
        { ...inputs, version: 'v2.0.0' },
        env({ ref: 'refs/tags/v1.0.0' }),
      ),
    ).toBe('v2.0.0')
  })
  it('takes the tag of a release event', () => {
    expect(
      releaseVersion(
        inputs,
        env({
          eventName: 'release',
          event: { release: { tag_name: 'v1.4.2' } },
        }),
      ),
    ).toBe('v1.4.2')
  })
  it('takes the tag of a tag push', () => {
    expect(releaseVersion(inputs, env({ ref: 'refs/tags/v1.4.2' }))).toBe(
      'v1.4.2',
    )
  })
  it('asks for the input on a branch', () => {
    expect(() =>
      releaseVersion(inputs, env({ ref: 'refs/heads/release-1.4' })),
    ).toThrow(UserError)
  })
})

describe('releaseIsPublic', () => {
  it('is true for a published release event only', () => {
    const published = env({
      eventName: 'release',
      event: { action: 'published', release: { draft: false } },
    })
    expect(releaseIsPublic(published)).toBe(true)
    expect(
      releaseIsPublic(
        env({ eventName: 'release', event: { action: 'created' } }),
      ),
    ).toBe(false)
    expect(releaseIsPublic(env({ eventName: 'push' }))).toBe(false)
  })
})
