import { MigrationInterface, QueryRunner } from 'typeorm';

/** Breach acknowledgements, burn-rate notifications (no case), an index of open cycles. */
export class Review1795500004000 implements MigrationInterface {
  name = 'Review1795500004000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "breach_acknowledgement" ("case_pk" bigint NOT NULL, "cycle" integer NOT NULL, "agency_id" integer NOT NULL, "root_cause" text NOT NULL, "note" text NOT NULL, "acknowledged_by" text NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b2d32509ace0b7fbf64fb0bb1fb" PRIMARY KEY ("case_pk", "cycle"))`);
    await runner.query(`CREATE INDEX "breach_acknowledgement_agency_idx" ON "breach_acknowledgement"  ("agency_id")`);
    await runner.query(`ALTER TABLE "notification" ADD "service_id" integer`);
    await runner.query(`ALTER TABLE "notification" ADD "quarter" text`);
    await runner.query(`ALTER TABLE "notification" ADD "burn_rate_3d" double precision`);
    await runner.query(`ALTER TABLE "notification" ADD "burn_rate_14d" double precision`);
    await runner.query(`DROP INDEX "public"."notification_uq"`);
    await runner.query(`ALTER TABLE "notification" ALTER COLUMN "case_pk" DROP NOT NULL`);
    await runner.query(`ALTER TABLE "notification" ALTER COLUMN "cycle" DROP NOT NULL`);
    await runner.query(`CREATE INDEX "notification_agency_idx" ON "notification"  ("agency_id", "id")`);
    await runner.query(`CREATE UNIQUE INDEX "notification_burn_uq" ON "notification"  ("agency_id", "service_id", "quarter", "kind") WHERE case_pk IS NULL`);
    await runner.query(`CREATE UNIQUE INDEX "notification_uq" ON "notification"  ("case_pk", "cycle", "kind")`);
    await runner.query(`CREATE INDEX "sla_cycle_open_idx" ON "sla_cycle"  ("status") WHERE status IN ('running', 'paused', 'breached_open')`);
    await runner.query(`ALTER TABLE "notification" ADD CONSTRAINT "notification_subject_chk" CHECK ((case_pk IS NOT NULL AND cycle IS NOT NULL) OR (service_id IS NOT NULL AND quarter IS NOT NULL))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_subject_chk"`);
    await runner.query(`DROP INDEX "public"."sla_cycle_open_idx"`);
    await runner.query(`DROP INDEX "public"."notification_uq"`);
    await runner.query(`DROP INDEX "public"."notification_burn_uq"`);
    await runner.query(`DROP INDEX "public"."notification_agency_idx"`);
    await runner.query(`DELETE FROM "notification" WHERE "case_pk" IS NULL`);
    await runner.query(`ALTER TABLE "notification" ALTER COLUMN "cycle" SET NOT NULL`);
    await runner.query(`ALTER TABLE "notification" ALTER COLUMN "case_pk" SET NOT NULL`);
    await runner.query(`CREATE UNIQUE INDEX "notification_uq" ON "notification" USING btree ("case_pk", "cycle", "kind")`);
    await runner.query(`ALTER TABLE "notification" DROP COLUMN "burn_rate_14d"`);
    await runner.query(`ALTER TABLE "notification" DROP COLUMN "burn_rate_3d"`);
    await runner.query(`ALTER TABLE "notification" DROP COLUMN "quarter"`);
    await runner.query(`ALTER TABLE "notification" DROP COLUMN "service_id"`);
    await runner.query(`DROP INDEX "public"."breach_acknowledgement_agency_idx"`);
    await runner.query(`DROP TABLE "breach_acknowledgement"`);
  }
}
