import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `sla_cycle.agency_id`: the owner agency of the cycle's case, written by the worker beside
 * `service_id` and part of the primary key, so that `sla_cycle` can be distributed by agency and
 * colocated with `sla_case` on Citus (docs/scale-out.md). It goes last in the key: every lookup
 * by case keeps its index.
 */
export class CycleAgency1795660002000 implements MigrationInterface {
  name = 'CycleAgency1795660002000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "sla_cycle" ADD COLUMN "agency_id" integer`);
    await runner.query(`UPDATE "sla_cycle" c SET "agency_id" = sc."agency_id" FROM "sla_case" sc WHERE sc."id" = c."case_pk"`);
    await runner.query(`ALTER TABLE "sla_cycle" ALTER COLUMN "agency_id" SET NOT NULL`);
    await runner.query(`ALTER TABLE "sla_cycle" DROP CONSTRAINT "sla_cycle_pk"`);
    await runner.query(`ALTER TABLE "sla_cycle" ADD CONSTRAINT "sla_cycle_pk" PRIMARY KEY ("case_pk", "cycle", "started_at", "agency_id")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "sla_cycle" DROP CONSTRAINT "sla_cycle_pk"`);
    await runner.query(`ALTER TABLE "sla_cycle" ADD CONSTRAINT "sla_cycle_pk" PRIMARY KEY ("case_pk", "cycle", "started_at")`);
    await runner.query(`ALTER TABLE "sla_cycle" DROP COLUMN "agency_id"`);
  }
}
