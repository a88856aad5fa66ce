import { randomBytes } from 'node:crypto';
import { TEMPLATE_ENV } from './test-config';

/** Names this jest run's seeded template database; the first suite that starts a system builds it. */
export default function globalSetup(): void {
  process.env[TEMPLATE_ENV] = `motcua_e2e_template_${randomBytes(5).toString('hex')}`;
}
