import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795440893044 implements MigrationInterface {
  name = 'Foundation1795440893044';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE "agency" ("id" SERIAL NOT NULL, "code" text NOT NULL, "name_ar" text NOT NULL, "name_en" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_fbda24d0286deca69d0b8d30f10" UNIQUE ("code"), CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE TABLE "app_user" ("id" SERIAL NOT NULL, "email" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "agency_id" integer, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3fa909d0e37c531ebc237703391" UNIQUE ("email"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor" text NOT NULL, "action" text NOT NULL, "entity" text NOT NULL, "entity_key" text NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "audit_log_entity_idx" ON "audit_log"  ("entity", "entity_key")`);
    await runner.query(`CREATE TABLE "calendar" ("id" SERIAL NOT NULL, "code" text NOT NULL, "name_ar" text NOT NULL, "name_en" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6d5b4a6a8b505c373be6815e8fb" UNIQUE ("code"), CONSTRAINT "PK_2492fb846a48ea16d53864e3267" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE TABLE "calendar_version" ("id" SERIAL NOT NULL, "calendar_id" integer NOT NULL, "version" integer NOT NULL, "definition" jsonb NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_by" text NOT NULL, "note" text NOT NULL DEFAULT '', CONSTRAINT "PK_aa1131bd5d740b3dc0448302633" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE UNIQUE INDEX "calendar_version_uq" ON "calendar_version"  ("calendar_id", "version")`);
    await runner.query(`CREATE TABLE "event_batch" ("id" uuid NOT NULL, "agency_id" integer NOT NULL, "status" text NOT NULL DEFAULT 'received', "accepted" integer NOT NULL, "duplicates" integer NOT NULL, "rejected" integer NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a7b732a75bbe8db061bfaef0529" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "event_batch_unprocessed_idx" ON "event_batch"  ("received_at") WHERE status <> 'processed'`);
    await runner.query(`CREATE TABLE "feed_event" ("id" BIGSERIAL NOT NULL, "agency_id" integer NOT NULL, "event_id" text NOT NULL, "batch_id" uuid NOT NULL, "type" text NOT NULL, "case_id" text NOT NULL, "service_id" integer NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "payload" jsonb NOT NULL, CONSTRAINT "PK_4c4d0e7b969b639a75d02e274ab" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "feed_event_batch_idx" ON "feed_event"  ("batch_id")`);
    await runner.query(`CREATE UNIQUE INDEX "feed_event_agency_event_uq" ON "feed_event"  ("agency_id", "event_id")`);
    await runner.query(`CREATE TABLE "feed_key" ("id" SERIAL NOT NULL, "agency_id" integer NOT NULL, "key_hash" text NOT NULL, "key_prefix" text NOT NULL, "label" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_e7d7f49cd3a07e383cb0394779a" UNIQUE ("key_hash"), CONSTRAINT "PK_adaaf750cf82d36b2ad4886918e" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_e843f44d27787a2b0c3db5b0ed" ON "feed_key"  ("agency_id")`);
    await runner.query(`CREATE TABLE "kpi" ("id" SERIAL NOT NULL, "code" text NOT NULL, "outcome_code" text NOT NULL, "name_ar" text NOT NULL, "name_en" text NOT NULL, "unit" text NOT NULL, "direction" text NOT NULL, "baseline_year" integer NOT NULL, "baseline_value" numeric NOT NULL, "target_2030" numeric, "comparison" text NOT NULL, "tolerance" numeric NOT NULL, "measures" jsonb NOT NULL DEFAULT '[]', "demo" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_90c545afaf64bb98a87dd47dd69" UNIQUE ("code"), CONSTRAINT "PK_56589835e31cc0331684d2d28a7" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE TABLE "maturity_assessment" ("id" SERIAL NOT NULL, "agency_id" integer NOT NULL, "assessed_on" date NOT NULL, "leadership" numeric NOT NULL, "technology" numeric NOT NULL, "e_services" numeric NOT NULL, "data" numeric NOT NULL, "sdg" numeric NOT NULL, "cybersecurity" numeric NOT NULL, "demo" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_1bb12f9d0b903ff30f18003b0ae" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE UNIQUE INDEX "maturity_assessment_uq" ON "maturity_assessment"  ("agency_id", "assessed_on")`);
    await runner.query(`CREATE TABLE "nds3_outcome" ("code" text NOT NULL, "name_ar" text NOT NULL, "name_en" text NOT NULL, CONSTRAINT "PK_58d0807ec65323aecb0aa0048db" PRIMARY KEY ("code"))`);
    await runner.query(`CREATE TABLE "service_day_rollup" ("service_id" integer NOT NULL, "day" date NOT NULL, "resolved" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_685973f774d118754ebfb5f9b05" PRIMARY KEY ("service_id", "day"))`);
    await runner.query(`CREATE TABLE "service" ("id" SERIAL NOT NULL, "code" text NOT NULL, "agency_id" integer NOT NULL, "name_ar" text NOT NULL, "name_en" text NOT NULL, "type" text NOT NULL, "channels" text array NOT NULL DEFAULT '{}', "digitised" boolean NOT NULL DEFAULT false, "in_scope" boolean NOT NULL DEFAULT true, "demo" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_4cb3cf237c83885cc5046348293" UNIQUE ("code"), CONSTRAINT "PK_85a21558c006647cd76fdce044b" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_02d958e9ddd8d47a603aaaa974" ON "service"  ("agency_id")`);
    await runner.query(`CREATE TABLE "service_requester" ("service_id" integer NOT NULL, "agency_id" integer NOT NULL, CONSTRAINT "PK_6f004a2510cd7cbd0b393a10b64" PRIMARY KEY ("service_id", "agency_id"))`);
    await runner.query(`CREATE TABLE "sla_definition" ("id" SERIAL NOT NULL, "service_id" integer NOT NULL, "version" integer NOT NULL, "target_amount" numeric NOT NULL, "target_unit" text NOT NULL, "calendar_id" integer NOT NULL, "at_risk_ratio" numeric NOT NULL, "effective_from" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f37f859f302b9a52ea24b30f47a" PRIMARY KEY ("id"))`);
    await runner.query(`CREATE INDEX "IDX_3cc0383bbd02f392c74d264b06" ON "sla_definition"  ("calendar_id")`);
    await runner.query(`CREATE UNIQUE INDEX "sla_definition_uq" ON "sla_definition"  ("service_id", "version")`);
    await runner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_6c389af3b251d151c0627d856f5" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "calendar_version" ADD CONSTRAINT "FK_c65c2def06d3ecf3f15a36d290f" FOREIGN KEY ("calendar_id") REFERENCES "calendar"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "feed_key" ADD CONSTRAINT "FK_e843f44d27787a2b0c3db5b0ede" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "maturity_assessment" ADD CONSTRAINT "FK_0e5c0bbf2bec1b948bbf6f0be34" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "service" ADD CONSTRAINT "FK_02d958e9ddd8d47a603aaaa974e" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "service_requester" ADD CONSTRAINT "FK_fdc11ac5723f33a4ce39ce665ce" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "service_requester" ADD CONSTRAINT "FK_389650f85c8635840969a8bfa9e" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "sla_definition" ADD CONSTRAINT "FK_5b3f64c44f683175834a299319f" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await runner.query(`ALTER TABLE "sla_definition" ADD CONSTRAINT "FK_3cc0383bbd02f392c74d264b067" FOREIGN KEY ("calendar_id") REFERENCES "calendar"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "sla_definition" DROP CONSTRAINT "FK_3cc0383bbd02f392c74d264b067"`);
    await runner.query(`ALTER TABLE "sla_definition" DROP CONSTRAINT "FK_5b3f64c44f683175834a299319f"`);
    await runner.query(`ALTER TABLE "service_requester" DROP CONSTRAINT "FK_389650f85c8635840969a8bfa9e"`);
    await runner.query(`ALTER TABLE "service_requester" DROP CONSTRAINT "FK_fdc11ac5723f33a4ce39ce665ce"`);
    await runner.query(`ALTER TABLE "service" DROP CONSTRAINT "FK_02d958e9ddd8d47a603aaaa974e"`);
    await runner.query(`ALTER TABLE "maturity_assessment" DROP CONSTRAINT "FK_0e5c0bbf2bec1b948bbf6f0be34"`);
    await runner.query(`ALTER TABLE "feed_key" DROP CONSTRAINT "FK_e843f44d27787a2b0c3db5b0ede"`);
    await runner.query(`ALTER TABLE "calendar_version" DROP CONSTRAINT "FK_c65c2def06d3ecf3f15a36d290f"`);
    await runner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_6c389af3b251d151c0627d856f5"`);
    await runner.query(`DROP INDEX "public"."sla_definition_uq"`);
    await runner.query(`DROP INDEX "public"."IDX_3cc0383bbd02f392c74d264b06"`);
    await runner.query(`DROP TABLE "sla_definition"`);
    await runner.query(`DROP TABLE "service_requester"`);
    await runner.query(`DROP INDEX "public"."IDX_02d958e9ddd8d47a603aaaa974"`);
    await runner.query(`DROP TABLE "service"`);
    await runner.query(`DROP TABLE "service_day_rollup"`);
    await runner.query(`DROP TABLE "nds3_outcome"`);
    await runner.query(`DROP INDEX "public"."maturity_assessment_uq"`);
    await runner.query(`DROP TABLE "maturity_assessment"`);
    await runner.query(`DROP TABLE "kpi"`);
    await runner.query(`DROP INDEX "public"."IDX_e843f44d27787a2b0c3db5b0ed"`);
    await runner.query(`DROP TABLE "feed_key"`);
    await runner.query(`DROP INDEX "public"."feed_event_agency_event_uq"`);
    await runner.query(`DROP INDEX "public"."feed_event_batch_idx"`);
    await runner.query(`DROP TABLE "feed_event"`);
    await runner.query(`DROP INDEX "public"."event_batch_unprocessed_idx"`);
    await runner.query(`DROP TABLE "event_batch"`);
    await runner.query(`DROP INDEX "public"."calendar_version_uq"`);
    await runner.query(`DROP TABLE "calendar_version"`);
    await runner.query(`DROP TABLE "calendar"`);
    await runner.query(`DROP INDEX "public"."audit_log_entity_idx"`);
    await runner.query(`DROP TABLE "audit_log"`);
    await runner.query(`DROP TABLE "app_user"`);
    await runner.query(`DROP TABLE "agency"`);
  }
}
