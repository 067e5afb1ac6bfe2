import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An entity's adherence by day (docs/read-api.md) reads its day rollups from the (agency, day)
 * index alone: the index now carries the adherence counters, so the scan stays in the entity's
 * rows in day order instead of visiting the table's pages of every entity. Replaces the plain index
 * of the same name (one index, wider); the entity declares it with `synchronize: false`.
 */
export class ReadAgencyDayCover1795500008100 implements MigrationInterface {
  name = 'ReadAgencyDayCover1795500008100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "public"."sla_rollup_day_agency_day_idx"`);
    await runner.query(
      `CREATE INDEX "sla_rollup_day_agency_day_idx" ON "sla_rollup_day" ("agency_id", "day") INCLUDE ("met", "breached", "met_all", "breached_all")`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "public"."sla_rollup_day_agency_day_idx"`);
    await runner.query(`CREATE INDEX "sla_rollup_day_agency_day_idx" ON "sla_rollup_day" ("agency_id", "day")`);
  }
}
