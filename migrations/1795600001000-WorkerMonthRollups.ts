import { MigrationInterface, QueryRunner } from 'typeorm';
import { MONTH_ROLLUP_TRIGGERS } from './month-rollup-triggers';

const MONTH_TRIGGERS = ['sla_rollup_months', 'sla_rollup_channel_months'];
const CHANGES = ['insert', 'update', 'delete'];
const CLEARED = ['sla_rollup_month', 'sla_rollup_service_month', 'sla_rollup_channel_month'];

/**
 * The month rollups (`sla_rollup_month`, `sla_rollup_service_month`, `sla_rollup_channel_month`)
 * are written by the worker from the same deltas as the day rows, each touched row once per
 * transaction (docs/ingestion.md), instead of by statement triggers on `sla_rollup_day`; and the
 * per-row advisory lock per service, which made two workers applying the same service queue for
 * each other's whole transaction, is gone: every counter row is locked in one stable key order.
 * The rebuild truncates the month tables itself. The figures stay as they are.
 * Down: the triggers and the lock as they were; the month tables already hold the day rows' sums.
 */
export class WorkerMonthRollups1795600001000 implements MigrationInterface {
  name = 'WorkerMonthRollups1795600001000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER sla_rollup_lock_service ON sla_rollup_day`);
    await runner.query(`DROP FUNCTION sla_rollup_lock_service()`);
    for (const trigger of MONTH_TRIGGERS) {
      for (const change of CHANGES) {
        await runner.query(`DROP TRIGGER ${trigger}_${change} ON sla_rollup_day`);
        await runner.query(`DROP FUNCTION ${trigger}_after_${change}()`);
      }
    }
    for (const table of CLEARED) {
      await runner.query(`DROP TRIGGER ${table}_truncate ON sla_rollup_day`);
      await runner.query(`DROP FUNCTION ${table}_clear()`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const statement of MONTH_ROLLUP_TRIGGERS) await runner.query(statement);
  }
}
