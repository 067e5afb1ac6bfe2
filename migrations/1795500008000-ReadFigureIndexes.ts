import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covering partial indexes for the backlog (docs/read-api.md): the open cases, their open cycles
 * and the cycles after a first one (to keep only a case's last cycle) are each a small index read
 * without the tables, instead of one lookup in the whole cycle table per open case. The entities
 * declare them with `synchronize: false` (TypeORM cannot describe INCLUDE).
 */
export class ReadFigureIndexes1795500008000 implements MigrationInterface {
  name = 'ReadFigureIndexes1795500008000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE INDEX "sla_case_open_scope_idx" ON "sla_case" ("id") INCLUDE ("agency_id", "service_id", "requesting_agency_id", "channel") WHERE open`,
    );
    await runner.query(
      `CREATE INDEX "sla_cycle_open_case_idx" ON "sla_cycle" ("case_pk") INCLUDE ("cycle", "status", "at_risk") WHERE status IN ('running', 'paused', 'breached_open')`,
    );
    await runner.query(`CREATE INDEX "sla_cycle_reopened_idx" ON "sla_cycle" ("case_pk") INCLUDE ("cycle") WHERE cycle > 1`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "public"."sla_cycle_reopened_idx"`);
    await runner.query(`DROP INDEX "public"."sla_cycle_open_case_idx"`);
    await runner.query(`DROP INDEX "public"."sla_case_open_scope_idx"`);
  }
}
