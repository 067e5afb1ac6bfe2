import { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes of the read API: rollups by day (national) and by entity and day; first cycles by their stop. */
export class ReadMetrics1795500003000 implements MigrationInterface {
  name = 'ReadMetrics1795500003000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX "sla_rollup_day_day_idx" ON "sla_rollup_day"  ("day")`);
    await runner.query(`CREATE INDEX "sla_rollup_day_agency_day_idx" ON "sla_rollup_day"  ("agency_id", "day")`);
    await runner.query(`CREATE INDEX "sla_cycle_first_stopped_idx" ON "sla_cycle"  ("stopped_at") WHERE cycle = 1 AND status IN ('met', 'breached')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "public"."sla_cycle_first_stopped_idx"`);
    await runner.query(`DROP INDEX "public"."sla_rollup_day_agency_day_idx"`);
    await runner.query(`DROP INDEX "public"."sla_rollup_day_day_idx"`);
  }
}
