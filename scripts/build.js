// Builds every bundle under dist/ with ncc: one per action (actions/<name>/main.ts)
// and the CLI (packages/cli/src/main.ts). Output is deterministic: the same
// sources give the same bytes, which CI checks by rebuilding and diffing.
import ncc from '@vercel/ncc'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function entries() {
  const list = []
  for (const name of readdirSync(join(root, 'actions')).sort()) {
    const main = join(root, 'actions', name, 'main.ts')
    if (existsSync(main)) list.push({ name, main })
  }
  list.push({ name: 'cli', main: join(root, 'packages/cli/src/main.ts') })
  return list
}

const only = process.argv.slice(2)
for (const { name, main } of entries()) {
  if (only.length > 0 && !only.includes(name)) continue
  const out = join(root, 'dist', name)
  const { code, assets } = await ncc(main, {
    minify: true,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022',
  })
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'index.js'), code)
  for (const [file, asset] of Object.entries(assets ?? {})) {
    mkdirSync(dirname(join(out, file)), { recursive: true })
    writeFileSync(join(out, file), asset.source)
  }
  console.log(`built dist/${name}/index.js (${code.length} bytes)`)
}
