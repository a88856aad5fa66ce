import { randomBytes } from 'node:crypto';

/** A unique lowercase name usable as a database and a virtual host: `motcua_<kind>_<random>`. */
export function uniqueName(kind: 'e2e' | 'int' | 'test'): string {
  return `motcua_${kind}_${randomBytes(5).toString('hex')}`;
}
