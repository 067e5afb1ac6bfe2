import { MigrationInterface, QueryRunner } from 'typeorm';

const BREACHED = `status IN ('breached', 'breached_open')`;

/**
 * `sla_cycle_decided_idx` serves the breach review only, whose every query on `decided_at` also asks
 * for a breached status (docs/review.md): it now holds breached cycles only, so the fold no longer
 * adds an entry for every running or met cycle it writes.
 */
export class BreachDecidedIndex1795660001000 implements MigrationInterface {
  name = 'BreachDecidedIndex1795660001000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "sla_cycle_decided_idx"`);
    await runner.query(`CREATE INDEX "sla_cycle_decided_idx" ON "sla_cycle" ("decided_at") WHERE ${BREACHED}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "sla_cycle_decided_idx"`);
    await runner.query(`CREATE INDEX "sla_cycle_decided_idx" ON "sla_cycle" ("decided_at")`);
  }
}
