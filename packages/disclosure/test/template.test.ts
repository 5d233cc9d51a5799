import { UserError } from '../../core/src/errors.js'
import { renderDocument, renderTemplate } from '../src/template.js'

describe('the template syntax', () => {
  it('substitutes values', () => {
    expect(renderTemplate('a {{x}} b {{ y }}', { x: '1', y: '2' })).toBe(
      'a 1 b 2',
    )
  })

  it('shows a block only when its value is not empty', () => {
    const t = '{{#x}}[{{x}}]{{/x}}{{^x}}none{{/x}}'
    expect(renderTemplate(t, { x: 'v' })).toBe('[v]')
    expect(renderTemplate(t, { x: '' })).toBe('none')
    expect(renderTemplate(t, { x: '  ' })).toBe('none')
  })

  it('nests blocks', () => {
    const t = '{{#a}}A{{#b}}B{{/b}}{{/a}}'
    expect(renderTemplate(t, { a: '1', b: '' })).toBe('A')
    expect(renderTemplate(t, { a: '1', b: '1' })).toBe('AB')
    expect(renderTemplate(t, { a: '', b: '1' })).toBe('')
  })

  it('never evaluates a value: placeholders inside values stay text', () => {
    expect(renderTemplate('{{x}}', { x: '{{y}}', y: 'no' })).toBe('{{y}}')
  })

  it('has no way to reach properties or code', () => {
    expect(() => renderTemplate('{{constructor}}', { x: '1' })).toThrow(
      UserError,
    )
    expect(() => renderTemplate('{{x.y}}', { x: '1' })).not.toThrow()
    expect(renderTemplate('{{x.y}}', { x: '1' })).toBe('{{x.y}}')
  })

  it('names the line and column of an unclosed block', () => {
    expect(() =>
      renderTemplate('one\n  {{#x}}two', { x: '1' }, 't.md'),
    ).toThrow(expect.objectContaining({ file: 't.md', line: 2, col: 3 }))
  })

  it('refuses a block closed in the wrong order', () => {
    expect(() =>
      renderTemplate('{{#a}}{{#b}}{{/a}}{{/b}}', { a: '1', b: '1' }),
    ).toThrow(/without a matching/)
  })

  it('tidies the blank lines omitted blocks leave', () => {
    const t = 'a\n\n{{#x}}\nX\n{{/x}}\n\n\nb\n'
    expect(renderDocument(t, { x: '' })).toBe('a\n\nb\n')
  })
})
