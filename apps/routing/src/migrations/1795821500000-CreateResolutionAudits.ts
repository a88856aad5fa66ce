import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateResolutionAudits1795821500000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    // An earlier actual resolution time is an exception to the confirmation time: who, why, on what proof.
    await runner.query(`
      CREATE TABLE routing.resolution_audits (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL REFERENCES routing.dossier_clocks (dossier_id),
        resolved_at timestamptz NOT NULL,
        confirmed_at timestamptz NOT NULL,
        reason text NOT NULL,
        evidence_reference text NOT NULL,
        actor_id uuid NOT NULL,
        actor_name text NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX resolution_audits_dossier_idx ON routing.resolution_audits (dossier_id)`,
    );
    // Reports read the dossiers that ended in or after a period, and those still open, by these two indexes.
    await runner.query(`
      ALTER TABLE routing.dossier_clocks
        ADD COLUMN ended_at timestamptz GENERATED ALWAYS AS (coalesce(resolved_at, stopped_at)) STORED`);
    await runner.query(`CREATE INDEX dossier_clocks_ended_at_idx ON routing.dossier_clocks (ended_at)`);
    await runner.query(`
      CREATE INDEX dossier_clocks_open_idx ON routing.dossier_clocks (received_at) WHERE ended_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX routing.dossier_clocks_open_idx`);
    await runner.query(`DROP INDEX routing.dossier_clocks_ended_at_idx`);
    await runner.query(`ALTER TABLE routing.dossier_clocks DROP COLUMN ended_at`);
    await runner.query(`DROP TABLE routing.resolution_audits`);
  }
}
