import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Maturity assessments with an evidence note per pillar, a revision number and who recorded them;
 * `maturity_revision` keeps every version (who, when, why, what changed). Assessments already
 * stored become their revision 1.
 */

export class MaturityRevisions1795640001000 implements MigrationInterface {
  name = 'MaturityRevisions1795640001000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE "maturity_revision" ("id" BIGSERIAL NOT NULL, "assessment_id" integer NOT NULL, "revision" integer NOT NULL, "scores" jsonb NOT NULL, "evidence" jsonb NOT NULL, "changes" jsonb NOT NULL, "reason" text NOT NULL DEFAULT '', "revised_by" text NOT NULL, "revised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c52b35607e2bf17d3d3f44ab43c" PRIMARY KEY ("id"))`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX "maturity_revision_uq" ON "maturity_revision"  ("assessment_id", "revision")`,
    );
    await runner.query(
      `ALTER TABLE "maturity_assessment" ADD "evidence" jsonb NOT NULL DEFAULT '{}'`,
    );
    await runner.query(
      `ALTER TABLE "maturity_assessment" ADD "revision" integer NOT NULL DEFAULT '1'`,
    );
    await runner.query(
      `ALTER TABLE "maturity_assessment" ADD "recorded_by" text NOT NULL DEFAULT 'system:seed'`,
    );
    await runner.query(
      `ALTER TABLE "maturity_assessment" ADD "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await runner.query(
      `ALTER TABLE "maturity_revision" ADD CONSTRAINT "FK_037ebe576268933cfff676b36c1" FOREIGN KEY ("assessment_id") REFERENCES "maturity_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await runner.query(`INSERT INTO "maturity_revision" ("assessment_id", "revision", "scores", "evidence", "changes", "reason", "revised_by")
      SELECT id, 1, jsonb_build_object('leadership', leadership::float8, 'technology', technology::float8, 'eServices', e_services::float8,
        'data', data::float8, 'sdg', sdg::float8, 'cybersecurity', cybersecurity::float8), '{}', '[]', 'recorded before revisions were kept', 'system:seed'
      FROM "maturity_assessment"`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE "maturity_revision" DROP CONSTRAINT "FK_037ebe576268933cfff676b36c1"`,
    );
    await runner.query(`ALTER TABLE "maturity_assessment" DROP COLUMN "recorded_at"`);
    await runner.query(`ALTER TABLE "maturity_assessment" DROP COLUMN "recorded_by"`);
    await runner.query(`ALTER TABLE "maturity_assessment" DROP COLUMN "revision"`);
    await runner.query(`ALTER TABLE "maturity_assessment" DROP COLUMN "evidence"`);
    await runner.query(`DROP INDEX "public"."maturity_revision_uq"`);
    await runner.query(`DROP TABLE "maturity_revision"`);
  }
}
