import { adminClient } from './postgres';
import { TEMPLATE_ENV } from './test-config';

/** Drops this run's seeded template database, if a suite built one; a run without PostgreSQL skips it. */
export default async function globalTeardown(): Promise<void> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) return;
  const admin = await adminClient('postgres').catch(() => null);
  if (!admin) return;
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
