import { MigrationInterface, QueryRunner } from 'typeorm';

/** The partitioned tables, their partition key, and their indexes (besides the primary key). */
const TABLES = {
  feed_event: {
    key: 'occurred_at',
    columns: `"id" bigint NOT NULL DEFAULT nextval('feed_event_id_seq'), "agency_id" integer NOT NULL, "event_id" text NOT NULL, "batch_id" uuid NOT NULL, "type" text NOT NULL, "case_id" text NOT NULL, "service_id" integer NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "payload" jsonb NOT NULL`,
    primaryKey: `"feed_event_pk" PRIMARY KEY ("id", "occurred_at")`,
    indexes: [`"feed_event_case_idx" ON "feed_event" ("agency_id", "case_id")`],
  },
  sla_cycle: {
    key: 'started_at',
    columns: `"case_pk" bigint NOT NULL, "cycle" integer NOT NULL, "status" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "stopped_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "elapsed_seconds" double precision NOT NULL, "progress" double precision NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "at_risk_50_at" TIMESTAMP WITH TIME ZONE, "at_risk_75_at" TIMESTAMP WITH TIME ZONE, "breached_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "at_risk" boolean NOT NULL DEFAULT false, "first_computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "service_id" integer`,
    primaryKey: `"sla_cycle_pk" PRIMARY KEY ("case_pk", "cycle", "started_at")`,
    indexes: [
      `"sla_cycle_decided_idx" ON "sla_cycle" ("decided_at")`,
      `"sla_cycle_open_idx" ON "sla_cycle" ("status") WHERE status IN ('running', 'paused', 'breached_open')`,
      `"sla_cycle_first_stopped_service_idx" ON "sla_cycle" ("service_id", "stopped_at") INCLUDE ("elapsed_seconds", "progress") WHERE cycle = 1 AND status IN ('met', 'breached')`,
      `"sla_cycle_first_stopped_month_idx" ON "sla_cycle" ((date_trunc('month', "stopped_at" AT TIME ZONE 'Asia/Qatar')), "progress") INCLUDE ("service_id", "stopped_at") WHERE cycle = 1 AND status IN ('met', 'breached')`,
      `"sla_cycle_open_case_idx" ON "sla_cycle" ("case_pk") INCLUDE ("cycle", "status", "at_risk") WHERE status IN ('running', 'paused', 'breached_open')`,
      `"sla_cycle_reopened_idx" ON "sla_cycle" ("case_pk") INCLUDE ("cycle") WHERE cycle > 1`,
    ],
  },
} as const;

/** Their primary keys and indexes before (Foundation1795442191486 and the migrations after it). */
const UNPARTITIONED: Record<keyof typeof TABLES, { primaryKey: string; indexes: string[] }> = {
  feed_event: {
    primaryKey: `"PK_4c4d0e7b969b639a75d02e274ab" PRIMARY KEY ("id")`,
    indexes: [
      ...TABLES.feed_event.indexes.map((index) => `INDEX ${index}`),
      `INDEX "feed_event_batch_idx" ON "feed_event" ("batch_id")`,
      `UNIQUE INDEX "feed_event_agency_event_uq" ON "feed_event" ("agency_id", "event_id")`,
    ],
  },
  sla_cycle: {
    primaryKey: `"PK_564ddc66429d004f26717134fe0" PRIMARY KEY ("case_pk", "cycle")`,
    indexes: TABLES.sla_cycle.indexes.map((index) => `INDEX ${index}`),
  },
};

/**
 * `ensure_month_partitions(from, to)`: the month partitions (UTC months, `<table>_pYYYYMM`) of
 * `feed_event` and `sla_cycle` from the month of `from` to the month of `to`, created when missing.
 * A new partition is created empty and attached, which takes only a SHARE UPDATE EXCLUSIVE lock on
 * the parent: inserts and reads of other months go on meanwhile (there is no default partition,
 * whose scan would lock them out). Serialised by an advisory lock, so the API and the workers may
 * call it at once. Returns how many partitions it created.
 */
const ENSURE_MONTH_PARTITIONS = `CREATE FUNCTION ensure_month_partitions(from_at timestamptz, to_at timestamptz) RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE
  month timestamptz;
  parent text;
  part text;
  created integer := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(1795601, 0);
  FOR month IN SELECT generate_series(date_trunc('month', from_at, 'UTC'), date_trunc('month', to_at, 'UTC'), interval '1 month') LOOP
    FOREACH parent IN ARRAY ARRAY['feed_event', 'sla_cycle'] LOOP
      part := parent || '_p' || to_char(month AT TIME ZONE 'UTC', 'YYYYMM');
      CONTINUE WHEN to_regclass(part) IS NOT NULL;
      EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', part, parent);
      EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', parent, part, month, month + interval '1 month');
      created := created + 1;
    END LOOP;
  END LOOP;
  RETURN created;
END
$fn$`;

/**
 * Events and cycles partitioned by month (docs/ingestion.md, "Partitions"), so that the indexes new
 * rows go into stay small as history grows:
 * - `feed_event` by `occurred_at`, `sla_cycle` by `started_at` (a cycle starts at one of its case's
 *   events), one partition per month; the API creates the months of the events it accepts before
 *   writing them, and the worker keeps the coming months ready;
 * - duplicates are detected per (agency, eventId) across all time in `feed_event_key`, a narrow
 *   unpartitioned table (the unique key of a partitioned table would have to hold the month), which
 *   also points at the kept copy (`event_pk`, `occurred_at`);
 * - `sla_case.events_from` / `events_to`: the first and last instant among the case's folded events,
 *   so the worker reads a case's events and cycles from the partitions of those months only;
 * - `event_batch.first_event_pk` / `last_event_pk` and `events_from` / `events_to`: the range of the
 *   ids its events took and of their instants, through which the worker finds them (the primary key
 *   of `feed_event` is the id and the month), instead of an index on `batch_id` that every accepted
 *   event had to be added to.
 * Existing rows are copied into the new tables.
 * Down: the rows are copied back into unpartitioned tables with the keys and indexes they had (the
 * unique (agency, eventId) of `feed_event` holds since `feed_event_key` kept it), and what up added
 * goes.
 */
export class MonthPartitions1795600002000 implements MigrationInterface {
  name = 'MonthPartitions1795600002000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE "feed_event_key" ("agency_id" integer NOT NULL, "event_id" text NOT NULL, "event_pk" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "feed_event_key_pk" PRIMARY KEY ("agency_id", "event_id"))`,
    );
    await runner.query(
      `INSERT INTO feed_event_key (agency_id, event_id, event_pk, occurred_at) SELECT agency_id, event_id, id, occurred_at FROM feed_event ORDER BY agency_id, event_id`,
    );
    await runner.query(`ALTER SEQUENCE feed_event_id_seq OWNED BY NONE`);
    await runner.query(`DROP INDEX "feed_event_batch_idx"`);
    for (const [table, spec] of Object.entries(TABLES)) {
      await runner.query(`ALTER TABLE "${table}" RENAME TO "${table}_unpartitioned"`);
      await runner.query(
        `CREATE TABLE "${table}" (${spec.columns}, CONSTRAINT ${spec.primaryKey}) PARTITION BY RANGE ("${spec.key}")`,
      );
      for (const index of spec.indexes) {
        const name = index.slice(0, index.indexOf(' '));
        await runner.query(`DROP INDEX IF EXISTS ${name}`);
        await runner.query(`CREATE INDEX ${index}`);
      }
    }
    await runner.query(`ALTER SEQUENCE feed_event_id_seq OWNED BY feed_event.id`);
    await runner.query(ENSURE_MONTH_PARTITIONS);
    await runner.query(
      `SELECT ensure_month_partitions(least(min(at), now()), now() + interval '3 months')
       FROM (SELECT min(occurred_at) AS at FROM feed_event_unpartitioned UNION ALL SELECT min(started_at) FROM sla_cycle_unpartitioned) firsts`,
    );
    await runner.query(
      `INSERT INTO feed_event SELECT id, agency_id, event_id, batch_id, type, case_id, service_id, occurred_at, payload FROM feed_event_unpartitioned`,
    );
    await runner.query(
      `INSERT INTO sla_cycle SELECT case_pk, cycle, status, started_at, stopped_at, cancelled_at, elapsed_seconds, progress, due_at, at_risk_50_at, at_risk_75_at, breached_at, decided_at, at_risk, first_computed_at, computed_at, service_id FROM sla_cycle_unpartitioned`,
    );
    await runner.query(`DROP TABLE "feed_event_unpartitioned"`);
    await runner.query(`DROP TABLE "sla_cycle_unpartitioned"`);
    await runner.query(
      `ALTER TABLE "event_batch" ADD "first_event_pk" bigint, ADD "last_event_pk" bigint, ADD "events_from" TIMESTAMP WITH TIME ZONE, ADD "events_to" TIMESTAMP WITH TIME ZONE`,
    );
    await runner.query(
      `UPDATE event_batch b SET first_event_pk = e.first_pk, last_event_pk = e.last_pk, events_from = e.first_at, events_to = e.last_at
       FROM (SELECT batch_id, min(id) AS first_pk, max(id) AS last_pk, min(occurred_at) AS first_at, max(occurred_at) AS last_at FROM feed_event GROUP BY 1) e
       WHERE e.batch_id = b.id`,
    );
    await runner.query(
      `ALTER TABLE "sla_case" ADD "events_from" TIMESTAMP WITH TIME ZONE, ADD "events_to" TIMESTAMP WITH TIME ZONE`,
    );
    await runner.query(
      `UPDATE sla_case k SET events_from = e.first_at, events_to = e.last_at
       FROM (SELECT agency_id, case_id, min(occurred_at) AS first_at, max(occurred_at) AS last_at FROM feed_event GROUP BY 1, 2) e
       WHERE e.agency_id = k.agency_id AND e.case_id = k.case_id`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "sla_case" DROP COLUMN "events_from", DROP COLUMN "events_to"`);
    await runner.query(
      `ALTER TABLE "event_batch" DROP COLUMN "first_event_pk", DROP COLUMN "last_event_pk", DROP COLUMN "events_from", DROP COLUMN "events_to"`,
    );
    await runner.query(`DROP FUNCTION ensure_month_partitions(timestamptz, timestamptz)`);
    await runner.query(`ALTER SEQUENCE feed_event_id_seq OWNED BY NONE`);
    for (const table of ['feed_event', 'sla_cycle'] as const) {
      const { primaryKey, indexes } = UNPARTITIONED[table];
      await runner.query(`ALTER TABLE "${table}" RENAME TO "${table}_partitioned"`);
      await runner.query(
        `CREATE TABLE "${table}" (${TABLES[table].columns}, CONSTRAINT ${primaryKey})`,
      );
      await runner.query(`INSERT INTO "${table}" SELECT * FROM "${table}_partitioned"`);
      await runner.query(`DROP TABLE "${table}_partitioned"`);
      for (const index of indexes) await runner.query(`CREATE ${index}`);
    }
    await runner.query(`ALTER SEQUENCE feed_event_id_seq OWNED BY feed_event.id`);
    await runner.query(`DROP TABLE "feed_event_key"`);
  }
}
