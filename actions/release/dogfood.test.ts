/**
 * The dogfood jobs of .github/workflows/ci.yml, run here the way the runner
 * runs them: each job's workspace is the example it copies, each
 * `uses: ./psirt-actions/actions/<name>` step runs the committed bundle (a
 * composite step by step), and the job's final shell check must pass. A
 * change that would break CI's dogfooding breaks this test first.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { repoRoot, runAction } from '../../tests/harness/runner.js'
import { runComposite } from './composite.js'

interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: { [k: string]: string }
  env?: { [k: string]: string }
}

interface Job {
  env?: { [k: string]: string }
  steps: Step[]
}

const workflow = load(
  readFileSync(join(repoRoot, '.github/workflows/ci.yml'), 'utf8'),
) as { jobs: { [id: string]: Job } }
const jobs = Object.entries(workflow.jobs).filter(([id]) =>
  id.startsWith('dogfood'),
)

const bundlesMissing = ['cvss-score', 'triage-gate', 'readme-banner'].some(
  (b) => !existsSync(join(repoRoot, 'dist', b, 'index.js')),
)
const examples = existsSync(join(repoRoot, 'examples'))
const d = !bundlesMissing && examples ? describe : describe.skip
if (bundlesMissing || !examples) {
  console.warn('ci dogfood: dist bundles or examples/ missing; skipped.')
}

/** `${{ env.X }}` and `${{ steps.s.outputs.o }}`; anything else throws. */
function evaluate(
  text: string,
  env: { [k: string]: string },
  outputs: Map<string, { [k: string]: string }>,
): string {
  return String(text).replace(
    /\$\{\{\s*([^}]*?)\s*\}\}/g,
    (_, expr: string) => {
      let m: RegExpExecArray | null
      if ((m = /^env\.(\w+)$/.exec(expr))) return env[m[1]] ?? ''
      if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr))) {
        return outputs.get(m[1])?.[m[2]] ?? ''
      }
      throw new Error(`dogfood runner: cannot evaluate \${{ ${expr} }}`)
    },
  )
}

async function runJob(job: Job): Promise<string[]> {
  const ws = mkdtempSync(join(tmpdir(), 'dogfood-'))
  const env = job.env ?? {}
  const outputs = new Map<string, { [k: string]: string }>()
  const log: string[] = []
  try {
    for (const step of job.steps) {
      const copy = /^cp -R psirt-actions\/(\S+)\/\. \.$/.exec(step.run ?? '')
      if (copy) {
        cpSync(join(repoRoot, copy[1]), ws, { recursive: true })
        continue
      }
      const local = /^\.\/psirt-actions\/actions\/([\w-]+)$/.exec(
        step.uses ?? '',
      )
      if (step.uses && !local) continue // actions/checkout: the copy above
      if (local) {
        const inputs: { [k: string]: string } = {}
        for (const [k, v] of Object.entries(step.with ?? {})) {
          inputs[k] = evaluate(v, env, outputs)
        }
        const yml = readFileSync(
          join(repoRoot, 'actions', local[1], 'action.yml'),
          'utf8',
        )
        const common = { cwd: ws, eventName: 'push', token: '' }
        if (/^\s+using:\s*composite/m.test(yml)) {
          const r = await runComposite({ ...common, name: local[1], inputs })
          outputs.set(step.id ?? local[1], r.outputs)
          log.push(`${step.id}: ${r.failed ? 'failure' : 'success'}`)
        } else {
          const r = await runAction({
            ...common,
            action: `actions/${local[1]}`,
            inputs,
          })
          outputs.set(step.id ?? local[1], r.outputs)
          log.push(`${step.id}: ${r.exitCode === 0 ? 'success' : 'failure'}`)
        }
        continue
      }
      const stepEnv: { [k: string]: string } = {}
      for (const [k, v] of Object.entries(step.env ?? {})) {
        stepEnv[k] = evaluate(v, env, outputs)
      }
      try {
        execFileSync('bash', ['-c', step.run ?? ''], {
          cwd: ws,
          env: { PATH: process.env.PATH ?? '', ...env, ...stepEnv },
          stdio: 'pipe',
        })
        log.push(`${step.name}: success`)
      } catch {
        log.push(`${step.name}: failure ${JSON.stringify(stepEnv)}`)
      }
    }
  } finally {
    rmSync(ws, { recursive: true, force: true })
  }
  return log
}

d('the dogfood jobs of ci.yml', () => {
  it('exist', () => {
    expect(jobs.map(([id]) => id)).toEqual(['dogfood', 'dogfood-release'])
  })

  it.each(jobs)(
    '%s passes every step with the committed bundles',
    async (_, job) => {
      const log = await runJob(job)
      expect(log.filter((l) => !/: success$/.test(l))).toEqual([])
      expect(log.length).toBeGreaterThan(1)
    },
  )
})
