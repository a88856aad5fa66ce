import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProcesses1764262800001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE routing.procedure_versions (
        id uuid PRIMARY KEY,
        procedure_code text NOT NULL,
        version integer NOT NULL,
        name text NOT NULL,
        sector text NOT NULL,
        handling_unit_codes text[] NOT NULL,
        processing_time jsonb NOT NULL,
        supplement_rule text NOT NULL,
        inter_agency boolean NOT NULL,
        published_at timestamptz NOT NULL,
        UNIQUE (procedure_code, version)
      )`);
    await runner.query(`
      CREATE TABLE routing.units (
        code text PRIMARY KEY,
        name text NOT NULL,
        short_name text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE routing.process_versions (
        id uuid PRIMARY KEY,
        procedure_code text NOT NULL,
        version integer NOT NULL,
        definition jsonb NOT NULL,
        published_at timestamptz NOT NULL,
        published_by text NOT NULL,
        UNIQUE (procedure_code, version)
      )`);
    await runner.query(`
      CREATE TABLE routing.process_instances (
        dossier_id uuid PRIMARY KEY,
        code text NOT NULL,
        procedure_code text NOT NULL,
        procedure_name text NOT NULL,
        procedure_version_id uuid,
        process_version_id uuid,
        process_version integer,
        steps jsonb NOT NULL,
        receiving_unit_code text NOT NULL,
        supplement_rule text NOT NULL,
        status text NOT NULL,
        version integer NOT NULL,
        channel text NOT NULL,
        received_at timestamptz NOT NULL,
        due_at timestamptz,
        supplement_count integer NOT NULL DEFAULT 0,
        supplement_requested_at timestamptz,
        supplement_closes_at timestamptz,
        extended_at timestamptz,
        result_reference text,
        outcome text,
        timeliness text,
        closed_at timestamptz
      )`);
    await runner.query(`
      ALTER TABLE routing.assignments
        ADD COLUMN step_key text,
        ADD COLUMN role text,
        ADD COLUMN status text NOT NULL DEFAULT 'active',
        ADD COLUMN due_at timestamptz,
        ADD COLUMN completed_at timestamptz`);
    await runner.query(
      `CREATE INDEX assignments_queue_idx ON routing.assignments (unit_code, status, assigned_at DESC)`,
    );
    await runner.query(
      `CREATE INDEX assignments_dossier_idx ON routing.assignments (dossier_id, step_number)`,
    );
    await runner.query(`
      CREATE TABLE routing.routing_history (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        kind text NOT NULL,
        at timestamptz NOT NULL,
        from_unit_code text,
        to_unit_code text,
        step_name text,
        actor_id text,
        actor_name text,
        on_time boolean,
        note text
      )`);
    await runner.query(
      `CREATE INDEX routing_history_dossier_idx ON routing.routing_history (dossier_id, at, id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE routing.routing_history`);
    await runner.query(`DROP INDEX routing.assignments_dossier_idx`);
    await runner.query(`DROP INDEX routing.assignments_queue_idx`);
    await runner.query(`
      ALTER TABLE routing.assignments
        DROP COLUMN step_key, DROP COLUMN role, DROP COLUMN status, DROP COLUMN due_at, DROP COLUMN completed_at`);
    await runner.query(`DROP TABLE routing.process_instances`);
    await runner.query(`DROP TABLE routing.process_versions`);
    await runner.query(`DROP TABLE routing.units`);
    await runner.query(`DROP TABLE routing.procedure_versions`);
  }
}
