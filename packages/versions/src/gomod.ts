/**
 * Go modules a build selects, from go.mod and go.sum.
 *
 * go.mod is authoritative: since Go 1.17 it lists every module the main
 * module's packages need (direct and `// indirect`) at the version minimal
 * version selection picks, and `replace` directives say what code is
 * actually built. go.sum lists more: every version whose go.mod or source
 * the go command checked while resolving, including versions that lost
 * selection, so it cannot say which version a build uses. It is consulted
 * only for a module go.mod does not name (go.mod files older than 1.17), and
 * then every version whose source (not just go.mod) it hashes counts,
 * which can only over-report.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { UserError } from '../../core/src/errors.js'
import { forLog } from '../../core/src/text.js'

export interface GoRequire {
  path: string
  version: string
  indirect: boolean
  /** line in go.mod */
  line: number
}

export interface GoReplace {
  path: string
  /** only this version is replaced; all versions when absent */
  version?: string
  newPath: string
  /** absent for a local directory replacement (`=> ../fork`) */
  newVersion?: string
  line: number
}

export interface GoMod {
  module?: string
  go?: string
  require: GoRequire[]
  replace: GoReplace[]
  exclude: { path: string; version: string }[]
}

/** One selected module after replacements are applied. */
export interface GoModule {
  path: string
  /** the version built: the replacement's when replaced by a version */
  version: string
  /** the version go.mod requires, before any replacement */
  required: string
  indirect: boolean
  /** line of the require in go.mod */
  line: number
  /** the replacement, when one applies */
  replacedBy?: { path: string; version?: string }
}

function unquote(token: string): string {
  if (token.startsWith('"') && token.endsWith('"')) return JSON.parse(token)
  if (token.startsWith('`') && token.endsWith('`')) return token.slice(1, -1)
  return token
}

function tokens(text: string): string[] {
  return (text.match(/"(?:[^"\\]|\\.)*"|`[^`]*`|\S+/g) ?? []).map(unquote)
}

/** Parses go.mod text. `file` names it in error messages. */
export function parseGoMod(text: string, file = 'go.mod'): GoMod {
  const mod: GoMod = { require: [], replace: [], exclude: [] }
  let block: string | undefined
  const lines = text.split(/\r?\n/)

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]
    const comment = raw.indexOf('//')
    const code = (comment >= 0 ? raw.slice(0, comment) : raw).trim()
    const indirect =
      comment >= 0 && /^\/\/\s*indirect\b/.test(raw.slice(comment).trim())
    if (code === '') continue
    const where = { file, line: i + 1, col: 1 }

    if (block !== undefined) {
      if (code === ')') {
        block = undefined
        continue
      }
      directive(mod, block, tokens(code), indirect, where)
      continue
    }
    const [verb, ...rest] = tokens(code)
    if (rest.length === 1 && rest[0] === '(') {
      block = verb
      continue
    }
    directive(mod, verb, rest, indirect, where)
  }
  if (block !== undefined) {
    throw new UserError(
      `${file}: the "${forLog(block, 40)}" block is never closed. Fix: end it with a line holding ")".`,
      { file },
    )
  }
  return mod
}

function directive(
  mod: GoMod,
  verb: string,
  args: string[],
  indirect: boolean,
  where: { file: string; line: number; col: number },
): void {
  const bad = (syntax: string) =>
    new UserError(
      `${where.file}:${where.line}: cannot read this "${forLog(verb, 20)}" line. Fix: write it as ${syntax}.`,
      where,
    )
  switch (verb) {
    case 'module':
      mod.module = args[0]
      return
    case 'go':
      mod.go = args[0]
      return
    case 'require':
      if (args.length !== 2) throw bad('require <module path> <version>')
      mod.require.push({
        path: args[0],
        version: args[1],
        indirect,
        line: where.line,
      })
      return
    case 'exclude':
      if (args.length !== 2) throw bad('exclude <module path> <version>')
      mod.exclude.push({ path: args[0], version: args[1] })
      return
    case 'replace': {
      const arrow = args.indexOf('=>')
      const left = args.slice(0, arrow)
      const right = args.slice(arrow + 1)
      if (arrow < 1 || left.length > 2 || right.length < 1 || right.length > 2)
        throw bad('replace <module path> [version] => <module path> <version>')
      mod.replace.push({
        path: left[0],
        version: left[1],
        newPath: right[0],
        newVersion: right[1],
        line: where.line,
      })
      return
    }
    default:
      // toolchain, retract, godebug, tool, ignore: nothing selected by them.
      return
  }
}

/** Applies go.mod's replacements to its requirements. */
export function selectedModules(mod: GoMod): GoModule[] {
  return mod.require.map((r) => {
    // A version-specific replacement wins over one for every version.
    const rep =
      mod.replace.find((p) => p.path === r.path && p.version === r.version) ??
      mod.replace.find((p) => p.path === r.path && p.version === undefined)
    const m: GoModule = {
      path: r.path,
      version: r.version,
      required: r.version,
      indirect: r.indirect,
      line: r.line,
    }
    if (rep) {
      m.replacedBy = { path: rep.newPath, version: rep.newVersion }
      // The same module at another version: that version is what is built.
      // LIMITATION: a replacement by a different module (a fork) or a local
      // directory keeps the required version, because what the fork
      // contains is unknown; this can only over-report the vulnerable range.
      if (rep.newPath === r.path && rep.newVersion) m.version = rep.newVersion
    }
    return m
  })
}

/** Versions whose module source (not only go.mod) go.sum hashes, by path. */
export function parseGoSum(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const line of text.split(/\r?\n/)) {
    const [path, version] = line.trim().split(/\s+/)
    if (!path || !version || version.endsWith('/go.mod')) continue
    const list = out.get(path) ?? []
    if (!list.includes(version)) list.push(version)
    out.set(path, list)
  }
  return out
}

/** The Go modules in a directory's go.mod and go.sum, as read. */
export interface GoState {
  modules: GoModule[]
  /** source versions per module from go.sum (empty without go.sum) */
  sum: Map<string, string[]>
}

/** Reads go.mod (required) and go.sum (optional) in `dir`. */
export function readGoState(dir: string): GoState | undefined {
  const modFile = join(dir, 'go.mod')
  if (!existsSync(modFile)) return undefined
  const mod = parseGoMod(readFileSync(modFile, 'utf8'), 'go.mod')
  const sumFile = join(dir, 'go.sum')
  const sum = existsSync(sumFile)
    ? parseGoSum(readFileSync(sumFile, 'utf8'))
    : new Map<string, string[]>()
  return { modules: selectedModules(mod), sum }
}

/**
 * Module path → selected version, from go.mod in `dir` with its
 * replacements applied. Throws a UserError when there is no go.mod.
 */
export function readGoModules(dir: string): Map<string, string> {
  const state = readGoState(dir)
  if (!state) {
    throw new UserError(`No go.mod in ${forLog(dir, 200)}.`, {
      file: join(dir, 'go.mod'),
    })
  }
  return new Map(state.modules.map((m) => [m.path, m.version]))
}

/** Versions of one module a Go build may contain (see the file comment). */
export function goVersionsOf(state: GoState, path: string): string[] {
  const selected = state.modules.filter((m) => m.path === path)
  if (selected.length > 0) return selected.map((m) => m.version)
  // Replaced into place: a fork named by this path's replacement target.
  const asReplacement = state.modules.filter(
    (m) => m.replacedBy?.path === path && m.replacedBy.version,
  )
  if (asReplacement.length > 0)
    return asReplacement.map((m) => m.replacedBy!.version!)
  return state.sum.get(path) ?? []
}
