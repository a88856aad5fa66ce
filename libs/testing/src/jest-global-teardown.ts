import { adminClient } from './postgres';
import { templateDatabase } from './test-config';

/** Drops this run's seeded template database, if a suite built one; a run without PostgreSQL skips it. */
export default async function globalTeardown(): Promise<void> {
  const template = templateDatabase();
  if (!template) return;
  const admin = await adminClient('postgres').catch(() => null);
  if (!admin) return;
  // Jest loads its global set-up and teardown without the `@motcua/*` module mapping, so persistence's
  // dropDatabase is out of reach here.
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
