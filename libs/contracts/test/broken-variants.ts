type Plain = Record<string, unknown>;

const WRONG_VALUES: readonly unknown[] = [
  undefined,
  null,
  12345,
  -1,
  1.5,
  '',
  'x',
  true,
  {},
  [],
  [{}],
  ['x'],
];

/**
 * The payload itself, then every field of it (and of the objects inside it) removed or replaced by each wrong
 * value in turn, and an unknown field added: the payloads a faulty producer or client could send.
 */
export function brokenVariants(payload: Plain): Plain[] {
  const out: Plain[] = [payload, { ...payload, unknownField: 'x' }];
  for (const [field, value] of Object.entries(payload)) {
    for (const wrong of WRONG_VALUES) out.push({ ...payload, [field]: wrong });
    if (Array.isArray(value) && typeof value[0] === 'object' && value[0] !== null) {
      for (const inner of brokenVariants(value[0] as Plain))
        out.push({ ...payload, [field]: [inner, ...value.slice(1)] });
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const inner of brokenVariants(value as Plain)) out.push({ ...payload, [field]: inner });
    }
  }
  return out;
}
