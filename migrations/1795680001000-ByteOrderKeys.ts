import { MigrationInterface, QueryRunner } from 'typeorm';

/** The text keys that are only matched, never sorted for people, compared by bytes (`BYTE_ORDER` in `@ws/server-database`). */
const BYTE_ORDER_COLUMNS: readonly (readonly [table: string, column: string])[] = [
  ['feed_event', 'event_id'],
  ['feed_event', 'case_id'],
  ['feed_event_key', 'event_id'],
  ['event_conflict', 'event_id'],
  ['event_rejection', 'event_id'],
  ['sla_case', 'case_id'],
  ['sla_case', 'channel'],
  ['sla_backlog', 'channel'],
  ['sla_rollup_day', 'channel'],
  ['sla_rollup_month', 'channel'],
  ['sla_rollup_channel_month', 'channel'],
];

/**
 * Byte order ("C") for the agencies' `eventId` and `caseId` and the channel codes: the feed's
 * unique indexes compare them on every insert, and the database's default collation costs a call
 * into the locale per comparison. The type stays `text`, so no table is rewritten; Postgres
 * rebuilds each index on these columns (on every month partition of `feed_event`) in place, holding
 * the table's lock meanwhile: on a large database, as long as a REINDEX of them (a maintenance window).
 */
export class ByteOrderKeys1795680001000 implements MigrationInterface {
  name = 'ByteOrderKeys1795680001000';

  async up(runner: QueryRunner): Promise<void> {
    for (const [table, column] of BYTE_ORDER_COLUMNS) {
      await runner.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE text COLLATE "C"`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const [table, column] of BYTE_ORDER_COLUMNS) {
      await runner.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE text COLLATE pg_catalog."default"`);
    }
  }
}
