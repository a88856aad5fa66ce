/** Values a template may use; an absent or empty value makes `{{#if name}}` false. */
export type TemplateParams = Readonly<Record<string, string | undefined>>;

type Node =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly name: string }
  | { readonly kind: 'if'; readonly name: string; readonly then: Node[]; readonly otherwise: Node[] };

/** A template that cannot be parsed: `{{#if}}` without `{{/if}}`, a stray `{{else}}`, a bad tag. */
export class TemplateSyntaxError extends Error {}

const TAG = /\{\{\s*([^{}]*?)\s*\}\}/g;
const NAME = /^[a-zA-Z][a-zA-Z0-9]*$/;

interface Frame {
  readonly name: string | null;
  then: Node[];
  otherwise: Node[] | null;
}

/**
 * Parses `Hồ sơ {{code}}{{#if dueDate}}, hẹn trả {{dueDate}}{{else}}{{/if}}.`: `{{name}}` placeholders and
 * `{{#if name}}…{{else}}…{{/if}}` parts, which may nest.
 */
export function parseTemplate(source: string): Node[] {
  const stack: Frame[] = [{ name: null, then: [], otherwise: null }];
  const top = () => stack[stack.length - 1];
  const emit = (node: Node) => (top().otherwise ?? top().then).push(node);
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    if (match.index > last) emit({ kind: 'text', text: source.slice(last, match.index) });
    last = match.index + match[0].length;
    const tag = match[1];
    if (tag.startsWith('#if ')) {
      const name = tag.slice(4).trim();
      if (!NAME.test(name)) throw new TemplateSyntaxError(`"{{${tag}}}" không phải điều kiện hợp lệ`);
      stack.push({ name, then: [], otherwise: null });
    } else if (tag === 'else') {
      if (stack.length === 1 || top().otherwise) throw new TemplateSyntaxError('"{{else}}" đặt sai chỗ');
      top().otherwise = [];
    } else if (tag === '/if') {
      const frame = stack.pop();
      if (!frame || frame.name === null) throw new TemplateSyntaxError('"{{/if}}" không có "{{#if}}" mở');
      emit({ kind: 'if', name: frame.name, then: frame.then, otherwise: frame.otherwise ?? [] });
    } else if (NAME.test(tag)) {
      emit({ kind: 'value', name: tag });
    } else {
      throw new TemplateSyntaxError(`"{{${tag}}}" không phải trường thay thế hợp lệ`);
    }
  }
  if (last < source.length) emit({ kind: 'text', text: source.slice(last) });
  if (stack.length !== 1) throw new TemplateSyntaxError('Thiếu "{{/if}}"');
  return stack[0].then;
}

function namesIn(nodes: Node[], into: Set<string>): Set<string> {
  for (const node of nodes) {
    if (node.kind === 'value') into.add(node.name);
    if (node.kind === 'if') {
      into.add(node.name);
      namesIn(node.then, into);
      namesIn(node.otherwise, into);
    }
  }
  return into;
}

/** Every placeholder and condition name a template uses. */
export function placeholdersOf(source: string): string[] {
  return [...namesIn(parseTemplate(source), new Set())];
}

function renderNodes(nodes: Node[], params: TemplateParams): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return node.text;
      if (node.kind === 'value') return params[node.name] ?? '';
      return renderNodes(params[node.name] ? node.then : node.otherwise, params);
    })
    .join('');
}

/** The text for these values; a missing value renders empty (templates guard optional ones with `#if`). */
export function renderTemplate(source: string, params: TemplateParams): string {
  return renderNodes(parseTemplate(source), params);
}
