import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795440511725 implements MigrationInterface {
  name = 'Foundation1795440511725';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "agency" ("id" SERIAL NOT NULL, "code" text NOT NULL, "name_ar" text NOT NULL, "name_en" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_fbda24d0286deca69d0b8d30f10" UNIQUE ("code"), CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE TABLE "event_batch" ("id" uuid NOT NULL, "agency_id" integer NOT NULL, "status" text NOT NULL DEFAULT 'received', "accepted" integer NOT NULL, "duplicates" integer NOT NULL, "rejected" integer NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a7b732a75bbe8db061bfaef0529" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "event_batch_unprocessed_idx" ON "event_batch"  ("received_at") WHERE status <> 'processed'`);
    await runner.query(`CREATE TABLE "feed_event" ("id" BIGSERIAL NOT NULL, "agency_id" integer NOT NULL, "event_id" text NOT NULL, "batch_id" uuid NOT NULL, "type" text NOT NULL, "case_id" text NOT NULL, "service_id" integer NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "payload" jsonb NOT NULL, CONSTRAINT "PK_4c4d0e7b969b639a75d02e274ab" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "feed_event_batch_idx" ON "feed_event"  ("batch_id")`);
    await runner.query(`CREATE UNIQUE INDEX "feed_event_agency_event_uq" ON "feed_event"  ("agency_id", "event_id")`);
    await runner.query(`CREATE TABLE "feed_key" ("id" SERIAL NOT NULL, "agency_id" integer NOT NULL, "key_hash" text NOT NULL, "key_prefix" text NOT NULL, "label" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_e7d7f49cd3a07e383cb0394779a" UNIQUE ("key_hash"), CONSTRAINT "PK_adaaf750cf82d36b2ad4886918e" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_e843f44d27787a2b0c3db5b0ed" ON "feed_key"  ("agency_id")`);
    await runner.query(`CREATE TABLE "service_day_rollup" ("service_id" integer NOT NULL, "day" date NOT NULL, "resolved" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_685973f774d118754ebfb5f9b05" PRIMARY KEY ("service_id", "day"))`);
    await runner.query(`CREATE TABLE "service" ("id" SERIAL NOT NULL, "code" text NOT NULL, "agency_id" integer NOT NULL, "name_ar" text NOT NULL, "name_en" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_4cb3cf237c83885cc5046348293" UNIQUE ("code"), CONSTRAINT "PK_85a21558c006647cd76fdce044b" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_02d958e9ddd8d47a603aaaa974" ON "service"  ("agency_id")`);
    await runner.query(`ALTER TABLE "feed_key" ADD CONSTRAINT "FK_e843f44d27787a2b0c3db5b0ede" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "service" ADD CONSTRAINT "FK_02d958e9ddd8d47a603aaaa974e" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "service" DROP CONSTRAINT "FK_02d958e9ddd8d47a603aaaa974e"`);
    await runner.query(`ALTER TABLE "feed_key" DROP CONSTRAINT "FK_e843f44d27787a2b0c3db5b0ede"`);
    await runner.query(`DROP INDEX "public"."IDX_02d958e9ddd8d47a603aaaa974"`);
    await runner.query(`DROP TABLE "service"`);
    await runner.query(`DROP TABLE "service_day_rollup"`);
    await runner.query(`DROP INDEX "public"."IDX_e843f44d27787a2b0c3db5b0ed"`);
    await runner.query(`DROP TABLE "feed_key"`);
    await runner.query(`DROP INDEX "public"."feed_event_agency_event_uq"`);
    await runner.query(`DROP INDEX "public"."feed_event_batch_idx"`);
    await runner.query(`DROP TABLE "feed_event"`);
    await runner.query(`DROP INDEX "public"."event_batch_unprocessed_idx"`);
    await runner.query(`DROP TABLE "event_batch"`);
    await runner.query(`DROP TABLE "agency"`);
  }
}
