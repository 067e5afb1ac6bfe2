import { MigrationInterface, QueryRunner } from 'typeorm';

export class EventRejection1795500001000 implements MigrationInterface {
  name = 'EventRejection1795500001000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "event_rejection" ("id" BIGSERIAL NOT NULL, "agency_id" integer NOT NULL, "batch_id" uuid, "event_index" integer NOT NULL, "event_id" text, "errors" jsonb NOT NULL, "raw" jsonb NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7320d569909411ce44c1320f74f" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "event_rejection_agency_received_idx" ON "event_rejection"  ("agency_id", "received_at")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX "public"."event_rejection_agency_received_idx"`);
    await runner.query(`DROP TABLE "event_rejection"`);
  }
}
