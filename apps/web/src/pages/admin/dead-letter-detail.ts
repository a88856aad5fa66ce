/** One refused field of a dead letter's detail, as the service's validation wrote it. */
export interface RefusedField {
  readonly field: string;
  readonly message: string;
}

/**
 * The refused fields when a dead letter's detail is the service's list of field errors (reason `invalid`),
 * otherwise null and the detail is shown as written.
 */
export function refusedFields(detail: string | null): RefusedField[] | null {
  if (!detail?.startsWith('[')) return null;
  try {
    const parsed: unknown = JSON.parse(detail);
    if (!Array.isArray(parsed) || parsed.length === 0) return null;
    const fields = parsed.filter(
      (item): item is RefusedField =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as RefusedField).field === 'string' &&
        typeof (item as RefusedField).message === 'string',
    );
    return fields.length === parsed.length ? fields.map(({ field, message }) => ({ field, message })) : null;
  } catch {
    return null;
  }
}
