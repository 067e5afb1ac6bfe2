import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The month rollups follow `sla_rollup_day` per statement instead of per row: one statement-level
 * trigger per kind of change reads the statement's changed rows (transition tables), sums them per
 * month key and applies each month table in one sorted upsert. Same sums as the row triggers it
 * replaces, a fraction of their cost on the worker's rollup upsert. The service advisory lock
 * (ReadRollupLockOrder) still orders concurrent writers.
 */
export class ReadRollupStatementTriggers1795500003950 implements MigrationInterface {
  name = 'ReadRollupStatementTriggers1795500003950';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER sla_rollup_month_sync ON sla_rollup_day`);
    await runner.query(`DROP TRIGGER sla_rollup_service_month_sync ON sla_rollup_day`);
    await runner.query(`DROP FUNCTION sla_rollup_month_apply()`);
    await runner.query(`DROP FUNCTION sla_rollup_service_month_apply()`);
    await runner.query(`CREATE FUNCTION sla_rollup_months_after_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  WITH changes AS (SELECT service_id, agency_id, requesting_agency_id, channel, day, decided, met, breached, decided_all, met_all, breached_all, opened, reopened, resolved, cancelled, processed, csat_responses, csat_satisfied FROM new_rows),
      by_month AS (
        INSERT INTO sla_rollup_month AS m (service_id, agency_id, requesting_agency_id, channel, month, decided, met, breached, decided_all, met_all, breached_all, opened, reopened, resolved, cancelled, processed, csat_responses, csat_satisfied)
        SELECT service_id, agency_id, requesting_agency_id, channel, date_trunc('month', day)::date, sum(decided), sum(met), sum(breached), sum(decided_all), sum(met_all), sum(breached_all), sum(opened), sum(reopened), sum(resolved), sum(cancelled), sum(processed), sum(csat_responses), sum(csat_satisfied)
        FROM changes GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (service_id, agency_id, requesting_agency_id, channel, month) DO UPDATE SET decided = m.decided + EXCLUDED.decided, met = m.met + EXCLUDED.met, breached = m.breached + EXCLUDED.breached, decided_all = m.decided_all + EXCLUDED.decided_all, met_all = m.met_all + EXCLUDED.met_all, breached_all = m.breached_all + EXCLUDED.breached_all, opened = m.opened + EXCLUDED.opened, reopened = m.reopened + EXCLUDED.reopened, resolved = m.resolved + EXCLUDED.resolved, cancelled = m.cancelled + EXCLUDED.cancelled, processed = m.processed + EXCLUDED.processed, csat_responses = m.csat_responses + EXCLUDED.csat_responses, csat_satisfied = m.csat_satisfied + EXCLUDED.csat_satisfied)
    INSERT INTO sla_rollup_service_month AS m (service_id, agency_id, month, decided, met, breached, decided_all, met_all, breached_all, opened, reopened, resolved, cancelled, processed, csat_responses, csat_satisfied, opened_digital)
    SELECT service_id, agency_id, date_trunc('month', day)::date, sum(decided), sum(met), sum(breached), sum(decided_all), sum(met_all), sum(breached_all), sum(opened), sum(reopened), sum(resolved), sum(cancelled), sum(processed), sum(csat_responses), sum(csat_satisfied), sum(CASE WHEN channel IN ('web', 'mobile', 'api') THEN opened ELSE 0 END)
    FROM changes GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (service_id, agency_id, month) DO UPDATE SET decided = m.decided + EXCLUDED.decided, met = m.met + EXCLUDED.met, breached = m.breached + EXCLUDED.breached, decided_all = m.decided_all + EXCLUDED.decided_all, met_all = m.met_all + EXCLUDED.met_all, breached_all = m.breached_all + EXCLUDED.breached_all, opened = m.opened + EXCLUDED.opened, reopened = m.reopened + EXCLUDED.reopened, resolved = m.resolved + EXCLUDED.resolved, cancelled = m.cancelled + EXCLUDED.cancelled, processed = m.processed + EXCLUDED.processed, csat_responses = m.csat_responses + EXCLUDED.csat_responses, csat_satisfied = m.csat_satisfied + EXCLUDED.csat_satisfied, opened_digital = m.opened_digital + EXCLUDED.opened_digital;
  RETURN NULL;
END
$fn$`);
    await runner.query(`CREATE FUNCTION sla_rollup_months_after_update() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  WITH changes AS (SELECT service_id, agency_id, requesting_agency_id, channel, day, decided, met, breached, decided_all, met_all, breached_all, opened, reopened, resolved, cancelled, processed, csat_responses, csat_satisfied FROM new_rows UNION ALL SELECT service_id, agency_id, requesting_agency_id, channel, day, -decided AS decided, -met AS met, -breached AS breached, -decided_all AS decided_all, -met_all AS met_all, -breached_all AS breached_all, -opened AS opened, -reopened AS reopened, -resolved AS resolved, -cancelled AS cancelled, -processed AS processed, -csat_responses AS csat_responses, -csat_satisfied AS csat_satisfied FROM old_rows),
      by_month AS (
        INSERT INTO sla_rollup_month AS m (service_id, agency_id, requesting_agency_id, channel, month, decided, met, breached, decided_all, met_all, breached_all, opened, reopened, resolved, cancelled, processed, csat_responses, csat_satisfied)
        SELECT service_id, agency_id, requesting_agency_id, channel, date_trunc('month', day)::date, sum(decided), sum(met), sum(breached), sum(decided_all), sum(met_all), sum(breached_all), sum(opened), sum(reopened), sum(resolved), sum(cancelled), sum(processed), sum(csat_responses), sum(csat_satisfied)
        FROM changes GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (service_id, agency_id, requesting_agency_id, channel, month) DO UPDATE SET decided = m.decided + EXCLUDED.decided, met = m.met + EXCLUDED.met, breached = m.breached + EXCLUDED.breached, decided_all = m.decided_all + EXCLUDED.decided_all, met_all = m.met_all + EXCLUDED.met_all, breached_all = m.breached_all + EXCLUDED.breached_all, opened = m.opened + EXCLUDED.opened, reopened = m.reopened + EXCLUDED.reopened, resolved = m.resolved + EXCLUDED.resolved, cancelled = m.cancelled + EXCLUDED.cancelled, processed = m.processed + EXCLUDED.processed, csat_responses = m.csat_responses + EXCLUDED.csat_responses, csat_satisfied = m.csat_satisfied + EXCLUDED.csat_satisfied)
    INSERT INTO sla_rollup_service_month AS m (service_id, agency_id, month, decided, met, breached, decided_all, met_all, breached_all, opened, reopened, resolved, cancelled, processed, csat_responses, csat_satisfied, opened_digital)
    SELECT service_id, agency_id, date_trunc('month', day)::date, sum(decided), sum(met), sum(breached), sum(decided_all), sum(met_all), sum(breached_all), sum(opened), sum(reopened), sum(resolved), sum(cancelled), sum(processed), sum(csat_responses), sum(csat_satisfied), sum(CASE WHEN channel IN ('web', 'mobile', 'api') THEN opened ELSE 0 END)
    FROM changes GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (service_id, agency_id, month) DO UPDATE SET decided = m.decided + EXCLUDED.decided, met = m.met + EXCLUDED.met, breached = m.breached + EXCLUDED.breached, decided_all = m.decided_all + EXCLUDED.decided_all, met_all = m.met_all + EXCLUDED.met_all, breached_all = m.breached_all + EXCLUDED.breached_all, opened = m.opened + EXCLUDED.opened, reopened = m.reopened + EXCLUDED.reopened, resolved = m.resolved + EXCLUDED.resolved, cancelled = m.cancelled + EXCLUDED.cancelled, processed = m.processed + EXCLUDED.processed, csat_responses = m.csat_responses + EXCLUDED.csat_responses, csat_satisfied = m.csat_satisfied + EXCLUDED.csat_satisfied, opened_digital = m.opened_digital + EXCLUDED.opened_digital;
  RETURN NULL;
END
$fn$`);
    await runner.query(`CREATE FUNCTION sla_rollup_months_after_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  WITH changes AS (SELECT service_id, agency_id, requesting_agency_id, channel, day, -decided AS decided, -met AS met, -breached AS breached, -decided_all AS decided_all, -met_all AS met_all, -breached_all AS breached_all, -opened AS opened, -reopened AS reopened, -resolved AS resolved, -cancelled AS cancelled, -processed AS processed, -csat_responses AS csat_responses, -csat_satisfied AS csat_satisfied FROM old_rows),
      by_month AS (
        INSERT INTO sla_rollup_month AS m (service_id, agency_id, requesting_agency_id, channel, month, decided, met, breached, decided_all, met_all, breached_all, opened, reopened, resolved, cancelled, processed, csat_responses, csat_satisfied)
        SELECT service_id, agency_id, requesting_agency_id, channel, date_trunc('month', day)::date, sum(decided), sum(met), sum(breached), sum(decided_all), sum(met_all), sum(breached_all), sum(opened), sum(reopened), sum(resolved), sum(cancelled), sum(processed), sum(csat_responses), sum(csat_satisfied)
        FROM changes GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (service_id, agency_id, requesting_agency_id, channel, month) DO UPDATE SET decided = m.decided + EXCLUDED.decided, met = m.met + EXCLUDED.met, breached = m.breached + EXCLUDED.breached, decided_all = m.decided_all + EXCLUDED.decided_all, met_all = m.met_all + EXCLUDED.met_all, breached_all = m.breached_all + EXCLUDED.breached_all, opened = m.opened + EXCLUDED.opened, reopened = m.reopened + EXCLUDED.reopened, resolved = m.resolved + EXCLUDED.resolved, cancelled = m.cancelled + EXCLUDED.cancelled, processed = m.processed + EXCLUDED.processed, csat_responses = m.csat_responses + EXCLUDED.csat_responses, csat_satisfied = m.csat_satisfied + EXCLUDED.csat_satisfied)
    INSERT INTO sla_rollup_service_month AS m (service_id, agency_id, month, decided, met, breached, decided_all, met_all, breached_all, opened, reopened, resolved, cancelled, processed, csat_responses, csat_satisfied, opened_digital)
    SELECT service_id, agency_id, date_trunc('month', day)::date, sum(decided), sum(met), sum(breached), sum(decided_all), sum(met_all), sum(breached_all), sum(opened), sum(reopened), sum(resolved), sum(cancelled), sum(processed), sum(csat_responses), sum(csat_satisfied), sum(CASE WHEN channel IN ('web', 'mobile', 'api') THEN opened ELSE 0 END)
    FROM changes GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (service_id, agency_id, month) DO UPDATE SET decided = m.decided + EXCLUDED.decided, met = m.met + EXCLUDED.met, breached = m.breached + EXCLUDED.breached, decided_all = m.decided_all + EXCLUDED.decided_all, met_all = m.met_all + EXCLUDED.met_all, breached_all = m.breached_all + EXCLUDED.breached_all, opened = m.opened + EXCLUDED.opened, reopened = m.reopened + EXCLUDED.reopened, resolved = m.resolved + EXCLUDED.resolved, cancelled = m.cancelled + EXCLUDED.cancelled, processed = m.processed + EXCLUDED.processed, csat_responses = m.csat_responses + EXCLUDED.csat_responses, csat_satisfied = m.csat_satisfied + EXCLUDED.csat_satisfied, opened_digital = m.opened_digital + EXCLUDED.opened_digital;
  RETURN NULL;
END
$fn$`);
    await runner.query(`CREATE TRIGGER sla_rollup_months_insert AFTER INSERT ON sla_rollup_day REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sla_rollup_months_after_insert()`);
    await runner.query(`CREATE TRIGGER sla_rollup_months_update AFTER UPDATE ON sla_rollup_day REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sla_rollup_months_after_update()`);
    await runner.query(`CREATE TRIGGER sla_rollup_months_delete AFTER DELETE ON sla_rollup_day REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sla_rollup_months_after_delete()`);
  }

  /** Back to the row triggers of ReadRollupMonth and ReadRollupServiceMonth. */
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER sla_rollup_months_delete ON sla_rollup_day`);
    await runner.query(`DROP TRIGGER sla_rollup_months_update ON sla_rollup_day`);
    await runner.query(`DROP TRIGGER sla_rollup_months_insert ON sla_rollup_day`);
    await runner.query(`DROP FUNCTION sla_rollup_months_after_delete()`);
    await runner.query(`DROP FUNCTION sla_rollup_months_after_update()`);
    await runner.query(`DROP FUNCTION sla_rollup_months_after_insert()`);
    await runner.query(`CREATE FUNCTION sla_rollup_month_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO sla_rollup_month AS m (service_id, agency_id, requesting_agency_id, channel, month, decided, met, breached, decided_all, met_all, breached_all, opened, reopened, resolved, cancelled, processed, csat_responses, csat_satisfied)
    VALUES (NEW.service_id, NEW.agency_id, NEW.requesting_agency_id, NEW.channel, date_trunc('month', NEW.day)::date, NEW.decided, NEW.met, NEW.breached, NEW.decided_all, NEW.met_all, NEW.breached_all, NEW.opened, NEW.reopened, NEW.resolved, NEW.cancelled, NEW.processed, NEW.csat_responses, NEW.csat_satisfied)
    ON CONFLICT (service_id, agency_id, requesting_agency_id, channel, month) DO UPDATE SET decided = m.decided + EXCLUDED.decided, met = m.met + EXCLUDED.met, breached = m.breached + EXCLUDED.breached, decided_all = m.decided_all + EXCLUDED.decided_all, met_all = m.met_all + EXCLUDED.met_all, breached_all = m.breached_all + EXCLUDED.breached_all, opened = m.opened + EXCLUDED.opened, reopened = m.reopened + EXCLUDED.reopened, resolved = m.resolved + EXCLUDED.resolved, cancelled = m.cancelled + EXCLUDED.cancelled, processed = m.processed + EXCLUDED.processed, csat_responses = m.csat_responses + EXCLUDED.csat_responses, csat_satisfied = m.csat_satisfied + EXCLUDED.csat_satisfied;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO sla_rollup_month AS m (service_id, agency_id, requesting_agency_id, channel, month, decided, met, breached, decided_all, met_all, breached_all, opened, reopened, resolved, cancelled, processed, csat_responses, csat_satisfied)
    VALUES (NEW.service_id, NEW.agency_id, NEW.requesting_agency_id, NEW.channel, date_trunc('month', NEW.day)::date, NEW.decided - OLD.decided, NEW.met - OLD.met, NEW.breached - OLD.breached, NEW.decided_all - OLD.decided_all, NEW.met_all - OLD.met_all, NEW.breached_all - OLD.breached_all, NEW.opened - OLD.opened, NEW.reopened - OLD.reopened, NEW.resolved - OLD.resolved, NEW.cancelled - OLD.cancelled, NEW.processed - OLD.processed, NEW.csat_responses - OLD.csat_responses, NEW.csat_satisfied - OLD.csat_satisfied)
    ON CONFLICT (service_id, agency_id, requesting_agency_id, channel, month) DO UPDATE SET decided = m.decided + EXCLUDED.decided, met = m.met + EXCLUDED.met, breached = m.breached + EXCLUDED.breached, decided_all = m.decided_all + EXCLUDED.decided_all, met_all = m.met_all + EXCLUDED.met_all, breached_all = m.breached_all + EXCLUDED.breached_all, opened = m.opened + EXCLUDED.opened, reopened = m.reopened + EXCLUDED.reopened, resolved = m.resolved + EXCLUDED.resolved, cancelled = m.cancelled + EXCLUDED.cancelled, processed = m.processed + EXCLUDED.processed, csat_responses = m.csat_responses + EXCLUDED.csat_responses, csat_satisfied = m.csat_satisfied + EXCLUDED.csat_satisfied;
  ELSE
    INSERT INTO sla_rollup_month AS m (service_id, agency_id, requesting_agency_id, channel, month, decided, met, breached, decided_all, met_all, breached_all, opened, reopened, resolved, cancelled, processed, csat_responses, csat_satisfied)
    VALUES (OLD.service_id, OLD.agency_id, OLD.requesting_agency_id, OLD.channel, date_trunc('month', OLD.day)::date, -OLD.decided, -OLD.met, -OLD.breached, -OLD.decided_all, -OLD.met_all, -OLD.breached_all, -OLD.opened, -OLD.reopened, -OLD.resolved, -OLD.cancelled, -OLD.processed, -OLD.csat_responses, -OLD.csat_satisfied)
    ON CONFLICT (service_id, agency_id, requesting_agency_id, channel, month) DO UPDATE SET decided = m.decided + EXCLUDED.decided, met = m.met + EXCLUDED.met, breached = m.breached + EXCLUDED.breached, decided_all = m.decided_all + EXCLUDED.decided_all, met_all = m.met_all + EXCLUDED.met_all, breached_all = m.breached_all + EXCLUDED.breached_all, opened = m.opened + EXCLUDED.opened, reopened = m.reopened + EXCLUDED.reopened, resolved = m.resolved + EXCLUDED.resolved, cancelled = m.cancelled + EXCLUDED.cancelled, processed = m.processed + EXCLUDED.processed, csat_responses = m.csat_responses + EXCLUDED.csat_responses, csat_satisfied = m.csat_satisfied + EXCLUDED.csat_satisfied;
  END IF;
  RETURN NULL;
END
$fn$`);
    await runner.query(`CREATE FUNCTION sla_rollup_service_month_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO sla_rollup_service_month AS m (service_id, agency_id, month, decided, met, breached, decided_all, met_all, breached_all, opened, reopened, resolved, cancelled, processed, csat_responses, csat_satisfied, opened_digital)
    VALUES (NEW.service_id, NEW.agency_id, date_trunc('month', NEW.day)::date, NEW.decided, NEW.met, NEW.breached, NEW.decided_all, NEW.met_all, NEW.breached_all, NEW.opened, NEW.reopened, NEW.resolved, NEW.cancelled, NEW.processed, NEW.csat_responses, NEW.csat_satisfied, CASE WHEN NEW.channel IN ('web', 'mobile', 'api') THEN NEW.opened ELSE 0 END)
    ON CONFLICT (service_id, agency_id, month) DO UPDATE SET decided = m.decided + EXCLUDED.decided, met = m.met + EXCLUDED.met, breached = m.breached + EXCLUDED.breached, decided_all = m.decided_all + EXCLUDED.decided_all, met_all = m.met_all + EXCLUDED.met_all, breached_all = m.breached_all + EXCLUDED.breached_all, opened = m.opened + EXCLUDED.opened, reopened = m.reopened + EXCLUDED.reopened, resolved = m.resolved + EXCLUDED.resolved, cancelled = m.cancelled + EXCLUDED.cancelled, processed = m.processed + EXCLUDED.processed, csat_responses = m.csat_responses + EXCLUDED.csat_responses, csat_satisfied = m.csat_satisfied + EXCLUDED.csat_satisfied, opened_digital = m.opened_digital + EXCLUDED.opened_digital;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO sla_rollup_service_month AS m (service_id, agency_id, month, decided, met, breached, decided_all, met_all, breached_all, opened, reopened, resolved, cancelled, processed, csat_responses, csat_satisfied, opened_digital)
    VALUES (NEW.service_id, NEW.agency_id, date_trunc('month', NEW.day)::date, NEW.decided - OLD.decided, NEW.met - OLD.met, NEW.breached - OLD.breached, NEW.decided_all - OLD.decided_all, NEW.met_all - OLD.met_all, NEW.breached_all - OLD.breached_all, NEW.opened - OLD.opened, NEW.reopened - OLD.reopened, NEW.resolved - OLD.resolved, NEW.cancelled - OLD.cancelled, NEW.processed - OLD.processed, NEW.csat_responses - OLD.csat_responses, NEW.csat_satisfied - OLD.csat_satisfied, CASE WHEN NEW.channel IN ('web', 'mobile', 'api') THEN NEW.opened - OLD.opened ELSE 0 END)
    ON CONFLICT (service_id, agency_id, month) DO UPDATE SET decided = m.decided + EXCLUDED.decided, met = m.met + EXCLUDED.met, breached = m.breached + EXCLUDED.breached, decided_all = m.decided_all + EXCLUDED.decided_all, met_all = m.met_all + EXCLUDED.met_all, breached_all = m.breached_all + EXCLUDED.breached_all, opened = m.opened + EXCLUDED.opened, reopened = m.reopened + EXCLUDED.reopened, resolved = m.resolved + EXCLUDED.resolved, cancelled = m.cancelled + EXCLUDED.cancelled, processed = m.processed + EXCLUDED.processed, csat_responses = m.csat_responses + EXCLUDED.csat_responses, csat_satisfied = m.csat_satisfied + EXCLUDED.csat_satisfied, opened_digital = m.opened_digital + EXCLUDED.opened_digital;
  ELSE
    INSERT INTO sla_rollup_service_month AS m (service_id, agency_id, month, decided, met, breached, decided_all, met_all, breached_all, opened, reopened, resolved, cancelled, processed, csat_responses, csat_satisfied, opened_digital)
    VALUES (OLD.service_id, OLD.agency_id, date_trunc('month', OLD.day)::date, -OLD.decided, -OLD.met, -OLD.breached, -OLD.decided_all, -OLD.met_all, -OLD.breached_all, -OLD.opened, -OLD.reopened, -OLD.resolved, -OLD.cancelled, -OLD.processed, -OLD.csat_responses, -OLD.csat_satisfied, -CASE WHEN OLD.channel IN ('web', 'mobile', 'api') THEN OLD.opened ELSE 0 END)
    ON CONFLICT (service_id, agency_id, month) DO UPDATE SET decided = m.decided + EXCLUDED.decided, met = m.met + EXCLUDED.met, breached = m.breached + EXCLUDED.breached, decided_all = m.decided_all + EXCLUDED.decided_all, met_all = m.met_all + EXCLUDED.met_all, breached_all = m.breached_all + EXCLUDED.breached_all, opened = m.opened + EXCLUDED.opened, reopened = m.reopened + EXCLUDED.reopened, resolved = m.resolved + EXCLUDED.resolved, cancelled = m.cancelled + EXCLUDED.cancelled, processed = m.processed + EXCLUDED.processed, csat_responses = m.csat_responses + EXCLUDED.csat_responses, csat_satisfied = m.csat_satisfied + EXCLUDED.csat_satisfied, opened_digital = m.opened_digital + EXCLUDED.opened_digital;
  END IF;
  RETURN NULL;
END
$fn$`);
    await runner.query(`CREATE TRIGGER sla_rollup_month_sync AFTER INSERT OR UPDATE OR DELETE ON sla_rollup_day FOR EACH ROW EXECUTE FUNCTION sla_rollup_month_apply()`);
    await runner.query(`CREATE TRIGGER sla_rollup_service_month_sync AFTER INSERT OR UPDATE OR DELETE ON sla_rollup_day FOR EACH ROW EXECUTE FUNCTION sla_rollup_service_month_apply()`);
  }
}
