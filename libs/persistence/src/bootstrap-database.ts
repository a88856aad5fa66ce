import type { ServiceName } from '@motcua/contracts';
import { Client } from 'pg';

export interface DatabaseBootstrap {
  /** A superuser (or CREATEROLE + CREATEDB) connection URL, e.g. `postgres://postgres@127.0.0.1:5432/postgres`. */
  readonly adminUrl: string;
  readonly database: string;
  readonly services: readonly ServiceName[];
  /** Password set on each service role when it is created. */
  readonly passwordOf: (service: ServiceName) => string;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

export const serviceRole = (service: ServiceName) => `motcua_${service}`;

/**
 * Creates what migrations cannot create for themselves, once per database: the database, one login role per
 * service and one schema per service owned by its role. Nobody else may use a service's schema, so "no
 * service reads another's tables" is enforced by PostgreSQL, not by convention. Safe to run again.
 */
export async function bootstrapDatabase(options: DatabaseBootstrap): Promise<void> {
  const admin = new Client({ connectionString: options.adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${quoteIdent(options.database)}`);
    await admin.query(`REVOKE ALL ON DATABASE ${quoteIdent(options.database)} FROM PUBLIC`);
    for (const service of options.services) {
      const role = serviceRole(service);
      // Roles are cluster-wide; concurrent bootstraps (parallel test suites) may race to create one.
      await admin.query(
        `DO $$ BEGIN
           IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${quoteLiteral(role)}) THEN
             CREATE ROLE ${quoteIdent(role)} LOGIN PASSWORD ${quoteLiteral(options.passwordOf(service))};
           END IF;
         EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
         END $$`,
      );
      await admin.query(
        `GRANT CONNECT, TEMPORARY ON DATABASE ${quoteIdent(options.database)} TO ${quoteIdent(role)}`,
      );
    }
  } finally {
    await admin.end();
  }

  const url = new URL(options.adminUrl);
  url.pathname = `/${options.database}`;
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  try {
    await db.query('REVOKE ALL ON SCHEMA public FROM PUBLIC');
    for (const service of options.services) {
      const role = quoteIdent(serviceRole(service));
      await db.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(service)} AUTHORIZATION ${role}`);
      await db.query(`REVOKE ALL ON SCHEMA ${quoteIdent(service)} FROM PUBLIC`);
    }
  } finally {
    await db.end();
  }
}

/** Drops a database made for a test run; refuses names that do not look like test databases. */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  if (!/^motcua_(test|e2e|int)_[a-z0-9_]+$/.test(database)) {
    throw new Error(`refusing to drop ${database}: not a test database`);
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
