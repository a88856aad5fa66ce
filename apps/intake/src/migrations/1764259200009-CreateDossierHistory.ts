import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDossierHistory1764259200009 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE intake.dossier_history (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL REFERENCES intake.dossiers (id),
        status text NOT NULL,
        at timestamptz NOT NULL,
        actor_id uuid,
        note text
      )`);
    await runner.query(`CREATE INDEX dossier_history_dossier_idx ON intake.dossier_history (dossier_id, at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE intake.dossier_history`);
  }
}
