import { UserError } from '../src/errors.js'
import { decodeYaml, loadYaml } from '../src/yaml.js'

function fails(text: string): UserError {
  try {
    loadYaml(text, 'security/r.yml')
  } catch (e) {
    if (e instanceof UserError) return e
    throw e
  }
  throw new Error('expected a UserError')
}

describe('loadYaml builds plain data', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'keeps a %s key as an own key, never the prototype',
    (key) => {
      const { value } = loadYaml(`a: 1\n${key}:\n  status: affected\n`, 'f')
      const v = value as { [k: string]: unknown }
      expect(Object.getPrototypeOf(v)).toBe(Object.prototype)
      expect(Object.keys(v)).toEqual(['a', key])
      expect(Object.prototype.hasOwnProperty.call(v, key)).toBe(true)
      expect(v[key]).toEqual({ status: 'affected' })
      expect('status' in v).toBe(false)
    },
  )

  it('keeps __proto__ own through an alias', () => {
    const { value } = loadYaml('a: &x {__proto__: {b: 1}}\nc: *x\n', 'f')
    const c = (value as { c: object }).c
    expect(Object.keys(c)).toEqual(['__proto__'])
    expect('b' in c).toBe(false)
  })

  it('reports a duplicate __proto__ key', () => {
    expect(fails('__proto__: 1\n__proto__: 2\n').message).toMatch(
      /2:1: duplicate key "__proto__"/,
    )
  })
})

describe('loadYaml positions', () => {
  it('points at the quote of a quoted value or key', () => {
    const { positions } = loadYaml(`a: "x"\n'k': 1\n`, 'f')
    expect(positions.get('/a')).toEqual({ line: 1, col: 4 })
    expect(positions.get('/k#key')).toEqual({ line: 2, col: 1 })
  })

  it('gives 1-based columns for an empty document', () => {
    const { value, positions } = loadYaml('---\n...\n', 'f')
    expect(value).toBeNull()
    expect(positions.get('')).toEqual({ line: 1, col: 1 })
  })

  it('points at the * of an alias', () => {
    const { positions } = loadYaml('a: &x 1\nb: *x\n', 'f')
    expect(positions.get('/b')).toEqual({ line: 2, col: 4 })
    const bomb = ['a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]']
    for (let n = 0; n < 4; n++)
      bomb.push(`${'bcde'[n]}: &${'bcde'[n]} [${`*${'abcd'[n]}, `.repeat(10)}]`)
    const e = fails(bomb.join('\n'))
    expect(e.message).toMatch(/^security\/r\.yml:\d+:\d+: aliases expand/)
    const line = bomb[e.line! - 1]
    expect(line[e.col! - 1]).toBe('*')
  })

  it('names the nesting limit, not the syntax', () => {
    const e = fails(`a: ${'['.repeat(40)}${']'.repeat(40)}\n`)
    expect(e.message).toMatch(/nested deeper than 32 levels/)
    expect(e.message).not.toMatch(/correct the syntax/)
  })

  it('prints a duplicate key as one line that cannot be a workflow command', () => {
    const e = fails(
      '"x\\n::error file=a::pwned": 1\n"x\\n::error file=a::pwned": 2\n',
    )
    expect(e.message).not.toMatch(/\n/)
    expect(e.message).not.toContain('::error')
    expect(e.line).toBe(2)
    expect(e.col).toBe(1)
  })
})

describe('decodeYaml', () => {
  const decode = (bytes: number[] | Buffer) => {
    try {
      return decodeYaml(Uint8Array.from(bytes), 'security/r.yml')
    } catch (e) {
      if (e instanceof UserError) return e
      throw e
    }
  }

  it('returns UTF-8 text, with or without a byte-order mark', () => {
    expect(decode(Buffer.from('a: é\n'))).toBe('a: é\n')
    expect(decode(Buffer.from('\ufeffa: 1\n'))).toBe('\ufeffa: 1\n')
  })

  it('refuses bytes that are not UTF-8, naming line, column and byte', () => {
    const e = decode(
      Buffer.concat([Buffer.from('a: 1\nb: é'), Buffer.from([0xff, 0x0a])]),
    )
    expect(e).toBeInstanceOf(UserError)
    expect((e as UserError).message).toBe(
      'security/r.yml:2:5: the file is not UTF-8 (byte 0xff at byte offset 10). Fix: save it as UTF-8.',
    )
  })

  it.each([
    ['an overlong form', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a truncated sequence', [0x61, 0xe2, 0x82]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('refuses %s', (_, bytes) => {
    expect(decode(bytes)).toBeInstanceOf(UserError)
  })

  it.each([
    ['with a byte-order mark', Buffer.from('\ufeffa: 1\n', 'utf16le')],
    ['without one', Buffer.from('a: 1\n', 'utf16le')],
    ['big-endian', Buffer.from('\ufffe', 'utf16le')],
  ])('names UTF-16 %s', (_, bytes) => {
    const e = decode(bytes)
    expect((e as UserError).message).toMatch(/UTF-16.*save it as UTF-8/)
  })

  it('names a null byte in UTF-8 text', () => {
    const e = fails('a: 1\nb: x\u0000y\n')
    expect(e.message).toMatch(/contains a null byte/)
  })
})
