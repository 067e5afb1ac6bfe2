import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reads never write (docs/read-api.md): the worker keeps the processing-time percentiles of the
 * (service, month) pairs of `sla_processing_version`. First stopped cycles folded before that table
 * existed have no row there, so they are given one (version 1), as the fold would have bumped it;
 * rows the worker already keeps are left alone.
 */
export class ProcessingVersionBackfill1795640002000 implements MigrationInterface {
  name = 'ProcessingVersionBackfill1795640002000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `INSERT INTO "sla_processing_version" ("service_id", "month")
       SELECT DISTINCT "service_id", date_trunc('month', "stopped_at" AT TIME ZONE 'Asia/Qatar')::date
       FROM "sla_cycle" WHERE "cycle" = 1 AND "stopped_at" IS NOT NULL AND "service_id" IS NOT NULL
       ORDER BY 1, 2
       ON CONFLICT ("service_id", "month") DO NOTHING`,
    );
  }

  /** The rows cannot be told from the worker's own; they only make the kept percentiles recompute. */
  async down(): Promise<void> {
    return Promise.resolve();
  }
}
