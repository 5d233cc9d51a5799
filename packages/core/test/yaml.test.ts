import { UserError } from '../src/errors.js'
import { loadYaml } from '../src/yaml.js'

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
