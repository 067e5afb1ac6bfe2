import { MigrationInterface, QueryRunner } from 'typeorm';

/** The counters the month tables sum from `sla_rollup_day` (docs/read-api.md). */
const COUNTERS = ['decided', 'met', 'breached', 'decided_all', 'met_all', 'breached_all', 'opened', 'reopened', 'resolved', 'cancelled', 'processed', 'csat_responses', 'csat_satisfied'];
const DAY_COLUMNS = ['service_id', 'agency_id', 'requesting_agency_id', 'channel', 'day'];
const DIGITAL_OPENED = `CASE WHEN channel IN ('web', 'mobile', 'api') THEN opened ELSE 0 END`;

const list = (names: string[]) => names.join(', ');
const counterColumns = (names: string[]) => names.map((name) => `"${name}" integer NOT NULL DEFAULT '0'`).join(', ');
const addExcluded = (names: string[]) => names.map((name) => `${name} = m.${name} + EXCLUDED.${name}`).join(', ');

/** The rows of the statement as signed deltas: `new_rows` added, `old_rows` taken away. */
const fromNew = `SELECT ${list([...DAY_COLUMNS, ...COUNTERS])} FROM new_rows`;
const fromOld = `SELECT ${list([...DAY_COLUMNS, ...COUNTERS.map((name) => `-${name} AS ${name}`)])} FROM old_rows`;

/** One statement: the changes summed per month key, applied to both month tables in key order. */
function applyToMonths(changes: string): string {
  const month = `date_trunc('month', day)::date`;
  const sums = list(COUNTERS.map((name) => `sum(${name})`));
  return `WITH changes AS (${changes}),
      by_month AS (
        INSERT INTO sla_rollup_month AS m (service_id, agency_id, requesting_agency_id, channel, month, ${list(COUNTERS)})
        SELECT service_id, agency_id, requesting_agency_id, channel, ${month}, ${sums}
        FROM changes GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (service_id, agency_id, requesting_agency_id, channel, month) DO UPDATE SET ${addExcluded(COUNTERS)})
    INSERT INTO sla_rollup_service_month AS m (service_id, agency_id, month, ${list(COUNTERS)}, opened_digital)
    SELECT service_id, agency_id, ${month}, ${sums}, sum(${DIGITAL_OPENED})
    FROM changes GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (service_id, agency_id, month) DO UPDATE SET ${addExcluded([...COUNTERS, 'opened_digital'])}`;
}

const triggerFunction = (name: string, changes: string) => `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  ${applyToMonths(changes)};
  RETURN NULL;
END
$fn$`;

/**
 * What the read API reads besides the day rollups:
 * - indexes on `sla_rollup_day` (by day, by entity and day covering the adherence counters, inter-entity
 *   requests) and on `sla_cycle`/`sla_case` (first stopped cycles for processing time; covering
 *   partial indexes of open cases, open cycles and later cycles for the backlog);
 * - `sla_rollup_month` (every dimension) and `sla_rollup_service_month` (per service, plus
 *   `opened_digital`), kept in step with `sla_rollup_day` by statement triggers that sum the
 *   statement's changed rows (transition tables) per month and upsert them in key order; a truncate
 *   of the day table empties them; fill factor 50 keeps their updates HOT;
 * - a transaction advisory lock per service taken before any day row is changed, so two workers
 *   can never deadlock on a month row (the worker writes each service's rows together, in order).
 */
export class ReadRollups1795500003000 implements MigrationInterface {
  name = 'ReadRollups1795500003000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX "sla_rollup_day_day_idx" ON "sla_rollup_day"  ("day")`);
    await runner.query(`CREATE INDEX "sla_rollup_day_agency_day_idx" ON "sla_rollup_day" ("agency_id", "day") INCLUDE ("met", "breached", "met_all", "breached_all")`);
    await runner.query(`CREATE INDEX "sla_rollup_day_requests_idx" ON "sla_rollup_day"  ("day") WHERE requesting_agency_id <> 0`);
    await runner.query(`CREATE INDEX "sla_cycle_first_stopped_idx" ON "sla_cycle"  ("stopped_at") WHERE cycle = 1 AND status IN ('met', 'breached')`);
    await runner.query(`CREATE INDEX "sla_case_open_scope_idx" ON "sla_case" ("id") INCLUDE ("agency_id", "service_id", "requesting_agency_id", "channel") WHERE open`);
    await runner.query(`CREATE INDEX "sla_cycle_open_case_idx" ON "sla_cycle" ("case_pk") INCLUDE ("cycle", "status", "at_risk") WHERE status IN ('running', 'paused', 'breached_open')`);
    await runner.query(`CREATE INDEX "sla_cycle_reopened_idx" ON "sla_cycle" ("case_pk") INCLUDE ("cycle") WHERE cycle > 1`);

    await runner.query(`CREATE TABLE "sla_rollup_month" ("service_id" integer NOT NULL, "agency_id" integer NOT NULL, "requesting_agency_id" integer NOT NULL, "channel" text NOT NULL, "month" date NOT NULL, ${counterColumns(COUNTERS)}, CONSTRAINT "sla_rollup_month_pk" PRIMARY KEY ("service_id", "agency_id", "requesting_agency_id", "channel", "month")) WITH (fillfactor = 50)`);
    await runner.query(`CREATE INDEX "sla_rollup_month_requests_idx" ON "sla_rollup_month"  ("month") WHERE requesting_agency_id <> 0`);
    await runner.query(`CREATE TABLE "sla_rollup_service_month" ("service_id" integer NOT NULL, "agency_id" integer NOT NULL, "month" date NOT NULL, ${counterColumns([...COUNTERS, 'opened_digital'])}, CONSTRAINT "sla_rollup_service_month_pk" PRIMARY KEY ("service_id", "agency_id", "month")) WITH (fillfactor = 50)`);
    await runner.query(applyToMonths(`SELECT ${list([...DAY_COLUMNS, ...COUNTERS])} FROM sla_rollup_day`));

    await runner.query(`CREATE FUNCTION sla_rollup_lock_service() RETURNS trigger LANGUAGE plpgsql AS $fn$
       BEGIN
         PERFORM pg_advisory_xact_lock(1795500, CASE WHEN TG_OP = 'DELETE' THEN OLD.service_id ELSE NEW.service_id END);
         RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
       END
       $fn$`);
    await runner.query(`CREATE TRIGGER sla_rollup_lock_service BEFORE INSERT OR UPDATE OR DELETE ON sla_rollup_day FOR EACH ROW EXECUTE FUNCTION sla_rollup_lock_service()`);
    await runner.query(triggerFunction('sla_rollup_months_after_insert', fromNew));
    await runner.query(triggerFunction('sla_rollup_months_after_update', `${fromNew} UNION ALL ${fromOld}`));
    await runner.query(triggerFunction('sla_rollup_months_after_delete', fromOld));
    await runner.query(`CREATE TRIGGER sla_rollup_months_insert AFTER INSERT ON sla_rollup_day REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sla_rollup_months_after_insert()`);
    await runner.query(`CREATE TRIGGER sla_rollup_months_update AFTER UPDATE ON sla_rollup_day REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sla_rollup_months_after_update()`);
    await runner.query(`CREATE TRIGGER sla_rollup_months_delete AFTER DELETE ON sla_rollup_day REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sla_rollup_months_after_delete()`);
    for (const table of ['sla_rollup_month', 'sla_rollup_service_month']) {
      await runner.query(`CREATE FUNCTION ${table}_clear() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN TRUNCATE ${table}; RETURN NULL; END $fn$`);
      await runner.query(`CREATE TRIGGER ${table}_truncate AFTER TRUNCATE ON sla_rollup_day FOR EACH STATEMENT EXECUTE FUNCTION ${table}_clear()`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['sla_rollup_service_month', 'sla_rollup_month']) {
      await runner.query(`DROP TRIGGER ${table}_truncate ON sla_rollup_day`);
      await runner.query(`DROP FUNCTION ${table}_clear()`);
    }
    for (const change of ['delete', 'update', 'insert']) {
      await runner.query(`DROP TRIGGER sla_rollup_months_${change} ON sla_rollup_day`);
      await runner.query(`DROP FUNCTION sla_rollup_months_after_${change}()`);
    }
    await runner.query(`DROP TRIGGER sla_rollup_lock_service ON sla_rollup_day`);
    await runner.query(`DROP FUNCTION sla_rollup_lock_service()`);
    await runner.query(`DROP TABLE "sla_rollup_service_month"`);
    await runner.query(`DROP TABLE "sla_rollup_month"`);
    for (const index of ['sla_cycle_reopened_idx', 'sla_cycle_open_case_idx', 'sla_case_open_scope_idx', 'sla_cycle_first_stopped_idx', 'sla_rollup_day_requests_idx', 'sla_rollup_day_agency_day_idx', 'sla_rollup_day_day_idx']) {
      await runner.query(`DROP INDEX "public"."${index}"`);
    }
  }
}
