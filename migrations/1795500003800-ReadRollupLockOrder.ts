import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The month rollups' triggers lock a month row for every day row they follow, and one month row
 * covers many day rows: two workers each holding a day row the other needs next could deadlock on
 * it. So a change to `sla_rollup_day` first takes a transaction advisory lock on its service, before
 * the day row itself is locked. The worker writes rows in a stable order with each service's rows
 * together, so services are locked in one order, and rollup rows of a service are only ever
 * touched by the one transaction holding its lock.
 */
export class ReadRollupLockOrder1795500003800 implements MigrationInterface {
  name = 'ReadRollupLockOrder1795500003800';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE FUNCTION sla_rollup_lock_service() RETURNS trigger LANGUAGE plpgsql AS $fn$
       BEGIN
         PERFORM pg_advisory_xact_lock(1795500, CASE WHEN TG_OP = 'DELETE' THEN OLD.service_id ELSE NEW.service_id END);
         RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
       END
       $fn$`,
    );
    await runner.query(`CREATE TRIGGER sla_rollup_lock_service BEFORE INSERT OR UPDATE OR DELETE ON sla_rollup_day FOR EACH ROW EXECUTE FUNCTION sla_rollup_lock_service()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER sla_rollup_lock_service ON sla_rollup_day`);
    await runner.query(`DROP FUNCTION sla_rollup_lock_service()`);
  }
}
