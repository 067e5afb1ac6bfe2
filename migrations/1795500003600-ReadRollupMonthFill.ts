import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every worker delta updates a month row: with free room in each page those updates stay HOT (the
 * key columns never change) and are pruned in place, so the table stays about twice its live size
 * instead of growing with every update between vacuums.
 */
export class ReadRollupMonthFill1795500003600 implements MigrationInterface {
  name = 'ReadRollupMonthFill1795500003600';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "sla_rollup_month" SET (fillfactor = 50)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "sla_rollup_month" RESET (fillfactor)`);
  }
}
