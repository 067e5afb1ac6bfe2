import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `sla_rollup_service_month`: the day rollups summed per service and month (no channel, no
 * requesting agency; `opened_digital` = opened on web, mobile or api), kept in step by triggers on
 * `sla_rollup_day` like `sla_rollup_month`, backfilled here. National, entity and service figures
 * without a channel or requester filter read it: some 300 rows a month (docs/read-api.md).
 */
export class ReadRollupServiceMonth1795500003700 implements MigrationInterface {
  name = 'ReadRollupServiceMonth1795500003700';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "sla_rollup_service_month" ("service_id" integer NOT NULL, "agency_id" integer NOT NULL, "month" date NOT NULL, "decided" integer NOT NULL DEFAULT '0', "met" integer NOT NULL DEFAULT '0', "breached" integer NOT NULL DEFAULT '0', "decided_all" integer NOT NULL DEFAULT '0', "met_all" integer NOT NULL DEFAULT '0', "breached_all" integer NOT NULL DEFAULT '0', "opened" integer NOT NULL DEFAULT '0', "reopened" integer NOT NULL DEFAULT '0', "resolved" integer NOT NULL DEFAULT '0', "cancelled" integer NOT NULL DEFAULT '0', "processed" integer NOT NULL DEFAULT '0', "csat_responses" integer NOT NULL DEFAULT '0', "csat_satisfied" integer NOT NULL DEFAULT '0', "opened_digital" integer NOT NULL DEFAULT '0', CONSTRAINT "sla_rollup_service_month_pk" PRIMARY KEY ("service_id", "agency_id", "month")) WITH (fillfactor = 50)`);
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
    await runner.query(`CREATE TRIGGER sla_rollup_service_month_sync AFTER INSERT OR UPDATE OR DELETE ON sla_rollup_day FOR EACH ROW EXECUTE FUNCTION sla_rollup_service_month_apply()`);
    await runner.query(`CREATE FUNCTION sla_rollup_service_month_clear() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN TRUNCATE sla_rollup_service_month; RETURN NULL; END $fn$`);
    await runner.query(`CREATE TRIGGER sla_rollup_service_month_truncate AFTER TRUNCATE ON sla_rollup_day FOR EACH STATEMENT EXECUTE FUNCTION sla_rollup_service_month_clear()`);
    await runner.query(
      `INSERT INTO sla_rollup_service_month (service_id, agency_id, month, decided, met, breached, decided_all, met_all, breached_all, opened, reopened, resolved, cancelled, processed, csat_responses, csat_satisfied, opened_digital)
       SELECT service_id, agency_id, date_trunc('month', day)::date, sum(decided), sum(met), sum(breached), sum(decided_all), sum(met_all), sum(breached_all), sum(opened), sum(reopened), sum(resolved), sum(cancelled), sum(processed), sum(csat_responses), sum(csat_satisfied), sum(CASE WHEN channel IN ('web', 'mobile', 'api') THEN opened ELSE 0 END) FROM sla_rollup_day GROUP BY service_id, agency_id, date_trunc('month', day)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER sla_rollup_service_month_truncate ON sla_rollup_day`);
    await runner.query(`DROP TRIGGER sla_rollup_service_month_sync ON sla_rollup_day`);
    await runner.query(`DROP FUNCTION sla_rollup_service_month_clear()`);
    await runner.query(`DROP FUNCTION sla_rollup_service_month_apply()`);
    await runner.query(`DROP TABLE "sla_rollup_service_month"`);
  }
}
