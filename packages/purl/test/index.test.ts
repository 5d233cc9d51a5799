import { describe, expect, test } from '@jest/globals'
import {
  ecosystemOf,
  normalizePurl,
  packageNameOf,
  parsePurl,
  purlFromEcosystem,
} from '../src/index.js'
import { UserError } from '../../core/src/errors.js'

describe('normalizePurl', () => {
  test('drops version, qualifiers and subpath', () => {
    expect(
      normalizePurl('pkg:deb/debian/libssl1.1@1.1.1n-0?arch=amd64#usr/lib'),
    ).toBe('pkg:deb/debian/libssl1.1')
  })

  test('lower-cases npm names and scopes', () => {
    expect(normalizePurl('pkg:npm/Lodash@4.17.20')).toBe('pkg:npm/lodash')
    expect(normalizePurl('pkg:npm/@Babel/Core@7.0.0')).toBe(
      'pkg:npm/%40babel/core',
    )
  })

  test('treats an escaped and an unescaped npm scope alike', () => {
    expect(normalizePurl('pkg:npm/%40babel/core')).toBe(
      normalizePurl('pkg:npm/@babel/core'),
    )
  })

  test('normalises PyPI names: lower case, underscores to dashes', () => {
    expect(normalizePurl('pkg:pypi/Django_Rest@3.0')).toBe(
      'pkg:pypi/django-rest',
    )
  })

  test('folds PyPI dots and runs of separators as PEP 503 does', () => {
    expect(normalizePurl('pkg:pypi/zope.interface')).toBe(
      normalizePurl('pkg:pypi/Zope_Interface'),
    )
  })

  test('keeps the case of Go module paths', () => {
    expect(normalizePurl('pkg:golang/github.com/BurntSushi/toml@v1.0.0')).toBe(
      'pkg:golang/github.com/BurntSushi/toml',
    )
  })

  test('reads the escaped Go module path govulncheck writes as the same package', () => {
    expect(
      normalizePurl('pkg:golang/github.com%2Ftidwall%2Fgjson@v1.6.5'),
    ).toBe('pkg:golang/github.com/tidwall/gjson')
  })

  test('accepts an upper-case scheme and type', () => {
    expect(normalizePurl('PKG:NPM/foo')).toBe('pkg:npm/foo')
  })

  test.each(['garbage', 'pkg:', 'pkg:npm/', 'https://example.com/x', ''])(
    'refuses %p as a user error naming the problem',
    (bad) => {
      expect(() => normalizePurl(bad)).toThrow(UserError)
      expect(() => normalizePurl(bad)).toThrow(/not a valid package URL/)
    },
  )
})

describe('parsePurl', () => {
  test('returns the parts and the canonical purl', () => {
    expect(
      parsePurl('pkg:maven/org.springframework.boot/spring-boot@2.6.0-M3'),
    ).toEqual({
      type: 'maven',
      namespace: 'org.springframework.boot',
      name: 'spring-boot',
      version: '2.6.0-M3',
      purl: 'pkg:maven/org.springframework.boot/spring-boot',
    })
  })

  test('splits a Go module path into namespace and name', () => {
    const p = parsePurl('pkg:golang/golang.org%2Fx%2Ftext@v0.3.0')
    expect([p.namespace, p.name, p.version]).toEqual([
      'golang.org/x',
      'text',
      'v0.3.0',
    ])
  })

  test('gives an empty version when there is none', () => {
    expect(parsePurl('pkg:cargo/regex').version).toBe('')
  })
})

describe('purlFromEcosystem', () => {
  test.each([
    ['Go', 'github.com/tidwall/gjson', 'pkg:golang/github.com/tidwall/gjson'],
    ['go', 'golang.org/x/text', 'pkg:golang/golang.org/x/text'],
    ['npm', 'Lodash', 'pkg:npm/lodash'],
    ['npm', '@babel/core', 'pkg:npm/%40babel/core'],
    ['PyPI', 'Django', 'pkg:pypi/django'],
    ['pip', 'typing_extensions', 'pkg:pypi/typing-extensions'],
    ['crates.io', 'regex', 'pkg:cargo/regex'],
    ['cargo', 'regex', 'pkg:cargo/regex'],
    [
      'Maven',
      'org.apache.logging.log4j:log4j-core',
      'pkg:maven/org.apache.logging.log4j/log4j-core',
    ],
    [
      'maven',
      'org.apache.logging.log4j:log4j-core',
      'pkg:maven/org.apache.logging.log4j/log4j-core',
    ],
    ['NuGet', 'Newtonsoft.Json', 'pkg:nuget/Newtonsoft.Json'],
    ['RubyGems', 'rails', 'pkg:gem/rails'],
    ['rubygems', 'rails', 'pkg:gem/rails'],
    ['Packagist', 'symfony/http-kernel', 'pkg:composer/symfony/http-kernel'],
    ['composer', 'Symfony/Http-Kernel', 'pkg:composer/symfony/http-kernel'],
    ['Pub', 'http', 'pkg:pub/http'],
    ['Hex', 'Plug', 'pkg:hex/plug'],
    [
      'GitHub Actions',
      'actions/checkout',
      'pkg:githubactions/actions/checkout',
    ],
    ['actions', 'actions/checkout', 'pkg:githubactions/actions/checkout'],
    ['rust', 'regex', 'pkg:cargo/regex'],
    ['erlang', 'plug', 'pkg:hex/plug'],
    ['gomod', 'github.com/a/b', 'pkg:golang/github.com/a/b'],
    ['go-module', 'github.com/a/b', 'pkg:golang/github.com/a/b'],
    ['java-archive', 'org.x:y', 'pkg:maven/org.x/y'],
  ])('%s %s -> %s', (eco, name, purl) => {
    expect(purlFromEcosystem(eco, name)).toBe(purl)
  })

  test('refuses an unknown ecosystem, naming it', () => {
    expect(() => purlFromEcosystem('Fortran', 'x')).toThrow(/"Fortran"/)
  })

  test('refuses an empty name', () => {
    expect(() => purlFromEcosystem('npm', ' ')).toThrow(UserError)
  })
})

describe('ecosystemOf', () => {
  test.each([
    ['pkg:cargo/regex', 'crates.io'],
    ['pkg:golang/github.com/a/b@v1', 'Go'],
    ['pkg:pypi/django', 'PyPI'],
    ['pkg:githubactions/actions/checkout', 'GitHub Actions'],
    ['pkg:generic/thing', 'generic'],
  ])('%s is in %s', (purl, eco) => {
    expect(ecosystemOf(purl)).toBe(eco)
  })

  test('round-trips with purlFromEcosystem', () => {
    const purl = 'pkg:composer/symfony/http-kernel'
    expect(purlFromEcosystem(ecosystemOf(purl), packageNameOf(purl))).toBe(purl)
  })
})

describe('packageNameOf', () => {
  test.each([
    ['pkg:npm/%40babel/core', '@babel/core'],
    ['pkg:maven/org.x/y', 'org.x:y'],
    ['pkg:golang/github.com/a/b', 'github.com/a/b'],
    ['pkg:cargo/regex', 'regex'],
  ])('%s is called %s', (purl, name) => {
    expect(packageNameOf(purl)).toBe(name)
  })
})
