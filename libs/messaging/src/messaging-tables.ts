import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ident, outboxChannel } from './sql';

/**
 * DDL of the outbox, inbox and idempotency tables, version 1. A service's first migration runs it; a change
 * to these tables is a new function and a new migration in every service, never an edit here.
 */
export function messagingTablesV1(schema: string): { up: string[]; down: string[] } {
  const s = ident(schema);
  return {
    up: [
      `CREATE TABLE ${s}.outbox (
         id uuid PRIMARY KEY,
         message_type text NOT NULL,
         envelope jsonb NOT NULL,
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         published_at timestamptz
       )`,
      `CREATE INDEX outbox_unpublished_idx ON ${s}.outbox (created_at) WHERE published_at IS NULL`,
      `CREATE INDEX outbox_published_idx ON ${s}.outbox (published_at) WHERE published_at IS NOT NULL`,
      `CREATE FUNCTION ${s}.notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('${outboxChannel(schema)}', '');
         RETURN NULL;
       END $$`,
      `CREATE TRIGGER outbox_notify AFTER INSERT ON ${s}.outbox
         FOR EACH STATEMENT EXECUTE FUNCTION ${s}.notify_outbox()`,
      `CREATE TABLE ${s}.inbox (
         message_id uuid PRIMARY KEY,
         message_type text NOT NULL,
         received_at timestamptz NOT NULL DEFAULT clock_timestamp()
       )`,
      `CREATE INDEX inbox_received_at_idx ON ${s}.inbox (received_at)`,
      `CREATE TABLE ${s}.idempotency_keys (
         scope text NOT NULL,
         key text NOT NULL,
         request_hash text NOT NULL,
         response jsonb,
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (scope, key)
       )`,
    ],
    down: [
      `DROP TABLE ${s}.idempotency_keys`,
      `DROP TABLE ${s}.inbox`,
      `DROP TRIGGER outbox_notify ON ${s}.outbox`,
      `DROP FUNCTION ${s}.notify_outbox()`,
      `DROP TABLE ${s}.outbox`,
    ],
  };
}

/**
 * Version 2: the outbox trigger names each new row in its notification, so the relay claims exactly the rows
 * it is told about by primary key instead of scanning the unpublished index (which, under load, is mostly
 * entries of rows published since the last vacuum).
 */
export function outboxRowNotificationsV2(schema: string): { up: string[]; down: string[] } {
  const s = ident(schema);
  return {
    up: [
      `CREATE FUNCTION ${s}.notify_outbox_row() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('${outboxChannel(schema)}', NEW.id::text);
         RETURN NULL;
       END $$`,
      `DROP TRIGGER outbox_notify ON ${s}.outbox`,
      `CREATE TRIGGER outbox_notify AFTER INSERT ON ${s}.outbox
         FOR EACH ROW EXECUTE FUNCTION ${s}.notify_outbox_row()`,
      `DROP FUNCTION ${s}.notify_outbox()`,
    ],
    down: [
      `CREATE FUNCTION ${s}.notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('${outboxChannel(schema)}', '');
         RETURN NULL;
       END $$`,
      `DROP TRIGGER outbox_notify ON ${s}.outbox`,
      `CREATE TRIGGER outbox_notify AFTER INSERT ON ${s}.outbox
         FOR EACH STATEMENT EXECUTE FUNCTION ${s}.notify_outbox()`,
      `DROP FUNCTION ${s}.notify_outbox_row()`,
    ],
  };
}

/** A migration class running `messagingTablesV1` for one schema; each service lists it first. */
export function messagingTablesMigration(schema: string, timestamp: number): new () => MigrationInterface {
  return statementsMigration(`CreateMessagingTables${timestamp}`, messagingTablesV1(schema));
}

/** A migration class running `outboxRowNotificationsV2` for one schema. */
export function outboxRowNotificationsMigration(
  schema: string,
  timestamp: number,
): new () => MigrationInterface {
  return statementsMigration(`NotifyOutboxRows${timestamp}`, outboxRowNotificationsV2(schema));
}

function statementsMigration(
  name: string,
  tables: { up: string[]; down: string[] },
): new () => MigrationInterface {
  return class implements MigrationInterface {
    readonly name = name;

    async up(runner: QueryRunner): Promise<void> {
      for (const sql of tables.up) await runner.query(sql);
    }

    async down(runner: QueryRunner): Promise<void> {
      for (const sql of tables.down) await runner.query(sql);
    }
  };
}
