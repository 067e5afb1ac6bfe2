import { MigrationInterface, QueryRunner } from 'typeorm';

/** The counters of `sla_rollup_month`, summed here without the requesting agency (docs/read-api.md). */
const COUNTERS = ['decided', 'met', 'breached', 'decided_all', 'met_all', 'breached_all', 'opened', 'reopened', 'resolved', 'cancelled', 'processed', 'csat_responses', 'csat_satisfied'];
const KEY = 'service_id, agency_id, channel';
const CHANGES = ['insert', 'update', 'delete'] as const;

const list = (names: string[]) => names.join(', ');
const sums = list(COUNTERS.map((name) => `sum(${name})`));

/** The rows of the statement as signed deltas: `new_rows` added, `old_rows` taken away. */
const fromNew = `SELECT ${KEY}, day, ${list(COUNTERS)} FROM new_rows`;
const fromOld = `SELECT ${KEY}, day, ${list(COUNTERS.map((name) => `-${name} AS ${name}`))} FROM old_rows`;
const CHANGED_ROWS: Record<(typeof CHANGES)[number], string> = { insert: fromNew, update: `${fromNew} UNION ALL ${fromOld}`, delete: fromOld };
const TRANSITION_TABLES: Record<(typeof CHANGES)[number], string> = { insert: 'NEW TABLE AS new_rows', update: 'OLD TABLE AS old_rows NEW TABLE AS new_rows', delete: 'OLD TABLE AS old_rows' };

/** One statement: the changes summed per (service, agency, channel, month), upserted in key order. */
const applyToChannelMonths = (changes: string) => `WITH changes AS (${changes})
  INSERT INTO sla_rollup_channel_month AS m (${KEY}, month, ${list(COUNTERS)})
  SELECT ${KEY}, date_trunc('month', day)::date, ${sums}
  FROM changes GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (${KEY}, month) DO UPDATE SET ${list(COUNTERS.map((name) => `${name} = m.${name} + EXCLUDED.${name}`))}`;

/**
 * `sla_rollup_channel_month`: `sla_rollup_day` summed per service, owner agency, channel and month
 * (no requesting agency), for channel filters and breakdowns (volumes by channel). Kept in step by
 * its own statement triggers on `sla_rollup_day`, written like those of ReadRollups1795500003000:
 * the statement's rows (transition tables) summed per month key and upserted in key order; a
 * truncate empties it; fill factor 50 keeps the counter updates HOT. Its key starts with the
 * service, so the per-service advisory lock of `sla_rollup_lock_service` orders its row locks too.
 * The triggers are created before the fill: creating them locks out writers of the day table until
 * this transaction commits, so the fill reads every committed change and no later one is missed.
 */
export class ChannelMonthRollup1795500006000 implements MigrationInterface {
  name = 'ChannelMonthRollup1795500006000';

  async up(runner: QueryRunner): Promise<void> {
    const counterColumns = COUNTERS.map((name) => `"${name}" integer NOT NULL DEFAULT '0'`).join(', ');
    await runner.query(`CREATE TABLE "sla_rollup_channel_month" ("service_id" integer NOT NULL, "agency_id" integer NOT NULL, "channel" text NOT NULL, "month" date NOT NULL, ${counterColumns}, CONSTRAINT "sla_rollup_channel_month_pk" PRIMARY KEY ("service_id", "agency_id", "channel", "month")) WITH (fillfactor = 50)`);
    for (const change of CHANGES) {
      await runner.query(`CREATE FUNCTION sla_rollup_channel_months_after_${change}() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  ${applyToChannelMonths(CHANGED_ROWS[change])};
  RETURN NULL;
END
$fn$`);
      await runner.query(`CREATE TRIGGER sla_rollup_channel_months_${change} AFTER ${change.toUpperCase()} ON sla_rollup_day REFERENCING ${TRANSITION_TABLES[change]} FOR EACH STATEMENT EXECUTE FUNCTION sla_rollup_channel_months_after_${change}()`);
    }
    await runner.query(`CREATE FUNCTION sla_rollup_channel_month_clear() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN TRUNCATE sla_rollup_channel_month; RETURN NULL; END $fn$`);
    await runner.query(`CREATE TRIGGER sla_rollup_channel_month_truncate AFTER TRUNCATE ON sla_rollup_day FOR EACH STATEMENT EXECUTE FUNCTION sla_rollup_channel_month_clear()`);
    await runner.query(`INSERT INTO sla_rollup_channel_month (${KEY}, month, ${list(COUNTERS)})
      SELECT ${KEY}, month, ${sums} FROM sla_rollup_month GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER sla_rollup_channel_month_truncate ON sla_rollup_day`);
    await runner.query(`DROP FUNCTION sla_rollup_channel_month_clear()`);
    for (const change of CHANGES) {
      await runner.query(`DROP TRIGGER sla_rollup_channel_months_${change} ON sla_rollup_day`);
      await runner.query(`DROP FUNCTION sla_rollup_channel_months_after_${change}()`);
    }
    await runner.query(`DROP TABLE "sla_rollup_channel_month"`);
  }
}
