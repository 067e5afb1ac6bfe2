import { MigrationInterface, QueryRunner } from 'typeorm';

/** The inter-entity matrix reads only rollups of requests (a few percent of the rows). */
export class ReadRequestIndexes1795500003900 implements MigrationInterface {
  name = 'ReadRequestIndexes1795500003900';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX "sla_rollup_day_requests_idx" ON "sla_rollup_day"  ("day") WHERE requesting_agency_id <> 0`);
    await runner.query(`CREATE INDEX "sla_rollup_month_requests_idx" ON "sla_rollup_month"  ("month") WHERE requesting_agency_id <> 0`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "public"."sla_rollup_month_requests_idx"`);
    await runner.query(`DROP INDEX "public"."sla_rollup_day_requests_idx"`);
  }
}
