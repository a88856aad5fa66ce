import { TemplateSyntaxError, parseTemplate, placeholdersOf, renderTemplate } from './template-text';

describe('renderTemplate', () => {
  it('should replace placeholders with their values', () => {
    const text = renderTemplate('Hồ sơ {{code}} hẹn trả {{ dueDate }}.', {
      code: 'A-1',
      dueDate: '07/12/2026',
    });

    expect(text).toBe('Hồ sơ A-1 hẹn trả 07/12/2026.');
  });

  it('should keep the conditional part when its value is present', () => {
    const text = renderTemplate('Đã có kết quả{{#if ref}} ({{ref}}){{/if}}.', { ref: 'LLTP-1' });

    expect(text).toBe('Đã có kết quả (LLTP-1).');
  });

  it('should take the else part when the value is absent or empty', () => {
    const template = '{{#if isApproved}}Chấp thuận{{else}}Không chấp thuận{{/if}}';

    expect(renderTemplate(template, {})).toBe('Không chấp thuận');
    expect(renderTemplate(template, { isApproved: '' })).toBe('Không chấp thuận');
  });

  it('should render nested conditions', () => {
    const template = '{{#if a}}A{{#if b}}B{{else}}-{{/if}}{{/if}}';

    expect(renderTemplate(template, { a: '1', b: '1' })).toBe('AB');
    expect(renderTemplate(template, { a: '1' })).toBe('A-');
    expect(renderTemplate(template, { b: '1' })).toBe('');
  });

  it('should render a missing value as empty', () => {
    expect(renderTemplate('[{{code}}]', {})).toBe('[]');
  });
});

describe('placeholdersOf', () => {
  it('should list every placeholder and condition once', () => {
    const names = placeholdersOf('{{code}} {{#if dueDate}}{{dueDate}}{{else}}{{code}}{{/if}}');

    expect(names).toEqual(['code', 'dueDate']);
  });
});

describe('parseTemplate', () => {
  it.each([
    ['an unclosed condition', 'Hồ sơ {{#if code}}{{code}}'],
    ['a stray end', 'Hồ sơ {{/if}}'],
    ['a stray else', 'Hồ sơ {{else}}'],
    ['two else parts', '{{#if a}}x{{else}}y{{else}}z{{/if}}'],
    ['a tag with spaces inside the name', '{{ma ho so}}'],
    ['a condition without a name', '{{#if }}x{{/if}}'],
  ])('should refuse %s', (_, source) => {
    expect(() => parseTemplate(source)).toThrow(TemplateSyntaxError);
  });
});
