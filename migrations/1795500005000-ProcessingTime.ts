import { MigrationInterface, QueryRunner } from 'typeorm';

/** First cycles stopped (met or breached): what processing-time percentiles read. */
const FIRST_STOPPED = `cycle = 1 AND status IN ('met', 'breached')`;

/**
 * Processing-time percentiles without touching `sla_case` (docs/read-api.md):
 * - `sla_cycle.service_id`, the case's service copied onto its cycles by the worker;
 * - first stopped cycles by service and instant, covering elapsed time and progress (per-service
 *   percentiles of any period);
 * - first stopped cycles by Asia/Qatar month and progress, covering service and instant (the
 *   national 90th percentile of the scorecard, read from the top of each month's order);
 * - `sla_processing_version`, bumped by the worker per service and month whose first stopped cycles
 *   changed, and `sla_processing_period`, the percentiles of whole months, quarters and years the
 *   read API computed, valid while the versions of their months still add up to theirs.
 */
export class ProcessingTime1795500005000 implements MigrationInterface {
  name = 'ProcessingTime1795500005000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "sla_cycle" ADD "service_id" integer`);
    await runner.query(`UPDATE "sla_cycle" c SET "service_id" = k."service_id" FROM "sla_case" k WHERE k."id" = c."case_pk" AND k."service_id" IS NOT NULL`);
    await runner.query(`DROP INDEX "public"."sla_cycle_first_stopped_idx"`);
    await runner.query(`CREATE INDEX "sla_cycle_first_stopped_service_idx" ON "sla_cycle" ("service_id", "stopped_at") INCLUDE ("elapsed_seconds", "progress") WHERE ${FIRST_STOPPED}`);
    await runner.query(
      `CREATE INDEX "sla_cycle_first_stopped_month_idx" ON "sla_cycle" ((date_trunc('month', "stopped_at" AT TIME ZONE 'Asia/Qatar')), "progress") INCLUDE ("service_id", "stopped_at") WHERE ${FIRST_STOPPED}`,
    );
    await runner.query(`CREATE TABLE "sla_processing_version" ("service_id" integer NOT NULL, "month" date NOT NULL, "version" bigint NOT NULL DEFAULT '1', CONSTRAINT "sla_processing_version_pk" PRIMARY KEY ("service_id", "month"))`);
    await runner.query(
      `CREATE TABLE "sla_processing_period" ("service_id" integer NOT NULL, "interval" text NOT NULL, "period" text NOT NULL, "version" bigint NOT NULL, "processed" integer NOT NULL, "median_seconds" double precision, "p90_seconds" double precision, "p90_share" double precision, CONSTRAINT "sla_processing_period_pk" PRIMARY KEY ("service_id", "interval", "period"))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "sla_processing_period"`);
    await runner.query(`DROP TABLE "sla_processing_version"`);
    await runner.query(`DROP INDEX "public"."sla_cycle_first_stopped_month_idx"`);
    await runner.query(`DROP INDEX "public"."sla_cycle_first_stopped_service_idx"`);
    await runner.query(`CREATE INDEX "sla_cycle_first_stopped_idx" ON "sla_cycle" ("stopped_at") WHERE ${FIRST_STOPPED}`);
    await runner.query(`ALTER TABLE "sla_cycle" DROP COLUMN "service_id"`);
  }
}
