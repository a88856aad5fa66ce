import { randomBytes } from 'node:crypto';
import { nameTemplateDatabase } from './test-config';

/** Names this jest run's seeded template database; the first suite that starts a system builds it. */
export default function globalSetup(): void {
  nameTemplateDatabase(`motcua_e2e_template_${randomBytes(5).toString('hex')}`);
}
