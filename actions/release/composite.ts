/**
 * Test support: runs a composite chain of this repository the way the
 * runner does, step by step: `if:` conditions, `env:` values computed from
 * the composite's inputs, each `run:` step's bundle through the runner
 * harness, step outputs, and the composite's outputs. It understands the
 * expressions the chains use and throws on any other, so a chain that grows
 * a new construct fails its test until this learns it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import {
  type RunOptions,
  type RunResult,
  repoRoot,
  runAction,
} from '../../tests/harness/runner.js'

interface Step {
  id?: string
  name?: string
  if?: string
  run?: string
  shell?: string
  env?: { [k: string]: string }
}

interface Composite {
  inputs?: { [k: string]: { default?: string } }
  outputs?: { [k: string]: { value: string } }
  runs: { using: string; steps: Step[] }
}

export interface StepRun {
  id: string
  /** `skipped` when its `if:` was false */
  conclusion: 'success' | 'failure' | 'skipped'
  env?: { [k: string]: string }
  result?: RunResult
}

export interface CompositeRun {
  steps: StepRun[]
  outputs: { [k: string]: string }
  /** the composite step fails when any of its steps failed */
  failed: boolean
}

export type CompositeOptions = Omit<RunOptions, 'action' | 'inputs' | 'env'> & {
  /** the folder name under actions/, e.g. `release` */
  name: string
  inputs?: { [k: string]: string }
}

const BUNDLE =
  /^node "\$GITHUB_ACTION_PATH\/\.\.\/\.\.\/dist\/([\w-]+)\/index\.js"$/

function unwrap(expr: string): string {
  const m = /^\$\{\{\s*([^]*?)\s*\}\}$/.exec(expr.trim())
  return m ? m[1] : expr.trim()
}

/** A value: `${{ inputs.a || inputs.b }}`, `${{ github.token }}` or text. */
function value(
  text: string,
  scope: {
    inputs: Record<string, string>
    steps: Map<string, StepRun>
    token: string
  },
): string {
  if (!text.includes('${{')) return text
  const expr = unwrap(text)
  const alternatives = expr.split('||').map((s) => s.trim())
  for (const alt of alternatives) {
    let v: string
    let m: RegExpExecArray | null
    if ((m = /^inputs\.([\w-]+)$/.exec(alt))) v = scope.inputs[m[1]] ?? ''
    else if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(alt))) {
      v = scope.steps.get(m[1])?.result?.outputs[m[2]] ?? ''
    } else if (alt === 'github.token') v = scope.token
    else throw new Error(`composite runner: cannot evaluate "${text}"`)
    if (v !== '') return v
  }
  return ''
}

/** An `if:` condition, from the few forms the chains use. */
function condition(
  text: string | undefined,
  failedSoFar: boolean,
  scope: Parameters<typeof value>[1],
): boolean {
  if (text === undefined) return !failedSoFar
  const expr = unwrap(text)
  if (expr === '!cancelled()' || expr === 'always()') return true
  if (expr === 'success()') return !failedSoFar
  const m = /^steps\.([\w-]+)\.outputs\.([\w-]+)\s*(==|!=)\s*'([^']*)'$/.exec(
    expr,
  )
  if (!m) throw new Error(`composite runner: cannot evaluate if: ${text}`)
  const actual = value(`\${{ steps.${m[1]}.outputs.${m[2]} }}`, scope)
  // A bare expression condition still implies success().
  return !failedSoFar && (m[3] === '==' ? actual === m[4] : actual !== m[4])
}

/** Runs actions/<name> as a composite step of a job. */
export async function runComposite(
  opts: CompositeOptions,
): Promise<CompositeRun> {
  const yml = load(
    readFileSync(join(repoRoot, 'actions', opts.name, 'action.yml'), 'utf8'),
  ) as Composite
  if (yml.runs.using !== 'composite') {
    throw new Error(`actions/${opts.name} is not a composite action`)
  }
  const token = opts.token ?? ''
  const inputs: Record<string, string> = {}
  const steps = new Map<string, StepRun>()
  const scope = { inputs, steps, token }
  for (const [name, def] of Object.entries(yml.inputs ?? {})) {
    inputs[name] =
      opts.inputs?.[name] ?? value(String(def.default ?? ''), scope)
  }
  for (const name of Object.keys(opts.inputs ?? {})) {
    if (!(name in inputs)) {
      throw new Error(`actions/${opts.name} has no input "${name}"`)
    }
  }

  const runs: StepRun[] = []
  let failed = false
  for (const [i, step] of yml.runs.steps.entries()) {
    const id = step.id ?? `step-${i + 1}`
    if (!condition(step.if, failed, scope)) {
      const skipped: StepRun = { id, conclusion: 'skipped' }
      runs.push(skipped)
      steps.set(id, skipped)
      continue
    }
    const bundle = BUNDLE.exec((step.run ?? '').trim())?.[1]
    if (!bundle || step.shell !== 'bash') {
      throw new Error(`composite runner: step ${id} is not a bundle run`)
    }
    const env: Record<string, string> = {}
    for (const [k, v] of Object.entries(step.env ?? {}))
      env[k] = value(String(v), scope)
    const { name: _name, inputs: _inputs, ...runner } = opts
    const result = await runAction({
      ...runner,
      action: join(repoRoot, 'dist', bundle, 'index.js'),
      env,
    })
    const run: StepRun = {
      id,
      conclusion: result.exitCode === 0 ? 'success' : 'failure',
      env,
      result,
    }
    failed ||= run.conclusion === 'failure'
    runs.push(run)
    steps.set(id, run)
  }

  const outputs: Record<string, string> = {}
  for (const [name, out] of Object.entries(yml.outputs ?? {})) {
    outputs[name] = value(out.value, scope)
  }
  return { steps: runs, outputs, failed }
}
