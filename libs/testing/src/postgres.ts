import { Client } from 'pg';

import { testConfig } from './test-config';

export const ADMIN_DATABASE_URL = testConfig.adminDatabaseUrl;

/** A connection to `database` as the superuser, for arranging and inspecting tests. */
export async function adminClient(database: string): Promise<Client> {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  return client;
}

/** Kills every server-side connection to `database`, as a failover or an administrator would. */
export async function terminateConnections(database: string): Promise<number> {
  const admin = await adminClient('postgres');
  try {
    const result = await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [database],
    );
    return result.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}
